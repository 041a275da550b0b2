"""The state machine: the transition table against DOMAIN §3, every transition, every guard."""
from __future__ import annotations

from workflow_fixtures import *  # noqa: F403  (shared builders of the workflow tests)

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
    assert AUTOMATIC == {A.CLOSE_BY_RULING, A.CLOSE_BY_MEDIATION}
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


YESTERDAY, LATER = TODAY - timedelta(days=1), TODAY + timedelta(days=5)


@pytest.mark.parametrize(("periods", "code"), [
    ((period(due=TODAY),), "answer_period_running"),                 # the last day is still in the period
    ((period(due=LATER),), "answer_period_running"),
    ((period(due=None),), "answer_period_not_started"),
    ((), "answer_period_not_started"),
    ((period(1, due=YESTERDAY), period(2, due=None)), "answer_period_not_started"),
    # M25 art 22: one respondent's answer does not end the other's own period
    ((period(1, due=LATER, answered=TODAY), period(2, due=TODAY)), "answer_period_running"),
])
def test_answer_period_guard(periods, code):
    assert refused(A.ANSWER_PERIOD_OVER, snapshot(S.ANSWER_PERIOD, answer_periods=periods)) == code


@pytest.mark.parametrize("periods", [
    (period(due=YESTERDAY),),
    (period(1, due=YESTERDAY), period(2, due=YESTERDAY - timedelta(days=9))),
    (period(1, due=LATER, answered=TODAY), period(2, due=YESTERDAY)),    # each answered or its period over
    (period(1, due=LATER, answered=TODAY), period(2, due=None, answered=TODAY)),
])
def test_answer_period_over_when_every_respondent_is_done(periods):
    check(A.ANSWER_PERIOD_OVER, snapshot(S.ANSWER_PERIOD, answer_periods=periods), {}, Role.OFFICER)


@pytest.mark.parametrize("action", [A.SUBMIT_CLOSING, A.CLOSE_BY_RULING])
def test_no_ruling_while_a_respondent_may_still_answer(action):
    state = S.DELIBERATION if action == A.SUBMIT_CLOSING else S.CLOSURE_APPROVAL
    late = (period(1, due=YESTERDAY, answered=YESTERDAY), period(2, due=LATER))   # a respondent added later
    assert refused(action, snapshot(state, answer_periods=late)) == "answer_period_running"


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


def _refusal(action, case, payload):
    with pytest.raises(TransitionRefused) as info:
        check(action, case, {**payload_for(BY_ACTION[A(action)]), **payload}, Role.DEPT_HEAD)
    return info.value.code, info.value.detail


def test_refusals_quote_the_value_the_rule_compares_with():
    """Issue 15: "不能早于立案日期（1990-12-06）" quoted the typed date; the message names the rule's own date."""
    typed = D(1990, 12, 6)
    assert _refusal(A.REGISTER, snapshot(S.RECEIVED), {"registered_date": typed}) == (
        "registered_before_received", RECEIVED_ON.isoformat())
    assert _refusal(A.CLOSE_BY_RULING, snapshot(S.CLOSURE_APPROVAL), {"ruling_date": typed}) == (
        "closed_before_registered", REGISTERED_ON.isoformat())
    assert _refusal(A.HOLD_HEARING, snapshot(S.HEARING_SCHEDULED), {"held_date": HEARING_ON - timedelta(days=1)}) == (
        "held_before_scheduled", HEARING_ON.isoformat())
    running = snapshot(S.ANSWER_PERIOD, answer_periods=(period(1, due=YESTERDAY), period(2, due=LATER)))
    assert _refusal(A.ANSWER_PERIOD_OVER, running, {}) == ("answer_period_running", LATER.isoformat())
