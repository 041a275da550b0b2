"""The patent's type decides what is lawful, through the services on SQLite and PostgreSQL (issue 15)."""
from __future__ import annotations

from datetime import date

import pytest

from case_helpers import Driver, at, sample_request
from ipcase.domain.enums import PartyRole
from ipcase.domain.identifiers import make_patent_number
from ipcase.dto.cases import PatentInput
from ipcase.dto.documents import DocumentDraft
from ipcase.errors import TransitionRefused, ValidationErrors
from ipcase.services.cases import actions as cases
from ipcase.services.documents import issue as docs

DAY = date(2026, 11, 2)


def _patent(type_digit: int) -> PatentInput:
    return PatentInput(make_patent_number(2021, type_digit, 1234567), None, "一种折叠式便携座椅", "宁波华辰科技有限公司",
                       date(2021, 3, 1), date(2021, 9, 10))


def test_a_design_request_refuses_use(new_uow, staff):
    data = sample_request(DAY, patent=_patent(3), acts=("make", "use", "sell"))
    with pytest.raises(ValidationErrors) as e, new_uow() as uow:
        cases.register_request(uow, actor_id=staff.officer.id, data=data, now=at(DAY))
    assert [(x.field, x.reason, x.detail) for x in e.value.errors] == [("acts", "act_not_for_patent_type", "use")]


def test_an_invention_case_has_no_evaluation_report_notice_and_no_um_design_suspension(new_uow, staff):
    c = Driver.new(new_uow, staff, at(DAY), received=DAY, patent=_patent(1), acts=("make", "use"))
    requester = c.party_ids(PartyRole.REQUESTER, DAY)[0]
    with pytest.raises(TransitionRefused) as e, new_uow() as uow:
        docs.issue_document(uow, actor_id=staff.clerk.id, case_id=c.ref.id, now=at(DAY),
                            draft=DocumentDraft("evaluation_report_notice", party_id=requester,
                                                fields={"days": "15"}))
    assert e.value.code == "document_not_for_patent_type"
    c.panel(at(DAY))
    c.act_approved("register", {"registered_date": DAY}, at(DAY))
    with pytest.raises(TransitionRefused) as e:
        c.act("suspend", {"ground": "invalidation_um_design", "start_date": DAY}, at(DAY))
    assert e.value.code == "ground_not_for_patent_type"
    c.act("suspend", {"ground": "depends_on_other_case", "start_date": DAY}, at(DAY))   # another ground is fine
