"""The answer period of a case with one or more respondents (M25 art 22).

Each respondent has its own period (D3: 15 days, 30 without a domicile in the PRC) from its own receipt of the
copy of the request. The case's answer period ends only when every respondent is done: it has answered, or its
own period has ended. One respondent's answer does not end another's period, and no ruling may be proposed or
approved while a respondent may still answer (or has not even been served).
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class RespondentPeriod:
    party_id: int
    served: date | None       # receipt of the copy of the request (None: not served yet)
    due: date | None          # last day of the respondent's own period (None until served)
    answered: date | None = None

    def done(self, today: date) -> bool:
        return self.answered is not None or (self.due is not None and today > self.due)


def answer_period_refusal(periods: Iterable[RespondentPeriod], today: date) -> str | None:
    """None when the case's answer period is over; otherwise why not: 'answer_period_not_started' (a respondent
    has neither been served nor answered) or 'answer_period_running' (a served respondent may still answer)."""
    periods = tuple(periods)
    if not periods:
        return "answer_period_not_started"
    if all(p.done(today) for p in periods):
        return None
    if any(p.served is None and p.answered is None for p in periods):
        return "answer_period_not_started"
    return "answer_period_running"


def answer_period_ends(periods: Iterable[RespondentPeriod], today: date) -> date | None:
    """The last day a respondent may still answer (the latest open own period), for the refusal's message."""
    open_ = [p.due for p in periods if not p.done(today) and p.due is not None]
    return max(open_) if open_ else None
