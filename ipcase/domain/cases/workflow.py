"""The adjudication case state machine (DOMAIN §3) as data: its actions, its snapshot, its guards and its table.

The engine (`ipcase.domain.machine`) reads the table: `allowed_actions` drives the UI; `check` is what the
service layer calls before it changes anything. Guards return a refusal code (a stable key the UI's error texts
translate) or None.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from ipcase.domain.cases.answers import RespondentPeriod, answer_period_ends, answer_period_refusal
from ipcase.domain.cases.patent_type_rules import suspension_ground_refusal
from ipcase.domain.cases.service_documents import Servable, not_issued
from ipcase.domain.enums import (
    OPEN_STATES,
    PRE_REGISTRATION_STATES,
    REGISTERED_OPEN_STATES,
    CaseState,
    ClosingOutcome,
    PartyRole,
    PatentType,
    PauseKind,
    RefusalReason,
    RevokeReason,
    ServiceMethod,
    SuspensionGround,
)
from ipcase.domain.extensions import CLOSING_LEVELS, closing_length_ok, max_closing_months
from ipcase.domain.hearings.absence import NoticeFact, absence_refusal
from ipcase.domain.machine import Field, FieldKind, Machine, Refusal, Transition, choices
from ipcase.errors import TransitionRefused, ValidationFailed

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
    # every respondent's own answer period (M25 art 22; ipcase.domain.cases.answers)
    answer_periods: tuple[RespondentPeriod, ...] = ()
    pending_actions: frozenset[str] = frozenset()  # actions with an approval pending
    hearing_date: date | None = None
    registered_date: date | None = None
    patent_type: PatentType | None = None
    # who received the notice of the current hearing time, and the last lawful day of service (M25 art 26, D7)
    hearing_notices: tuple[NoticeFact, ...] = ()
    latest_notice_day: date | None = None
    # the documents the service actions record, and whom they were issued to (issue 15)
    servable: tuple[Servable, ...] = ()


Guard = Callable[[CaseSnapshot, Mapping], "str | None"]


def _panel(c: CaseSnapshot, p: Mapping) -> str | None:
    return None if c.panel_valid else "panel_invalid"


def _not_suspended(c: CaseSnapshot, p: Mapping) -> str | None:
    return "suspended" if c.suspended else None


def _suspended(c: CaseSnapshot, p: Mapping) -> str | None:
    return None if c.suspended else "not_suspended"


def _answer_period_over(c: CaseSnapshot, p: Mapping) -> str | None:
    code = answer_period_refusal(c.answer_periods, c.today)
    ends = answer_period_ends(c.answer_periods, c.today)
    return Refusal(code, ends.isoformat()) if code == "answer_period_running" and ends else code


def _decision_not_extended(c: CaseSnapshot, p: Mapping) -> str | None:
    return "already_extended" if c.decision_extended else None


def _can_extend_closing(c: CaseSnapshot, p: Mapping) -> str | None:
    return "extensions_exhausted" if c.extension_level >= len(CLOSING_LEVELS) else None


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


def _ground_fits_patent(c: CaseSnapshot, p: Mapping) -> str | None:
    return suspension_ground_refusal(c.patent_type, p.get("ground"))


def _registered_after_receipt(c: CaseSnapshot, p: Mapping) -> str | None:
    d = p.get("registered_date")
    return Refusal("registered_before_received", c.received_date.isoformat()) if d and d < c.received_date else None


def _held_not_before_scheduled(c: CaseSnapshot, p: Mapping) -> str | None:
    d = p.get("held_date")
    if d and c.hearing_date and d < c.hearing_date:
        return Refusal("held_before_scheduled", c.hearing_date.isoformat())
    return None


def _respondent_absence_notified(c: CaseSnapshot, p: Mapping) -> str | None:
    # Heard in the respondent's absence only after written notice served in time (M25 art 26).
    if not p.get("respondent_absent"):
        return None
    return absence_refusal(c.hearing_notices, PartyRole.RESPONDENT, c.latest_notice_day)


def _requester_absence_notified(c: CaseSnapshot, p: Mapping) -> str | None:
    # Treated as withdrawn only after written notice served in time (M25 art 26): not even offered before.
    return absence_refusal(c.hearing_notices, PartyRole.REQUESTER, c.latest_notice_day)


def _document_issued(action: str) -> Guard:
    # Service is recorded against the document issued to the party, as in the 送达 register (issue 15).
    def guard(c: CaseSnapshot, p: Mapping) -> str | None:
        return not_issued(c.servable, action, p)
    return guard


def _closing_not_before_registration(c: CaseSnapshot, p: Mapping) -> str | None:
    for key in ("ruling_date", "agreement_date", "decided_date"):
        d = p.get(key)
        if d and c.registered_date and d < c.registered_date:
            return Refusal("closed_before_registered", c.registered_date.isoformat())
    return None


def _ruling_target(state: CaseState, payload: Mapping) -> CaseState:
    outcome = payload.get("outcome")
    if outcome not in tuple(ClosingOutcome):
        # Never guess a ruling: the panel's proposal must say which one.
        raise TransitionRefused(CaseAction.CLOSE_BY_RULING.value, state.value, "no_outcome")
    return S.CLOSED_RULING_INFRINGEMENT if outcome == ClosingOutcome.INFRINGEMENT else S.CLOSED_RULING_REJECTED


def _extension_length(p: Mapping) -> ValidationFailed | None:
    # The upper bound of any level; the level's own limit is checked when it is filed and when it is approved.
    if not closing_length_ok(p["length"], p["unit"], max_closing_months()):
        return ValidationFailed("length", "range", value=p["length"])
    return None


@dataclass(frozen=True)
class CaseTransition(Transition):
    while_suspended: bool = False        # may be taken while the case is suspended


F = Field
K = FieldKind
_OPEN_NOT_PENDING_CLOSE = frozenset(REGISTERED_OPEN_STATES - {S.CLOSURE_APPROVAL})
_PAUSE_KINDS = tuple(k.value for k in PauseKind if k != PauseKind.SUSPENSION)

TRANSITIONS: tuple[CaseTransition, ...] = (
    CaseTransition(CaseAction.REQUEST_CORRECTION, frozenset({S.RECEIVED}), S.PENDING_CORRECTION,
                   fields=(F("defects", K.LONGTEXT), F("correction_due", K.DATE, past_only=False))),
    CaseTransition(CaseAction.CORRECTION_RECEIVED, frozenset({S.PENDING_CORRECTION}),
                   gesture="case.service", fields=(F("received_date", K.DATE),)),
    CaseTransition(CaseAction.EXTEND_DECISION, PRE_REGISTRATION_STATES, approval=True,
                   fields=(F("reason", K.LONGTEXT),), guards=(_decision_not_extended,)),
    CaseTransition(CaseAction.REGISTER, PRE_REGISTRATION_STATES, S.REGISTERED, approval=True,
                   fields=(F("registered_date", K.DATE), F("summary", K.LONGTEXT, required=False)),
                   guards=(_panel, _registered_after_receipt)),
    CaseTransition(CaseAction.REFUSE, PRE_REGISTRATION_STATES, S.NOT_ACCEPTED, approval=True,
                   fields=(F("refusal_reasons", K.MULTICHOICE, choices=choices(RefusalReason)),
                           F("reason_text", K.LONGTEXT), F("decided_date", K.DATE))),
    CaseTransition(CaseAction.SERVE_REGISTRATION_NOTICE, REGISTERED_OPEN_STATES, gesture="case.service",
                   fields=(F("served", K.PARTY_DATES, parties="requester"),
                           F("method", K.CHOICE, choices=choices(ServiceMethod))), while_suspended=True,
                   guards=(_document_issued(CaseAction.SERVE_REGISTRATION_NOTICE),)),
    CaseTransition(CaseAction.SERVE_COPY, frozenset({S.REGISTERED}), S.ANSWER_PERIOD, gesture="case.service",
                   fields=(F("served", K.PARTY_DATES, parties="respondent"),
                           F("method", K.CHOICE, choices=choices(ServiceMethod))),
                   guards=(_document_issued(CaseAction.SERVE_COPY),)),
    # A late answer is still taken in (it does not block the procedure, M25 art 22).
    CaseTransition(CaseAction.RECEIVE_ANSWER,
                   frozenset({S.ANSWER_PERIOD, S.INVESTIGATION, S.HEARING_SCHEDULED}),
                   {S.ANSWER_PERIOD: S.INVESTIGATION},
                   gesture="case.service",
                   fields=(F("party_id", K.PARTY, parties="respondent"), F("received_date", K.DATE))),
    CaseTransition(CaseAction.ANSWER_PERIOD_OVER, frozenset({S.ANSWER_PERIOD}), S.INVESTIGATION,
                   guards=(_answer_period_over,)),
    CaseTransition(CaseAction.FORWARD_ANSWER, frozenset({S.INVESTIGATION, S.HEARING_SCHEDULED, S.HEARD}),
                   gesture="case.service", fields=(F("forwarded_date", K.DATE),)),
    CaseTransition(CaseAction.SCHEDULE_HEARING, frozenset({S.INVESTIGATION, S.HEARD}), S.HEARING_SCHEDULED,
                   fields=(F("hearing_at", K.DATETIME, past_only=False), F("room", K.TEXT))),
    CaseTransition(CaseAction.RESCHEDULE_HEARING, frozenset({S.HEARING_SCHEDULED}),
                   fields=(F("hearing_at", K.DATETIME, past_only=False), F("room", K.TEXT),
                           F("reason", K.LONGTEXT))),
    CaseTransition(CaseAction.HOLD_HEARING, frozenset({S.HEARING_SCHEDULED}), S.HEARD,
                   fields=(F("held_date", K.DATE), F("respondent_absent", K.BOOL, default=False)),
                   guards=(_panel, _held_not_before_scheduled, _respondent_absence_notified)),
    CaseTransition(CaseAction.REQUESTER_NO_SHOW, frozenset({S.HEARING_SCHEDULED}), S.CLOSED_REVOKED,
                   approval=True, fields=(F("decided_date", K.DATE), F("reason_text", K.LONGTEXT)),
                   guards=(_closing_not_before_registration, _requester_absence_notified)),
    CaseTransition(CaseAction.WRITTEN_REVIEW, frozenset({S.INVESTIGATION}), S.DELIBERATION,
                   fields=(F("reply_given", K.BOOL, default=True), F("note", K.LONGTEXT, required=False)),
                   guards=(_panel, _reply_given)),
    # The panel hears, deliberates and proposes: not while a member stands aside for recusal (M25 art 5).
    CaseTransition(CaseAction.DELIBERATE, frozenset({S.HEARD}), S.DELIBERATION, guards=(_panel,)),
    CaseTransition(CaseAction.SUBMIT_CLOSING, frozenset({S.DELIBERATION}), S.CLOSURE_APPROVAL,
                   fields=(F("outcome", K.CHOICE, choices=choices(ClosingOutcome)),
                           F("majority_opinion", K.LONGTEXT), F("dissent", K.LONGTEXT, required=False)),
                   guards=(_panel, _answer_period_over)),
    # No ruling while a respondent may still answer, also for a respondent added late (M25 arts 22, 24).
    CaseTransition(CaseAction.CLOSE_BY_RULING, frozenset({S.CLOSURE_APPROVAL}), _ruling_target, approval=True,
                   fields=(F("ruling_date", K.DATE),), guards=(_closing_not_before_registration, _answer_period_over)),
    CaseTransition(CaseAction.RETURN_TO_DELIBERATION, frozenset({S.CLOSURE_APPROVAL}), S.DELIBERATION,
                   gesture="approval.decide", fields=(F("reason", K.LONGTEXT),)),
    # Filed by the mediation service when every party has signed the agreement (M25 art 35: the office's seal
    # follows the 部门负责人's approval); the agreement's id goes into the closing detail.
    CaseTransition(CaseAction.CLOSE_BY_MEDIATION, _OPEN_NOT_PENDING_CLOSE, S.CLOSED_MEDIATED, approval=True,
                   fields=(F("agreement_date", K.DATE), F("terms", K.LONGTEXT, required=False),
                           F("agreement_id", K.INT, required=False)),
                   guards=(_closing_not_before_registration,), while_suspended=True),
    # "any open" (DOMAIN §3): a requester may also withdraw before 立案.
    CaseTransition(CaseAction.REVOKE, OPEN_STATES, S.CLOSED_REVOKED, approval=True,
                   fields=(F("revoke_reason", K.CHOICE, choices=choices(RevokeReason)),
                           F("reason_text", K.LONGTEXT), F("decided_date", K.DATE),
                           F("transfer_to", K.TEXT, required=False)),
                   guards=(_closing_not_before_registration,), while_suspended=True),
    CaseTransition(CaseAction.SUSPEND, frozenset(REGISTERED_OPEN_STATES), approval=True,
                   fields=(F("ground", K.CHOICE, choices=choices(SuspensionGround)),
                           F("start_date", K.DATE, past_only=False), F("note", K.LONGTEXT, required=False)),
                   guards=(_not_suspended, _ground_fits_patent)),
    CaseTransition(CaseAction.REFUSE_SUSPENSION, frozenset(REGISTERED_OPEN_STATES),
                   fields=(F("reason_text", K.LONGTEXT), F("decided_date", K.DATE))),
    CaseTransition(CaseAction.RESUME, frozenset(REGISTERED_OPEN_STATES),
                   fields=(F("resume_date", K.DATE), F("reason_text", K.LONGTEXT)),
                   guards=(_suspended,), while_suspended=True),
    CaseTransition(CaseAction.START_PAUSE, _OPEN_NOT_PENDING_CLOSE,
                   fields=(F("pause_kind", K.CHOICE, choices=_PAUSE_KINDS), F("start_date", K.DATE),
                           F("note", K.LONGTEXT, required=False)), guards=(_pause_kind_free,)),
    CaseTransition(CaseAction.END_PAUSE, frozenset(REGISTERED_OPEN_STATES),
                   fields=(F("pause_kind", K.CHOICE, choices=_PAUSE_KINDS), F("end_date", K.DATE)),
                   guards=(_pause_kind_open,), while_suspended=True),
    CaseTransition(CaseAction.EXTEND_CLOSING, frozenset(REGISTERED_OPEN_STATES), approval=True,
                   fields=(F("length", K.INT, default=1), F("unit", K.CHOICE, choices=("months", "days")),
                           F("reason", K.LONGTEXT),
                           F("higher_office_ref", K.TEXT, required=False)),
                   guards=(_can_extend_closing,), checks=(_extension_length,), while_suspended=True),
    CaseTransition(CaseAction.RECORD_RULING_SERVICE,
                   frozenset({S.CLOSED_RULING_INFRINGEMENT, S.CLOSED_RULING_REJECTED}), gesture="case.service",
                   fields=(F("served", K.PARTY_DATES, parties="all"),
                           F("method", K.CHOICE, choices=choices(ServiceMethod))),
                   guards=(_document_issued(CaseAction.RECORD_RULING_SERVICE),)),
    CaseTransition(CaseAction.ARCHIVE,
                   frozenset({S.NOT_ACCEPTED, S.CLOSED_RULING_INFRINGEMENT, S.CLOSED_RULING_REJECTED,
                              S.CLOSED_MEDIATED, S.CLOSED_REVOKED}), S.ARCHIVED, gesture="case.service"),
)

# What an approval refused by the decider leads to, where that is more than "nothing happens".
ON_REJECT: Mapping[CaseAction, CaseAction] = {CaseAction.CLOSE_BY_RULING: CaseAction.RETURN_TO_DELIBERATION}
# Actions that are taken automatically as part of another (never offered as a button): a mediated closing
# comes from the signed agreement on the 调解 tab, never from a bare button.
AUTOMATIC = frozenset({CaseAction.CLOSE_BY_RULING, CaseAction.CLOSE_BY_MEDIATION})


def _not_while_suspended(t: CaseTransition, c: CaseSnapshot) -> str | None:
    return "suspended" if c.suspended and not t.while_suspended else None


def _no_approval_pending(t: CaseTransition, c: CaseSnapshot) -> str | None:
    return "approval_pending" if t.approval and t.action in c.pending_actions else None


MACHINE = Machine(TRANSITIONS, preconditions=(_not_while_suspended, _no_approval_pending), automatic=AUTOMATIC)
BY_ACTION: Mapping[CaseAction, CaseTransition] = MACHINE.by_action  # type: ignore[assignment]
allowed_actions = MACHINE.allowed
check = MACHINE.check
refusal = MACHINE.refusal

__all__ = ["AUTOMATIC", "BY_ACTION", "MACHINE", "ON_REJECT", "TRANSITIONS", "CaseAction", "CaseSnapshot",
           "CaseTransition", "allowed_actions", "check", "refusal"]
