"""Intake outcomes by kind, state and role, and the intake time limits (D1, 7 wd complaints, D23, telling a
real-name reporter), with correction and extension."""
from __future__ import annotations

from datetime import date

import pytest

from ipcase.domain.calendar import OfficialCalendar
from ipcase.domain.enums import DeadlineStatus, Role
from ipcase.domain.intake.items import (
    CloseReason,
    IntakeDeadlineCode,
    IntakeKind,
    IntakeLimits,
    IntakeState,
    ItemFacts,
    TriageOutcome,
    allowed_outcomes,
    intake_deadlines,
    refusal_code,
)

CAL = OfficialCalendar()
T = TriageOutcome
K = IntakeKind


def facts(kind=K.REQUEST, state=IntakeState.OPEN, received=date(2025, 9, 30), **kw) -> ItemFacts:
    return ItemFacts(kind=kind, state=state, received=received, **kw)


def by_code(deadlines):
    return {d.code: d for d in deadlines}


# ---- outcomes -------------------------------------------------------------------------------------

def test_a_request_may_become_a_case_be_corrected_forwarded_or_closed():
    assert allowed_outcomes(facts(), Role.OFFICER) == (T.CASE, T.CORRECTION, T.FORWARD, T.CLOSE)


def test_only_the_department_head_refuses_a_request():
    assert T.REFUSE in allowed_outcomes(facts(), Role.DEPT_HEAD)
    assert refusal_code(facts(), T.REFUSE, Role.OFFICER) == "role"
    assert refusal_code(facts(), T.REFUSE, Role.DEPT_HEAD) is None
    # other kinds: any officer may refuse (e.g. a complaint outside the office's remit)
    assert refusal_code(facts(K.COMPLAINT), T.REFUSE, Role.OFFICER) is None


def test_clerks_and_administrators_do_not_triage():
    assert allowed_outcomes(facts(), Role.CLERK) == ()
    assert allowed_outcomes(facts(), Role.ADMIN) == ()
    assert allowed_outcomes(facts(), None) == ()
    assert refusal_code(facts(), T.CASE, Role.CLERK) == "role"


@pytest.mark.parametrize(("kind", "expected"), [
    (K.MEDIATION, (T.MEDIATION, T.CORRECTION, T.REFUSE, T.FORWARD, T.CLOSE)),
    (K.COUNTERFEIT, (T.ENFORCEMENT, T.CORRECTION, T.REFUSE, T.FORWARD, T.CLOSE)),
    (K.CONSULTATION, (T.FORWARD, T.CLOSE)),
])
def test_outcomes_by_kind(kind, expected):
    assert allowed_outcomes(facts(kind), Role.OFFICER) == expected


def test_a_complaint_becomes_a_case_only_through_a_formal_request_unless_the_setting_says_otherwise():
    f = facts(K.COMPLAINT)
    assert T.CASE not in allowed_outcomes(f, Role.OFFICER)
    assert refusal_code(f, T.CASE, Role.OFFICER) == "intake_needs_request"
    assert T.CASE in allowed_outcomes(f, Role.OFFICER, complaint_needs_request=False)
    assert refusal_code(f, T.CASE, Role.OFFICER, complaint_needs_request=False) is None


def test_correction_is_asked_once_and_meanwhile_only_refusal_or_closing_remain():
    waiting = facts(state=IntakeState.PENDING_CORRECTION, correction_due=date(2025, 10, 20))
    assert allowed_outcomes(waiting, Role.DEPT_HEAD) == (T.REFUSE, T.CLOSE)
    assert refusal_code(waiting, T.CASE, Role.OFFICER) == "intake_awaiting_correction"
    assert refusal_code(waiting, T.CORRECTION, Role.OFFICER) == "intake_correction_once"
    cured = facts(correction_due=date(2025, 10, 20), correction_received=date(2025, 10, 15))
    assert allowed_outcomes(cured, Role.OFFICER) == (T.CASE, T.FORWARD, T.CLOSE)


def test_a_decided_item_offers_nothing():
    for state in (IntakeState.CASE, IntakeState.REFUSED, IntakeState.CLOSED):
        assert allowed_outcomes(facts(state=state), Role.DEPT_HEAD) == ()
        assert refusal_code(facts(state=state), T.CLOSE, Role.DEPT_HEAD) == "intake_decided"
    assert refusal_code(facts(K.CONSULTATION), T.CASE, Role.OFFICER) == "intake_wrong_kind"


# ---- time limits ----------------------------------------------------------------------------------

def test_d1_for_a_request_is_five_working_days_over_the_national_day():
    d = by_code(intake_deadlines(facts(), CAL, IntakeLimits()))[IntakeDeadlineCode.DECISION]
    assert d.due == date(2025, 10, 14)          # DOMAIN §6 worked example
    assert d.status == DeadlineStatus.OPEN and not d.provisional


