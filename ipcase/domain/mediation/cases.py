"""Stand-alone mediation cases (调解案件, DOMAIN §2, §3 "Mediation case states", M25 arts 63-70) as data.

Kinds of dispute the office mediates, the states of a mediation case and its actions as a table of
transitions with guards and gestures, run by the same engine as the adjudication case (`ipcase.domain.machine`),
so the UI builds one kind of form for both. Pure: the services pass a snapshot read in their transaction and
today's date.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from ipcase.domain.enums import ServiceMethod
from ipcase.domain.machine import Field, FieldKind, Machine, Refusal, Transition, choices


class MediationKind(StrEnum):
    """What the parties ask the office to mediate (M25 art 63; 实施细则 art 102)."""
    DAMAGES = "damages"                  # 侵犯专利权的赔偿数额 (after a ruling found infringement, M25 art 64)
    OWNERSHIP = "ownership"              # 专利申请权和专利权归属
    INVENTOR = "inventor"                # 发明人、设计人资格
    EMPLOYEE_REWARD = "employee_reward"  # 职务发明创造的发明人、设计人的奖励和报酬
    PROVISIONAL_FEE = "provisional_fee"  # 发明专利申请公布后专利权授予前使用发明而未支付的费用 (only after grant)
    OTHER = "other"                      # 其他专利纠纷


# Ownership disputes close within 2 months of 立案 (+1 by the 部门负责人) and their documents are copied to
# CNIPA within 5 working days of closing (M25 art 70, D19/D20).
OWNERSHIP_KINDS = frozenset({MediationKind.OWNERSHIP})


class MediationState(StrEnum):
    RECEIVED = "received"                      # 调解请求书收到
    AWAITING_STATEMENT = "awaiting_statement"  # 已送达陈述意见通知书，等待意见陈述书
    REGISTERED = "registered"                  # 已立案，调解中
    NOT_REGISTERED = "not_registered"          # 不予立案（被请求人不同意调解或逾期未答复）
    CLOSED_AGREEMENT = "closed_agreement"      # 达成调解协议结案
    CLOSED_REVOKED = "closed_revoked"          # 撤销案件

    @property
    def is_terminal(self) -> bool:
        return self in TERMINAL_STATES


OPEN_STATES = frozenset({MediationState.RECEIVED, MediationState.AWAITING_STATEMENT, MediationState.REGISTERED})
CLOSED_STATES = frozenset({MediationState.CLOSED_AGREEMENT, MediationState.CLOSED_REVOKED})
# M25 art 70: the office sends CNIPA the concluded agreement of an ownership dispute within 5 working days (D20);
# a failed mediation (revoked, no agreement) has nothing to send.
CNIPA_COPY_STATES = frozenset({MediationState.CLOSED_AGREEMENT})
TERMINAL_STATES = CLOSED_STATES | {MediationState.NOT_REGISTERED}


class MediationAction(StrEnum):
    SERVE_NOTICE = "serve_notice"              # 请求书副本和陈述意见通知书送达被请求人 (D16)
    RECEIVE_STATEMENT = "receive_statement"    # 收到意见陈述书 (D17)
    REGISTER = "register"                      # 立案，通知调解时间地点 (D18)
    REFUSE = "refuse"                          # 不予立案，通知请求人 (D18)
    RESCHEDULE = "reschedule"                  # 变更调解时间、地点
    REQUESTER_NO_SHOW = "requester_no_show"    # 请求人无正当理由不参加调解 → 视为撤回
    RESPONDENT_NO_SHOW = "respondent_no_show"  # 被请求人无正当理由不参加调解 → 未能达成协议，撤销案件
    CLOSE_AGREEMENT = "close_agreement"        # 达成调解协议，结案
    REVOKE = "revoke"                          # 撤销案件（未能达成协议、撤回等）
    EXTEND_LIMIT = "extend_limit"              # 权属纠纷：延长调解期限1个月（部门负责人批准, D19）
    RECORD_CNIPA_COPY = "record_cnipa_copy"    # 权属纠纷：文书抄送国家知识产权局 (D20)


class RevokeGround(StrEnum):
    """Why a registered (or not yet registered) mediation ends without an agreement (M25 arts 67-69)."""
    NO_AGREEMENT = "no_agreement"              # 未能达成调解协议
    WITHDRAWAL = "withdrawal"                  # 请求人撤回调解请求
    REQUESTER_NO_SHOW = "requester_no_show"    # 请求人无正当理由拒不参加调解，视为撤回
    RESPONDENT_NO_SHOW = "respondent_no_show"  # 被请求人无正当理由拒不参加调解，视为未能达成协议
    OTHER = "other"


class RefuseGround(StrEnum):
    DECLINED = "declined"   # 被请求人不同意调解
    SILENT = "silent"       # 被请求人逾期未提交意见陈述书


class ExtensionStatus(StrEnum):
    NONE = "none"
    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"


@dataclass(frozen=True)
class MediationSnapshot:
    """What the guards need to know about a mediation case, read by the service in the same transaction."""
    state: MediationState
    kind: MediationKind
    today: date
    received_date: date
    statement_received: date | None = None
    respondent_agrees: bool | None = None
    statement_due: date | None = None        # D17, once the notice was served
    registered_date: date | None = None
    ruling_on_record: bool = True            # a damages case names the ruling that found infringement
    granted_before_request: bool = True      # a provisional-fee case: the patent was granted before the request
    agreement_signed: date | None = None     # the MEDIATION feature's signed agreement, if any
    agreement_missing: str = ""              # parties that agreement leaves unsigned (M25 arts 35, 69), named
    extension: ExtensionStatus = ExtensionStatus.NONE
    closed_date: date | None = None
    cnipa_copied: date | None = None


Guard = Callable[[MediationSnapshot, Mapping], "str | None"]


def _kind_preconditions(c: MediationSnapshot, p: Mapping) -> str | None:
    if c.kind == MediationKind.DAMAGES and not c.ruling_on_record:
        return "mediation_needs_ruling"
    if c.kind == MediationKind.PROVISIONAL_FEE and not c.granted_before_request:
        return "mediation_before_grant"
    return None


def _respondent_agreed(c: MediationSnapshot, p: Mapping) -> str | None:
    if c.statement_received is None:
        return "mediation_no_statement"
    return None if c.respondent_agrees else "mediation_respondent_declined"


def _may_refuse(c: MediationSnapshot, p: Mapping) -> str | None:
    """Not registered: the respondent declined, or stayed silent past the statement period (D17)."""
    if c.statement_received is not None:
        return "mediation_respondent_agreed" if c.respondent_agrees else None
    if c.statement_due is None or c.today <= c.statement_due:
        return "mediation_statement_period_running"
    return None


def _no_statement_yet(c: MediationSnapshot, p: Mapping) -> str | None:
    return "mediation_statement_recorded" if c.statement_received is not None else None


def _not_before_received(c: MediationSnapshot, p: Mapping) -> str | None:
    for key in ("served_date", "received_date", "registered_date", "decided_date"):
        d = p.get(key)
        if d and d < c.received_date:
            return "mediation_before_received"
    return None


def _not_before_registered(c: MediationSnapshot, p: Mapping) -> str | None:
    for key in ("decided_date", "closed_date"):
        d = p.get(key)
        if d and c.registered_date and d < c.registered_date:
            return "closed_before_registered"
    return None


def _agreement_signed(c: MediationSnapshot, p: Mapping) -> str | None:
    if c.agreement_signed is None:
        return "mediation_no_signed_agreement"
    if c.agreement_missing:
        return Refusal("agreement_parties_missing", c.agreement_missing)
    d = p.get("closed_date")
    return "mediation_closed_before_signed" if d and d < c.agreement_signed else None


def _ownership(c: MediationSnapshot, p: Mapping) -> str | None:
    return None if c.kind in OWNERSHIP_KINDS else "mediation_not_ownership"


def _extendable(c: MediationSnapshot, p: Mapping) -> str | None:
    if c.extension == ExtensionStatus.PENDING:
        return "approval_pending"
    return "mediation_already_extended" if c.extension == ExtensionStatus.APPROVED else None


def _not_copied(c: MediationSnapshot, p: Mapping) -> str | None:
    if c.cnipa_copied is not None:
        return "mediation_already_copied"
    d = p.get("copied_date")
    return "mediation_copied_before_closed" if d and c.closed_date and d < c.closed_date else None


F, K, M = Field, FieldKind, MediationState
_METHOD = F("method", K.CHOICE, choices=choices(ServiceMethod))
_SESSION = (F("session_at", K.DATETIME, past_only=False), F("place", K.TEXT))
_CLOSING = (F("decided_date", K.DATE), F("reason_text", K.LONGTEXT, required=False))

TRANSITIONS: tuple[Transition, ...] = (
    Transition(MediationAction.SERVE_NOTICE, frozenset({M.RECEIVED}), M.AWAITING_STATEMENT,
               gesture="case.service", fields=(F("served_date", K.DATE), _METHOD),
               guards=(_not_before_received,)),
    Transition(MediationAction.RECEIVE_STATEMENT, frozenset({M.AWAITING_STATEMENT}), gesture="case.service",
               fields=(F("received_date", K.DATE), F("agrees", K.BOOL, default=True),
                       F("note", K.LONGTEXT, required=False)),
               guards=(_no_statement_yet, _not_before_received)),
    Transition(MediationAction.REGISTER, frozenset({M.AWAITING_STATEMENT}), M.REGISTERED,
               fields=(F("registered_date", K.DATE), *_SESSION),
               guards=(_respondent_agreed, _kind_preconditions, _not_before_received)),
    Transition(MediationAction.REFUSE, frozenset({M.AWAITING_STATEMENT}), M.NOT_REGISTERED,
               fields=_CLOSING, guards=(_may_refuse, _not_before_received)),
    Transition(MediationAction.RESCHEDULE, frozenset({M.REGISTERED}),
               fields=(*_SESSION, F("reason_text", K.LONGTEXT, required=False))),
    Transition(MediationAction.REQUESTER_NO_SHOW, frozenset({M.REGISTERED}), M.CLOSED_REVOKED,
               fields=_CLOSING, guards=(_not_before_registered,)),
    Transition(MediationAction.RESPONDENT_NO_SHOW, frozenset({M.REGISTERED}), M.CLOSED_REVOKED,
               fields=_CLOSING, guards=(_not_before_registered,)),
    Transition(MediationAction.CLOSE_AGREEMENT, frozenset({M.REGISTERED}), M.CLOSED_AGREEMENT,
               fields=(F("closed_date", K.DATE),), guards=(_agreement_signed, _not_before_registered)),
    Transition(MediationAction.REVOKE, OPEN_STATES, M.CLOSED_REVOKED,
               fields=(F("mediation_ground", K.CHOICE, choices=(RevokeGround.NO_AGREEMENT.value,
                                                      RevokeGround.WITHDRAWAL.value,
                                                      RevokeGround.OTHER.value)),
                       F("decided_date", K.DATE), F("reason_text", K.LONGTEXT, required=False)),
               guards=(_not_before_received, _not_before_registered)),
    Transition(MediationAction.EXTEND_LIMIT, frozenset({M.REGISTERED}), approval=True,
               fields=(F("reason", K.LONGTEXT),), guards=(_ownership, _extendable)),
    Transition(MediationAction.RECORD_CNIPA_COPY, CNIPA_COPY_STATES, gesture="case.service",
               fields=(F("copied_date", K.DATE), F("note", K.TEXT, required=False)),
               guards=(_ownership, _not_copied)),
)

# Every way a mediation case ends without agreement records why (the 撤销案件通知书 prints it).
GROUND_OF = {MediationAction.REQUESTER_NO_SHOW: RevokeGround.REQUESTER_NO_SHOW,
             MediationAction.RESPONDENT_NO_SHOW: RevokeGround.RESPONDENT_NO_SHOW}


MACHINE = Machine(TRANSITIONS, event_prefix="mediation.")
BY_ACTION: Mapping[MediationAction, Transition] = MACHINE.by_action  # type: ignore[assignment]
allowed_actions = MACHINE.allowed
check = MACHINE.check
