"""Every DOCX opens in LibreOffice (headless) and converts to PDF with the Chinese text intact. One soffice
run converts them all (tests/documents/soffice.py)."""
from __future__ import annotations

import io
from datetime import date

from pypdf import PdfReader
from samples import ALL_TYPES, draft_for, full_case
from soffice import convert_to_pdf

from ipcase.documents.engine import render


def test_every_docx_converts_to_pdf_in_libreoffice(tmp_path):
    case = full_case()
    sources = []
    for key in ALL_TYPES:
        draft = draft_for(key, case)
        r = render(case, draft, number="某市知裁字〔2026〕7号", issue_date=date(2026, 6, 1),
                   subject=case.issued[0] if draft.subject_id else None,
                   subject_addressee=case.parties[1] if key == "service_proof" else None)
        path = tmp_path / f"{key}.docx"
        path.write_bytes(r.docx)
        sources.append((key, path, r.title))
    out = convert_to_pdf([p for _k, p, _t in sources], tmp_path)
    for key, path, title in sources:
        pdf = out / path.with_suffix(".pdf").name
        text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.read_bytes())).pages)
        assert title.replace(" ", "")[:6] in text.replace(" ", ""), key
