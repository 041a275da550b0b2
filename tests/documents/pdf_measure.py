"""Where every character of a PDF sits (pdfminer.six): pages → lines → characters, in millimetres from the page's
top-left corner, for the GB/T 9704 geometry tests of the PDF the application issues and of the DOCX converted by
LibreOffice."""
from __future__ import annotations

import io
from collections import defaultdict
from dataclasses import dataclass

from pdfminer.high_level import extract_pages
from pdfminer.layout import LTChar

from ipcase.documents import geometry as g
from ipcase.documents.pdf_grid import EM_ASCENT

MM = g.MM


@dataclass(frozen=True)
class Char:
    text: str
    x: float          # left edge, mm from the page's left
    top: float        # top of the em box, mm from the page's top
    right: float      # x + advance, mm
    size: float


def pdf_lines(data: bytes) -> list[list[list[Char]]]:
    """Pages → lines (top to bottom) → characters (left to right); the page number below the text block is left
    out."""
    pages = []
    for page in extract_pages(io.BytesIO(data)):
        rows: dict[float, list[Char]] = defaultdict(list)
        for c in _chars(page):
            baseline = c.matrix[5]
            top = (page.height - baseline - EM_ASCENT * c.size) / MM
            rows[round(top, 1)].append(Char(c.get_text(), c.matrix[4] / MM, top, (c.matrix[4] + c.adv) / MM, c.size))
        lines = [sorted(r, key=lambda c: c.x) for _t, r in sorted(rows.items())]
        pages.append([ln for ln in lines if not _page_number(ln)])
    return pages


def _page_number(line: list[Char]) -> bool:
    return text_of(line).startswith("—") or line[0].top > g.TOP_MM + g.BLOCK_HEIGHT_MM


def _chars(element):
    if isinstance(element, LTChar):
        yield element
    elif hasattr(element, "__iter__"):
        for child in element:
            yield from _chars(child)


def text_of(line: list[Char]) -> str:
    return "".join(c.text for c in line)
