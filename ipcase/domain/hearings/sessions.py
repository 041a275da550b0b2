"""Pure rules of a hearing's life after it is scheduled: the status of a session, the 回执 period and the
"提前3日" postponement rule (DOMAIN §4 D9, §8)."""
from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum

from ipcase.domain.calendar import OfficialCalendar
from ipcase.domain.periods import compute_due


class HearingStatus(StrEnum):
    SCHEDULED = "scheduled"   # 已排期
    HELD = "held"             # 已审结 (this session closed the hearing)
    ADJOURNED = "adjourned"   # 休庭 (to be continued in a later session)


class PostponementStatus(StrEnum):
    PENDING = "pending"
    GRANTED = "granted"
    REFUSED = "refused"


def slip_due(served_on: date, days: int, cal: OfficialCalendar) -> date:
    """The 回执 is due `days` days after the notice was received (start day not counted, rolled off rest days)."""
    return compute_due(served_on, days, "days", cal).date


def postponement_late(received_on: date, hearing_day: date, days_before: int) -> bool:
    """A request must reach the office at least `days_before` days before the hearing ("提前3日")."""
    return received_on > hearing_day - timedelta(days=days_before)
