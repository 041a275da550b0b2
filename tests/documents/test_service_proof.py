"""The 送达回证 (issue 20): "共 N 页" is the page count of the issued document it serves (of its PDF as issued), the
stand-in recipient rule is stated (代收人 signs and states the relation to the addressee) with a row for him, and
the contact footer names the officer and the office's phone and address. Through the services, on SQLite and
PostgreSQL."""
from __future__ import annotations

import io
from dataclasses import replace
from datetime import date

from pypdf import PdfReader
from samples import draft_for, full_case

from case_helpers import Driver, at
from ipcase.documents.engine import content_of
from ipcase.domain.enums import PartyRole
from ipcase.dto.documents import DocumentDraft
from ipcase.queries.documents.register import document_file
from ipcase.services.documents import issue as docs

DAY = date(2026, 10, 12)


def test_the_proof_counts_the_pages_of_the_document_it_serves(new_uow, staff):
    c = Driver.new(new_uow, staff, at(DAY), received=DAY)
    c.panel(at(DAY))
    c.act_approved("register", {"registered_date": DAY}, at(DAY))
    respondent = c.party_ids(PartyRole.RESPONDENT, DAY)[0]
    with new_uow() as uow:
        notice = docs.issue_document(uow, actor_id=staff.clerk.id, case_id=c.ref.id,
                                     draft=DocumentDraft("answer_notice", party_id=respondent), now=at(DAY))
    assert notice.pages == 0    # its files are made when first needed: here, for the proof's count
    with new_uow() as uow:
        proof = docs.preview_document(uow, case_id=c.ref.id, now=at(DAY), draft=DocumentDraft(
            "service_proof", {"method": "direct"}, party_id=respondent, subject_id=notice.id))
    with new_uow() as uow:
        pages = len(PdfReader(io.BytesIO(document_file(uow, document_id=notice.id, kind="pdf")[1])).pages)
    assert pages >= 1
    lines = proof.text.split("\n")
    row = next(line for line in lines if line.startswith("送达文书及页数"))
    assert row.endswith(f"（{notice.number}）　共{pages}页")
    assert any(line.startswith("代收人签名或者盖章\t与受送达人的关系：") for line in lines)
    remark = next(line for line in lines if line.startswith("备注"))
    assert "同住成年家属" in remark and "注明与受送达人的关系" in remark and "代收日期为送达日期" in remark
    assert lines[-2].startswith(f"联系人：{staff.officer.full_name}　联系电话：")
    assert lines[-1].startswith("地址：")


def test_without_a_known_page_count_the_blank_is_left_to_fill_in():
    case = full_case()
    assert case.issued[0].pages == 0
    text = content_of(case, draft_for("service_proof", case), number="某市知裁字〔2026〕7号", issue_date=date(2026, 6, 1),
                      subject=case.issued[0], subject_addressee=case.parties[1]).plain_text()
    assert "（某市知裁决字〔2026〕3号）　共　　页" in text
    counted = replace(case.issued[0], pages=6)
    text = content_of(case, draft_for("service_proof", case), number="某市知裁字〔2026〕7号", issue_date=date(2026, 6, 1),
                      subject=counted, subject_addressee=case.parties[1]).plain_text()
    assert "（某市知裁决字〔2026〕3号）　共6页" in text
    assert "联系人：张伟　联系电话：0571-12345678\n地址：某市人民路88号　邮政编码：310000" in text
