"""One state-machine engine for every procedure with states (the adjudication case, the mediation case).

A machine is a table of `Transition`s: from which states an action may be taken, where it leads, who may take
(or propose) it — a gesture of `ipcase.domain.permissions` —, which form fields it asks for and which guards
must hold. Guards and preconditions return a refusal code (a stable key the UI's error texts translate) or None.
A feature's module keeps only its table, its guards and its snapshot; `allowed`, `check` and the payload
validation live here once.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from ipcase.domain.enums import Role
from ipcase.domain.permissions import may, roles_for
from ipcase.errors import PermissionDenied, TransitionRefused, ValidationErrors, ValidationFailed


class FieldKind(StrEnum):
    DATE = "date"
    DATETIME = "datetime"
    TEXT = "text"
    LONGTEXT = "longtext"
    CHOICE = "choice"
    MULTICHOICE = "multichoice"
    BOOL = "bool"
    INT = "int"
    PARTY_DATES = "party_dates"  # {party_id: date} for the parties named by `parties`
    PARTY = "party"              # one party id of the role named by `parties`


@dataclass(frozen=True)
class Field:
    name: str
    kind: FieldKind
    required: bool = True
    choices: tuple[str, ...] = ()
    parties: str = ""            # for PARTY / PARTY_DATES: "respondent", "requester" or "all"
    past_only: bool = True       # dates of things that happened cannot lie after today
    default: object = None


def choices(enum: type[StrEnum]) -> tuple[str, ...]:
    return tuple(e.value for e in enum)


# A snapshot is the feature's frozen dataclass of what its guards need; the engine reads `state` and `today`.
Snapshot = Any
Guard = Callable[[Snapshot, Mapping], "str | None"]
# Checks a clean payload as a whole once every field is valid (e.g. a length within its extension limit).
PayloadCheck = Callable[[Mapping], "ValidationFailed | None"]
Target = StrEnum | Mapping[StrEnum, StrEnum] | Callable[[StrEnum, Mapping], StrEnum] | None


@dataclass(frozen=True)
class Transition:
    action: StrEnum
    sources: frozenset
    # None: the state does not change; a mapping: the target depends on the source state (others stay);
    # a function of (state, payload): the payload decides
    target: Target = None
    approval: bool = False       # proposed now, carried out when the 部门负责人 approves
    # Who may take it (or file it for approval); by default an approval is filed by an officer and any other
    # step is a procedural one.
    gesture: str = ""
    fields: tuple[Field, ...] = ()
    guards: tuple[Guard, ...] = ()
    checks: tuple[PayloadCheck, ...] = ()

    def __post_init__(self) -> None:
        if not self.gesture:
            object.__setattr__(self, "gesture", "approval.file" if self.approval else "case.procedure")
        roles_for(self.gesture)  # an unknown gesture fails when the table is built, not when a user clicks

    @property
    def roles(self) -> frozenset[Role]:
        return roles_for(self.gesture)

    def target_for(self, state: StrEnum, payload: Mapping) -> StrEnum:
        if callable(self.target):
            return self.target(state, payload)
        if isinstance(self.target, Mapping):
            return self.target.get(state, state)
        return self.target or state


# A rule every transition of a machine obeys before its own guards (e.g. nothing but a few actions while a
# case is suspended); gets the transition too.
Precondition = Callable[[Transition, Snapshot], "str | None"]


@dataclass(frozen=True)
class Machine:
    transitions: tuple[Transition, ...]
    preconditions: tuple[Precondition, ...] = ()
    automatic: frozenset = frozenset()   # taken only as part of another step, never offered as a button
    event_prefix: str = ""               # how the errors name this machine's actions ("mediation.")
    by_action: Mapping[StrEnum, Transition] = field(init=False)

    def __post_init__(self) -> None:
        by_action = {t.action: t for t in self.transitions}
        assert len(by_action) == len(self.transitions), "an action appears twice in the table"
        object.__setattr__(self, "by_action", by_action)

    def refusal(self, t: Transition, case: Snapshot, payload: Mapping) -> str | None:
        """The first reason `t` cannot be taken now, or None."""
        if case.state not in t.sources:
            return "wrong_state"
        for rule in self.preconditions:
            code = rule(t, case)
            if code:
                return code
        for guard in t.guards:
            code = guard(case, payload)
            if code:
                return code
        return None

    def allowed(self, case: Snapshot, role: Role | None = None) -> list:
        """Actions offered now (state, flags and role; any role when None), in table order. Guards that need
        the form's values are checked again when the action is submitted."""
        return [t.action for t in self.transitions
                if t.action not in self.automatic and (role is None or may(role, t.gesture))
                and self.refusal(t, case, {}) is None]

    def check(self, action: StrEnum | str, case: Snapshot, payload: Mapping,
              role: Role | None) -> tuple[Transition, dict]:
        """Everything the service must know before it acts: the transition, the clean payload.
        Raises PermissionDenied, TransitionRefused or ValidationErrors."""
        t = self.by_action[type(self.transitions[0].action)(action)]
        event = f"{self.event_prefix}{t.action.value}"
        if not may(role, t.gesture):
            raise PermissionDenied(event, role.value if role else None)
        code = self.refusal(t, case, {})
        if code:
            raise TransitionRefused(event, case.state.value, code, getattr(code, "detail", ""))
        clean = validate_payload(t, payload, case.today)
        code = self.refusal(t, case, clean)
        if code:
            raise TransitionRefused(event, case.state.value, code, getattr(code, "detail", ""))
        return t, clean


