"""The stand-alone mediation case as a pure state machine (DOMAIN §3) and its time limits D16-D20 (§4), with
the holiday roll-overs of 2025 National Day and 2026 Spring Festival."""
from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from ipcase.domain.calendar import default_calendar
from ipcase.domain.enums import DeadlineStatus, Role
from ipcase.domain.mediation.cases import (
    ExtensionStatus,
    MediationAction,
    MediationKind,
    MediationSnapshot,
    MediationState,
    allowed_actions,
    check,
)
from ipcase.domain.mediation.deadlines import MediationDeadlineCode, MediationFacts, mediation_deadlines
from ipcase.domain.permissions import require
from ipcase.errors import PermissionDenied, TransitionRefused, ValidationErrors

A, S, K = MediationAction, MediationState, MediationKind
CAL = default_calendar()
OFFICER, CLERK, HEAD = Role.OFFICER, Role.CLERK, Role.DEPT_HEAD


def snap(state=S.RECEIVED, kind=K.OWNERSHIP, today=date(2026, 3, 2), **kw) -> MediationSnapshot:
    return MediationSnapshot(state=state, kind=kind, today=today, received_date=date(2026, 2, 2), **kw)


def refused(action, case, payload, role=OFFICER) -> str:
    with pytest.raises(TransitionRefused) as e:
        check(action, case, payload, role)
    return e.value.code


# ---- the state machine --------------------------------------------------------------------------

def test_the_agreed_path_from_request_to_agreement():
    c = snap()
    assert allowed_actions(c, CLERK) == [A.SERVE_NOTICE]              # a clerk serves; revoking is procedure
    assert allowed_actions(c, OFFICER) == [A.SERVE_NOTICE, A.REVOKE]
    t, p = check(A.SERVE_NOTICE, c, {"served_date": "2026-02-04", "method": "post"}, CLERK)
    assert t.target == S.AWAITING_STATEMENT and p["served_date"] == date(2026, 2, 4)
    c = snap(S.AWAITING_STATEMENT, statement_due=date(2026, 2, 19))
    assert A.REGISTER not in allowed_actions(c, OFFICER)       # no statement yet
    assert refused(A.REGISTER, c, {}) == "mediation_no_statement"
    t, p = check(A.RECEIVE_STATEMENT, c, {"received_date": date(2026, 2, 10), "agrees": True}, CLERK)
    assert t.target is None and p["agrees"] is True
    c = replace(c, statement_received=date(2026, 2, 10), respondent_agrees=True)
    assert A.RECEIVE_STATEMENT not in allowed_actions(c, CLERK)   # one statement
    t, p = check(A.REGISTER, c, {"registered_date": date(2026, 2, 12), "session_at": datetime(2026, 3, 10, 9, 30),
                                 "place": "第一调解室"}, OFFICER)
    assert t.target == S.REGISTERED
    c = snap(S.REGISTERED, registered_date=date(2026, 2, 12))
    assert refused(A.CLOSE_AGREEMENT, c, {}) == "mediation_no_signed_agreement"
    c = replace(c, agreement_signed=date(2026, 3, 1))
    assert A.CLOSE_AGREEMENT in allowed_actions(c, OFFICER)
    assert refused(A.CLOSE_AGREEMENT, c, {"closed_date": date(2026, 2, 27)}) == "mediation_closed_before_signed"
    t, _ = check(A.CLOSE_AGREEMENT, c, {"closed_date": date(2026, 3, 2)}, OFFICER)
    assert t.target == S.CLOSED_AGREEMENT


def test_respondent_declines_or_stays_silent_not_registered():
    declined = snap(S.AWAITING_STATEMENT, statement_received=date(2026, 2, 10), respondent_agrees=False)
    assert refused(A.REGISTER, declined, {}) == "mediation_respondent_declined"
    t, _ = check(A.REFUSE, declined, {"decided_date": date(2026, 2, 12)}, OFFICER)
    assert t.target == S.NOT_REGISTERED
    silent = snap(S.AWAITING_STATEMENT, statement_due=date(2026, 3, 2))
    assert refused(A.REFUSE, silent, {}) == "mediation_statement_period_running"   # still running today
    t, _ = check(A.REFUSE, replace(silent, today=date(2026, 3, 3)), {"decided_date": date(2026, 3, 3)}, OFFICER)
    assert t.target == S.NOT_REGISTERED
    agreed = snap(S.AWAITING_STATEMENT, statement_received=date(2026, 2, 10), respondent_agrees=True)
    assert refused(A.REFUSE, agreed, {}) == "mediation_respondent_agreed"
    assert S.NOT_REGISTERED.is_terminal and allowed_actions(snap(S.NOT_REGISTERED), OFFICER) == []


