"""The yearly publication of typical cases (典型案例) as a DOCX: a title, then each case's title, 案号 and summary.
Drawn by the same block renderer as every document."""
from __future__ import annotations

from collections.abc import Sequence

from ipcase.documents.blocks import Block, Content
from ipcase.documents.docx_render import render_docx
from ipcase.documents.fonts import FontSet, resolve_fonts
from ipcase.documents.numerals import chinese_numeral
from ipcase.dto.publication import TypicalCaseRow


def typical_content(office: str, year: int | None, rows: Sequence[TypicalCaseRow]) -> Content:
    title = f"{office}{f'{year}年度' if year else ''}专利侵权纠纷行政裁决典型案例"
    blocks = [Block("title", title)]
    for i, r in enumerate(rows, 1):
        blocks.append(Block("h1", f"{chinese_numeral(i)}、{r.title}"))
        blocks.append(Block("para", f"【案号】{r.case_number}"))
        blocks += [Block("para", line.strip()) for line in r.summary.split("\n") if line.strip()]
    return Content(tuple(blocks), "notice", title)


def typical_docx(office: str, year: int | None, rows: Sequence[TypicalCaseRow], fonts: FontSet | None = None) -> bytes:
    return render_docx(typical_content(office, year, rows), fonts or resolve_fonts())
