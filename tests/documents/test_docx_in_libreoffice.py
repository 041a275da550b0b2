"""The DOCX on the GB/T 9704 page as LibreOffice lays it out (UOS/Kylin offices open DOCX in LibreOffice or WPS):
converted headless to PDF, every character's position measured (pdfminer). Full pages hold 22 lines, full lines
28 characters from 28 mm to 184 mm, a patent number is never broken, no line passes the text block.

Vertical position: Word and LibreOffice centre a line's characters on its grid line, so the first line's grid line
starts at the top of the text block (37 mm) where its characters' em box is centred 28.95/2 pt below; ±1 mm allows
for the font's own ascent and descent."""
from __future__ import annotations

from datetime import date

import pytest
from pdf_measure import pdf_lines, text_of
from samples import LONG_MARKUP, PATENT, draft_for, full_case
from soffice import convert_to_pdf

from ipcase.documents import geometry as g
from ipcase.documents.blocks import parse
from ipcase.documents.docx_render import render_docx
from ipcase.documents.engine import render
from ipcase.documents.fonts import resolve_fonts
from ipcase.documents.linebreak import CANNOT_START

MM = g.MM
LINE_MM = g.LINE / MM
PATENTS = (PATENT.replace(" ", ""), "ZL202120123456.X")


@pytest.fixture(scope="module")
def converted(tmp_path_factory):
    """The long plain document and an issued ruling, converted by one soffice run: {name: pages}."""
    work = tmp_path_factory.mktemp("libreoffice")
    case = full_case()
    ruling = render(case, draft_for("ruling", case), number="某市知裁字〔2026〕7号", issue_date=date(2026, 6, 1))
    files = {"long": render_docx(parse(LONG_MARKUP), resolve_fonts()), "ruling": ruling.docx}
    for name, data in files.items():
        (work / f"{name}.docx").write_bytes(data)
    out = convert_to_pdf([work / f"{name}.docx" for name in files], work)
    return {name: pdf_lines((out / f"{name}.pdf").read_bytes()) for name in files}


def _grid_top(line) -> float:
    """Top of the grid line that holds `line`: its characters' em box centred on it."""
    c = line[0]
    return c.top + c.size / 2 / MM - LINE_MM / 2


def _cjk(line) -> bool:
    return all(ord(c.text) > 0x2E80 for c in line)


def test_a_full_page_holds_22_lines_from_37_mm(converted):
    pages = converted["long"]
    assert len(pages) >= 4
    for page in pages[1:-1]:
        assert len(page) == g.LINES_PER_PAGE, [text_of(ln) for ln in page]
        assert abs(_grid_top(page[0]) - g.TOP_MM) <= 1
        assert abs(_grid_top(page[-1]) + LINE_MM - (g.TOP_MM + g.BLOCK_HEIGHT_MM)) <= 1
        for a, b in zip(page, page[1:], strict=False):
            assert abs(b[0].top - a[0].top - LINE_MM) < 0.05


def test_a_full_line_holds_28_characters_from_28_mm(converted):
    lines = [ln for page in converted["long"] for ln in page]
    full = [ln for ln in lines if _cjk(ln) and abs(ln[0].x - g.LEFT_MM) <= 0.5 and ln[-1].right > 180]
    assert len(full) > 40
    for line in full:
        assert len(line) == g.CHARS_PER_LINE, text_of(line)
        assert {round(c.size, 2) for c in line} == {g.BODY_SIZE}
        assert abs(line[-1].right - (g.LEFT_MM + g.BLOCK_WIDTH_MM)) <= 0.5, text_of(line)


@pytest.mark.parametrize("name", ["long", "ruling"])
def test_no_line_passes_the_text_block_or_starts_with_closing_punctuation(converted, name):
    for page in converted[name]:
        assert len(page) <= g.LINES_PER_PAGE
        for line in page:
            assert line[0].x >= g.LEFT_MM - 0.5, text_of(line)
            assert line[-1].right <= g.LEFT_MM + g.BLOCK_WIDTH_MM + 0.5, text_of(line)   # no hanging "，"
            assert sum(round(c.size, 2) == g.BODY_SIZE and ord(c.text) > 0x2E80 for c in line) <= g.CHARS_PER_LINE
            assert text_of(line)[0] not in CANNOT_START, text_of(line)


@pytest.mark.parametrize("name", ["long", "ruling"])
def test_a_patent_number_is_never_broken(converted, name):
    lines = ["".join(text_of(ln).split()).replace("\u202f", "").replace("\u00a0", "") for page in converted[name]
             for ln in page]
    joined = "".join(lines)
    found = [number for number in PATENTS if number in joined]
    assert found
    for number in found:
        assert sum(ln.count(number) for ln in lines) == joined.count(number), number


def test_the_ruling_keeps_its_text_on_the_line_grid(converted):
    pages = converted["ruling"]
    assert [text_of(line) for line in pages[0][:2]] == ["某市市场监督管理局（知识产权局）", "专利侵权纠纷案件行政裁决书"]
    for page in pages:
        for line in page:
            if round(line[0].size, 2) == g.BODY_SIZE:
                offset = (_grid_top(line) - g.TOP_MM) / LINE_MM
                assert abs(offset - round(offset)) < 0.1, text_of(line)
