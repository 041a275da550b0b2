"""The 转交函 of an intake item forwarded to the competent authority: issued by the triage in its own
transaction from the document engine (numbered gaplessly, stored immutable, on the item's timeline)."""
from __future__ import annotations

import io
from datetime import date, datetime

import pytest
from intake_helpers import PATENT, RESPONDENT, register
from pypdf import PdfReader
from sqlalchemy import func, select

from ipcase.db.models.admin import Sequence
from ipcase.db.models.documents import IssuedDocument
from ipcase.documents.citations import outdated_in
from ipcase.documents.engine import render_intake
from ipcase.domain.intake.items import IntakeChannel, IntakeKind, IntakeState, TriageOutcome
from ipcase.dto.documents import DocOffice, DocumentDraft
from ipcase.dto.intake import LetterItem, LetterTarget, TriageInput
from ipcase.queries.documents import register as doc_queries
from ipcase.queries.intake import register as q
from ipcase.queries.intake.letters import item_letters
from ipcase.services.intake import items as intake
from ipcase.services.intake import letters as intake_letters

NOW = datetime(2026, 11, 2, 9, 30)
AUTHORITY = "某省知识产权局"
REASON = "被请求人住所地及侵权行为地均不在本市。"


def forward(new_uow, ref, who, **over):
    with new_uow() as uow:
        return intake.triage(uow, actor_id=who.id, item_id=ref.id, expected_version=ref.version, now=NOW,
                             decision=TriageInput(TriageOutcome.FORWARD, authority=AUTHORITY, reason_text=REASON,
                                                  **over))


def embeds_fonts(pdf: bytes) -> bool:
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            descriptor = (descendants[0].get_object() if descendants else font).get("/FontDescriptor")
            if descriptor is None or not any(k in descriptor.get_object() for k in ("/FontFile", "/FontFile2")):
                return False
    return True


def test_forwarding_issues_the_letter_in_the_same_transaction(new_uow, staff):
    first = forward(new_uow, register(new_uow, staff.officer), staff.officer)
    second = forward(new_uow, register(new_uow, staff.officer), staff.officer)
    with new_uow() as uow:
        d = q.item_detail(uow, first.id, viewer_id=staff.officer.id, today=NOW.date())
        letters = item_letters(uow, first.id)
        numbers = [item_letters(uow, r.id)[0].number for r in (first, second)]
        name, pdf = doc_queries.document_file(uow, document_id=letters[0].id, kind="pdf")
        doc = uow.session.get(IssuedDocument, letters[0].id)
        text, case_id = doc.text, doc.case_id
    assert d.state == IntakeState.FORWARDED
    assert [x.title for x in letters] == ["转交函"] and letters[0].addressee == AUTHORITY
    assert d.events[-1].kind == "forward" and d.events[-1].detail["letter_number"] == letters[0].number
    year = NOW.year
    assert numbers == [f"{staff.office.short_name}知收转字〔{year}〕1号", f"{staff.office.short_name}知收转字〔{year}〕2号"]
    assert case_id is None and name.endswith(".pdf") and pdf.startswith(b"%PDF") and embeds_fonts(pdf)
    for words in (AUTHORITY, REASON, d.number, "专利侵权纠纷处理请求", "窗口来访", "宁波华辰科技有限公司",
                  RESPONDENT, PATENT, "折叠露营椅", "《专利纠纷行政裁决和调解办法》第九条", staff.office.name):
        assert words in text, words
    assert outdated_in(text) == []


def test_a_failed_render_leaves_neither_outcome_nor_number(new_uow, staff, monkeypatch):
    ref = register(new_uow, staff.officer)
    real = intake_letters.render_intake

    def fail_on_issue(*args, number, **kw):
        if number is not None:
            raise RuntimeError("renderer broke")
        return real(*args, number=number, **kw)

    monkeypatch.setattr(intake_letters, "render_intake", fail_on_issue)
    with pytest.raises(RuntimeError):
        forward(new_uow, ref, staff.officer)
    with new_uow() as uow:
        d = q.item_detail(uow, ref.id, viewer_id=staff.officer.id, today=NOW.date())
        assert d.state == IntakeState.OPEN and item_letters(uow, ref.id) == ()
        assert uow.session.scalar(select(func.count()).select_from(Sequence)
                                  .where(Sequence.kind == "doc:intake_transfer_letter")) == 0
    monkeypatch.setattr(intake_letters, "render_intake", real)
    forward(new_uow, ref, staff.officer)
    with new_uow() as uow:
        assert item_letters(uow, ref.id)[0].number.endswith("〔2026〕1号")


def test_an_anonymous_reporter_is_not_named_in_the_letter(new_uow, staff):
    ref = register(new_uow, staff.officer, kind=IntakeKind.COMPLAINT, channel=IntakeChannel.HOTLINE,
                   anonymous=True, submitter_name="", submitter_credit_code="", submitter_phone="",
                   submitter_address="")
    forward(new_uow, ref, staff.officer)
    with new_uow() as uow:
        doc = uow.session.get(IssuedDocument, item_letters(uow, ref.id)[0].id)
        assert "匿名提交人" in doc.text and "12330热线" in doc.text and "专利侵权投诉举报" in doc.text


def test_rendering_a_letter_draft_and_issued():
    item = LetterItem(DocOffice("某市知识产权局", "某市", "某市人民路1号", "0571-1234567", "310000"), "某市收〔2026〕9号",
                      "counterfeit", "referral", datetime(2026, 10, 30, 10, 0), False, "李明", "某市西湖区2号",
                      "某区市场监管局", (LetterTarget("某某公司", "91330100MA2XXXXX1X", shop_url="https://shop.example"),),
                      ("ZL202120000001.X",), "一种水杯", "张三", "水杯", "第一行\n| 第二行", "王科员")
    draft = DocumentDraft("intake_transfer_letter", {"transfer_to": "某省知识产权局", "reason_text": "理由一\n理由二"})
    preview = render_intake(item, draft, number=None, issue_date=date(2026, 11, 2))
    issued = render_intake(item, draft, number="某市知收转字〔2026〕3号", issue_date=date(2026, 11, 2))
    assert "（签发时编号）" in preview.text and "某市知收转字〔2026〕3号" in issued.text
    assert "某区市场监管局移送的李明" in issued.text and "假冒专利投诉举报" in issued.text and "2026年11月2日" in issued.text
    assert issued.pages >= 1 and issued.docx[:2] == b"PK" and embeds_fonts(issued.pdf)
    with pytest.raises(Exception) as e:
        render_intake(item, DocumentDraft("intake_transfer_letter", {}), number=None, issue_date=date(2026, 11, 2))
    assert {x.field for x in e.value.errors} == {"fields.transfer_to", "fields.reason_text"}
