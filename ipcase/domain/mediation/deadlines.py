"""Time limits of a stand-alone mediation case (DOMAIN §4, D16-D20; M25 arts 65, 66, 70), computed from the
facts that start them. The service stores the result so that "my deadlines" is a query, and recomputes it after
every change to the case, every holiday year entered and every deadline-settings change."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from ipcase.domain.calendar import OfficialCalendar
from ipcase.domain.enums import DeadlineStatus
from ipcase.domain.extensions import EXTENSIONS, ExtensionKind
from ipcase.domain.mediation.cases import (
    CNIPA_COPY_STATES,
    OPEN_STATES,
    OWNERSHIP_KINDS,
    ExtensionStatus,
    MediationKind,
    MediationState,
)
from ipcase.domain.periods import DueDate, compute_due


class MediationDeadlineCode(StrEnum):
    D16 = "D16"  # 送达陈述意见通知书：收到调解请求之日起5个工作日
    D17 = "D17"  # 被请求人提交意见陈述书：收到通知之日起15日 (the respondent's own period)
    D18 = "D18"  # 立案或不予立案通知：收到意见陈述书/期满之日起5个工作日
    D19 = "D19"  # 权属纠纷调解结案：立案之日起2个月（部门负责人批准可延长1个月）
    D20 = "D20"  # 权属纠纷结案后5个工作日内将文书抄送国家知识产权局


D = MediationDeadlineCode


@dataclass(frozen=True)
class MediationLimits:
    """The lengths of M25 arts 65, 66 and 70."""
    serve_notice_days: int = 5     # D16, working days
    statement_days: int = 15       # D17, days
    decide_days: int = 5           # D18, working days
    closing_months: int = 2        # D19
    extension_months: int = EXTENSIONS[ExtensionKind.MEDIATION_CLOSING].length  # D19, by the 部门负责人
    cnipa_copy_days: int = 5       # D20, working days


@dataclass(frozen=True)
class MediationFacts:
    kind: MediationKind
    state: MediationState
    received_date: date
    notice_served: date | None = None       # the respondent received the 陈述意见通知书 + copy of the request
    statement_received: date | None = None
    decided_date: date | None = None        # 立案 or 不予立案
    registered_date: date | None = None
    extension: ExtensionStatus = ExtensionStatus.NONE
    closed_date: date | None = None
    cnipa_copied: date | None = None


@dataclass(frozen=True)
class MediationDeadline:
    code: MediationDeadlineCode
    start: date
    due: date
    provisional: bool
    basis: str
    status: DeadlineStatus
    met_date: date | None = None
    hide_after_due: bool = False   # the respondent's own period: informational once it has passed


def mediation_deadlines(f: MediationFacts, cal: OfficialCalendar,
                        limits: MediationLimits = MediationLimits()) -> list[MediationDeadline]:
    out: list[MediationDeadline] = []
    open_case = f.state in OPEN_STATES

    def add(code, start: date, due: DueDate, met: date | None, *, hide=False) -> None:
        status = DeadlineStatus.of(met, cancelled=not open_case)
        out.append(MediationDeadline(code, start, due.date, due.provisional, due.basis, status, met, hide))

    add(D.D16, f.received_date, compute_due(f.received_date, limits.serve_notice_days, "working_days", cal),
        f.notice_served)
    if f.notice_served is None:
        return out
    d17 = compute_due(f.notice_served, limits.statement_days, "days", cal)
    add(D.D17, f.notice_served, d17, f.statement_received, hide=True)
    # D18 runs from the statement, or — when none came — from the end of the statement period.
    start = f.statement_received or d17.date
    d18 = compute_due(start, limits.decide_days, "working_days", cal)
    if f.statement_received is None:
        d18 = DueDate(d18.date, d18.provisional or d17.provisional, f"意见陈述期满 {d17.date.isoformat()}，" + d18.basis)
    add(D.D18, start, d18, f.decided_date)

    if f.kind not in OWNERSHIP_KINDS or f.registered_date is None:
        return out
    months = limits.closing_months
    extended = f.extension == ExtensionStatus.APPROVED
    if extended:
        months += limits.extension_months
    d19 = compute_due(f.registered_date, months, "months", cal)
    if extended:
        d19 = DueDate(d19.date, d19.provisional,
                      d19.basis + f"（含经部门负责人批准延长的{limits.extension_months}个月）")
    add(D.D19, f.registered_date, d19, f.closed_date)
    if f.closed_date is not None and f.state in CNIPA_COPY_STATES:
        d20 = compute_due(f.closed_date, limits.cnipa_copy_days, "working_days", cal)
        status = DeadlineStatus.of(f.cnipa_copied, cancelled=False)
        out.append(MediationDeadline(D.D20, f.closed_date, d20.date, d20.provisional, d20.basis, status,
                                     f.cnipa_copied))
    return out