def test_no_shows_end_the_case_revoked():
    c = snap(S.REGISTERED, registered_date=date(2026, 2, 12))
    for action in (A.REQUESTER_NO_SHOW, A.RESPONDENT_NO_SHOW):
        t, p = check(action, c, {"decided_date": date(2026, 3, 2)}, OFFICER)
        assert t.target == S.CLOSED_REVOKED
        assert refused(action, c, {"decided_date": date(2026, 2, 11)}) == "closed_before_registered"
    assert refused(A.REQUESTER_NO_SHOW, snap(S.AWAITING_STATEMENT), {}) == "wrong_state"


def test_damages_needs_the_ruling_and_provisional_fee_the_grant():
    agreed = dict(statement_received=date(2026, 2, 10), respondent_agrees=True)
    payload = {"registered_date": date(2026, 2, 12), "session_at": datetime(2026, 3, 10, 9), "place": "调解室"}
    no_ruling = snap(S.AWAITING_STATEMENT, K.DAMAGES, ruling_on_record=False, **agreed)
    assert A.REGISTER not in allowed_actions(no_ruling, OFFICER)
    assert refused(A.REGISTER, no_ruling, payload) == "mediation_needs_ruling"
    check(A.REGISTER, replace(no_ruling, ruling_on_record=True), payload, OFFICER)
    before_grant = snap(S.AWAITING_STATEMENT, K.PROVISIONAL_FEE, granted_before_request=False, **agreed)
    assert refused(A.REGISTER, before_grant, payload) == "mediation_before_grant"
    check(A.REGISTER, replace(before_grant, granted_before_request=True), payload, OFFICER)


def test_d19_extension_only_for_ownership_once_and_decided_by_the_department_head():
    c = snap(S.REGISTERED, registered_date=date(2026, 2, 12))
    t, _ = check(A.EXTEND_LIMIT, c, {"reason": "权属关系复杂"}, OFFICER)
    assert t.approval
    assert refused(A.EXTEND_LIMIT, replace(c, kind=K.EMPLOYEE_REWARD), {}) == "mediation_not_ownership"
    assert refused(A.EXTEND_LIMIT, replace(c, extension=ExtensionStatus.PENDING), {}) == "approval_pending"
    assert refused(A.EXTEND_LIMIT, replace(c, extension=ExtensionStatus.APPROVED), {}) == "mediation_already_extended"
    check(A.EXTEND_LIMIT, replace(c, extension=ExtensionStatus.REJECTED), {"reason": "再次申请"}, OFFICER)
    with pytest.raises(ValidationErrors):
        check(A.EXTEND_LIMIT, c, {"reason": ""}, OFFICER)
    require(HEAD, "extension.approve", "mediation.decide_extension")
    for role in (OFFICER, Role.SECTION_HEAD, CLERK):
        with pytest.raises(PermissionDenied):
            require(role, "extension.approve", "mediation.decide_extension")


def test_cnipa_copy_after_closing_an_ownership_case_once():
    closed = snap(S.CLOSED_AGREEMENT, closed_date=date(2026, 3, 2))
    assert allowed_actions(closed, CLERK) == [A.RECORD_CNIPA_COPY]
    assert refused(A.RECORD_CNIPA_COPY, closed, {"copied_date": date(2026, 3, 1)}) == "mediation_copied_before_closed"
    assert refused(A.RECORD_CNIPA_COPY, replace(closed, cnipa_copied=date(2026, 3, 2)), {}) == "mediation_already_copied"
    assert refused(A.RECORD_CNIPA_COPY, replace(closed, kind=K.INVENTOR), {}) == "mediation_not_ownership"


def test_roles_and_dates():
    with pytest.raises(PermissionDenied):
        check(A.REGISTER, snap(S.AWAITING_STATEMENT), {}, CLERK)
    with pytest.raises(PermissionDenied):
        check(A.SERVE_NOTICE, snap(), {}, Role.ADMIN)
    assert refused(A.SERVE_NOTICE, snap(), {"served_date": date(2026, 2, 1), "method": "post"}) == \
        "mediation_before_received"
    with pytest.raises(ValidationErrors) as e:
        check(A.SERVE_NOTICE, snap(), {"served_date": date(2026, 3, 3), "method": "fax"}, OFFICER)
    assert {x.field: x.reason for x in e.value.errors} == {"served_date": "future", "method": "choice"}


# ---- time limits --------------------------------------------------------------------------------

def due(facts: MediationFacts) -> dict[str, tuple[date, str]]:
    return {d.code.value: (d.due, d.status.value) for d in mediation_deadlines(facts, CAL)}


