"""The documents of a stand-alone mediation case: each renders its required sections in the DOCX and the PDF
with current citations only, and issuing one is numbered, stored, on the timeline and offered by state."""
from __future__ import annotations

from datetime import date, datetime

import pytest
from mediation_case_helpers import MedDriver, at
from test_templates import docx_text, pdf_text, squash

from ipcase.documents.citations import outdated_in
from ipcase.documents.engine import render_mediation_case
from ipcase.documents.mediation import defaults
from ipcase.domain.documents.types import BY_KEY, CATALOG
from ipcase.dto.documents import DocOffice, DocParty, DocumentDraft
from ipcase.dto.mediation import MediationDocCase
from ipcase.errors import TransitionRefused, ValidationErrors
from ipcase.queries.mediation import cases as q
from ipcase.services.mediation import case_documents as docs

NUMBER = "某市知调通字〔2026〕3号"
TYPES = [d.key for d in CATALOG if d.of_mediation_case]


def sample(state: str = "registered", **over) -> MediationDocCase:
    data = dict(
        case_id=3, case_number="某市知调字〔2026〕2号", kind="ownership", state=state,
        office=DocOffice("某市市场监督管理局", "某市", "某市人民路1号", "0571-12345678", "310000"),
        received_date=date(2026, 10, 26), subject="确认专利权归请求人所有", patent_number="ZL202210001234.5",
        patent_title="一种智能温控装置", officer_name="张伟", registered_date=date(2026, 11, 2),
        session_at=datetime(2026, 11, 10, 9, 30), session_place="第一调解室",
        closing_detail={"ground": "requester_no_show", "reason_text": ""},
        parties=(DocParty(1, "requester", "legal", "杭州云启智能科技有限公司", legal_rep="周明", legal_rep_title="总经理"),
                 DocParty(2, "respondent", "natural", "陈志远", address="杭州市拱墅区")),
        mediators=("郑国华", "李娜"), agreement_terms="1. 涉案专利权归请求人所有。\n2. 被请求人配合办理著录项目变更手续。",
        history="本局于2026年11月2日立案受理后，于2026年11月10日主持调解，双方当事人在自愿、合法的基础上达成如下协议：")
    data.update(over)
    return MediationDocCase(**data)


# What each document must say (DOMAIN §3, §9 mediation row; M25 arts 65, 66).
REQUIRED = {
    "mediation_statement_notice": ["陈述意见通知书", "陈述意见", "十五", "第六十五条", "意见陈述书", "是否同意调解",
                                   "五个工作日内立案"],
    "mediation_refusal_notice": ["不予受理调解请求通知书", "第六十六条", "不予立案", "被请求人在意见陈述书中表示不同意调解"],
    "mediation_session_notice": ["调解通知书", "第六十六条", "2026年11月10日9时30分", "第一调解室", "郑国华、李娜",
                                 "视为撤回调解请求", "某市知调字〔2026〕2号"],
    "mediation_revocation_notice": ["撤销案件通知书", "决定撤销本案", "视为撤回调解请求"],
    "mediation_case_agreement": ["专利纠纷调解协议书", "案由", "2026年11月10日主持调解", "涉案专利权归请求人所有",
                                 "签名或者盖章", "调解员郑国华、李娜", "法定代表人：周明"],
}


@pytest.mark.parametrize("key", TYPES)
def test_each_document_has_its_sections_in_docx_and_pdf(key):
    case = sample(closing_detail={"ground": "declined" if key == "mediation_refusal_notice" else "requester_no_show"})
    pre = defaults(case)
    dt = BY_KEY[key]
    fields = {f.name: pre.get(f.source, "") for f in dt.fields}
    party = {"requester": 1, "respondent": 2}.get(dt.addressee)
    r = render_mediation_case(case, DocumentDraft(key, fields, party_id=party), number=NUMBER,
                              issue_date=date(2026, 11, 3))
    in_docx, in_pdf = squash(docx_text(r.docx)), squash(pdf_text(r.pdf))
    for words in [*REQUIRED[key], NUMBER, "某市市场监督管理局", "2026年11月3日", "杭州云启智能科技有限公司", "陈志远",
                  "专利申请权、专利权权属"]:
        assert squash(words) in in_docx, f"{key}: {words} missing from DOCX"
        assert squash(words) in in_pdf, f"{key}: {words} missing from PDF"
    assert not outdated_in(r.text)
    assert r.pdf.startswith(b"%PDF") and r.pages >= 1


