"""The adjudication case state machine (DOMAIN §3) as data.

Each `Transition` says from which states an action may be taken, where it leads, whether it needs an approval,
who may take (or propose) it, which fields it asks for, and which guards must hold. `allowed_actions` drives the
UI; `check` is what the service layer calls before it changes anything. Guards return a refusal code (a stable
key that ui/errors.py translates) or None.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from ipcase.domain.enums import (
    OPEN_STATES,
    PRE_REGISTRATION_STATES,
    REGISTERED_OPEN_STATES,
    CaseState,
    ClosingOutcome,
    PauseKind,
    RefusalReason,
    RevokeReason,
    Role,
    ServiceMethod,
    SuspensionGround,
)
from ipcase.errors import PermissionDenied, TransitionRefused, ValidationErrors, ValidationFailed

S = CaseState


class CaseAction(StrEnum):
    REQUEST_CORRECTION = "request_correction"      # 补正通知
    CORRECTION_RECEIVED = "correction_received"    # 收到补正材料
    EXTEND_DECISION = "extend_decision"            # 立案审查期限延长5个工作日 (D1)
    REGISTER = "register"                          # 立案
    REFUSE = "refuse"                              # 不予受理
    SERVE_REGISTRATION_NOTICE = "serve_registration_notice"  # 受理通知书送达请求人
    SERVE_COPY = "serve_copy"                      # 请求书副本/答辩通知书送达被请求人
    RECEIVE_ANSWER = "receive_answer"              # 收到答辩书
    ANSWER_PERIOD_OVER = "answer_period_over"      # 答辩期满未答辩
    FORWARD_ANSWER = "forward_answer"              # 转送答辩书副本
    SCHEDULE_HEARING = "schedule_hearing"          # 决定口头审理
    RESCHEDULE_HEARING = "reschedule_hearing"      # 变更口审时间
    HOLD_HEARING = "hold_hearing"                  # 口头审理完毕
    REQUESTER_NO_SHOW = "requester_no_show"        # 请求人无正当理由拒不到庭 → 按撤回处理
    WRITTEN_REVIEW = "written_review"              # 书面审理
    DELIBERATE = "deliberate"                      # 进入合议
    SUBMIT_CLOSING = "submit_closing"              # 合议完毕，提交结案审批
    CLOSE_BY_RULING = "close_by_ruling"            # 批准结案（裁决）
    RETURN_TO_DELIBERATION = "return_to_deliberation"  # 结案审批退回
    CLOSE_BY_MEDIATION = "close_by_mediation"      # 调解结案
    REVOKE = "revoke"                              # 撤销案件
    SUSPEND = "suspend"                            # 中止处理
    REFUSE_SUSPENSION = "refuse_suspension"        # 不予中止
    RESUME = "resume"                              # 恢复处理
    START_PAUSE = "start_pause"                    # 公告/鉴定/管辖异议/举证延长/和解 开始（不计入结案期限）
    END_PAUSE = "end_pause"
    EXTEND_CLOSING = "extend_closing"              # 延长结案期限
    RECORD_RULING_SERVICE = "record_ruling_service"  # 裁决书送达
    ARCHIVE = "archive"                            # 归档


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


@dataclass(frozen=True)
class CaseSnapshot:
    """What the guards need to know about a case, read by the service in the same transaction."""
    state: CaseState
    today: date
    received_date: date
    panel_valid: bool = False
    suspended: bool = False
    open_pauses: frozenset[PauseKind] = frozenset()
    extension_level: int = 0
    decision_extended: bool = False
    answer_due: date | None = None          # latest D3 of the respondents served
    respondents_unserved: int = 0
    pending_actions: frozenset[str] = frozenset()  # actions with an approval pending
    hearing_date: date | None = None
    registered_date: date | None = None


Guard = Callable[[CaseSnapshot, Mapping], "str | None"]


def _panel(c: CaseSnapshot, p: Mapping) -> str | None:
    return None if c.panel_valid else "panel_invalid"


def _not_suspended(c: CaseSnapshot, p: Mapping) -> str | None:
    return "suspended" if c.suspended else None


def _suspended(c: CaseSnapshot, p: Mapping) -> str | None:
    return None if c.suspended else "not_suspended"


def _answer_period_over(c: CaseSnapshot, p: Mapping) -> str | None:
    if c.answer_due is None or c.respondents_unserved:
        return "answer_period_not_started"
    return None if c.today > c.answer_due else "answer_period_running"


def _decision_not_extended(c: CaseSnapshot, p: Mapping) -> str | None:
    return "already_extended" if c.decision_extended else None


def _can_extend_closing(c: CaseSnapshot, p: Mapping) -> str | None:
    return "extensions_exhausted" if c.extension_level >= 2 else None


def _pause_kind_free(c: CaseSnapshot, p: Mapping) -> str | None:
    kind = p.get("pause_kind")
    if kind == PauseKind.SUSPENSION:
        return "use_suspend"
    return "pause_already_open" if kind in c.open_pauses else None


def _pause_kind_open(c: CaseSnapshot, p: Mapping) -> str | None:
    open_ = c.open_pauses - {PauseKind.SUSPENSION}
    if not open_:
        return "no_open_pause"
    kind = p.get("pause_kind")
    return None if kind is None or kind in open_ else "pause_not_open"


def _reply_given(c: CaseSnapshot, p: Mapping) -> str | None:
    # An adverse ruling on the papers is allowed only after the respondent had the facts, reasons and
    # evidence and a period to reply (G19 case 2-3-1).
    return None if p.get("reply_given", True) else "reply_not_given"


def _registered_after_receipt(c: CaseSnapshot, p: Mapping) -> str | None:
    d = p.get("registered_date")
    return "registered_before_received" if d and d < c.received_date else None


def _held_not_before_scheduled(c: CaseSnapshot, p: Mapping) -> str | None:
    d = p.get("held_date")
    return "held_before_scheduled" if d and c.hearing_date and d < c.hearing_date else None


def _closing_not_before_registration(c: CaseSnapshot, p: Mapping) -> str | None:
    for key in ("ruling_date", "agreement_date", "decided_date"):
        d = p.get(key)
        if d and c.registered_date and d < c.registered_date:
            return "closed_before_registered"
    return None


PROCEDURE_ROLES = frozenset({Role.OFFICER, Role.SECTION_HEAD, Role.DEPT_HEAD})
SERVICE_ROLES = PROCEDURE_ROLES | {Role.CLERK}
APPROVER_ROLES = frozenset({Role.DEPT_HEAD})   # 部门负责人 decides every approval of §3/§4
REVIEWER_ROLES = frozenset({Role.SECTION_HEAD})  # 处(科)室负责人 may add a review opinion first


@dataclass(frozen=True)
class Transition:
    action: CaseAction
    sources: frozenset[CaseState]
    # None: the state does not change; a mapping: the target depends on the source state (others stay)
    target: CaseState | Mapping[CaseState, CaseState] | None = None
    approval: bool = False
    roles: frozenset[Role] = PROCEDURE_ROLES
    fields: tuple[Field, ...] = ()
    guards: tuple[Guard, ...] = ()
    while_suspended: bool = False        # may be taken while the case is suspended

    def target_for(self, state: CaseState, payload: Mapping) -> CaseState:
        if self.action == CaseAction.CLOSE_BY_RULING:
            outcome = payload.get("outcome")
            if outcome not in tuple(ClosingOutcome):
                # Never guess a ruling: the panel's proposal must say which one.
                raise TransitionRefused(self.action.value, state.value, "no_outcome")
            return (S.CLOSED_RULING_INFRINGEMENT if outcome == ClosingOutcome.INFRINGEMENT
                    else S.CLOSED_RULING_REJECTED)
        if isinstance(self.target, Mapping):
            return self.target.get(state, state)
        return self.target or state


def _choices(enum: type[StrEnum]) -> tuple[str, ...]:
    return tuple(e.value for e in enum)


F = Field
K = FieldKind
_OPEN_NOT_PENDING_CLOSE = frozenset(REGISTERED_OPEN_STATES - {S.CLOSURE_APPROVAL})
_PAUSE_KINDS = tuple(k.value for k in PauseKind if k != PauseKind.SUSPENSION)

TRANSITIONS: tuple[Transition, ...] = (
    Transition(CaseAction.REQUEST_CORRECTION, frozenset({S.RECEIVED}), S.PENDING_CORRECTION,
               fields=(F("defects", K.LONGTEXT), F("correction_due", K.DATE, past_only=False))),
    Transition(CaseAction.CORRECTION_RECEIVED, frozenset({S.PENDING_CORRECTION}),
               roles=SERVICE_ROLES, fields=(F("received_date", K.DATE),)),
    Transition(CaseAction.EXTEND_DECISION, PRE_REGISTRATION_STATES, approval=True,
               fields=(F("reason", K.LONGTEXT),), guards=(_decision_not_extended,)),
    Transition(CaseAction.REGISTER, PRE_REGISTRATION_STATES, S.REGISTERED, approval=True,
               fields=(F("registered_date", K.DATE), F("summary", K.LONGTEXT, required=False)),
               guards=(_panel, _registered_after_receipt)),
    Transition(CaseAction.REFUSE, PRE_REGISTRATION_STATES, S.NOT_ACCEPTED, approval=True,
               fields=(F("refusal_reasons", K.MULTICHOICE, choices=_choices(RefusalReason)),
                       F("reason_text", K.LONGTEXT), F("decided_date", K.DATE))),
    Transition(CaseAction.SERVE_REGISTRATION_NOTICE, REGISTERED_OPEN_STATES, roles=SERVICE_ROLES,
               fields=(F("served", K.PARTY_DATES, parties="requester"),
                       F("method", K.CHOICE, choices=_choices(ServiceMethod))), while_suspended=True),
    Transition(CaseAction.SERVE_COPY, frozenset({S.REGISTERED}), S.ANSWER_PERIOD, roles=SERVICE_ROLES,
               fields=(F("served", K.PARTY_DATES, parties="respondent"),
                       F("method", K.CHOICE, choices=_choices(ServiceMethod)))),
    # A late answer is still taken in (it does not block the procedure, M25 art 22).
    Transition(CaseAction.RECEIVE_ANSWER,
               frozenset({S.ANSWER_PERIOD, S.INVESTIGATION, S.HEARING_SCHEDULED}),
               {S.ANSWER_PERIOD: S.INVESTIGATION},
               roles=SERVICE_ROLES,
               fields=(F("party_id", K.PARTY, parties="respondent"), F("received_date", K.DATE))),
    Transition(CaseAction.ANSWER_PERIOD_OVER, frozenset({S.ANSWER_PERIOD}), S.INVESTIGATION,
               guards=(_answer_period_over,)),
    Transition(CaseAction.FORWARD_ANSWER, frozenset({S.INVESTIGATION, S.HEARING_SCHEDULED, S.HEARD}),
               roles=SERVICE_ROLES, fields=(F("forwarded_date", K.DATE),)),
    Transition(CaseAction.SCHEDULE_HEARING, frozenset({S.INVESTIGATION, S.HEARD}), S.HEARING_SCHEDULED,
               fields=(F("hearing_at", K.DATETIME, past_only=False), F("room", K.TEXT))),
    Transition(CaseAction.RESCHEDULE_HEARING, frozenset({S.HEARING_SCHEDULED}),
               fields=(F("hearing_at", K.DATETIME, past_only=False), F("room", K.TEXT),
                       F("reason", K.LONGTEXT))),
    Transition(CaseAction.HOLD_HEARING, frozenset({S.HEARING_SCHEDULED}), S.HEARD,
               fields=(F("held_date", K.DATE), F("respondent_absent", K.BOOL, default=False)),
               guards=(_panel, _held_not_before_scheduled)),
    Transition(CaseAction.REQUESTER_NO_SHOW, frozenset({S.HEARING_SCHEDULED}), S.CLOSED_REVOKED,
               approval=True, fields=(F("decided_date", K.DATE), F("reason_text", K.LONGTEXT)),
               guards=(_closing_not_before_registration,)),
    Transition(CaseAction.WRITTEN_REVIEW, frozenset({S.INVESTIGATION}), S.DELIBERATION,
               fields=(F("reply_given", K.BOOL, default=True), F("note", K.LONGTEXT, required=False)),
               guards=(_panel, _reply_given)),
    # The panel hears, deliberates and proposes: not while a member stands aside for recusal (M25 art 5).
    Transition(CaseAction.DELIBERATE, frozenset({S.HEARD}), S.DELIBERATION, guards=(_panel,)),
    Transition(CaseAction.SUBMIT_CLOSING, frozenset({S.DELIBERATION}), S.CLOSURE_APPROVAL,
               fields=(F("outcome", K.CHOICE, choices=_choices(ClosingOutcome)),
                       F("majority_opinion", K.LONGTEXT), F("dissent", K.LONGTEXT, required=False)),
               guards=(_panel,)),
    Transition(CaseAction.CLOSE_BY_RULING, frozenset({S.CLOSURE_APPROVAL}), approval=True,
               fields=(F("ruling_date", K.DATE),), guards=(_closing_not_before_registration,)),
    Transition(CaseAction.RETURN_TO_DELIBERATION, frozenset({S.CLOSURE_APPROVAL}), S.DELIBERATION,
               roles=APPROVER_ROLES, fields=(F("reason", K.LONGTEXT),)),
    # Filed by the mediation service when every party has signed the agreement (M25 art 35: the office's seal
    # follows the 部门负责人's approval); the agreement's id goes into the closing detail.
    Transition(CaseAction.CLOSE_BY_MEDIATION, _OPEN_NOT_PENDING_CLOSE, S.CLOSED_MEDIATED, approval=True,
               fields=(F("agreement_date", K.DATE), F("terms", K.LONGTEXT, required=False),
                       F("agreement_id", K.INT, required=False)),
               guards=(_closing_not_before_registration,), while_suspended=True),
    # "any open" (DOMAIN §3): a requester may also withdraw before 立案.
    Transition(CaseAction.REVOKE, OPEN_STATES, S.CLOSED_REVOKED, approval=True,
               fields=(F("revoke_reason", K.CHOICE, choices=_choices(RevokeReason)),
                       F("reason_text", K.LONGTEXT), F("decided_date", K.DATE),
                       F("transfer_to", K.TEXT, required=False)),
               guards=(_closing_not_before_registration,), while_suspended=True),
    Transition(CaseAction.SUSPEND, frozenset(REGISTERED_OPEN_STATES), approval=True,
               fields=(F("ground", K.CHOICE, choices=_choices(SuspensionGround)),
                       F("start_date", K.DATE, past_only=False), F("note", K.LONGTEXT, required=False)),
               guards=(_not_suspended,)),
    Transition(CaseAction.REFUSE_SUSPENSION, frozenset(REGISTERED_OPEN_STATES),
               fields=(F("reason_text", K.LONGTEXT), F("decided_date", K.DATE))),
    Transition(CaseAction.RESUME, frozenset(REGISTERED_OPEN_STATES),
               fields=(F("resume_date", K.DATE), F("reason_text", K.LONGTEXT)),
               guards=(_suspended,), while_suspended=True),
    Transition(CaseAction.START_PAUSE, _OPEN_NOT_PENDING_CLOSE,
               fields=(F("pause_kind", K.CHOICE, choices=_PAUSE_KINDS), F("start_date", K.DATE),
                       F("note", K.LONGTEXT, required=False)), guards=(_pause_kind_free,)),
    Transition(CaseAction.END_PAUSE, frozenset(REGISTERED_OPEN_STATES),
               fields=(F("pause_kind", K.CHOICE, choices=_PAUSE_KINDS), F("end_date", K.DATE)),
               guards=(_pause_kind_open,), while_suspended=True),
    Transition(CaseAction.EXTEND_CLOSING, frozenset(REGISTERED_OPEN_STATES), approval=True,
               fields=(F("length", K.INT, default=1), F("unit", K.CHOICE, choices=("months", "days")),
                       F("reason", K.LONGTEXT),
                       F("higher_office_ref", K.TEXT, required=False)),
               guards=(_can_extend_closing,), while_suspended=True),
    Transition(CaseAction.RECORD_RULING_SERVICE,
               frozenset({S.CLOSED_RULING_INFRINGEMENT, S.CLOSED_RULING_REJECTED}), roles=SERVICE_ROLES,
               fields=(F("served", K.PARTY_DATES, parties="all"),
                       F("method", K.CHOICE, choices=_choices(ServiceMethod)))),
    Transition(CaseAction.ARCHIVE,
               frozenset({S.NOT_ACCEPTED, S.CLOSED_RULING_INFRINGEMENT, S.CLOSED_RULING_REJECTED,
                          S.CLOSED_MEDIATED, S.CLOSED_REVOKED}), S.ARCHIVED, roles=SERVICE_ROLES),
)

BY_ACTION: Mapping[CaseAction, Transition] = {t.action: t for t in TRANSITIONS}
assert len(BY_ACTION) == len(TRANSITIONS)
# What an approval refused by the decider leads to, where that is more than "nothing happens".
ON_REJECT: Mapping[CaseAction, CaseAction] = {CaseAction.CLOSE_BY_RULING: CaseAction.RETURN_TO_DELIBERATION}
# Actions that are taken automatically as part of another (never offered as a button): a mediated closing
# comes from the signed agreement on the 调解 tab, never from a bare button.
AUTOMATIC = frozenset({CaseAction.CLOSE_BY_RULING, CaseAction.CLOSE_BY_MEDIATION})


def refusal(t: Transition, case: CaseSnapshot, payload: Mapping) -> str | None:
    """The first reason `t` cannot be taken now, or None."""
    if case.state not in t.sources:
        return "wrong_state"
    if case.suspended and not t.while_suspended:
        return "suspended"
    if t.approval and t.action in case.pending_actions:
        return "approval_pending"
    for guard in t.guards:
        code = guard(case, payload)
        if code:
            return code
    return None


def allowed_actions(case: CaseSnapshot, role: Role | None = None) -> list[CaseAction]:
    """Actions offered now (state, flags and role), in table order. Guards that need the form's values
    are checked again when the action is submitted."""
    out = []
    for t in TRANSITIONS:
        if t.action in AUTOMATIC or (role is not None and role not in t.roles):
            continue
        if refusal(t, case, {}) is None:
            out.append(t.action)
    return out


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
    if t.action == CaseAction.EXTEND_CLOSING and not errors:
        length, unit = clean["length"], clean["unit"]
        if length < 1 or (unit == "months" and length > 2) or (unit == "days" and length > 62):
            errors.append(ValidationFailed("length", "range", value=length))
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
    if f.kind == FieldKind.PARTY:
        try:  # same reason as above
            return int(value)
        except (TypeError, ValueError):
            raise ValidationFailed(f.name, "format", value=value) from None
    text = str(value).strip()
    if f.required and not text:
        raise ValidationFailed(f.name, "required")
    return text


def check(action: CaseAction | str, case: CaseSnapshot, payload: Mapping, role: Role) -> tuple[Transition, dict]:
    """Everything the service must know before it acts: the transition, the clean payload.
    Raises PermissionDenied, TransitionRefused or ValidationErrors."""
    t = BY_ACTION[CaseAction(action)]
    if role not in t.roles:
        raise PermissionDenied(t.action.value, role.value if role else None)
    code = refusal(t, case, {})
    if code:
        raise TransitionRefused(t.action.value, case.state.value, code)
    clean = validate_payload(t, payload, case.today)
    code = refusal(t, case, clean)
    if code:
        raise TransitionRefused(t.action.value, case.state.value, code)
    return t, clean


def check_approver(role: Role) -> None:
    if role not in APPROVER_ROLES:
        raise PermissionDenied("approve", role.value if role else None)


__all__ = ["BY_ACTION", "TRANSITIONS", "CaseAction", "CaseSnapshot", "Field", "FieldKind", "Transition",
           "allowed_actions", "check", "check_approver", "OPEN_STATES"]
