"""签发人 (issue 15): the leader who approved issuing, recorded next to the clerk who made the document, through the
services and the 文书 register, on SQLite and PostgreSQL."""
from __future__ import annotations

from datetime import date

import pytest

from case_helpers import Driver, at
from ipcase.domain.enums import PartyRole
from ipcase.dto.documents import DocumentDraft
from ipcase.errors import ValidationFailed
from ipcase.queries.documents import register as q
from ipcase.queries.documents.signatories import signatory_choice
from ipcase.services.documents import issue as docs

DAY = date(2026, 10, 12)
INVESTIGATION = {"matters": "核实被控侵权产品的销售情况", "time_place": "2026年10月20日 本局"}


@pytest.fixture
def case(new_uow, staff) -> Driver:
    c = Driver.new(new_uow, staff, at(DAY), received=DAY)
    c.panel(at(DAY))
    c.act_approved("register", {"registered_date": DAY}, at(DAY))     # 立案, approved by the 部门负责人
    return c


def issue(new_uow, who, case_id, draft):
    with new_uow() as uow:
        return docs.issue_document(uow, actor_id=who.id, case_id=case_id, draft=draft, now=at(DAY))


def register_row(new_uow, case_id, number):
    with new_uow() as uow:
        return next(d for d in q.case_documents(uow, case_id).documents if d.number == number)


def test_a_notice_carrying_out_an_approval_is_signed_by_its_approver_not_the_clerk(new_uow, staff, case):
    requester = case.party_ids(PartyRole.REQUESTER, DAY)[0]
    info = issue(new_uow, staff.clerk, case.ref.id, DocumentDraft("acceptance_notice", party_id=requester))
    assert (info.issued_by, info.signed_by) == ("孙丽", "刘洋")
    row = register_row(new_uow, case.ref.id, info.number)
    assert (row.issued_by, row.signed_by) == ("孙丽", "刘洋")
    with new_uow() as uow:
        choice = signatory_choice(uow, case_id=case.ref.id, doc_type_key="acceptance_notice")
    assert choice.needed and choice.fixed == (staff.dept_head.id, "刘洋") and not choice.choices
    # nobody chooses another 签发人 for what the approval decided
    with pytest.raises(ValidationFailed) as e:
        issue(new_uow, staff.clerk, case.ref.id,
              DocumentDraft("acceptance_notice", party_id=requester, signed_by=staff.section_head.id))
    assert (e.value.field, e.value.reason, e.value.detail) == ("signed_by", "by_approval", "刘洋")


def test_a_document_without_an_approval_is_signed_by_the_chosen_leader(new_uow, staff, case):
    respondent = case.party_ids(PartyRole.RESPONDENT, DAY)[0]
    with new_uow() as uow:
        choice = signatory_choice(uow, case_id=case.ref.id, doc_type_key="investigation_notice")
    assert choice.needed and choice.fixed is None and choice.choices == ((staff.dept_head.id, "刘洋"),)
    draft = DocumentDraft("investigation_notice", INVESTIGATION, party_id=respondent, signed_by=staff.dept_head.id)
    info = issue(new_uow, staff.clerk, case.ref.id, draft)
    assert (info.issued_by, info.signed_by) == ("孙丽", "刘洋")
    assert register_row(new_uow, case.ref.id, info.number).signed_by == "刘洋"


@pytest.mark.parametrize("who", ["officer", "section_head", "clerk", "admin"])
def test_only_a_leader_who_may_approve_signs(new_uow, staff, case, who):
    respondent = case.party_ids(PartyRole.RESPONDENT, DAY)[0]
    chosen = getattr(staff, who)
    draft = DocumentDraft("investigation_notice", INVESTIGATION, party_id=respondent, signed_by=chosen.id)
    with pytest.raises(ValidationFailed) as e:
        issue(new_uow, staff.clerk, case.ref.id, draft)
    assert (e.value.field, e.value.reason) == ("signed_by", "not_signatory")
    with new_uow() as uow:
        assert q.case_documents(uow, case.ref.id).documents == ()          # nothing issued, no number drawn


def test_a_leader_issuing_himself_signs_and_a_clerk_without_a_choice_records_none(new_uow, staff, case):
    respondent = case.party_ids(PartyRole.RESPONDENT, DAY)[0]
    draft = DocumentDraft("investigation_notice", INVESTIGATION, party_id=respondent)
    assert issue(new_uow, staff.dept_head, case.ref.id, draft).signed_by == "刘洋"
    assert issue(new_uow, staff.clerk, case.ref.id, draft).signed_by == ""


def test_forms_kept_in_the_file_have_no_signatory(new_uow, staff, case):
    draft = DocumentDraft("registration_approval", {"summary": "案情", "officer_opinion": "同意"})
    with new_uow() as uow:
        assert not signatory_choice(uow, case_id=case.ref.id, doc_type_key="registration_approval").needed
    with pytest.raises(ValidationFailed) as e:
        issue(new_uow, staff.clerk, case.ref.id,
              DocumentDraft(draft.doc_type, draft.fields, signed_by=staff.dept_head.id))
    assert (e.value.field, e.value.reason) == ("signed_by", "not_signed")
    assert issue(new_uow, staff.clerk, case.ref.id, draft).signed_by == ""
