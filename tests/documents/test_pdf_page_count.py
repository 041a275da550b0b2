"""The page count an issued document stores (and a 送达回证 states: "共 N 页") is taken from the PDF's own page tree
as reportlab writes it (render_pdf_counted), not by parsing the file again: it must be what a PDF reader counts,
for every kind of document — one page, several, forms with tables, the signature kept with its paragraph."""
from __future__ import annotations

import io
from datetime import datetime

import pytest
from pypdf import PdfReader
from samples import ALL_TYPES, LONG_MARKUP, draft_for, full_case

from ipcase.documents.blocks import parse
from ipcase.documents.engine import content_of, render
from ipcase.documents.fonts import resolve_fonts
from ipcase.documents.pdf_render import render_pdf, render_pdf_counted

MOMENT = datetime(2026, 6, 2, 10, 30)


def _reader_pages(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


@pytest.mark.parametrize("key", ALL_TYPES)
def test_every_document_type_counts_the_pages_a_reader_finds(key):
    case = full_case()
    draft = draft_for(key, case)
    content = content_of(case, draft, number="某市知字〔2026〕1号", issue_date=MOMENT.date(),
                         subject=case.issued[0] if draft.subject_id else None,
                         subject_addressee=case.parties[1] if key == "service_proof" else None)
    pdf, pages = render_pdf_counted(content, resolve_fonts(), MOMENT)
    assert pages == _reader_pages(pdf) >= 1
    assert pdf == render_pdf(content, resolve_fonts(), MOMENT)   # the same file as before


@pytest.mark.parametrize("repeat", [1, 4])
def test_long_documents_count_every_page(repeat):
    content = parse("\n".join([LONG_MARKUP] * repeat))
    pdf, pages = render_pdf_counted(content, resolve_fonts())
    assert pages == _reader_pages(pdf)
    assert pages >= 3 * repeat


def test_the_rendered_document_carries_the_count():
    case = full_case()
    done = render(case, draft_for("ruling", case), number="某市知裁字〔2026〕12号", issue_date=MOMENT.date(),
                  moment=MOMENT)
    assert done.pages == _reader_pages(done.pdf) >= 2
