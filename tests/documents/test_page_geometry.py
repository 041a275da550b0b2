"""GB/T 9704-2012 measured on the files themselves: the PDF by the position of every character (pdfminer), the DOCX
by its section, grid and run properties (the XML Word and WPS read). Tolerance ±0.5 mm."""
from __future__ import annotations

import io
import re
from datetime import date

import docx
import pytest
from docx.oxml.ns import qn
from pdf_measure import pdf_lines, text_of
from samples import LONG_MARKUP, PATENT, SENTENCE, draft_for, full_case

from ipcase.documents import geometry as g
from ipcase.documents.blocks import parse
from ipcase.documents.docx_render import render_docx
from ipcase.documents.engine import render
from ipcase.documents.fonts import resolve_fonts
from ipcase.documents.linebreak import CANNOT_END, CANNOT_START
from ipcase.documents.pdf_render import render_pdf

MM = g.MM
TOLERANCE = 0.5


@pytest.fixture(scope="module")
def long_document():
    content = parse(LONG_MARKUP)
    fonts = resolve_fonts()
    return render_pdf(content, fonts), render_docx(content, fonts)


def test_a_full_page_holds_22_lines_at_the_standard_place(long_document):
    pages = pdf_lines(long_document[0])
    assert len(pages) >= 3
    for page in pages[1:-1]:             # full body pages
        assert len(page) == g.LINES_PER_PAGE
        assert abs(page[0][0].top - g.TOP_MM) <= TOLERANCE
        bottom = page[-1][0].top + g.LINE / MM
        assert abs(bottom - (g.TOP_MM + g.BLOCK_HEIGHT_MM)) <= TOLERANCE
        pitches = {round(b[0].top - a[0].top, 2) for a, b in zip(page, page[1:], strict=False)}
        assert pitches == {round(g.BLOCK_HEIGHT_MM / g.LINES_PER_PAGE, 2)} or \
            max(abs(p - g.BLOCK_HEIGHT_MM / g.LINES_PER_PAGE) for p in pitches) < 0.02


def test_the_title_page_starts_at_the_top_of_the_text_block(long_document):
    first = pdf_lines(long_document[0])[0]
    assert text_of(first[0]) == "专利侵权纠纷案件行政裁决书"
    assert abs(first[0][0].top - g.TOP_MM) <= TOLERANCE
    assert first[0][0].size == g.TITLE_SIZE


def test_a_full_line_holds_28_characters_of_3hao_across_the_whole_block(long_document):
    pages = pdf_lines(long_document[0])
    full = [ln for page in pages for ln in page if len(ln) == g.CHARS_PER_LINE and all(
        ord(c.text) > 0x2E80 for c in ln)]
    assert len(full) > 20
    for line in full:
        assert abs(line[0].x - g.LEFT_MM) <= TOLERANCE
        assert abs(line[-1].right - (g.LEFT_MM + g.BLOCK_WIDTH_MM)) <= TOLERANCE
        assert {c.size for c in line} == {g.BODY_SIZE}
        cells = {round(b.x - a.x, 3) for a, b in zip(line, line[1:], strict=False)}
        assert max(abs(c - g.BLOCK_WIDTH_MM / g.CHARS_PER_LINE) for c in cells) < 0.01
    # nothing is wider than the block
    for page in pages:
        for line in page:
            assert line[-1].right <= g.LEFT_MM + g.BLOCK_WIDTH_MM + TOLERANCE
            assert line[0].x >= g.LEFT_MM - TOLERANCE


def test_a_patent_number_never_breaks_across_lines(long_document):
    pages = pdf_lines(long_document[0])
    lines = [text_of(ln) for page in pages for ln in page]
    compact = PATENT.replace(" ", "")
    whole = sum(ln.replace(" ", "").count(compact) for ln in lines)
    assert whole == 28 * 2, "every occurrence is on one line"
    starts = [ln for ln in lines if re.match(r"^[\d .X]+号", ln) or re.search(r"ZL[\d ]*$", ln)]
    assert not starts


