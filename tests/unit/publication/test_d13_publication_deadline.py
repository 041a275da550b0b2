"""D13 (M25 art 83): a ruling is published within 20 working days of the day it was made, on the official
calendar (调休 Saturdays count, 国庆/春节 do not)."""
from datetime import date

import chinese_calendar
import pytest

from ipcase.domain.calendar import OfficialCalendar
from ipcase.domain.cases.deadlines import CaseFacts, DeadlineSettings, compute_deadlines
from ipcase.domain.enums import CaseState, DeadlineCode, DeadlineStatus


def _d13(ruled: date, published: date | None = None, state=CaseState.CLOSED_RULING_INFRINGEMENT):
    facts = CaseFacts(state=state, received_date=date(2025, 1, 2), decided_date=date(2025, 1, 3),
                      registered_date=date(2025, 1, 3), closed_date=ruled,
                      publications=((ruled, published),))
    out = [d for d in compute_deadlines(facts, OfficialCalendar(), DeadlineSettings(), ruled)
           if d.code == DeadlineCode.D13]
    assert len(out) == 1
    return out[0]


def test_domain_worked_example():
    # DOMAIN §6: ruling 2025-12-22 + 20 wd → 2026-01-20 (元旦 2026-01-01..03 skipped, 01-04 调休 counted).
    assert _d13(date(2025, 12, 22)).due == date(2026, 1, 20)


@pytest.mark.parametrize("ruled", [
    date(2025, 9, 26),    # across 国庆/中秋 2025 (9-28 and 10-11 are 调休 workdays)
    date(2026, 2, 6),     # across 春节 2026 (2-14 and 2-28 调休)
    date(2024, 9, 27),    # across 国庆 2024 (9-29 调休)
    date(2025, 1, 20),    # across 春节 2025 (1-26, 2-08 调休)
])
def test_twenty_working_days_on_the_official_calendar(ruled):
    expected = chinese_calendar.find_workday(20, ruled)   # the calendar package's own count, as an oracle
    d = _d13(ruled)
    assert d.due == expected
    assert d.start == ruled and d.status == DeadlineStatus.OPEN and not d.provisional


def test_hand_count_across_national_day_2025():
    # 9-28 Sun(调休)=1, 9-29=2, 9-30=3, 10-01..08 holiday, 10-09=4, 10-10=5, 10-11 Sat(调休)=6,
    # 10-13..17=7..11, 10-20..24=12..16, 10-27..30=17..20
    assert _d13(date(2025, 9, 26)).due == date(2025, 10, 30)


def test_met_when_published():
    d = _d13(date(2025, 12, 22), published=date(2026, 1, 5))
    assert d.status == DeadlineStatus.MET and d.met_date == date(2026, 1, 5)


def test_no_d13_without_a_ruling():
    facts = CaseFacts(state=CaseState.CLOSED_MEDIATED, received_date=date(2025, 1, 2),
                      registered_date=date(2025, 1, 3), closed_date=date(2025, 3, 3))
    assert not [d for d in compute_deadlines(facts, OfficialCalendar(), DeadlineSettings(), date(2025, 3, 3))
                if d.code == DeadlineCode.D13]
