"""M25 art 5's time rule (D6 and the hearing) and the panel while a member steps aside or is replaced."""
from __future__ import annotations

from datetime import date

import pytest

from ipcase.domain.calendar import OfficialCalendar, YearCalendar
from ipcase.domain.cases.panel import Seat
from ipcase.domain.enums import PanelRole, Role
from ipcase.domain.festivals import computed_holidays
from ipcase.domain.recusal.rules import (
    AtHearing,
    RecusalTiming,
    Timeliness,
    may_take_seat,
    panel_after_grant,
    panel_without,
    problems_after_grant,
    timeliness,
)

CAL = OfficialCalendar()
D = date


@pytest.mark.parametrize("learned, due", [
    (D(2025, 9, 30), D(2025, 10, 11)),   # National Day: Oct 9, Oct 10 and the 调休 Saturday Oct 11
    (D(2026, 2, 12), D(2026, 2, 24)),    # Spring Festival: Fri 13, 调休 Sat 14, then Tue 24 after the holiday
    (D(2024, 9, 27), D(2024, 10, 8)),    # 调休 Sunday Sep 29, Sep 30, then Oct 8
    (D(2026, 11, 2), D(2026, 11, 5)),    # an ordinary week
])
def test_the_window_is_three_working_days_from_learning_the_names(learned, due):
    assert timeliness(RecusalTiming(due, learned), CAL).code == Timeliness.WINDOW
    late = timeliness(RecusalTiming(date.fromordinal(due.toordinal() + 1), learned), CAL)
    assert late.code is None and late.window_due == due


def test_a_year_without_official_data_is_computed_from_the_rules_and_says_so():
    res = timeliness(RecusalTiming(D(2027, 1, 4), D(2026, 12, 31)), CAL)
    assert res.window_due == D(2027, 1, 6) and res.provisional          # Jan 1 (Fri) is 元旦 by the 放假办法
    entered = OfficialCalendar([YearCalendar(2027, computed_holidays(2027))])
    res = timeliness(RecusalTiming(D(2027, 1, 5), D(2026, 12, 31)), entered)
    assert res.window_due == D(2027, 1, 6) and not res.provisional


def test_the_window_setting_changes_the_count():
    assert timeliness(RecusalTiming(D(2026, 11, 9), D(2026, 11, 2)), CAL, days=5).code == Timeliness.WINDOW


HEARING = D(2025, 10, 20)


@pytest.mark.parametrize("received, at, late_ground, ended, expected", [
    (D(2025, 10, 13), AtHearing.OUTSIDE, False, False, Timeliness.BEFORE_HEARING),  # after D6, before the hearing
    (HEARING, AtHearing.OUTSIDE, False, False, Timeliness.BEFORE_HEARING),
    (HEARING, AtHearing.OPENING, False, False, Timeliness.BEFORE_HEARING),          # asked at the opening
    (HEARING, AtHearing.LATER, False, False, None),                                # later, no new ground
    (HEARING, AtHearing.LATER, True, False, Timeliness.LATE_GROUND),               # a ground learned at the hearing
    (D(2025, 10, 22), AtHearing.OUTSIDE, True, False, Timeliness.LATE_GROUND),     # adjourned, not ended
    (D(2025, 10, 22), AtHearing.OUTSIDE, False, False, None),
    (D(2025, 10, 22), AtHearing.OUTSIDE, True, True, None),                        # the hearing has ended
])
def test_the_hearing_extends_the_window(received, at, late_ground, ended, expected):
    t = RecusalTiming(received, D(2025, 9, 30), HEARING, ended, at, late_ground)
    assert timeliness(t, CAL).code == expected


def test_without_a_hearing_nothing_extends_the_window():
    assert timeliness(RecusalTiming(D(2025, 10, 13), D(2025, 9, 30), ground_learned_late=True), CAL).code is None


SEATS = [Seat(1, PanelRole.LEADER), Seat(2, PanelRole.MEMBER), Seat(3, PanelRole.MEMBER), Seat(4, PanelRole.CLERK)]


def test_a_member_stepping_aside_leaves_the_panel_unable_to_act():
    assert [s.user_id for s in panel_without(SEATS, {2})] == [1, 3, 4]
    assert problems_after_grant(SEATS, 2, None) == ["too_few_voting"]
    assert problems_after_grant(SEATS, 4, None) == ["no_clerk"]


def test_the_replacement_takes_the_same_seat():
    assert panel_after_grant(SEATS, 2, 9)[1] == Seat(9, PanelRole.MEMBER)
    assert problems_after_grant(SEATS, 1, 9) == []
    assert problems_after_grant(SEATS, 2, 3) == ["same_person_twice"]


@pytest.mark.parametrize("seat, user_role, allowed", [
    (PanelRole.LEADER, Role.SECTION_HEAD, True),
    (PanelRole.MEMBER, Role.OFFICER, True),
    (PanelRole.MEMBER, Role.CLERK, False),          # a voting seat needs someone who may vote
    (PanelRole.CLERK, Role.CLERK, True),
    (PanelRole.TECH_INVESTIGATOR, Role.CLERK, True),
    (PanelRole.CLERK, Role.ADMIN, False),           # the administrator never sits
])
def test_who_may_take_the_seat_of_a_granted_challenge(seat, user_role, allowed):
    assert may_take_seat(seat.value, user_role.value) is allowed
