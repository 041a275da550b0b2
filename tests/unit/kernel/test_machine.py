"""The state-machine engine on a toy table: roles through gestures, refusal order, payload validation and
whole-payload checks, targets, automatic actions and how errors name the machine's actions."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

import pytest

from ipcase.domain.enums import Role
from ipcase.domain.machine import Field, FieldKind, Machine, Transition
from ipcase.errors import PermissionDenied, TransitionRefused, ValidationErrors, ValidationFailed

TODAY = date(2026, 3, 2)


class St(StrEnum):
    OPEN = "open"
    DONE = "done"


class Act(StrEnum):
    NOTE = "note"
    FINISH = "finish"
    PROPOSE = "propose"
    AUTO = "auto"


@dataclass(frozen=True)
class Snap:
    state: St
    today: date = TODAY
    frozen: bool = False


def _not_frozen(t: Transition, c: Snap) -> str | None:
    return "frozen" if c.frozen else None


def _done_not_before(c: Snap, p) -> str | None:
    return "too_early" if p.get("day") and p["day"] < date(2026, 1, 1) else None


def _even(p) -> ValidationFailed | None:
    return None if p["count"] % 2 == 0 else ValidationFailed("count", "range", value=p["count"])


TABLE = (
    Transition(Act.NOTE, frozenset({St.OPEN}), gesture="case.service",
               fields=(Field("text", FieldKind.TEXT), Field("count", FieldKind.INT, default=2)), checks=(_even,)),
    Transition(Act.FINISH, frozenset({St.OPEN}), lambda s, p: St.DONE, fields=(Field("day", FieldKind.DATE),),
               guards=(_done_not_before,)),
    Transition(Act.PROPOSE, frozenset({St.OPEN}), approval=True),
    Transition(Act.AUTO, frozenset({St.OPEN}), {St.OPEN: St.DONE}),
)
MACHINE = Machine(TABLE, preconditions=(_not_frozen,), automatic=frozenset({Act.AUTO}), event_prefix="toy.")


def test_default_gestures():
    by = MACHINE.by_action
    assert by[Act.FINISH].gesture == "case.procedure" and by[Act.PROPOSE].gesture == "approval.file"
    assert Role.CLERK in by[Act.NOTE].roles and Role.CLERK not in by[Act.FINISH].roles


def test_unknown_gesture_and_duplicate_action_fail_when_the_table_is_built():
    with pytest.raises(KeyError):
        Transition(Act.NOTE, frozenset({St.OPEN}), gesture="no.such")
    with pytest.raises(AssertionError):
        Machine((TABLE[0], TABLE[0]))


def test_allowed_by_state_role_and_automatic():
    assert MACHINE.allowed(Snap(St.OPEN)) == [Act.NOTE, Act.FINISH, Act.PROPOSE]
    assert MACHINE.allowed(Snap(St.OPEN), Role.CLERK) == [Act.NOTE]
    assert MACHINE.allowed(Snap(St.OPEN), Role.ADMIN) == []
    assert MACHINE.allowed(Snap(St.DONE)) == []
    assert MACHINE.allowed(Snap(St.OPEN, frozen=True)) == []


def test_refusal_order_state_then_preconditions_then_guards():
    t = MACHINE.by_action[Act.FINISH]
    assert MACHINE.refusal(t, Snap(St.DONE, frozen=True), {"day": date(2025, 1, 1)}) == "wrong_state"
    assert MACHINE.refusal(t, Snap(St.OPEN, frozen=True), {"day": date(2025, 1, 1)}) == "frozen"
    assert MACHINE.refusal(t, Snap(St.OPEN), {"day": date(2025, 1, 1)}) == "too_early"


def test_check_names_the_action_with_the_machines_prefix():
    with pytest.raises(PermissionDenied) as denied:
        MACHINE.check(Act.FINISH, Snap(St.OPEN), {"day": TODAY}, Role.CLERK)
    assert (denied.value.action, denied.value.role) == ("toy.finish", "clerk")
    with pytest.raises(PermissionDenied) as nobody:
        MACHINE.check("finish", Snap(St.OPEN), {"day": TODAY}, None)
    assert nobody.value.role is None
    with pytest.raises(TransitionRefused) as refused:
        MACHINE.check(Act.FINISH, Snap(St.OPEN), {"day": date(2025, 12, 31)}, Role.OFFICER)
    assert (refused.value.event, refused.value.code) == ("toy.finish", "too_early")


def test_check_returns_the_transition_and_clean_payload():
    t, clean = MACHINE.check("finish", Snap(St.OPEN), {"day": "2026-03-01"}, Role.OFFICER)
    assert t.action == Act.FINISH and clean == {"day": date(2026, 3, 1)}
    assert t.target_for(St.OPEN, clean) == St.DONE
    assert MACHINE.by_action[Act.AUTO].target_for(St.OPEN, {}) == St.DONE
    assert MACHINE.by_action[Act.NOTE].target_for(St.OPEN, {}) == St.OPEN


def test_whole_payload_checks_run_once_every_field_is_valid():
    with pytest.raises(ValidationErrors) as fields_wrong:
        MACHINE.check(Act.NOTE, Snap(St.OPEN), {"text": "", "count": 3}, Role.CLERK)
    assert [(e.field, e.reason) for e in fields_wrong.value.errors] == [("text", "required")]
    with pytest.raises(ValidationErrors) as odd:
        MACHINE.check(Act.NOTE, Snap(St.OPEN), {"text": "x", "count": 3}, Role.CLERK)
    assert [(e.field, e.reason) for e in odd.value.errors] == [("count", "range")]
    assert MACHINE.check(Act.NOTE, Snap(St.OPEN), {"text": " x "}, Role.CLERK)[1] == {"text": "x", "count": 2}
