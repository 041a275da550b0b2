"""The state machine: roles, payload validation and the actions offered per state."""
from __future__ import annotations

from workflow_fixtures import *  # noqa: F403  (shared builders of the workflow tests)

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
    require(Role.DEPT_HEAD, "approval.decide", "approve")
    for role in (Role.OFFICER, Role.CLERK, Role.SECTION_HEAD, Role.ADMIN):
        with pytest.raises(PermissionDenied) as info:
            require(role, "approval.decide", "approve")
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
        A.REVOKE, A.SUSPEND, A.REFUSE_SUSPENSION, A.START_PAUSE, A.EXTEND_CLOSING]
    with_pause = allowed_actions(snapshot(S.INVESTIGATION, open_pauses=frozenset({PauseKind.APPRAISAL})),
                                 Role.OFFICER)
    assert A.END_PAUSE in with_pause and A.START_PAUSE in with_pause
    assert A.EXTEND_CLOSING not in allowed_actions(snapshot(S.INVESTIGATION, extension_level=2), Role.OFFICER)
    assert allowed_actions(snapshot(S.INVESTIGATION), Role.CLERK) == [
        A.SERVE_REGISTRATION_NOTICE, A.RECEIVE_ANSWER, A.FORWARD_ANSWER]


def test_suspended_case_offers_resume_not_schedule_hearing():
    case = snapshot(S.INVESTIGATION, suspended=True, open_pauses=frozenset({PauseKind.SUSPENSION}))
    actions = allowed_actions(case, Role.OFFICER)
    assert actions == [A.SERVE_REGISTRATION_NOTICE, A.REVOKE, A.RESUME, A.EXTEND_CLOSING]
    assert A.SCHEDULE_HEARING not in actions and A.SUSPEND not in actions and A.END_PAUSE not in actions


def test_answer_period_over_offered_only_after_the_period():
    running = snapshot(S.ANSWER_PERIOD, answer_periods=(period(due=TODAY),))
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
