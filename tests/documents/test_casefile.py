"""The bound case file: cover, contents with page ranges, documents, evidence (PDF and image), continuous
archive numbers, 备考表; a broken attachment is named; cancelling stops it."""
from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader
from reportlab.pdfgen import canvas
from samples import draft_for, full_case

from ipcase.documents.casefile import bind_case_file
from ipcase.documents.engine import render
from ipcase.dto.documents import CaseFileInput, CaseFilePart
from ipcase.errors import ValidationFailed

TODAY = date(2026, 6, 10)


def _png() -> bytes:
    from PIL import Image
    out = io.BytesIO()
    Image.new("RGB", (300, 200), "white").save(out, "PNG")
    return out.getvalue()


def _pdf(pages: int) -> bytes:
    out = io.BytesIO()
    c = canvas.Canvas(out)
    for i in range(pages):
        c.drawString(100, 700, f"evidence page {i + 1}")
        c.showPage()
    c.save()
    return out.getvalue()


def _input(*extra: CaseFilePart) -> CaseFileInput:
    case = full_case()
    ruling = render(case, draft_for("ruling", case), number="某市知裁决字〔2026〕3号", issue_date=TODAY)
    parts = (CaseFilePart(ruling.title, "document", ruling.number, TODAY, ruling.pdf), *extra)
    return CaseFileInput(case, parts)


def test_pages_are_numbered_continuously_and_listed_with_their_ranges():
    data = _input(CaseFilePart("公证书", "attachment", "", TODAY, _pdf(3), "gz.pdf"),
                  CaseFilePart("产品照片", "attachment", "", TODAY, _png(), "photo.png"))
    steps = []
    pdf, count = bind_case_file(data, today=TODAY, progress=lambda d, t, text: steps.append((d, t)))
    reader = PdfReader(io.BytesIO(pdf))
    ruling_pages = len(PdfReader(io.BytesIO(data.parts[0].data)).pages)
    assert count == ruling_pages + 3 + 1
    texts = [p.extract_text() for p in reader.pages]
    assert "专利侵权纠纷行政裁决案卷" in texts[0] and "某市知裁字〔2026〕12号" in texts[0]
    assert "卷内文件目录" in texts[1]
    assert f"1–{ruling_pages}" in texts[1] and f"{ruling_pages + 1}–{ruling_pages + 3}" in texts[1]
    assert str(ruling_pages + 4) in texts[1]
    # archive numbers on every filed page, the last one on the photo page
    assert texts[2 + count - 1].strip().endswith(str(count)) or str(count) in texts[2 + count - 1]
    assert "备考表" in texts[-1] and f"共{count}页" in texts[-1].replace(" ", "")
    assert steps[-1] == (5, 5)   # three parts, the contents and the 备考表


def test_a_broken_attachment_is_named():
    data = _input(CaseFilePart("坏文件", "attachment", "", TODAY, b"not a pdf", "bad.pdf"))
    with pytest.raises(ValidationFailed) as e:
        bind_case_file(data, today=TODAY)
    assert (e.value.reason, e.value.detail) == ("unreadable", "坏文件")


def test_cancelling_stops_binding():
    class Stop(Exception):
        pass

    class Token:
        def check(self):
            raise Stop

    with pytest.raises(Stop):
        bind_case_file(_input(), today=TODAY, cancel=Token())


def test_waiting_for_service_lists_the_periods_that_cannot_start_yet():
    from ipcase.domain.documents.types import PartyService, waiting_for_service
    from ipcase.domain.enums import CaseState, PartyRole
    parties = [PartyService(1, "甲", PartyRole.REQUESTER, None, None, None),
               PartyService(2, "乙", PartyRole.RESPONDENT, None, date(2026, 3, 1), None)]
    assert [(w.party_id, w.periods) for w in waiting_for_service(CaseState.ANSWER_PERIOD, parties)] == [
        (1, ("D6", "D10"))]
    assert [(w.party_id, w.periods) for w in waiting_for_service(CaseState.CLOSED_RULING_REJECTED, parties)] == [
        (1, ("D14",)), (2, ("D14",))]
    assert waiting_for_service(CaseState.RECEIVED, parties) == []
