"""The list workflow for 专利领域严重失信主体 (CNIPA's rules on 专利领域严重失信联合惩戒对象名单, 知识产权信用管理规定).

认定 (the officer records the ground, the case it rests on, and serves the 告知书 on the party) → the party may
state its case (陈述、申辩) within a period → 列入 is proposed and decided by the 部门负责人 (the approvals gestures,
like every decision of the office) with its 列入决定书 → the listing runs for a period and is 移出 when it ends →
信用修复 on the party's application, decided within a period; an approved repair removes the party early.

The rules' periods are not all settled in the texts the office works from, so each one is a setting with a default
(`CreditSettings`); the README says which are uncertain. Every step's deadline is computed here, on the official
calendar, and nowhere else.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from ipcase.domain.calendar import OfficialCalendar
from ipcase.domain.periods import DueDate, add_months, compute_due, roll_forward


class Ground(StrEnum):
    REPEAT_INFRINGEMENT = "repeat_infringement"   # 重复专利侵权行为 (M25 art 34)
    NON_EXECUTION = "non_execution"               # 不依法执行行政裁决 (M25 art 80)


class ListingStatus(StrEnum):
    IDENTIFIED = "identified"   # 认定: 告知书 to serve, the party's statement period running
    PROPOSED = "proposed"       # 列入 filed for the 部门负责人's decision
    LISTED = "listed"           # 列入 approved: in the register
    REFUSED = "refused"         # 列入 refused by the 部门负责人
    REPAIR = "repair"           # 信用修复 applied for, awaiting the decision (still listed)
    REMOVED = "removed"         # 移出: the period ended, or a repair was approved


class RemovalReason(StrEnum):
    PERIOD_END = "period_end"
    REPAIR = "repair"


# Listed (shown as a flag on a new case or intake item): the party is in the register now.
IN_REGISTER = frozenset({ListingStatus.LISTED, ListingStatus.REPAIR})
# Pending: identified or proposed, also worth a flag ("认定中").
PENDING = frozenset({ListingStatus.IDENTIFIED, ListingStatus.PROPOSED})


SETTINGS_GROUP = "credit_settings"   # the settings' optimistic lock (ipcase.services.setting_locks)


@dataclass(frozen=True)
class CreditSettings:
    """Per office (settings keys `credit.<name>`). Defaults as the office reads the rules; [U] = uncertain."""
    statement_working_days: int = 5    # 陈述、申辩 after the 告知书 is served [U]
    listing_years: int = 3             # how long a party stays listed [U]
    repair_after_months: int = 12      # a repair may be applied for once listed this long [U]
    repair_decision_working_days: int = 15   # decide a repair application [U]
    proposal_working_days: int = 10    # propose (or drop) the listing after the statement period ends [U]


@dataclass(frozen=True)
class ListingFacts:
    status: ListingStatus
    identified_on: date
    notice_served: date | None = None       # 告知书 served on the party
    statement_received: date | None = None  # the party's 陈述、申辩, if any
    proposed_on: date | None = None
    listed_on: date | None = None
    repair_applied_on: date | None = None
    removed_on: date | None = None
    repair_decided_on: date | None = None


@dataclass(frozen=True)
class StepDeadline:
    step: str          # 'statement' | 'proposal' | 'removal' | 'repair_decision'
    start: date
    due: DueDate
    met: date | None
    party_period: bool = False   # the party's own period: informational once passed


def statement_due(served: date, cal: OfficialCalendar, s: CreditSettings) -> DueDate:
    return compute_due(served, s.statement_working_days, "working_days", cal)


def period_end(listed_on: date, cal: OfficialCalendar, s: CreditSettings) -> DueDate:
    """The last day listed: the same day `listing_years` later (the listing day counts as the first), rolled off
    rest days like every period in months."""
    end = add_months(listed_on, 12 * s.listing_years)
    rolled, provisional = roll_forward(end, cal)
    basis = f"列入 {listed_on.isoformat()} 起{s.listing_years}年 = {end.isoformat()}"
    if rolled != end:
        basis += f"；遇法定休假日顺延至 {rolled.isoformat()}"
    return DueDate(rolled, provisional, basis)


def repair_allowed_from(listed_on: date, s: CreditSettings) -> date:
    return add_months(listed_on, s.repair_after_months)


def step_deadlines(f: ListingFacts, cal: OfficialCalendar, s: CreditSettings) -> list[StepDeadline]:
    """The deadline of each step reached so far; `met` is the day the step was taken."""
    out: list[StepDeadline] = []
    if f.notice_served:
        st = statement_due(f.notice_served, cal, s)
        # Once the listing is proposed the party's period is over, whether it spoke or not.
        out.append(StepDeadline("statement", f.notice_served, st, f.statement_received or f.proposed_on,
                                party_period=True))
        # The office proposes the listing (or drops it) once the statement period has ended or the party spoke.
        start = min(st.date, f.statement_received) if f.statement_received else st.date
        out.append(StepDeadline("proposal", start, compute_due(start, s.proposal_working_days, "working_days", cal),
                                f.proposed_on or (f.removed_on if f.status == ListingStatus.REMOVED
                                                  and not f.listed_on else None)))
    if f.listed_on:
        out.append(StepDeadline("removal", f.listed_on, period_end(f.listed_on, cal, s), f.removed_on))
    if f.repair_applied_on:
        out.append(StepDeadline("repair_decision", f.repair_applied_on,
                                compute_due(f.repair_applied_on, s.repair_decision_working_days, "working_days",
                                            cal), f.repair_decided_on))
    return out


def refusal(step: str, f: ListingFacts, today: date, cal: OfficialCalendar, s: CreditSettings) -> str | None:
    """Why a step may not be taken now (a reason code), or None. Steps: serve_notice, statement, propose, decide,
    remove, apply_repair, decide_repair."""
    st = f.status
    if step == "serve_notice":
        return None if st == ListingStatus.IDENTIFIED and not f.notice_served else "listing_wrong_step"
    if step == "statement":
        return None if st == ListingStatus.IDENTIFIED and f.notice_served and not f.statement_received \
            else "listing_wrong_step"
    if step == "propose":
        if st != ListingStatus.IDENTIFIED:
            return "listing_wrong_step"
        if not f.notice_served:
            return "notice_not_served"
        # The party is heard first: its period must have run out unless it already spoke.
        if not f.statement_received and today <= statement_due(f.notice_served, cal, s).date:
            return "statement_period_running"
        return None
    if step == "decide":
        return None if st == ListingStatus.PROPOSED else "listing_wrong_step"
    if step == "remove":
        if st not in IN_REGISTER:
            return "listing_wrong_step"
        return None if today >= period_end(f.listed_on, cal, s).date else "period_running"
    if step == "apply_repair":
        if st != ListingStatus.LISTED:
            return "listing_wrong_step"
        return None if today >= repair_allowed_from(f.listed_on, s) else "repair_too_early"
    if step == "decide_repair":
        return None if st == ListingStatus.REPAIR else "listing_wrong_step"
    raise ValueError(step)
