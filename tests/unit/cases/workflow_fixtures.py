"""Shared builders of the state-machine tests: DOMAIN §3 written out independently of the code, snapshots and
payloads built generically from each transition's field spec."""
from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest

from ipcase.domain.cases.answers import RespondentPeriod
from ipcase.domain.cases.workflow import (
    AUTOMATIC,
    BY_ACTION,
    ON_REJECT,
    TRANSITIONS,
    CaseAction,
    CaseSnapshot,
    allowed_actions,
    check,
    refusal,
)
from ipcase.domain.enums import (
    OPEN_STATES,
    REGISTERED_OPEN_STATES,
    CaseState,
    ClosingOutcome,
    PartyRole,
    PauseKind,
    RefusalReason,
    Role,
    ServiceMethod,
)
from ipcase.domain.hearings.absence import NoticeFact
from ipcase.domain.machine import Field, FieldKind, Transition, validate_payload
from ipcase.domain.permissions import require
from ipcase.errors import PermissionDenied, TransitionRefused, ValidationErrors

S = CaseState
A = CaseAction
D = date
TODAY = D(2025, 10, 15)
RECEIVED_ON = D(2025, 9, 30)
REGISTERED_ON = D(2025, 10, 9)
HEARING_ON = D(2025, 10, 14)
NOTICE_BY = D(2025, 10, 7)    # three working days (10-08, 10-09, 10-10; 10-11 a 调休 Saturday) before
ALL_ROLES = tuple(Role)
CLOSED_RULINGS = (S.CLOSED_RULING_INFRINGEMENT, S.CLOSED_RULING_REJECTED)

# ---------------------------------------------------------------- DOMAIN §3, written out independently
SAME = "same state"
REG_OPEN = tuple(sorted(REGISTERED_OPEN_STATES))
REG_NOT_APPROVAL = tuple(s for s in REG_OPEN if s != S.CLOSURE_APPROVAL)
EXPECTED_TARGETS: dict[CaseAction, dict[CaseState, object]] = {
    A.REQUEST_CORRECTION: {S.RECEIVED: S.PENDING_CORRECTION},
    A.CORRECTION_RECEIVED: {S.PENDING_CORRECTION: SAME},   # then REGISTER ("cured in time")
    A.EXTEND_DECISION: {S.RECEIVED: SAME, S.PENDING_CORRECTION: SAME},
    A.REGISTER: {S.RECEIVED: S.REGISTERED, S.PENDING_CORRECTION: S.REGISTERED},
    A.REFUSE: {S.RECEIVED: S.NOT_ACCEPTED, S.PENDING_CORRECTION: S.NOT_ACCEPTED},
    A.SERVE_REGISTRATION_NOTICE: dict.fromkeys(REG_OPEN, SAME),
    A.SERVE_COPY: {S.REGISTERED: S.ANSWER_PERIOD},
    A.RECEIVE_ANSWER: {S.ANSWER_PERIOD: S.INVESTIGATION, S.INVESTIGATION: SAME, S.HEARING_SCHEDULED: SAME},
    A.ANSWER_PERIOD_OVER: {S.ANSWER_PERIOD: S.INVESTIGATION},
    A.FORWARD_ANSWER: {S.INVESTIGATION: SAME, S.HEARING_SCHEDULED: SAME, S.HEARD: SAME},
    A.SCHEDULE_HEARING: {S.INVESTIGATION: S.HEARING_SCHEDULED, S.HEARD: S.HEARING_SCHEDULED},
    A.RESCHEDULE_HEARING: {S.HEARING_SCHEDULED: SAME},
    A.HOLD_HEARING: {S.HEARING_SCHEDULED: S.HEARD},                  # also respondent absent (缺席)
    A.REQUESTER_NO_SHOW: {S.HEARING_SCHEDULED: S.CLOSED_REVOKED},    # 按撤回处理
    A.WRITTEN_REVIEW: {S.INVESTIGATION: S.DELIBERATION},
    A.DELIBERATE: {S.HEARD: S.DELIBERATION},
    A.SUBMIT_CLOSING: {S.DELIBERATION: S.CLOSURE_APPROVAL},
    A.CLOSE_BY_RULING: {S.CLOSURE_APPROVAL: S.CLOSED_RULING_REJECTED},  # with the panel's outcome 'rejected'
    A.RETURN_TO_DELIBERATION: {S.CLOSURE_APPROVAL: S.DELIBERATION},
    A.CLOSE_BY_MEDIATION: dict.fromkeys(REG_NOT_APPROVAL, S.CLOSED_MEDIATED),
    A.REVOKE: dict.fromkeys((*REG_OPEN, S.RECEIVED, S.PENDING_CORRECTION), S.CLOSED_REVOKED),  # incl. 移送; withdrawal before 立案
    A.SUSPEND: dict.fromkeys(REG_OPEN, SAME),                            # a flag, not a state
    A.REFUSE_SUSPENSION: dict.fromkeys(REG_OPEN, SAME),
    A.RESUME: dict.fromkeys(REG_OPEN, SAME),                             # back to the previous state
    A.START_PAUSE: dict.fromkeys(REG_NOT_APPROVAL, SAME),
    A.END_PAUSE: dict.fromkeys(REG_OPEN, SAME),
    A.EXTEND_CLOSING: dict.fromkeys(REG_OPEN, SAME),
    A.RECORD_RULING_SERVICE: dict.fromkeys(CLOSED_RULINGS, SAME),
    A.ARCHIVE: dict.fromkeys((S.NOT_ACCEPTED, *CLOSED_RULINGS, S.CLOSED_MEDIATED, S.CLOSED_REVOKED), S.ARCHIVED),
}
# Who may take each action (the clerk only records service and receipts; 部门负责人 decides approvals).
CLERK_ACTIONS = {A.CORRECTION_RECEIVED, A.SERVE_REGISTRATION_NOTICE, A.SERVE_COPY, A.RECEIVE_ANSWER,
                 A.FORWARD_ANSWER, A.RECORD_RULING_SERVICE, A.ARCHIVE}