def test_punctuation_follows_the_line_breaking_rules(long_document):
    for page in pdf_lines(long_document[0]):
        for line in page:
            text = text_of(line)
            assert text[0] not in CANNOT_START, text
            assert text[-1] not in CANNOT_END, text


def test_the_docx_sets_the_standard_page_grid_and_3hao_text(long_document):
    d = docx.Document(io.BytesIO(long_document[1]))
    s = d.sections[0]
    assert abs(s.page_width.mm - 210) <= TOLERANCE and abs(s.page_height.mm - 297) <= TOLERANCE
    assert abs(s.top_margin.mm - g.TOP_MM) <= TOLERANCE and abs(s.left_margin.mm - g.LEFT_MM) <= TOLERANCE
    width = s.page_width.twips - s.left_margin.twips - s.right_margin.twips
    height = s.page_height.twips - s.top_margin.twips - s.bottom_margin.twips
    assert abs(width / 20 / MM - g.BLOCK_WIDTH_MM) <= TOLERANCE
    assert abs(height / 20 / MM - g.BLOCK_HEIGHT_MM) <= TOLERANCE
    grid = s._sectPr.find(qn("w:docGrid"))
    # A line grid only: LibreOffice would give a 3号 character two cells of a character grid (15.8 pt cells).
    assert grid.get(qn("w:type")) == "lines" and grid.get(qn("w:charSpace")) is None
    pitch = int(grid.get(qn("w:linePitch")))
    assert g.grid_lines(height, pitch) == g.LINES_PER_PAGE
    normal = d.styles["Normal"]
    assert normal.font.size.pt == g.BODY_SIZE
    assert normal.element.rPr.find(qn("w:rFonts")).get(qn("w:eastAsia")) == "仿宋_GB2312"
    assert normal.paragraph_format.line_spacing.twips == pitch
    assert _spacing(normal.element) == g.DOCX_CHAR_SPACING
    assert normal.element.pPr.find(qn("w:overflowPunct")).get(qn("w:val")) == "1"
    body = [p for p in d.paragraphs if p.text.startswith(SENTENCE[:6])]
    assert body and all(r.font.size.pt == g.BODY_SIZE for p in body for r in p.runs)
    # 28 characters, and only 28, fit a line with the run spacing every body run carries
    spacings = {_spacing(r._r) for p in body for r in p.runs}
    assert spacings == {g.DOCX_CHAR_SPACING}
    assert g.docx_chars(width, g.DOCX_CHAR_SPACING) == g.CHARS_PER_LINE
    assert abs(g.CHARS_PER_LINE * g.DOCX_PITCH / MM - g.BLOCK_WIDTH_MM) <= TOLERANCE
    assert all(p.paragraph_format.first_line_indent.pt == 2 * g.DOCX_PITCH for p in body)
    title = d.paragraphs[0]
    assert title.runs[0].font.size.pt == g.TITLE_SIZE
    assert title._p.pPr.find(qn("w:snapToGrid")).get(qn("w:val")) == "0"   # a 2号 title takes one grid line
    assert _spacing(title.runs[0]._r) == 0                                     # and its natural width


def _spacing(element) -> int | None:
    found = element.rPr.find(qn("w:spacing"))
    return None if found is None else int(found.get(qn("w:val")))


def test_the_docx_keeps_a_patent_number_together(long_document):
    d = docx.Document(io.BytesIO(long_document[1]))
    text = "\n".join(p.text for p in d.paragraphs)
    assert PATENT not in text and PATENT.replace(" ", "\u202f") in text


def test_an_issued_ruling_keeps_the_geometry():
    case = full_case()
    r = render(case, draft_for("ruling", case), number="某市知裁字〔2026〕7号", issue_date=date(2026, 6, 1))
    pages = pdf_lines(r.pdf)
    for page in pages:
        assert len(page) <= g.LINES_PER_PAGE
        assert page[0][0].top >= g.TOP_MM - TOLERANCE     # the last page may open with room for the seal
        for line in page:
            # every line of text on the 22-line grid of the page
            offset = (line[0].top - g.TOP_MM) / (g.LINE / MM)
            if line[0].size in (g.BODY_SIZE, g.TITLE_SIZE):
                assert abs(offset - round(offset)) < 0.02, text_of(line)
