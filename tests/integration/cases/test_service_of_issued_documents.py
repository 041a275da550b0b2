"""Service is recorded against an issued document (issue 15), through the services on SQLite and PostgreSQL: the
case's own 送达 actions are neither offered nor accepted before the 受理通知书/答辩通知书 was issued to the party
(the refusal names the document, and the party when others have one); once issued, the case action writes the 送达
register's record of that document, and the register's own path does not record it twice."""
from __future__ import annotations

from datetime import date

import pytest

from case_helpers import Driver, at
from ipcase.domain.enums import CaseState, PartyRole
from ipcase.dto.documents import ServiceInput
from ipcase.errors import TransitionRefused
from ipcase.queries.documents.register import case_documents
from ipcase.services.documents import service as service_records

REGISTERED = date(2025, 10, 10)
SERVED = date(2025, 10, 13)


def _registered(new_uow, staff, respondents=1) -> Driver:
    c = Driver.new(new_uow, staff, at(REGISTERED), received=REGISTERED, respondents=respondents)
    c.panel(at(REGISTERED))
    c.act_approved("register", {"registered_date": REGISTERED}, at(REGISTERED))
    return c


def _register(new_uow, c: Driver):
    with new_uow() as uow:
        return case_documents(uow, c.ref.id)


def test_no_service_action_before_the_document_is_issued(new_uow, staff):
    c = _registered(new_uow, staff)
    requester = c.party_ids(PartyRole.REQUESTER, REGISTERED)[0]
    offered = c.detail(REGISTERED, viewer=staff.clerk).allowed_actions
    assert "serve_registration_notice" not in offered and "serve_copy" not in offered
    with pytest.raises(TransitionRefused) as e:
        c.act("serve_registration_notice", {"served": {requester: SERVED}, "method": "direct"}, at(SERVED),
              who=staff.clerk)
    assert (e.value.code, e.value.detail) == ("document_not_issued", "专利侵权纠纷处理请求受理通知书")
    d = c.detail(SERVED)
    assert next(p for p in d.parties if p.id == requester).notice_served is None
    assert _register(new_uow, c).services == ()

    c.issue_for_service("serve_registration_notice", [requester], at(REGISTERED))
    assert "serve_registration_notice" in c.detail(REGISTERED, viewer=staff.clerk).allowed_actions


def test_the_case_action_records_the_service_in_the_register(new_uow, staff):
    c = _registered(new_uow, staff)
    respondent = c.party_ids(PartyRole.RESPONDENT, REGISTERED)[0]
    c.serve("serve_copy", {respondent: SERVED}, "post", at(SERVED), who=staff.clerk)
    assert c.detail(SERVED).state == CaseState.ANSWER_PERIOD
    register = _register(new_uow, c)
    (row,) = register.services
    notice = next(doc for doc in register.documents if doc.doc_type == "answer_notice")
    assert (row.document_id, row.party_id, row.method, row.received_date) == (notice.id, respondent, "post", SERVED)
    assert not [w for w in register.waiting if w.party_id == respondent]


def test_the_register_path_records_one_service_and_moves_the_case(new_uow, staff):
    c = _registered(new_uow, staff)
    respondent = c.party_ids(PartyRole.RESPONDENT, REGISTERED)[0]
    c.issue_for_service("serve_copy", [respondent], at(REGISTERED))
    notice = next(doc for doc in _register(new_uow, c).documents if doc.doc_type == "answer_notice")
    with new_uow() as uow:
        service_records.record_service(uow, actor_id=staff.clerk.id, now=at(SERVED), data=ServiceInput(
            notice.id, "direct", party_id=respondent, received_date=SERVED))
    assert len(_register(new_uow, c).services) == 1
    d = c.detail(SERVED)
    assert d.state == CaseState.ANSWER_PERIOD
    assert next(p for p in d.parties if p.id == respondent).copy_served == SERVED


def test_a_respondent_without_the_notice_is_named(new_uow, staff):
    c = _registered(new_uow, staff, respondents=2)
    first, second = c.party_ids(PartyRole.RESPONDENT, REGISTERED)
    c.issue_for_service("serve_copy", [first], at(REGISTERED))
    with pytest.raises(TransitionRefused) as e:
        c.act("serve_copy", {"served": {first: SERVED, second: SERVED}, "method": "direct"}, at(SERVED),
              who=staff.clerk)
    assert (e.value.code, e.value.detail) == ("document_not_issued", "答辩通知书（义乌市鼎盛贸易商行乙）")
    assert _register(new_uow, c).services == ()
    c.act("serve_copy", {"served": {first: SERVED}, "method": "direct"}, at(SERVED), who=staff.clerk)
    assert len(_register(new_uow, c).services) == 1
