"""Recusal (回避, M25 art 5): who may be challenged, on which grounds, and whether an application is in time.

M25 art 5: a party applies, giving reasons, at the latest within 3 working days of knowing (or when it should
have known) the names of the people handling the case; where an oral hearing was decided, at the latest when
the hearing starts; a ground learned only after the hearing started may still be raised before it ends. The
same applies to technical investigators, clerks, interpreters and appraisers. Until the 部门负责人 decides, the
challenged person stops working on the case. Pure: the calendar and the dates are parameters.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from ipcase.domain.calendar import OfficialCalendar
from ipcase.domain.cases.panel import VOTING_ROLES, Seat, panel_problems
from ipcase.domain.enums import PanelRole
from ipcase.domain.periods import add_working_days
from ipcase.domain.permissions import may


class RecusalGround(StrEnum):
    """M25 art 5 (1)-(4) and its second paragraph."""
    PARTY_OR_RELATIVE = "party_or_relative"        # 是涉案当事人或者当事人、代理人近亲属
    INTEREST_IN_PATENT = "interest_in_patent"      # 与涉案专利申请或者专利权有利害关系
    AGENT_OR_EXAMINER = "agent_or_examiner"        # 是涉案专利的专利代理师或者审查员
    OTHER_INTEREST = "other_interest"              # 与案件有其他利害关系，可能影响公正处理
    GIFTS_OR_MEETINGS = "gifts_or_meetings"        # 接受请客送礼或者违规会见当事人、代理人


class ChallengedRole(StrEnum):
    """Whom an application is against: the panel's seats (users) and people who are not users."""
    LEADER = PanelRole.LEADER.value
    MEMBER = PanelRole.MEMBER.value
    CLERK = PanelRole.CLERK.value
    TECH_INVESTIGATOR = PanelRole.TECH_INVESTIGATOR.value
    APPRAISER = "appraiser"        # 鉴定人
    INTERPRETER = "interpreter"    # 翻译人员

    @property
    def on_panel(self) -> bool:
        return self not in (ChallengedRole.APPRAISER, ChallengedRole.INTERPRETER)


class RecusalStatus(StrEnum):
    PENDING = "pending"      # the challenged person steps aside until decided
    GRANTED = "granted"      # 决定回避
    REJECTED = "rejected"    # 驳回申请


class AtHearing(StrEnum):
    """Where the application was made, for the hearing rule of M25 art 5."""
    OUTSIDE = "outside"      # in writing or at the office, not during a hearing
    OPENING = "opening"      # when the panel asked about recusal at the hearing's start
    LATER = "later"          # during the hearing, after its start (a ground learned late)


class Timeliness(StrEnum):
    WINDOW = "window"              # within 3 working days of learning the names (D6)
    BEFORE_HEARING = "before_hearing"  # by the start of the oral hearing
    LATE_GROUND = "late_ground"    # a ground learned after the hearing started, before it ended


@dataclass(frozen=True)
class RecusalTiming:
    received: date
    learned: date                      # knew, or should have known, the names
    hearing_day: date | None = None    # an oral hearing was decided for this day
    hearing_ended: bool = False        # the hearing was held (its record closed)
    at_hearing: AtHearing = AtHearing.OUTSIDE
    ground_learned_late: bool = False  # the ground became known only after the hearing started


@dataclass(frozen=True)
class TimelinessResult:
    code: Timeliness | None   # None: too late
    window_due: date          # the last day of the 3-working-day window
    provisional: bool         # the window runs through a year without official holiday data


def window_due(learned: date, cal: OfficialCalendar, days: int = 3) -> tuple[date, bool]:
    """The last day to apply counted from learning the names (the start day not counted)."""
    return add_working_days(learned, days, cal)


def timeliness(t: RecusalTiming, cal: OfficialCalendar, days: int = 3) -> TimelinessResult:
    due, provisional = window_due(t.learned, cal, days)

    def result(code: Timeliness | None) -> TimelinessResult:
        return TimelinessResult(code, due, provisional)

    if t.received <= due:
        return result(Timeliness.WINDOW)
    if t.hearing_day is None or t.hearing_ended:
        return result(None)
    if t.at_hearing == AtHearing.OPENING or (t.at_hearing == AtHearing.OUTSIDE and t.received <= t.hearing_day):
        return result(Timeliness.BEFORE_HEARING)
    if t.ground_learned_late:
        # M25 art 5: "回避事由在案件开始口头审理后知道的，也可以在口头审理终结前提出" (an adjourned hearing
        # has not ended).
        return result(Timeliness.LATE_GROUND)
    return result(None)


def panel_without(seats: Iterable[Seat], stepped_aside: Iterable[int]) -> list[Seat]:
    """The panel as it may act now: a challenged member steps aside until the application is decided."""
    away = set(stepped_aside)
    return [s for s in seats if s.user_id not in away]


def panel_after_grant(seats: Iterable[Seat], challenged_user_id: int, replacement_id: int | None) -> list[Seat]:
    """The panel once a granted application removed `challenged_user_id`; the replacement takes the same seat."""
    out = []
    for s in seats:
        if s.user_id != challenged_user_id:
            out.append(s)
        elif replacement_id is not None:
            out.append(Seat(replacement_id, s.role))
    return out


def may_take_seat(challenged_role: str, user_role: str) -> bool:
    """Whether a user of `user_role` may replace a granted challenge in that seat: never the administrator, and
    a voting seat only someone who may vote."""
    if not may(user_role, "panel.sit"):
        return False
    return challenged_role not in VOTING_ROLES or may(user_role, "panel.vote")


def problems_after_grant(seats: Iterable[Seat], challenged_user_id: int, replacement_id: int | None) -> list[str]:
    return panel_problems(panel_after_grant(seats, challenged_user_id, replacement_id))