def test_d1_extended_by_five_working_days():
    d = by_code(intake_deadlines(facts(decision_extended=True), CAL, IntakeLimits()))[IntakeDeadlineCode.DECISION]
    assert d.due == date(2025, 10, 21) and "延长" in d.basis


def test_a_consumer_complaint_is_decided_within_seven_working_days():
    d = by_code(intake_deadlines(facts(K.COMPLAINT, received=date(2026, 2, 12)), CAL, IntakeLimits()))
    # Fri 13 = 1, Sat 14 (调休) = 2, 15–23 Spring Festival, 24–27 = 3–6, Sat 28 (调休) = 7
    assert d[IntakeDeadlineCode.COMPLAINT].due == date(2026, 2, 28)


def test_d23_a_counterfeit_report_within_ten_working_days():
    d = by_code(intake_deadlines(facts(K.COUNTERFEIT, received=date(2026, 11, 2)), CAL, IntakeLimits()))
    assert d[IntakeDeadlineCode.COUNTERFEIT].due == date(2026, 11, 16)


def test_no_time_limit_for_consultations_and_mediation_requests():
    assert intake_deadlines(facts(K.CONSULTATION), CAL, IntakeLimits()) == []
    assert intake_deadlines(facts(K.MEDIATION), CAL, IntakeLimits()) == []


def test_the_decision_meets_the_limit():
    d = by_code(intake_deadlines(facts(state=IntakeState.CASE, decided=date(2025, 10, 9)), CAL, IntakeLimits()))
    assert d[IntakeDeadlineCode.DECISION].status == DeadlineStatus.MET
    assert d[IntakeDeadlineCode.DECISION].met_date == date(2025, 10, 9)


def test_while_waiting_for_correction_only_the_correction_period_runs():
    f = facts(state=IntakeState.PENDING_CORRECTION, correction_due=date(2025, 10, 20))
    d = by_code(intake_deadlines(f, CAL, IntakeLimits()))
    assert set(d) == {IntakeDeadlineCode.CORRECTION}
    assert d[IntakeDeadlineCode.CORRECTION].due == date(2025, 10, 20)


def test_the_decision_limit_restarts_from_the_corrected_materials_unless_the_setting_is_off():
    f = facts(correction_due=date(2025, 10, 20), correction_received=date(2025, 10, 17))
    d = by_code(intake_deadlines(f, CAL, IntakeLimits()))
    assert d[IntakeDeadlineCode.CORRECTION].status == DeadlineStatus.MET
    assert d[IntakeDeadlineCode.DECISION].start == date(2025, 10, 17)
    assert d[IntakeDeadlineCode.DECISION].due == date(2025, 10, 24)
    assert "重新计算" in d[IntakeDeadlineCode.DECISION].basis
    off = by_code(intake_deadlines(f, CAL, IntakeLimits(restart_on_correction=False)))
    assert off[IntakeDeadlineCode.DECISION].due == date(2025, 10, 14)


def test_an_uncured_correction_is_cancelled_once_the_item_is_refused():
    f = facts(state=IntakeState.REFUSED, correction_due=date(2025, 10, 20), decided=date(2025, 10, 21))
    assert by_code(intake_deadlines(f, CAL, IntakeLimits()))[IntakeDeadlineCode.CORRECTION].status == \
        DeadlineStatus.CANCELLED


def test_a_real_name_reporter_is_told_within_five_working_days_of_the_decision():
    f = facts(K.COUNTERFEIT, state=IntakeState.ENFORCEMENT, received=date(2026, 11, 2), decided=date(2026, 11, 6))
    d = by_code(intake_deadlines(f, CAL, IntakeLimits()))
    assert d[IntakeDeadlineCode.NOTIFY].due == date(2026, 11, 13)
    assert d[IntakeDeadlineCode.NOTIFY].status == DeadlineStatus.OPEN
    told = by_code(intake_deadlines(ItemFacts(**{**f.__dict__, "notified": date(2026, 11, 9)}), CAL, IntakeLimits()))
    assert told[IntakeDeadlineCode.NOTIFY].status == DeadlineStatus.MET


def test_nobody_to_tell_when_anonymous_withdrawn_or_not_a_report():
    decided = {"state": IntakeState.CLOSED, "decided": date(2026, 11, 6)}
    assert IntakeDeadlineCode.NOTIFY not in by_code(intake_deadlines(
        facts(K.COMPLAINT, real_name=False, **decided), CAL, IntakeLimits()))
    assert IntakeDeadlineCode.NOTIFY not in by_code(intake_deadlines(
        facts(K.COMPLAINT, close_reason=CloseReason.WITHDRAWN, **decided), CAL, IntakeLimits()))
    assert IntakeDeadlineCode.NOTIFY not in by_code(intake_deadlines(facts(K.REQUEST, **decided), CAL,
                                                                     IntakeLimits()))


def test_limits_reaching_a_year_without_holiday_data_are_provisional():
    d = by_code(intake_deadlines(facts(received=date(2027, 1, 4)), CAL, IntakeLimits()))
    assert d[IntakeDeadlineCode.DECISION].provisional
