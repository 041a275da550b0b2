"""Enforcement of a ruling the party does not comply with (D15; M25 art 80, 行政强制法 arts 53–54, 行诉解释 art 158).

When the suit period (D14, 15 days from each party's receipt, PL art 65) has run out without a suit and the party
ordered to stop does not comply, the office may apply to the people's court within 3 months of the end of that
period; before applying it must serve a 催告书 and wait 10 days (AEL 54). If the office does not apply, the right
holder may apply within 6 months (行诉解释 art 158); this module reads that as the 6 months after the office's
3 months end [U]. The periods are statutory, so they are constants here, not settings.

The record is a list of dated steps (`EnforcementStep`); `step_refusal` says which step may not be recorded now and
`enforcement_deadlines` turns the steps into the case's deadlines.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from ipcase.domain.calendar import OfficialCalendar
from ipcase.domain.enums import DeadlineCode
from ipcase.domain.periods import DueDate, compute_due

DEMAND_DAYS = 10          # AEL 54: 催告书送达十日后仍未履行
OFFICE_MONTHS = 3         # M25 art 80 / AEL 53
HOLDER_MONTHS = 6         # 行诉解释 art 158


class EnforcementStep(StrEnum):
    SUIT_FILED = "suit_filed"            # a party sued in court: the ruling is not in force, nothing to enforce
    NO_SUIT = "no_suit"                  # the suit period ran out without a suit
    NON_COMPLIANCE = "non_compliance"    # the party did not comply with the ruling
    DEMAND_SERVED = "demand_served"      # 催告书 served on the party
    OFFICE_APPLIED = "office_applied"    # the office applied to the court for enforcement
    HOLDER_APPLIED = "holder_applied"    # the right holder applied itself
    COMPLIED = "complied"                # the party complied after all


S = EnforcementStep
# What must be on record before a step: the chain of M25 art 80 and AEL 54.
_NEEDS: Mapping[EnforcementStep, EnforcementStep | None] = {
    S.SUIT_FILED: None, S.NO_SUIT: None, S.NON_COMPLIANCE: S.NO_SUIT, S.DEMAND_SERVED: S.NON_COMPLIANCE,
    S.OFFICE_APPLIED: S.DEMAND_SERVED, S.HOLDER_APPLIED: S.NON_COMPLIANCE, S.COMPLIED: S.NO_SUIT,
}
_ENDS = (S.SUIT_FILED, S.OFFICE_APPLIED, S.HOLDER_APPLIED, S.COMPLIED)   # after these nothing is left to do


@dataclass(frozen=True)
class EnforcementFacts:
    suit_period_end: date | None                 # last day of the last party's D14; None: not served on all yet
    steps: Mapping[EnforcementStep, date]        # each step's day (a step happens once)
    infringement_ruling: bool = True             # only a ruling that orders something can be enforced


def facts_of(suit_period_end: date | None, steps: Iterable[tuple[str, date]],
             infringement_ruling: bool = True) -> EnforcementFacts:
    return EnforcementFacts(suit_period_end, {S(k): d for k, d in steps}, infringement_ruling)


def demand_wait_end(served: date, cal: OfficialCalendar) -> DueDate:
    """The 10 days after the 催告书 (rolled off rest days like every period in days)."""
    return compute_due(served, DEMAND_DAYS, "days", cal)


def step_refusal(step: EnforcementStep, day: date, facts: EnforcementFacts, cal: OfficialCalendar) -> str | None:
    """Why `step` on `day` cannot be recorded (a reason code), or None."""
    if not facts.infringement_ruling:
        return "no_infringement_ruling"
    if step in facts.steps:
        return "already_recorded"
    if any(e in facts.steps for e in _ENDS):
        return "enforcement_ended"
    need = _NEEDS[step]
    if need is not None and need not in facts.steps:
        return f"needs_{need.value}"
    if need is not None and day < facts.steps[need]:
        return "before_previous_step"
    if step == S.SUIT_FILED and S.NO_SUIT in facts.steps:
        return "enforcement_ended"
    if step == S.NO_SUIT:
        if facts.suit_period_end is None:
            return "ruling_not_served"
        if day <= facts.suit_period_end:
            return "suit_period_running"
    if step == S.OFFICE_APPLIED and day <= demand_wait_end(facts.steps[S.DEMAND_SERVED], cal).date:
        return "demand_period_running"
    return None


def office_due(facts: EnforcementFacts, cal: OfficialCalendar) -> DueDate | None:
    if facts.suit_period_end is None:
        return None
    due = compute_due(facts.suit_period_end, OFFICE_MONTHS, "months", cal)
    return DueDate(due.date, due.provisional, "起诉期限届满 " + due.basis)


@dataclass(frozen=True)
class EnforcementDeadline:
    code: DeadlineCode
    start: date
    due: DueDate
    met: date | None
    cancelled: bool
    hide_after_due: bool = False


def enforcement_deadlines(facts: EnforcementFacts, cal: OfficialCalendar) -> list[EnforcementDeadline]:
    """The D15 chain once non-compliance is on record: the 催告书 to serve, the party's 10 days after it, the
    office's application within 3 months, then the right holder's 6 months."""
    steps = facts.steps
    if not facts.infringement_ruling or S.NON_COMPLIANCE not in steps or S.SUIT_FILED in steps:
        return []
    office = office_due(facts, cal)
    if office is None:
        return []
    complied = steps.get(S.COMPLIED)
    out: list[EnforcementDeadline] = []
    start = facts.suit_period_end
    # Latest 催告书 that still leaves the 10 days inside the office's 3 months.
    latest = office.date - timedelta(days=DEMAND_DAYS + 1)
    out.append(EnforcementDeadline(
        DeadlineCode.D15_DEMAND, steps[S.NON_COMPLIANCE],
        DueDate(latest, cal.is_provisional(latest),
                f"申请强制执行期限 {office.date.isoformat()} 前须催告并等待{DEMAND_DAYS}日（行政强制法第54条）"),
        steps.get(S.DEMAND_SERVED), cancelled=complied is not None))
    if S.DEMAND_SERVED in steps:
        out.append(EnforcementDeadline(
            DeadlineCode.D15_WAIT, steps[S.DEMAND_SERVED], demand_wait_end(steps[S.DEMAND_SERVED], cal),
            complied, cancelled=False, hide_after_due=True))
    out.append(EnforcementDeadline(DeadlineCode.D15, start, office, steps.get(S.OFFICE_APPLIED),
                                   cancelled=complied is not None or S.HOLDER_APPLIED in steps))
    holder = compute_due(office.date, HOLDER_MONTHS, "months", cal)
    out.append(EnforcementDeadline(
        DeadlineCode.D15_HOLDER, office.date,
        DueDate(holder.date, holder.provisional, "管理专利工作的部门申请期限届满 " + holder.basis),
        steps.get(S.HOLDER_APPLIED), cancelled=complied is not None or S.OFFICE_APPLIED in steps,
        hide_after_due=True))
    return out
