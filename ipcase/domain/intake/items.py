"""The intake register (DOMAIN §2, §4 D1/D23, §7): what can arrive, through which channel, what the office
may decide about it, and the time limits that run until it decides.

Everything here is pure: the services pass the facts of an item, the calendar and today. Routing (繁简分流)
lives in `intake_routing`, same-matter and 重复侵权 matching in `intake_matching`.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from ipcase.domain.calendar import OfficialCalendar
from ipcase.domain.enums import DeadlineStatus, Role
from ipcase.domain.extensions import EXTENSIONS, ExtensionKind
from ipcase.domain.periods import DueDate, compute_due
from ipcase.domain.permissions import may


class IntakeKind(StrEnum):
    REQUEST = "request"            # 处理请求 (请求书): the path to an adjudication case
    MEDIATION = "mediation"        # 调解请求 (M25 art 63)
    COMPLAINT = "complaint"        # 侵权投诉举报 (consumer-type complaint, CMP)
    COUNTERFEIT = "counterfeit"    # 假冒专利投诉举报 (M15 art 28)
    CONSULTATION = "consultation"  # 咨询


class IntakeChannel(StrEnum):
    COUNTER = "counter"        # 窗口来访
    LETTER = "letter"          # 信函
    HOTLINE = "hotline"        # 12330 热线
    ONLINE = "online"          # 网上平台
    ECOMMERCE = "ecommerce"    # 电商平台通知
    TRADE_FAIR = "trade_fair"  # 展会现场
    REFERRAL = "referral"      # 其他部门或地区移送


class IntakeState(StrEnum):
    OPEN = "open"                              # 待处理
    PENDING_CORRECTION = "pending_correction"  # 补正中
    CASE = "case"                              # 已登记为行政裁决案件
    MEDIATION = "mediation"                    # 已登记为调解案件
    REFUSED = "refused"                        # 不予受理
    FORWARDED = "forwarded"                    # 已转交有权机关
    ENFORCEMENT = "enforcement"                # 假冒专利线索已移交执法
    CLOSED = "closed"                          # 已办结

    @property
    def is_terminal(self) -> bool:
        return self not in (IntakeState.OPEN, IntakeState.PENDING_CORRECTION)


class TriageOutcome(StrEnum):
    CASE = "case"                # 登记为行政裁决案件
    MEDIATION = "mediation"      # 登记为调解案件
    CORRECTION = "correction"    # 一次性告知补正
    REFUSE = "refuse"            # 不予受理
    FORWARD = "forward"          # 转交有权机关
    ENFORCEMENT = "enforcement"  # 假冒专利线索移交执法
    CLOSE = "close"              # 办结（注明理由）


OUTCOME_STATE = {
    TriageOutcome.CASE: IntakeState.CASE,
    TriageOutcome.MEDIATION: IntakeState.MEDIATION,
    TriageOutcome.CORRECTION: IntakeState.PENDING_CORRECTION,
    TriageOutcome.REFUSE: IntakeState.REFUSED,
    TriageOutcome.FORWARD: IntakeState.FORWARDED,
    TriageOutcome.ENFORCEMENT: IntakeState.ENFORCEMENT,
    TriageOutcome.CLOSE: IntakeState.CLOSED,
}


class CloseReason(StrEnum):
    ANSWERED = "answered"        # 咨询已答复
    WITHDRAWN = "withdrawn"      # 来件人撤回
    DUPLICATE = "duplicate"      # 重复登记，已并入他件
    NO_CONTACT = "no_contact"    # 无法联系来件人
    NOT_PATENT = "not_patent"    # 不属于专利事项
    OTHER = "other"


# What each kind may become. A complaint from a right holder becomes a case only through a formal 请求书
# (DOMAIN §2, [U] practice): with the setting on, CASE is offered only after `convert_to_request`.
KIND_OUTCOMES: dict[IntakeKind, tuple[TriageOutcome, ...]] = {
    IntakeKind.REQUEST: (TriageOutcome.CASE, TriageOutcome.CORRECTION, TriageOutcome.REFUSE,
                         TriageOutcome.FORWARD, TriageOutcome.CLOSE),
    IntakeKind.MEDIATION: (TriageOutcome.MEDIATION, TriageOutcome.CORRECTION, TriageOutcome.REFUSE,
                           TriageOutcome.FORWARD, TriageOutcome.CLOSE),
    IntakeKind.COMPLAINT: (TriageOutcome.CASE, TriageOutcome.MEDIATION, TriageOutcome.CORRECTION,
                           TriageOutcome.REFUSE, TriageOutcome.FORWARD, TriageOutcome.CLOSE),
    IntakeKind.COUNTERFEIT: (TriageOutcome.ENFORCEMENT, TriageOutcome.CORRECTION, TriageOutcome.REFUSE,
                             TriageOutcome.FORWARD, TriageOutcome.CLOSE),
    IntakeKind.CONSULTATION: (TriageOutcome.FORWARD, TriageOutcome.CLOSE),
}

# Kinds whose submitter may stay anonymous (a report), and whose real-name submitter must be told of the
# decision within 5 working days (CMP art 31).
REPORT_KINDS = frozenset({IntakeKind.COMPLAINT, IntakeKind.COUNTERFEIT})
ANONYMOUS_KINDS = REPORT_KINDS | {IntakeKind.CONSULTATION}
# Kinds that name a respondent in an infringement dispute: these are checked for 重复侵权 (M25 art 34).
# A mediation request is not: a damages mediation after a ruling is the normal path (M25 art 64).
DISPUTE_KINDS = frozenset({IntakeKind.REQUEST, IntakeKind.COMPLAINT})
# Kinds that cannot be handled without knowing against whom.
TARGET_REQUIRED = frozenset({IntakeKind.REQUEST, IntakeKind.MEDIATION, IntakeKind.COMPLAINT})

# 不予受理 of a request for adjudication and the D1 extension are the 部门负责人's decisions (M25 art 20), as
# in the case register; at intake there is no case to file an approval on, so the head decides directly: the
# same gestures ("approval.decide", "extension.approve") as the approvals of a case.


def channel_flags(channel: IntakeChannel) -> dict[str, bool]:
    """Flags a channel implies (the quick entry's defaults): a trade-fair or e-commerce item is one."""
    return {"flag_trade_fair": channel == IntakeChannel.TRADE_FAIR,
            "flag_ecommerce": channel == IntakeChannel.ECOMMERCE}


@dataclass(frozen=True)
class ItemFacts:
    """What the outcome rules and time limits need to know about an item."""
    kind: IntakeKind
    state: IntakeState
    received: date
    correction_due: date | None = None
    correction_received: date | None = None
    decision_extended: bool = False
    decided: date | None = None          # the date of the terminal outcome
    real_name: bool = True               # a named submitter (not anonymous)
    notified: date | None = None         # the real-name reporter was told of the decision
    close_reason: str | None = None
    converted: bool = False              # a complaint turned into a formal request


def allowed_outcomes(f: ItemFacts, role: Role | None, *, complaint_needs_request: bool = True
                     ) -> tuple[TriageOutcome, ...]:
    """The outcomes this role may choose now, in the order the triage dialog lists them."""
    if f.state.is_terminal or not may(role, "intake.triage"):
        return ()
    out = []
    for o in KIND_OUTCOMES[f.kind]:
        if f.state == IntakeState.PENDING_CORRECTION and o not in (TriageOutcome.REFUSE, TriageOutcome.CLOSE):
            continue  # waiting for the corrected materials: only refusal (not cured) or withdrawal
        if o == TriageOutcome.CORRECTION and f.correction_due is not None:
            continue  # 一次性告知: once
        if o == TriageOutcome.CASE and f.kind == IntakeKind.COMPLAINT and complaint_needs_request:
            continue
        if o == TriageOutcome.REFUSE and f.kind == IntakeKind.REQUEST and not may(role, "approval.decide"):
            continue
        out.append(o)
    return tuple(out)


def refusal_code(f: ItemFacts, outcome: TriageOutcome, role: Role, *, complaint_needs_request: bool = True
                 ) -> str | None:
    """Why `outcome` is not allowed now (a stable code the UI's error texts translate), or None."""
    if f.state.is_terminal:
        return "intake_decided"
    if not may(role, "intake.triage"):
        return "role"
    if outcome not in KIND_OUTCOMES[f.kind]:
        return "intake_wrong_kind"
    if outcome == TriageOutcome.CORRECTION and f.correction_due is not None:
        return "intake_correction_once"
    if f.state == IntakeState.PENDING_CORRECTION and outcome not in (TriageOutcome.REFUSE, TriageOutcome.CLOSE):
        return "intake_awaiting_correction"
    if outcome == TriageOutcome.CASE and f.kind == IntakeKind.COMPLAINT and complaint_needs_request:
        return "intake_needs_request"
    if outcome == TriageOutcome.REFUSE and f.kind == IntakeKind.REQUEST and not may(role, "approval.decide"):
        return "role"
    return None


# ---- time limits ----------------------------------------------------------------------------------

class IntakeDeadlineCode(StrEnum):
    DECISION = "intake_d1"             # 处理请求：立案审查 (D1, M25 art 20)
    COMPLAINT = "intake_complaint"     # 投诉：7个工作日内决定是否受理 (CMP art 14)
    COUNTERFEIT = "D23"                # 假冒专利举报：10个工作日内立案 (M15 art 28)
    NOTIFY = "intake_notify"           # 告知实名举报人：5个工作日 (CMP art 31)
    CORRECTION = "intake_correction"   # 补正期限


COMPLAINT_DAYS = 7     # CMP art 14
COUNTERFEIT_DAYS = 10  # M15 art 28 (D23)
NOTIFY_DAYS = 5        # CMP art 31


@dataclass(frozen=True)
class IntakeLimits:
    """D1's lengths and the [U] restart rule come from the case register's settings, so one setting
    governs D1 wherever it runs."""
    decision_days: int = 5
    decision_extension_days: int = EXTENSIONS[ExtensionKind.DECISION].length
    restart_on_correction: bool = True


@dataclass(frozen=True)
class IntakeDeadline:
    code: IntakeDeadlineCode
    start: date
    due: date
    provisional: bool
    basis: str
    status: DeadlineStatus
    met_date: date | None = None


def decision_days(kind: IntakeKind, limits: IntakeLimits, extended: bool) -> tuple[IntakeDeadlineCode, int] | None:
    if kind == IntakeKind.REQUEST:
        return IntakeDeadlineCode.DECISION, limits.decision_days + (limits.decision_extension_days if extended else 0)
    if kind == IntakeKind.COMPLAINT:
        return IntakeDeadlineCode.COMPLAINT, COMPLAINT_DAYS
    if kind == IntakeKind.COUNTERFEIT:
        return IntakeDeadlineCode.COUNTERFEIT, COUNTERFEIT_DAYS
    return None


def intake_deadlines(f: ItemFacts, cal: OfficialCalendar, limits: IntakeLimits) -> list[IntakeDeadline]:
    """The limits that run for an item: correction, the decision by kind, telling a real-name reporter."""
    out: list[IntakeDeadline] = []

    def add(code, start, due: DueDate, met: date | None, cancelled: bool = False) -> None:
        status = DeadlineStatus.of(met, cancelled)
        out.append(IntakeDeadline(code, start, due.date, due.provisional, due.basis, status, met))

    if f.correction_due is not None:
        due = DueDate(f.correction_due, cal.is_provisional(f.correction_due), "补正通知指定的期限")
        add(IntakeDeadlineCode.CORRECTION, f.received, due, f.correction_received,
            cancelled=f.state != IntakeState.PENDING_CORRECTION and not f.correction_received)

    limit = decision_days(f.kind, limits, f.decision_extended)
    waiting = f.state == IntakeState.PENDING_CORRECTION and not f.correction_received
    if limit is not None and (not waiting or f.decided):
        code, days = limit
        start = f.received
        if limits.restart_on_correction and f.correction_received:
            start = f.correction_received
        due = compute_due(start, days, "working_days", cal)
        if start != f.received:
            due = DueDate(due.date, due.provisional, due.basis + "（自收到补正材料之日起重新计算）")
        if f.decision_extended and code == IntakeDeadlineCode.DECISION:
            due = DueDate(due.date, due.provisional,
                          due.basis + f"（含经批准延长的{limits.decision_extension_days}个工作日）")
        add(code, start, due, f.decided)

    if (f.kind in REPORT_KINDS and f.real_name and f.decided is not None
            and f.close_reason != CloseReason.WITHDRAWN):
        due = compute_due(f.decided, NOTIFY_DAYS, "working_days", cal)
        add(IntakeDeadlineCode.NOTIFY, f.decided, due, f.notified)
    return out
