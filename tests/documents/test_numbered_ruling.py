"""A numbered 行政裁决书 exists only after 结案审批 is approved (issue 15), through the services on SQLite and
PostgreSQL: while the closing waits for the 部门负责人 the ruling can be previewed as a draft but not issued (no 文号
drawn); once approved it is issued with the decision's date, not the day it is printed."""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from case_helpers import Driver, at
from ipcase.db.models.documents import IssuedDocument
from ipcase.domain.documents.numbered import document_date, issue_refusal
from ipcase.domain.documents.types import BY_KEY
from ipcase.domain.enums import CaseState, PartyRole
from ipcase.dto.documents import DocumentDraft
from ipcase.errors import TransitionRefused
from ipcase.services.documents import issue as docs

RECEIVED = date(2025, 12, 1)
DECIDED = date(2026, 2, 14)
PRINTED = date(2026, 11, 2)


def test_the_rule_refuses_a_ruling_before_approval_and_dates_it_by_the_decision():
    assert issue_refusal("ruling", CaseState.CLOSURE_APPROVAL) == "ruling_not_approved"
    assert issue_refusal("ruling", CaseState.CLOSED_RULING_REJECTED) is None
    assert issue_refusal("hearing_notice", CaseState.HEARING_SCHEDULED) is None
    assert document_date("ruling", DECIDED, PRINTED) == DECIDED
    assert document_date("acceptance_notice", DECIDED, PRINTED) == PRINTED
    assert document_date("ruling", None, PRINTED) == PRINTED


def _awaiting_approval(new_uow, staff) -> Driver:
    c = Driver.new(new_uow, staff, at(RECEIVED), received=RECEIVED)
    c.panel(at(RECEIVED))
    c.act_approved("register", {"registered_date": RECEIVED}, at(RECEIVED))
    requester = c.party_ids(PartyRole.REQUESTER, RECEIVED)[0]
    respondent = c.party_ids(PartyRole.RESPONDENT, RECEIVED)[0]
    c.serve("serve_registration_notice", {requester: RECEIVED}, "direct", at(RECEIVED),
          who=staff.clerk)
    c.serve("serve_copy", {respondent: RECEIVED}, "direct", at(RECEIVED), who=staff.clerk)
    c.act("receive_answer", {"party_id": respondent, "received_date": date(2025, 12, 5)}, at(date(2025, 12, 5)),
          who=staff.clerk)
    c.act("written_review", {"reply_given": True, "note": "已告知并给予陈述期间。"}, at(date(2025, 12, 10)))
    c.act("submit_closing", {"outcome": "infringement", "majority_opinion": "侵权成立。"}, at(date(2026, 2, 10)))
    assert c.detail(date(2026, 2, 10)).state == CaseState.CLOSURE_APPROVAL
    return c


def _draft() -> DocumentDraft:
    return DocumentDraft("ruling", {f.name: "经审理查明的内容。" for f in BY_KEY["ruling"].fields})


def _numbered(new_uow) -> int:
    with new_uow() as uow:
        return uow.session.scalar(select(func.count()).select_from(IssuedDocument)
                                  .where(IssuedDocument.doc_type == "ruling"))


def test_a_ruling_is_numbered_only_after_approval_and_carries_the_decisions_date(new_uow, staff):
    c = _awaiting_approval(new_uow, staff)
    with new_uow() as uow:    # the draft for the 结案审批表: no number
        preview = docs.preview_document(uow, case_id=c.ref.id, draft=_draft(), now=at(date(2026, 2, 11)))
    assert preview.text
    with pytest.raises(TransitionRefused) as e, new_uow() as uow:
        docs.issue_document(uow, actor_id=staff.clerk.id, case_id=c.ref.id, draft=_draft(),
                            now=at(date(2026, 2, 11)))
    assert e.value.code == "ruling_not_approved"
    assert _numbered(new_uow) == 0

    c.approve(at(DECIDED))
    assert c.detail(DECIDED).state == CaseState.CLOSED_RULING_INFRINGEMENT
    with new_uow() as uow:
        info = docs.issue_document(uow, actor_id=staff.clerk.id, case_id=c.ref.id, draft=_draft(),
                                   now=at(PRINTED))
    assert info.number and _numbered(new_uow) == 1
    with new_uow() as uow:
        text = uow.session.get(IssuedDocument, info.id).text
    assert "2026年2月14日" in text and "2026年11月2日" not in text
