"""Issue 4's triage outcome "register as a mediation case": the case is created pre-filled from the intake item
(nothing retyped), in the triage's transaction, and the two are linked both ways."""
from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest
from intake_helpers import PATENT, RESPONDENT, RESPONDENT_CODE, register

from ipcase.domain.intake.items import IntakeKind, IntakeState, TriageOutcome
from ipcase.domain.intake.routing import Track
from ipcase.domain.mediation.cases import MediationKind, MediationState
from ipcase.dto.intake import TriageInput
from ipcase.dto.mediation import MediationCaseFilter
from ipcase.errors import ValidationErrors
from ipcase.queries.intake import register as intake_queries
from ipcase.queries.mediation import cases as q
from ipcase.services.intake import items as intake

NOW = datetime(2026, 11, 2, 9, 30)


def _triage(new_uow, ref, who, **decision):
    with new_uow() as uow:
        return intake.triage(uow, actor_id=who.id, item_id=ref.id, expected_version=ref.version,
                             decision=TriageInput(TriageOutcome.MEDIATION, track=Track.FAST, **decision), now=NOW)


def test_the_item_becomes_a_mediation_case_prefilled_and_linked(new_uow, staff):
    ref = register(new_uow, staff.officer, kind=IntakeKind.MEDIATION, received_at=datetime(2026, 10, 30, 15, 0))
    with new_uow() as uow:
        prefilled = intake_queries.mediation_request_for(uow, ref.id, "赔偿数额")
    assert prefilled.requesters[0].name == "宁波华辰科技有限公司" and prefilled.requesters[0].phone == "0574-88886666"
    assert [(p.name, p.credit_code) for p in prefilled.respondents] == [(RESPONDENT, RESPONDENT_CODE)]
    assert (prefilled.patent_number, prefilled.patent_title, prefilled.subject) == (PATENT, "一种折叠式便携座椅", "赔偿数额")
    assert prefilled.received_date == date(2026, 10, 30) and prefilled.officer_id == staff.officer.id
    assert "折叠露营椅" in prefilled.facts and "网店销售" in prefilled.facts

    ref = _triage(new_uow, ref, staff.officer, reason_text="赔偿数额", mediation=replace(prefilled, kind=MediationKind.OTHER))
    with new_uow() as uow:
        item = intake_queries.item_detail(uow, ref.id, viewer_id=staff.officer.id, today=NOW.date())
        case = q.case_detail(uow, item.mediation_case_id, viewer_id=staff.officer.id, today=NOW.date())
    assert item.state == IntakeState.MEDIATION and item.case_id is None
    assert case.intake_item_id == item.id and case.intake_number == item.number
    assert case.state == MediationState.RECEIVED and case.received_date == date(2026, 10, 30)
    assert [p.name for p in case.parties] == ["宁波华辰科技有限公司", RESPONDENT] and case.patent_number == PATENT
    assert [d.code for d in case.deadlines] == ["D16"]         # runs from the day the request came in
    assert case.timeline[0].detail["intake_number"] == item.number


def test_a_wrong_mediation_request_leaves_the_item_undecided(new_uow, staff):
    ref = register(new_uow, staff.officer, kind=IntakeKind.MEDIATION)
    with new_uow() as uow:
        prefilled = intake_queries.mediation_request_for(uow, ref.id)
    with pytest.raises(ValidationErrors) as e:
        _triage(new_uow, ref, staff.officer, mediation=replace(prefilled, kind=MediationKind.DAMAGES))
    assert {x.field for x in e.value.errors} == {"ruling_reference"}
    with new_uow() as uow:
        item = intake_queries.item_detail(uow, ref.id, viewer_id=staff.officer.id, today=NOW.date())
        assert item.state == IntakeState.OPEN and item.mediation_case_id is None
        assert q.list_cases(uow, MediationCaseFilter(), today=NOW.date()).total == 0