def test_a_required_field_and_the_addressee_are_checked():
    with pytest.raises(ValidationErrors) as e:
        render_mediation_case(sample(), DocumentDraft("mediation_statement_notice", {}, party_id=1),
                              number=None, issue_date=date(2026, 11, 3))
    assert {x.field for x in e.value.errors} == {"fields.days"}


def test_issuing_numbers_stores_and_refuses_documents_out_of_their_state(new_uow, staff):
    c = MedDriver.new(new_uow, staff, at(date(2026, 10, 26)))
    respondent = next(p.id for p in c.detail(date(2026, 10, 26)).parties if p.role == "respondent")
    draft = DocumentDraft("mediation_statement_notice", {"days": "15"}, party_id=respondent)
    now = datetime(2026, 10, 27, 9, 0)
    with new_uow() as uow:
        assert docs.draft_defaults(uow, case_id=c.ref.id)["statement_days"] == "15"
        preview = docs.preview(uow, case_id=c.ref.id, draft=draft, now=now)
    assert "（签发时编号）" in preview.text
    numbers = []
    for _ in range(2):
        with new_uow() as uow:
            numbers.append(docs.issue(uow, actor_id=staff.clerk.id, case_id=c.ref.id, draft=draft, now=now).number)
    assert numbers == ["测试市知调陈字〔2026〕1号", "测试市知调陈字〔2026〕2号"]
    d = c.detail(date(2026, 10, 27))
    assert [x.number for x in d.documents] == numbers and d.documents[0].addressee == "陈志远"
    assert d.timeline[-1].kind == "document_issued"
    with new_uow() as uow:
        stem, pdf, docx = q.document_file(uow, document_id=d.documents[0].id)
    assert pdf.startswith(b"%PDF") and docx[:2] == b"PK" and "陈述意见通知书" in stem
    with new_uow() as uow, pytest.raises(TransitionRefused) as e:
        docs.issue(uow, actor_id=staff.clerk.id, case_id=c.ref.id, now=now,
                   draft=DocumentDraft("mediation_session_notice", {}))
    assert e.value.code == "document_not_for_state"
    with new_uow() as uow, pytest.raises(TransitionRefused):   # a case's document is not a mediation case's
        docs.issue(uow, actor_id=staff.clerk.id, case_id=c.ref.id, now=now,
                   draft=DocumentDraft("acceptance_notice", {}, party_id=respondent))


def test_the_agreement_document_starts_from_the_signed_agreement(new_uow, staff):
    c = MedDriver.new(new_uow, staff, at(date(2026, 10, 26)))
    c.register(date(2026, 10, 28))
    c.sign_agreement(date(2026, 10, 30))
    with new_uow() as uow:
        pre = docs.draft_defaults(uow, case_id=c.ref.id)
    assert pre["mediation_case_terms"] == "1. 专利权归请求人所有，被请求人配合办理著录项目变更。"
    assert pre["mediation_case_history"].startswith("本局于2026年10月28日立案受理后")
    draft = DocumentDraft("mediation_case_agreement", {"history": pre["mediation_case_history"],
                                                       "terms": pre["mediation_case_terms"]})
    with new_uow() as uow:
        info = docs.issue(uow, actor_id=staff.officer.id, case_id=c.ref.id, draft=draft, now=at(date(2026, 10, 30)))
    with new_uow() as uow:
        _stem, pdf, docx = q.document_file(uow, document_id=info.id)
    assert squash("专利权归请求人所有") in squash(docx_text(docx)) and squash("调解协议书") in squash(pdf_text(pdf))
