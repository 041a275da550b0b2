"""The adjudication-case state machine (DOMAIN §3): every transition from every state, every guard, roles,
payload validation and the actions offered per state and role."""
from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest

from ipcase.domain.enums import (
    OPEN_STATES,
    REGISTERED_OPEN_STATES,
    CaseState,
    ClosingOutcome,
    PauseKind,
    RefusalReason,
    Role,
    ServiceMethod,
)
from ipcase.domain.workflow import (
    AUTOMATIC,
    BY_ACTION,
    ON_REJECT,
    TRANSITIONS,
    CaseAction,
    CaseSnapshot,
    Field,
    FieldKind,
    Transition,
    allowed_actions,
    check,
    check_approver,
    refusal,
    validate_payload,
)
from ipcase.errors import PermissionDenied, TransitionRefused, ValidationErrors

S = CaseState
A = CaseAction
D = date
TODAY = D(2025, 10, 15)
RECEIVED_ON = D(2025, 9, 30)
REGISTERED_ON = D(2025, 10, 9)
HEARING_ON = D(2025, 10, 14)
ALL_ROLES = tuple(Role)
CLOSED_RULINGS = (S.CLOSED_RULING_INFRINGEMENT, S.CLOSED_RULING_REJECTED)

# ---------------------------------------------------------------- DOMAIN §3, written out independently
SAME = "same state"
_REG = tuple(sorted(REGISTERED_OPEN_STATES))
_REG_NOT_APPROVAL = tuple(s for s in _REG if s != S.CLOSURE_APPROVAL)
EXPECTED_TARGETS: dict[CaseAction, dict[CaseState, object]] = {
    A.REQUEST_CORRECTION: {S.RECEIVED: S.PENDING_CORRECTION},
    A.CORRECTION_RECEIVED: {S.PENDING_CORRECTION: SAME},   # then REGISTER ("cured in time")
    A.EXTEND_DECISION: {S.RECEIVED: SAME, S.PENDING_CORRECTION: SAME},
    A.REGISTER: {S.RECEIVED: S.REGISTERED, S.PENDING_CORRECTION: S.REGISTERED},
    A.REFUSE: {S.RECEIVED: S.NOT_ACCEPTED, S.PENDING_CORRECTION: S.NOT_ACCEPTED},
    A.SERVE_REGISTRATION_NOTICE: dict.fromkeys(_REG, SAME),
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
    A.CLOSE_BY_MEDIATION: dict.fromkeys(_REG_NOT_APPROVAL, S.CLOSED_MEDIATED),
    A.REVOKE: dict.fromkeys((*_REG, S.RECEIVED, S.PENDING_CORRECTION), S.CLOSED_REVOKED),  # incl. 移送; withdrawal before 立案
    A.SUSPEND: dict.fromkeys(_REG, SAME),                            # a flag, not a state
    A.REFUSE_SUSPENSION: dict.fromkeys(_REG, SAME),
    A.RESUME: dict.fromkeys(_REG, SAME),                             # back to the previous state
    A.START_PAUSE: dict.fromkeys(_REG_NOT_APPROVAL, SAME),
    A.END_PAUSE: dict.fromkeys(_REG, SAME),
    A.EXTEND_CLOSING: dict.fromkeys(_REG, SAME),
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


def snapshot(state: CaseState, **kw) -> CaseSnapshot:
    """A case where every guard holds unless told otherwise."""
    base = dict(state=state, today=TODAY, received_date=RECEIVED_ON, panel_valid=True,
                registered_date=REGISTERED_ON if state not in (S.RECEIVED, S.PENDING_CORRECTION) else None,
                answer_due=TODAY - timedelta(days=1), hearing_date=HEARING_ON)
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


# ---------------------------------------------------------------- the table itself


def test_every_action_has_one_transition_and_the_domain_table_matches():
    assert set(BY_ACTION) == set(CaseAction) == set(EXPECTED_TARGETS)
    for t in TRANSITIONS:
        assert t.sources == set(EXPECTED_TARGETS[t.action]), t.action
        assert t.roles == expected_roles(t.action), t.action


def test_approvals_required_by_domain():
    # 立案审批表 / 不予受理, the D1 extension, the closing extension and 结案审批 are decided by the 部门负责人.
    for action in (A.REGISTER, A.REFUSE, A.EXTEND_DECISION, A.EXTEND_CLOSING, A.CLOSE_BY_RULING):
        assert BY_ACTION[action].approval, action
    for action in (A.SERVE_COPY, A.RECEIVE_ANSWER, A.HOLD_HEARING, A.ARCHIVE):
        assert not BY_ACTION[action].approval, action


def test_automatic_and_on_reject():
    assert AUTOMATIC == {A.CLOSE_BY_RULING}
    assert ON_REJECT[A.CLOSE_BY_RULING] == A.RETURN_TO_DELIBERATION


def test_only_open_states_have_procedural_actions():
    for t in TRANSITIONS:
        if t.action not in (A.RECORD_RULING_SERVICE, A.ARCHIVE):
            assert t.sources <= OPEN_STATES, t.action
    assert not BY_ACTION[A.ARCHIVE].sources & OPEN_STATES


# ---------------------------------------------------------------- every transition from every source


@pytest.mark.parametrize(("t", "state"), SOURCE_CASES)
def test_transition_succeeds_from_each_source(t: Transition, state: CaseState):
    case = good_snapshot(t, state)
    payload = payload_for(t)
    for role in t.roles:
        got, clean = check(t.action, case, payload, role)
        assert got is t
        assert set(clean) == {f.name for f in t.fields}
    expected = EXPECTED_TARGETS[t.action][state]
    if t.action == A.CLOSE_BY_RULING:
        clean = {**clean, "outcome": "rejected"}   # the service adds the panel's proposed outcome
    assert t.target_for(state, clean) == (state if expected is SAME else expected)


def test_a_ruling_without_the_panels_outcome_is_refused():
    t = BY_ACTION[A.CLOSE_BY_RULING]
    assert t.target_for(S.CLOSURE_APPROVAL, {"outcome": "infringement"}) == S.CLOSED_RULING_INFRINGEMENT
    with pytest.raises(TransitionRefused) as e:
        t.target_for(S.CLOSURE_APPROVAL, {})
    assert e.value.code == "no_outcome"


@pytest.mark.parametrize(("t", "state"), SOURCE_CASES)
def test_transition_succeeds_with_required_fields_only(t: Transition, state: CaseState):
    _, clean = check(t.action, good_snapshot(t, state), payload_for(t, required_only=True), role_for(t))
    for f in t.fields:
        if not f.required and f.kind != FieldKind.BOOL:
            assert clean[f.name] is None


@pytest.mark.parametrize(("t", "state"), WRONG_STATE_CASES)
def test_transition_refused_from_other_states(t: Transition, state: CaseState):
    assert refused(t.action, good_snapshot(t, state), payload_for(t), role_for(t)) == "wrong_state"


@pytest.mark.parametrize(("outcome", "target"), [
    (ClosingOutcome.INFRINGEMENT, S.CLOSED_RULING_INFRINGEMENT),
    ("infringement", S.CLOSED_RULING_INFRINGEMENT),
    (ClosingOutcome.REJECTED, S.CLOSED_RULING_REJECTED),
    ("rejected", S.CLOSED_RULING_REJECTED),
])
def test_close_by_ruling_target_follows_outcome(outcome, target):
    t, clean = check(A.CLOSE_BY_RULING, snapshot(S.CLOSURE_APPROVAL), {"ruling_date": TODAY}, Role.DEPT_HEAD)
    assert t.target_for(S.CLOSURE_APPROVAL, {**clean, "outcome": outcome}) == target


def test_check_accepts_the_action_as_string():
    t, _ = check("register", snapshot(S.RECEIVED), {"registered_date": TODAY}, Role.OFFICER)
    assert t.action == A.REGISTER


# ---------------------------------------------------------------- guards


def test_panel_invalid():
    assert refused(A.REGISTER, snapshot(S.RECEIVED, panel_valid=False)) == "panel_invalid"
    assert refused(A.REGISTER, snapshot(S.PENDING_CORRECTION, panel_valid=False)) == "panel_invalid"


@pytest.mark.parametrize("action", [t.action for t in TRANSITIONS if not t.while_suspended])
def test_suspended_case_refuses_procedural_steps(action):
    t = BY_ACTION[action]
    state = sorted(t.sources)[0]
    assert refused(action, snapshot(state, suspended=True), payload_for(t), role_for(t)) == "suspended"


def test_while_suspended_actions():
    expected = {A.SERVE_REGISTRATION_NOTICE, A.CLOSE_BY_MEDIATION, A.REVOKE, A.RESUME, A.END_PAUSE,
                A.EXTEND_CLOSING}
    assert {t.action for t in TRANSITIONS if t.while_suspended} == expected


def test_suspend_twice_and_resume_without_suspension():
    assert refused(A.SUSPEND, snapshot(S.INVESTIGATION, suspended=True)) == "suspended"
    assert refused(A.RESUME, snapshot(S.INVESTIGATION)) == "not_suspended"


@pytest.mark.parametrize(("kw", "code"), [
    ({"answer_due": TODAY}, "answer_period_running"),                 # the last day is still in the period
    ({"answer_due": TODAY + timedelta(days=5)}, "answer_period_running"),
    ({"answer_due": None}, "answer_period_not_started"),
    ({"respondents_unserved": 1}, "answer_period_not_started"),
])
def test_answer_period_guard(kw, code):
    assert refused(A.ANSWER_PERIOD_OVER, snapshot(S.ANSWER_PERIOD, **kw)) == code


def test_answer_period_over_the_day_after():
    check(A.ANSWER_PERIOD_OVER, snapshot(S.ANSWER_PERIOD, answer_due=TODAY - timedelta(days=1)), {}, Role.OFFICER)


def test_already_extended_decision():
    assert refused(A.EXTEND_DECISION, snapshot(S.RECEIVED, decision_extended=True)) == "already_extended"


@pytest.mark.parametrize("level", [0, 1])
def test_closing_extension_levels_allowed(level):
    check(A.EXTEND_CLOSING, snapshot(S.INVESTIGATION, extension_level=level),
          payload_for(BY_ACTION[A.EXTEND_CLOSING]), Role.OFFICER)


@pytest.mark.parametrize("level", [2, 3])
def test_extensions_exhausted(level):
    assert refused(A.EXTEND_CLOSING, snapshot(S.INVESTIGATION, extension_level=level)) == "extensions_exhausted"


@pytest.mark.parametrize("pending", [frozenset({"register"}), frozenset({A.REGISTER})])
def test_approval_pending(pending):
    assert refused(A.REGISTER, snapshot(S.RECEIVED, pending_actions=pending)) == "approval_pending"
    # a pending approval of another action does not block this one
    check(A.REFUSE, snapshot(S.RECEIVED, pending_actions=pending), payload_for(BY_ACTION[A.REFUSE]), Role.OFFICER)


def test_pending_approval_only_matters_for_approval_actions():
    case = snapshot(S.REGISTERED, pending_actions=frozenset({"serve_copy"}))
    check(A.SERVE_COPY, case, payload_for(BY_ACTION[A.SERVE_COPY]), Role.CLERK)


def test_use_suspend_for_a_suspension_pause():
    t = BY_ACTION[A.START_PAUSE]
    assert refusal(t, snapshot(S.INVESTIGATION), {"pause_kind": PauseKind.SUSPENSION}) == "use_suspend"
    # through check() the value is not even a choice of the form
    assert invalid(A.START_PAUSE, snapshot(S.INVESTIGATION),
                   {"pause_kind": "suspension", "start_date": TODAY}) == {"pause_kind": "choice"}


def test_pause_already_open():
    case = snapshot(S.INVESTIGATION, open_pauses=frozenset({PauseKind.APPRAISAL}))
    assert refused(A.START_PAUSE, case, {"pause_kind": "appraisal", "start_date": TODAY}) == "pause_already_open"
    check(A.START_PAUSE, case, {"pause_kind": "settlement", "start_date": TODAY}, Role.OFFICER)


@pytest.mark.parametrize("open_pauses", [frozenset(), frozenset({PauseKind.SUSPENSION})])
def test_no_open_pause(open_pauses):
    case = snapshot(S.INVESTIGATION, open_pauses=open_pauses)
    assert refused(A.END_PAUSE, case, {"pause_kind": "appraisal", "end_date": TODAY}) == "no_open_pause"


def test_end_pause_of_a_kind_not_open():
    case = snapshot(S.INVESTIGATION, open_pauses=frozenset({PauseKind.PUBLIC_NOTICE}))
    assert refused(A.END_PAUSE, case, {"pause_kind": "appraisal", "end_date": TODAY}) == "pause_not_open"
    check(A.END_PAUSE, case, {"pause_kind": "public_notice", "end_date": TODAY}, Role.OFFICER)


def test_reply_not_given():
    assert refused(A.WRITTEN_REVIEW, snapshot(S.INVESTIGATION), {"reply_given": False}) == "reply_not_given"
    check(A.WRITTEN_REVIEW, snapshot(S.INVESTIGATION), {}, Role.OFFICER)  # default: given


def test_registered_before_received():
    payload = {"registered_date": RECEIVED_ON - timedelta(days=1)}
    assert refused(A.REGISTER, snapshot(S.RECEIVED), payload) == "registered_before_received"
    check(A.REGISTER, snapshot(S.RECEIVED), {"registered_date": RECEIVED_ON}, Role.OFFICER)  # same day is fine


def test_held_before_scheduled():
    payload = {"held_date": HEARING_ON - timedelta(days=1)}
    assert refused(A.HOLD_HEARING, snapshot(S.HEARING_SCHEDULED), payload) == "held_before_scheduled"
    check(A.HOLD_HEARING, snapshot(S.HEARING_SCHEDULED), {"held_date": HEARING_ON}, Role.OFFICER)
    check(A.HOLD_HEARING, snapshot(S.HEARING_SCHEDULED, hearing_date=None),
          {"held_date": HEARING_ON - timedelta(days=3)}, Role.OFFICER)


@pytest.mark.parametrize(("action", "state", "date_field"), [
    (A.REVOKE, S.INVESTIGATION, "decided_date"),
    (A.REQUESTER_NO_SHOW, S.HEARING_SCHEDULED, "decided_date"),
    (A.CLOSE_BY_MEDIATION, S.DELIBERATION, "agreement_date"),
    (A.CLOSE_BY_RULING, S.CLOSURE_APPROVAL, "ruling_date"),
])
def test_closed_before_registered(action, state, date_field):
    t = BY_ACTION[action]
    early = {**payload_for(t), date_field: REGISTERED_ON - timedelta(days=1)}
    assert refused(action, snapshot(state), early) == "closed_before_registered"
    check(action, snapshot(state), {**payload_for(t), date_field: REGISTERED_ON}, Role.DEPT_HEAD)


def test_refusal_order_wrong_state_first_then_suspended_then_pending():
    case = snapshot(S.RECEIVED, suspended=True, pending_actions=frozenset({"register"}), panel_valid=False)
    assert refusal(BY_ACTION[A.SERVE_COPY], case, {}) == "wrong_state"
    assert refusal(BY_ACTION[A.REGISTER], case, {}) == "suspended"
    assert refusal(BY_ACTION[A.REGISTER], replace(case, suspended=False), {}) == "approval_pending"
    assert refusal(BY_ACTION[A.REGISTER], replace(case, suspended=False, pending_actions=frozenset()),
                   {}) == "panel_invalid"


# ---------------------------------------------------------------- roles


@pytest.mark.parametrize(("t", "role"), [pytest.param(t, r, id=f"{t.action.value}-{r.value}")
                                         for t in TRANSITIONS for r in ALL_ROLES if r not in t.roles])
def test_role_refused(t: Transition, role: Role):
    state = sorted(t.sources)[0]
    with pytest.raises(PermissionDenied) as info:
        check(t.action, good_snapshot(t, state), payload_for(t), role)
    assert (info.value.action, info.value.role) == (t.action.value, role.value)


def test_clerk_cannot_register_but_can_serve():
    with pytest.raises(PermissionDenied):
        check(A.REGISTER, snapshot(S.RECEIVED), {"registered_date": TODAY}, Role.CLERK)
    check(A.SERVE_COPY, snapshot(S.REGISTERED), {"served": {2: TODAY}, "method": "direct"}, Role.CLERK)


def test_admin_can_do_nothing():
    for t in TRANSITIONS:
        with pytest.raises(PermissionDenied):
            check(t.action, good_snapshot(t, sorted(t.sources)[0]), payload_for(t), Role.ADMIN)


def test_role_is_checked_before_state():
    with pytest.raises(PermissionDenied):
        check(A.REGISTER, snapshot(S.ARCHIVED), {}, Role.CLERK)


def test_no_role_is_refused():
    with pytest.raises(PermissionDenied) as info:
        check(A.REGISTER, snapshot(S.RECEIVED), {"registered_date": TODAY}, None)
    assert info.value.role is None


def test_only_dept_head_approves():
    check_approver(Role.DEPT_HEAD)
    for role in (Role.OFFICER, Role.CLERK, Role.SECTION_HEAD, Role.ADMIN):
        with pytest.raises(PermissionDenied) as info:
            check_approver(role)
        assert (info.value.action, info.value.role) == ("approve", role.value)


# ---------------------------------------------------------------- payload validation


def test_required_fields_named():
    assert invalid(A.REGISTER, snapshot(S.RECEIVED), {}) == {"registered_date": "required"}
    assert invalid(A.REFUSE, snapshot(S.RECEIVED), {}) == {
        "refusal_reasons": "required", "reason_text": "required", "decided_date": "required"}


def test_every_bad_field_named_at_once():
    payload = {"refusal_reasons": ["other", "bogus"], "reason_text": "   ",
               "decided_date": TODAY + timedelta(days=1)}
    with pytest.raises(ValidationErrors) as info:
        check(A.REFUSE, snapshot(S.RECEIVED), payload, Role.OFFICER)
    errors = {e.field: e for e in info.value.errors}
    assert {f: e.reason for f, e in errors.items()} == {
        "refusal_reasons": "choice", "reason_text": "required", "decided_date": "future"}
    assert errors["refusal_reasons"].detail == "bogus"
    assert errors["decided_date"].detail == (TODAY + timedelta(days=1)).isoformat()


def test_empty_values_count_as_missing():
    for empty in (None, "", [], (), {}):
        assert invalid(A.REFUSE, snapshot(S.RECEIVED),
                       {"refusal_reasons": empty, "reason_text": "x", "decided_date": TODAY}) == {
            "refusal_reasons": "required"}


def test_future_dates_refused_where_past_only():
    tomorrow = TODAY + timedelta(days=1)
    assert invalid(A.REGISTER, snapshot(S.RECEIVED), {"registered_date": tomorrow}) == {"registered_date": "future"}
    assert invalid(A.HOLD_HEARING, snapshot(S.HEARING_SCHEDULED), {"held_date": tomorrow}) == {"held_date": "future"}
    assert invalid(A.CORRECTION_RECEIVED, snapshot(S.PENDING_CORRECTION),
                   {"received_date": datetime(2025, 10, 16, 8, 0)}) == {"received_date": "future"}


def test_future_dates_allowed_where_not_past_only():
    later = TODAY + timedelta(days=20)
    check(A.REQUEST_CORRECTION, snapshot(S.RECEIVED), {"defects": "缺少身份证明", "correction_due": later},
          Role.OFFICER)
    check(A.SUSPEND, snapshot(S.INVESTIGATION), {"ground": "party_died", "start_date": later}, Role.OFFICER)
    _, clean = check(A.SCHEDULE_HEARING, snapshot(S.INVESTIGATION),
                     {"hearing_at": "2025-11-03T09:30", "room": "第一口审庭"}, Role.OFFICER)
    assert clean["hearing_at"] == datetime(2025, 11, 3, 9, 30)


def test_date_strings_coerced_or_refused():
    _, clean = check(A.REGISTER, snapshot(S.RECEIVED), {"registered_date": "2025-10-10"}, Role.OFFICER)
    assert clean["registered_date"] == D(2025, 10, 10)
    assert invalid(A.REGISTER, snapshot(S.RECEIVED), {"registered_date": "2025-13-01"}) == {
        "registered_date": "format"}
    assert invalid(A.SCHEDULE_HEARING, snapshot(S.INVESTIGATION), {"hearing_at": "next Monday", "room": "1"}) == {
        "hearing_at": "format"}


def test_choices():
    case = snapshot(S.REGISTERED)
    assert invalid(A.SERVE_COPY, case, {"served": {2: TODAY}, "method": "fax"}) == {"method": "choice"}
    _, clean = check(A.SERVE_COPY, case, {"served": {2: TODAY}, "method": ServiceMethod.POST}, Role.CLERK)
    assert clean["method"] == "post" and type(clean["method"]) is str
    assert invalid(A.EXTEND_CLOSING, snapshot(S.INVESTIGATION),
                   {"length": 1, "unit": "weeks", "reason": "复杂"}) == {"unit": "choice"}


def test_multichoice():
    _, clean = check(A.REFUSE, snapshot(S.RECEIVED),
                     {"refusal_reasons": [RefusalReason.SUED_IN_COURT, "other"], "reason_text": "已起诉",
                      "decided_date": TODAY}, Role.OFFICER)
    assert clean["refusal_reasons"] == ("sued_in_court", "other")


def test_party_dates():
    t, case = BY_ACTION[A.SERVE_COPY], snapshot(S.REGISTERED)
    _, clean = check(t.action, case, {"served": {"2": "2025-10-10", 3: None, 4: ""}, "method": "post"}, Role.CLERK)
    assert clean["served"] == {2: D(2025, 10, 10)}
    assert invalid(t.action, case, {"served": {2: None}, "method": "post"}) == {"served": "required"}
    assert invalid(t.action, case, {"served": {}, "method": "post"}) == {"served": "required"}
    assert invalid(t.action, case, {"served": {2: TODAY + timedelta(days=1)}, "method": "post"}) == {
        "served": "future"}
    assert invalid(t.action, case, {"served": {2: "2025-99-99"}, "method": "post"}) == {"served": "format"}
    assert invalid(t.action, case, {"served": {"x": TODAY}, "method": "post"}) == {"served": "format"}


def test_party():
    case = snapshot(S.ANSWER_PERIOD)
    _, clean = check(A.RECEIVE_ANSWER, case, {"party_id": "2", "received_date": TODAY}, Role.CLERK)
    assert clean["party_id"] == 2
    assert invalid(A.RECEIVE_ANSWER, case, {"party_id": "abc", "received_date": TODAY}) == {"party_id": "format"}


@pytest.mark.parametrize(("length", "unit", "reason"), [
    ("abc", "months", "number"),
    (0, "months", "range"),
    (3, "months", "range"),
    (63, "days", "range"),
    (-1, "days", "range"),
])
def test_extend_closing_length_refused(length, unit, reason):
    assert invalid(A.EXTEND_CLOSING, snapshot(S.INVESTIGATION),
                   {"length": length, "unit": unit, "reason": "特别复杂"}) == {"length": reason}


@pytest.mark.parametrize(("length", "unit", "clean_length"), [
    ("2", "months", 2), (1, "months", 1), (62, "days", 62),
])
def test_extend_closing_length_accepted(length, unit, clean_length):
    _, clean = check(A.EXTEND_CLOSING, snapshot(S.INVESTIGATION),
                     {"length": length, "unit": unit, "reason": "特别复杂"}, Role.OFFICER)
    assert (clean["length"], clean["unit"]) == (clean_length, unit)
    assert clean["higher_office_ref"] is None


def test_absent_field_takes_its_default_explicit_none_is_missing():
    case = snapshot(S.INVESTIGATION)
    _, clean = check(A.EXTEND_CLOSING, case, {"unit": "months", "reason": "特别复杂"}, Role.OFFICER)
    assert clean["length"] == 1
    assert invalid(A.EXTEND_CLOSING, case, {"length": None, "unit": "months", "reason": "x"}) == {
        "length": "required"}


def test_bool_fields_and_defaults():
    _, clean = check(A.HOLD_HEARING, snapshot(S.HEARING_SCHEDULED), {"held_date": TODAY}, Role.OFFICER)
    assert clean["respondent_absent"] is False
    _, clean = check(A.HOLD_HEARING, snapshot(S.HEARING_SCHEDULED),
                     {"held_date": TODAY, "respondent_absent": 1}, Role.OFFICER)
    assert clean["respondent_absent"] is True
    _, clean = check(A.WRITTEN_REVIEW, snapshot(S.INVESTIGATION), {}, Role.OFFICER)
    assert clean == {"reply_given": True, "note": None}


def test_text_is_stripped_and_unknown_keys_dropped():
    _, clean = check(A.RETURN_TO_DELIBERATION, snapshot(S.CLOSURE_APPROVAL),
                     {"reason": "  事实不清  ", "extra": "ignored"}, Role.DEPT_HEAD)
    assert clean == {"reason": "事实不清"}


def test_validate_payload_directly():
    t = BY_ACTION[A.REGISTER]
    assert validate_payload(t, {"registered_date": TODAY, "summary": "简介"}, TODAY) == {
        "registered_date": TODAY, "summary": "简介"}
    with pytest.raises(ValidationErrors):
        validate_payload(t, {"registered_date": TODAY}, TODAY - timedelta(days=1))


def test_validation_runs_after_state_and_role_checks():
    with pytest.raises(TransitionRefused):
        check(A.REGISTER, snapshot(S.INVESTIGATION), {}, Role.OFFICER)   # bad payload, but wrong state first


# ---------------------------------------------------------------- allowed_actions


def test_received_without_valid_panel_does_not_offer_register():
    assert allowed_actions(snapshot(S.RECEIVED, panel_valid=False), Role.OFFICER) == [
        A.REQUEST_CORRECTION, A.EXTEND_DECISION, A.REFUSE, A.REVOKE]
    assert allowed_actions(snapshot(S.RECEIVED), Role.OFFICER) == [
        A.REQUEST_CORRECTION, A.EXTEND_DECISION, A.REGISTER, A.REFUSE, A.REVOKE]


def test_received_flags():
    assert A.EXTEND_DECISION not in allowed_actions(snapshot(S.RECEIVED, decision_extended=True), Role.OFFICER)
    assert A.REGISTER not in allowed_actions(snapshot(S.RECEIVED, pending_actions=frozenset({"register"})),
                                             Role.OFFICER)
    assert allowed_actions(snapshot(S.RECEIVED), Role.CLERK) == []


def test_pending_correction():
    assert allowed_actions(snapshot(S.PENDING_CORRECTION), Role.OFFICER) == [
        A.CORRECTION_RECEIVED, A.EXTEND_DECISION, A.REGISTER, A.REFUSE, A.REVOKE]
    assert allowed_actions(snapshot(S.PENDING_CORRECTION), Role.CLERK) == [A.CORRECTION_RECEIVED]


def test_investigation():
    assert allowed_actions(snapshot(S.INVESTIGATION), Role.OFFICER) == [
        A.SERVE_REGISTRATION_NOTICE, A.RECEIVE_ANSWER, A.FORWARD_ANSWER, A.SCHEDULE_HEARING, A.WRITTEN_REVIEW,
        A.CLOSE_BY_MEDIATION, A.REVOKE, A.SUSPEND, A.REFUSE_SUSPENSION, A.START_PAUSE, A.EXTEND_CLOSING]
    with_pause = allowed_actions(snapshot(S.INVESTIGATION, open_pauses=frozenset({PauseKind.APPRAISAL})),
                                 Role.OFFICER)
    assert A.END_PAUSE in with_pause and A.START_PAUSE in with_pause
    assert A.EXTEND_CLOSING not in allowed_actions(snapshot(S.INVESTIGATION, extension_level=2), Role.OFFICER)
    assert allowed_actions(snapshot(S.INVESTIGATION), Role.CLERK) == [
        A.SERVE_REGISTRATION_NOTICE, A.RECEIVE_ANSWER, A.FORWARD_ANSWER]


def test_suspended_case_offers_resume_not_schedule_hearing():
    case = snapshot(S.INVESTIGATION, suspended=True, open_pauses=frozenset({PauseKind.SUSPENSION}))
    actions = allowed_actions(case, Role.OFFICER)
    assert actions == [A.SERVE_REGISTRATION_NOTICE, A.CLOSE_BY_MEDIATION, A.REVOKE, A.RESUME, A.EXTEND_CLOSING]
    assert A.SCHEDULE_HEARING not in actions and A.SUSPEND not in actions and A.END_PAUSE not in actions


def test_answer_period_over_offered_only_after_the_period():
    running = snapshot(S.ANSWER_PERIOD, answer_due=TODAY)
    assert A.ANSWER_PERIOD_OVER not in allowed_actions(running, Role.OFFICER)
    assert A.ANSWER_PERIOD_OVER in allowed_actions(snapshot(S.ANSWER_PERIOD), Role.OFFICER)


def test_closure_approval():
    assert allowed_actions(snapshot(S.CLOSURE_APPROVAL), Role.OFFICER) == [
        A.SERVE_REGISTRATION_NOTICE, A.REVOKE, A.SUSPEND, A.REFUSE_SUSPENSION, A.EXTEND_CLOSING]
    dept = allowed_actions(snapshot(S.CLOSURE_APPROVAL), Role.DEPT_HEAD)
    assert A.RETURN_TO_DELIBERATION in dept and A.CLOSE_BY_RULING not in dept


def test_close_by_ruling_never_offered():
    for state in S:
        for role in (*ALL_ROLES, None):
            assert A.CLOSE_BY_RULING not in allowed_actions(snapshot(state), role)


def test_closed_and_archived():
    assert allowed_actions(snapshot(S.CLOSED_RULING_INFRINGEMENT), Role.CLERK) == [
        A.RECORD_RULING_SERVICE, A.ARCHIVE]
    assert allowed_actions(snapshot(S.CLOSED_MEDIATED), Role.OFFICER) == [A.ARCHIVE]
    assert allowed_actions(snapshot(S.NOT_ACCEPTED), Role.OFFICER) == [A.ARCHIVE]
    for role in (*ALL_ROLES, None):
        assert allowed_actions(snapshot(S.ARCHIVED), role) == []


def test_admin_is_offered_nothing():
    for state in S:
        assert allowed_actions(snapshot(state), Role.ADMIN) == []


def test_no_role_means_every_role():
    case = snapshot(S.CLOSURE_APPROVAL)
    union = {a for r in ALL_ROLES for a in allowed_actions(case, r)}
    assert set(allowed_actions(case)) == union


@pytest.mark.parametrize("state", list(S))
@pytest.mark.parametrize("role", ALL_ROLES)
def test_every_offered_action_passes_check(state, role):
    for action in allowed_actions(snapshot(state), role):
        t = BY_ACTION[action]
        check(action, snapshot(state), payload_for(t), role)