DEPT_HEAD_ONLY = {A.RETURN_TO_DELIBERATION}


def expected_roles(action: CaseAction) -> set[Role]:
    if action in DEPT_HEAD_ONLY:
        return {Role.DEPT_HEAD}
    roles = {Role.OFFICER, Role.SECTION_HEAD, Role.DEPT_HEAD}
    return roles | {Role.CLERK} if action in CLERK_ACTIONS else roles


# ---------------------------------------------------------------- generic builders


def period(party_id: int = 1, *, due: date | None, answered: date | None = None) -> RespondentPeriod:
    """A respondent's own answer period: served 15 days before it ends (or not served when `due` is None)."""
    served = due - timedelta(days=15) if due else None
    return RespondentPeriod(party_id, served, due, answered)


def snapshot(state: CaseState, **kw) -> CaseSnapshot:
    """A case where every guard holds unless told otherwise."""
    base = dict(state=state, today=TODAY, received_date=RECEIVED_ON, panel_valid=True,
                registered_date=REGISTERED_ON if state not in (S.RECEIVED, S.PENDING_CORRECTION) else None,
                answer_periods=(period(due=TODAY - timedelta(days=1)),), hearing_date=HEARING_ON,
                # both sides served the hearing notice on the last lawful day (M25 art 26)
                hearing_notices=(NoticeFact(1, PartyRole.REQUESTER, NOTICE_BY),
                                 NoticeFact(2, PartyRole.RESPONDENT, NOTICE_BY)), latest_notice_day=NOTICE_BY)
    base.update(kw)
    return CaseSnapshot(**base)


def good_snapshot(t: Transition, state: CaseState) -> CaseSnapshot:
    if t.action == A.RESUME:
        return snapshot(state, suspended=True, open_pauses=frozenset({PauseKind.SUSPENSION}))
    if t.action == A.END_PAUSE:
        return snapshot(state, open_pauses=frozenset(PauseKind) - {PauseKind.SUSPENSION})
    return snapshot(state)


def value_for(f: Field) -> object:
    match f.kind:
        case FieldKind.DATE:
            return TODAY if f.past_only else TODAY + timedelta(days=10)
        case FieldKind.DATETIME:
            return datetime(2025, 10, 20, 9, 30) if not f.past_only else datetime(2025, 10, 15, 9, 0)
        case FieldKind.TEXT | FieldKind.LONGTEXT:
            return "文字"
        case FieldKind.CHOICE:
            return f.choices[0]
        case FieldKind.MULTICHOICE:
            return [f.choices[0]]
        case FieldKind.BOOL:
            return True if f.default is None else f.default
        case FieldKind.INT:
            return f.default if f.default is not None else 1
        case FieldKind.PARTY_DATES:
            return {1: TODAY}
        case FieldKind.PARTY:
            return 1
    raise AssertionError(f"no test value for field kind {f.kind}")


def payload_for(t: Transition, *, required_only: bool = False) -> dict:
    return {f.name: value_for(f) for f in t.fields if f.required or not required_only}


def role_for(t: Transition) -> Role:
    return Role.OFFICER if Role.OFFICER in t.roles else Role.DEPT_HEAD


SOURCE_CASES = [pytest.param(t, s, id=f"{t.action.value}-from-{s.value}")
                for t in TRANSITIONS for s in sorted(t.sources)]
WRONG_STATE_CASES = [pytest.param(t, s, id=f"{t.action.value}-from-{s.value}")
                     for t in TRANSITIONS for s in sorted(set(S) - t.sources)]


def refused(action, case: CaseSnapshot, payload: dict | None = None, role: Role = Role.DEPT_HEAD) -> str:
    with pytest.raises(TransitionRefused) as info:
        check(action, case, payload if payload is not None else payload_for(BY_ACTION[A(action)]), role)
    assert info.value.event == A(action).value
    assert info.value.state == case.state.value
    return info.value.code


def invalid(action, case: CaseSnapshot, payload: dict) -> dict[str, str]:
    with pytest.raises(ValidationErrors) as info:
        check(action, case, payload, role_for(BY_ACTION[A(action)]))
    return {e.field: e.reason for e in info.value.errors}