def test_2025_national_day_rolls_every_limit():
    f = MediationFacts(K.OWNERSHIP, S.RECEIVED, date(2025, 9, 30))
    assert due(f) == {"D16": (date(2025, 10, 14), "open")}       # Oct 9, 10, Sat 11 (调休), 13, 14
    f = replace(f, state=S.AWAITING_STATEMENT, notice_served=date(2025, 9, 20))
    limits = mediation_deadlines(f, CAL)
    d17 = next(d for d in limits if d.code == MediationDeadlineCode.D17)
    assert d17.due == date(2025, 10, 9) and "顺延至 2025-10-09" in d17.basis and d17.hide_after_due
    f = replace(f, state=S.REGISTERED, statement_received=date(2025, 9, 26), decided_date=date(2025, 8, 4),
                registered_date=date(2025, 8, 4))
    assert due(f)["D19"] == (date(2025, 10, 9), "open")          # 2025-10-04 → off the holiday
    f = replace(f, extension=ExtensionStatus.APPROVED)
    assert due(f)["D19"] == (date(2025, 11, 4), "open")          # +1 month by the 部门负责人
    closed = replace(f, state=S.CLOSED_AGREEMENT, closed_date=date(2025, 9, 29))
    assert due(closed)["D20"] == (date(2025, 10, 13), "open")    # 9/30, 10/9, 10/10, Sat 10/11, 10/13
    assert due(closed)["D19"] == (date(2025, 11, 4), "met")
    assert due(replace(closed, cnipa_copied=date(2025, 10, 10)))["D20"] == (date(2025, 10, 13), "met")


def test_a_failed_ownership_mediation_sends_nothing_to_cnipa():
    """M25 art 70: the 5-working-day copy to CNIPA is for a concluded agreement, not a revoked mediation."""
    registered = MediationFacts(K.OWNERSHIP, S.REGISTERED, date(2025, 8, 1), notice_served=date(2025, 8, 2),
                                statement_received=date(2025, 8, 5), decided_date=date(2025, 8, 6),
                                registered_date=date(2025, 8, 6))
    revoked = replace(registered, state=S.CLOSED_REVOKED, closed_date=date(2025, 9, 29))
    assert "D20" not in due(revoked)
    assert "D20" in due(replace(revoked, state=S.CLOSED_AGREEMENT))
    failed = snap(S.CLOSED_REVOKED, closed_date=date(2026, 3, 2))
    assert A.RECORD_CNIPA_COPY not in allowed_actions(failed, CLERK)


def test_2026_spring_festival_and_a_silent_respondent():
    f = MediationFacts(K.DAMAGES, S.RECEIVED, date(2026, 2, 12))
    assert due(f)["D16"] == (date(2026, 2, 26), "open")          # Fri 13, Sat 14 (调休), 24, 25, 26
    f = replace(f, state=S.AWAITING_STATEMENT, notice_served=date(2026, 1, 30))
    got = due(f)
    assert got["D17"] == (date(2026, 2, 14), "open")             # a 调休 Saturday is not rolled [U]
    assert got["D18"] == (date(2026, 2, 28), "open")             # from the period's end: 24-27, Sat 28 (调休)
    assert "D19" not in got                                      # only ownership cases have D19/D20


def test_statement_received_starts_d18_and_terminal_cases_cancel_open_limits():
    f = MediationFacts(K.OTHER, S.AWAITING_STATEMENT, date(2026, 11, 2), notice_served=date(2026, 11, 3),
                       statement_received=date(2026, 11, 10))
    got = due(f)
    assert got["D17"] == (date(2026, 11, 18), "met") and got["D18"] == (date(2026, 11, 17), "open")
    refused_ = replace(f, state=S.NOT_REGISTERED, decided_date=date(2026, 11, 12))
    assert due(refused_)["D18"] == (date(2026, 11, 17), "met")
    revoked = replace(f, state=S.CLOSED_REVOKED, statement_received=None)
    assert {c: st for c, (_d, st) in due(revoked).items()} == {"D16": "met", "D17": "cancelled", "D18": "cancelled"}


def test_a_year_without_official_holidays_is_provisional():
    limits = mediation_deadlines(MediationFacts(K.OWNERSHIP, S.REGISTERED, date(2026, 11, 2),
                                                notice_served=date(2026, 11, 3), statement_received=date(2026, 11, 5),
                                                decided_date=date(2026, 11, 6), registered_date=date(2026, 11, 6)), CAL)
    d19 = next(d for d in limits if d.code == MediationDeadlineCode.D19)
    assert d19.due == date(2027, 1, 6) and d19.provisional and d19.status == DeadlineStatus.OPEN