class Refusal(str):
    """A guard's refusal code (compares equal to the plain code) carrying the value the rule compared with —
    the 立案日期, the last day of a period — so the message names the rule and the right value, not the input."""
    detail: str

    def __new__(cls, code: str, detail: str = ""):
        obj = super().__new__(cls, code)
        obj.detail = detail
        return obj


def validate_payload(t: Transition, payload: Mapping, today: date) -> dict:
    """Check and coerce the form values of `t`. Raises ValidationErrors naming every wrong field."""
    errors: list[ValidationFailed] = []
    clean: dict = {}
    for f in t.fields:
        value = payload.get(f.name, f.default)
        if value in (None, "", (), [], {}):
            if f.required and f.kind != FieldKind.BOOL:
                errors.append(ValidationFailed(f.name, "required"))
            clean[f.name] = f.default if f.kind == FieldKind.BOOL else None
            continue
        try:
            clean[f.name] = _coerce(f, value, today)
        except ValidationFailed as e:
            errors.append(e)
    if not errors:
        errors = [e for e in (check(clean) for check in t.checks) if e is not None]
    if errors:
        raise ValidationErrors(errors)
    return clean


def _coerce(f: Field, value, today: date):
    if f.kind in (FieldKind.DATE, FieldKind.DATETIME):
        if isinstance(value, str):
            try:
                value = (date.fromisoformat(value) if f.kind == FieldKind.DATE
                         else datetime.fromisoformat(value))
            except ValueError:
                raise ValidationFailed(f.name, "format", value=value) from None
        day = value.date() if isinstance(value, datetime) else value
        if f.past_only and day > today:
            raise ValidationFailed(f.name, "future", day.isoformat(), value=value)
        return value
    if f.kind == FieldKind.CHOICE:
        if value not in f.choices:
            raise ValidationFailed(f.name, "choice", str(value), value=value)
        return str(value)
    if f.kind == FieldKind.MULTICHOICE:
        bad = [v for v in value if v not in f.choices]
        if bad:
            raise ValidationFailed(f.name, "choice", ",".join(map(str, bad)), value=value)
        return tuple(str(v) for v in value)
    if f.kind == FieldKind.INT:
        try:
            return int(value)
        except (TypeError, ValueError):
            raise ValidationFailed(f.name, "number", value=value) from None
    if f.kind == FieldKind.BOOL:
        return bool(value)
    if f.kind == FieldKind.PARTY_DATES:
        return _party_dates(f, value, today)
    if f.kind == FieldKind.PARTY:
        try:  # a malformed id is a ValidationFailed like every other field, not a bare ValueError
            return int(value)
        except (TypeError, ValueError):
            raise ValidationFailed(f.name, "format", value=value) from None
    text = str(value).strip()
    if f.required and not text:
        raise ValidationFailed(f.name, "required")
    return text


def _party_dates(f: Field, value, today: date) -> dict[int, date]:
    out = {}
    for pid, d in dict(value).items():
        if d in (None, ""):
            continue
        # A malformed date or party id must be a ValidationFailed like every other field, not a
        # bare ValueError escaping validate_payload (which promises ValidationErrors).
        try:
            day = date.fromisoformat(d) if isinstance(d, str) else d
            pid = int(pid)
        except (TypeError, ValueError):
            raise ValidationFailed(f.name, "format", value=d) from None
        if day > today:
            raise ValidationFailed(f.name, "future", day.isoformat(), value=d)
        out[pid] = day
    if not out:
        raise ValidationFailed(f.name, "required")
    return out


__all__ = ["Field", "FieldKind", "Guard", "Machine", "PayloadCheck", "Precondition", "Transition", "choices",
           "validate_payload"]
