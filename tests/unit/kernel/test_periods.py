"""Period arithmetic (DOMAIN §6): the worked examples, the 2024–2026 holiday blocks, 调休 make-up days,
month ends, provisional years, and a few properties checked against `chinese_calendar` directly.

Every expected date below was derived by hand from the State Council notices as recorded in
chinesecalendar 1.11.0 (the comment on each row shows the count); `_reference_due` re-derives them from
`chinese_calendar.is_workday` as an independent cross-check.

Holiday blocks used (H = holiday, W = 调休 make-up workday):
2024  H 01-01; H 02-10..02-17, W Sun 02-04, Sun 02-18; H 04-04..04-06, W Sun 04-07; H 05-01..05-05,
      W Sun 04-28, Sat 05-11; H 06-10; H 09-15..09-17, W Sat 09-14; H 10-01..10-07, W Sun 09-29, Sat 10-12
2025  H 01-01; H 01-28..02-04, W Sun 01-26, Sat 02-08; H 04-04..04-06; H 05-01..05-05, W Sun 04-27;
      H 05-31..06-02; H 10-01..10-08, W Sun 09-28, Sat 10-11
2026  H 01-01..01-03, W Sun 01-04; H 02-15..02-23, W Sat 02-14, Sat 02-28; H 04-04..04-06;
      H 05-01..05-05, W Sat 05-09; H 06-19..06-21; H 09-25..09-27, W Sun 09-20; H 10-01..10-07, W Sat 10-10
"""
from __future__ import annotations

import calendar as stdlib_calendar
from datetime import date, timedelta

import chinese_calendar
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ipcase.domain.calendar import OfficialCalendar, YearCalendar, default_calendar
from ipcase.domain.festivals import computed_holidays
from ipcase.domain.periods import (
    UNITS,
    DueDate,
    add_months,
    add_working_days,
    compute_due,
    due_date,
    latest_notice_date,
    roll_forward,
    working_days_between,
    working_days_until,
)
from ipcase.errors import ValidationFailed

D = date
COMPLETE_2027 = YearCalendar(2027, computed_holidays(2027))   # every festival's statutory days: official
ONE = timedelta(days=1)
HYPO = settings(max_examples=300, deadline=None, derandomize=True, database=None)
# chinesecalendar 1.11 covers 2004-01-01..2026-12-31; keep generated periods inside it.
COVERED = st.dates(min_value=D(2004, 1, 1), max_value=D(2025, 12, 31))


# ---------------------------------------------------------------- an independent reference


def _cc_workday(d: date) -> bool:
    return chinese_calendar.is_workday(d)


def _reference_due(start: date, n: int, unit: str) -> date:
    """The §6 rules written out naively against chinese_calendar, for cross-checking."""
    if unit == "working_days":
        d, counted = start, 0
        while counted < n:
            d += ONE
            counted += _cc_workday(d)
        return d
    if unit == "days":
        d = start + timedelta(days=n)
    else:
        month_index = start.month - 1 + n
        year, month = start.year + month_index // 12, month_index % 12 + 1
        d = D(year, month, min(start.day, stdlib_calendar.monthrange(year, month)[1]))
    while not _cc_workday(d):
        d += ONE
    return d


# ---------------------------------------------------------------- DOMAIN §6 worked examples

WORKED_EXAMPLES = [
    # D1 (5 wd): Oct 9=1, 10=2, Sat 11 调休=3, 13=4, 14=5
    pytest.param(D(2025, 9, 30), 5, "working_days", D(2025, 10, 14), id="D1-2025-national-day"),
    # Sun 09-29 调休=1, 09-30=2, 10-08=3, 09=4, 10=5
    pytest.param(D(2024, 9, 27), 5, "working_days", D(2024, 10, 10), id="D1-2024-national-day"),
    # Fri 13=1, Sat 14 调休=2, 15..23 holiday, 24=3, 25=4, 26=5
    pytest.param(D(2026, 2, 12), 5, "working_days", D(2026, 2, 26), id="D1-2026-spring-festival"),
    # Sun 01-26 调休=1, 27=2, 28..02-04 holiday, 02-05=3, 06=4, 07=5
    pytest.param(D(2025, 1, 24), 5, "working_days", D(2025, 2, 7), id="D1-2025-spring-festival"),
    # 09-20 + 15 = 10-05 (holiday) → 10-09
    pytest.param(D(2025, 9, 20), 15, "days", D(2025, 10, 9), id="answer-rolls-over-national-day"),
    # 01-30 + 15 = Sat 02-14, a 调休 workday: not a rest day, not rolled [U]
    pytest.param(D(2026, 1, 30), 15, "days", D(2026, 2, 14), id="answer-lands-on-adjusted-saturday"),
    # 2025-02-30 does not exist → 02-28 (Fri)
    pytest.param(D(2024, 11, 30), 3, "months", D(2025, 2, 28), id="closing-clamped-to-february"),
    # 2025-10-04 (holiday) → 10-09
    pytest.param(D(2025, 7, 4), 3, "months", D(2025, 10, 9), id="closing-rolls-over-national-day"),
    # Dec 23..26=4, 29..31=7, Jan 1..3 holiday, Sun Jan 4 调休=8, 5..9=13, 12..16=18, 19=19, 20=20
    pytest.param(D(2025, 12, 22), 20, "working_days", D(2026, 1, 20), id="publication-20wd"),
]


@pytest.mark.parametrize(("start", "length", "unit", "expected"), WORKED_EXAMPLES)
def test_domain_worked_examples(start, length, unit, expected):
    assert due_date(start, length, unit) == expected
    assert _reference_due(start, length, unit) == expected


def test_worked_example_hearing_notice():
    # Hearing Thu 2025-10-09: working days strictly between Sat 09-27 and the hearing are 09-28 (Sun, 调休),
    # 09-29 and 09-30; serving on Sun 09-28 would leave only two.
    assert latest_notice_date(D(2025, 10, 9), 3) == D(2025, 9, 27)
    assert working_days_between(D(2025, 9, 27), D(2025, 10, 9)) == 3
    assert working_days_between(D(2025, 9, 28), D(2025, 10, 9)) == 2


# ---------------------------------------------------------------- working days around holiday blocks

WORKING_DAYS = [
    # --- 2024 Spring Festival (H 02-10..02-17; W Sun 02-04, Sun 02-18)
    pytest.param(D(2024, 2, 2), 1, D(2024, 2, 4), id="2024-sf-makeup-sunday-before"),
    pytest.param(D(2024, 2, 8), 1, D(2024, 2, 9), id="2024-sf-eve-friday"),
    pytest.param(D(2024, 2, 8), 2, D(2024, 2, 18), id="2024-sf-jumps-to-makeup-sunday"),
    pytest.param(D(2024, 2, 9), 1, D(2024, 2, 18), id="2024-sf-next-is-sunday-18"),
    pytest.param(D(2024, 2, 9), 5, D(2024, 2, 22), id="2024-sf-5wd"),
    pytest.param(D(2024, 2, 12), 1, D(2024, 2, 18), id="2024-sf-start-inside-holiday"),
    # --- 2024 Qingming (H 04-04..04-06; W Sun 04-07)
    pytest.param(D(2024, 4, 3), 1, D(2024, 4, 7), id="2024-qingming-makeup-sunday"),
    pytest.param(D(2024, 4, 3), 5, D(2024, 4, 11), id="2024-qingming-5wd"),
    # --- 2024 Labour Day (W Sun 04-28; H 05-01..05-05; W Sat 05-11)
    pytest.param(D(2024, 4, 26), 1, D(2024, 4, 28), id="2024-labour-makeup-sunday"),
    pytest.param(D(2024, 4, 26), 3, D(2024, 4, 30), id="2024-labour-3wd-before-block"),
    pytest.param(D(2024, 4, 26), 4, D(2024, 5, 6), id="2024-labour-4wd-over-block"),
    pytest.param(D(2024, 4, 30), 5, D(2024, 5, 10), id="2024-labour-5wd"),
    pytest.param(D(2024, 4, 30), 6, D(2024, 5, 11), id="2024-labour-makeup-saturday"),
    # --- 2024 Dragon Boat (H Mon 06-10)
    pytest.param(D(2024, 6, 7), 1, D(2024, 6, 11), id="2024-dragon-boat"),
    # --- 2024 Mid-Autumn (W Sat 09-14; H 09-15..09-17)
    pytest.param(D(2024, 9, 13), 1, D(2024, 9, 14), id="2024-mid-autumn-makeup-saturday"),
    pytest.param(D(2024, 9, 13), 2, D(2024, 9, 18), id="2024-mid-autumn-over-block"),
    # --- 2024 National Day (H 10-01..10-07; W Sat 10-12)
    pytest.param(D(2024, 9, 30), 1, D(2024, 10, 8), id="2024-national-day"),
    pytest.param(D(2024, 10, 10), 2, D(2024, 10, 12), id="2024-national-day-makeup-saturday"),
    # --- 2025 New Year (H Wed 01-01), across the year boundary
    pytest.param(D(2024, 12, 31), 1, D(2025, 1, 2), id="2025-new-year-across-years"),
    # --- 2025 Spring Festival (W Sun 01-26; H 01-28..02-04; W Sat 02-08)
    pytest.param(D(2025, 1, 27), 1, D(2025, 2, 5), id="2025-sf-over-block"),
    pytest.param(D(2025, 2, 7), 1, D(2025, 2, 8), id="2025-sf-makeup-saturday-after"),
    # --- 2025 Qingming (H 04-04..04-06), Labour Day (W Sun 04-27; H 05-01..05-05)
    pytest.param(D(2025, 4, 3), 1, D(2025, 4, 7), id="2025-qingming"),
    pytest.param(D(2025, 4, 25), 1, D(2025, 4, 27), id="2025-labour-makeup-sunday"),
    pytest.param(D(2025, 4, 30), 1, D(2025, 5, 6), id="2025-labour-over-block"),
    # --- 2025 Dragon Boat (H 05-31..06-02)
    pytest.param(D(2025, 5, 30), 1, D(2025, 6, 3), id="2025-dragon-boat"),
    # --- 2026 New Year (H 01-01..01-03; W Sun 01-04)
    pytest.param(D(2025, 12, 31), 1, D(2026, 1, 4), id="2026-new-year-makeup-sunday"),
    pytest.param(D(2025, 12, 31), 2, D(2026, 1, 5), id="2026-new-year-2wd"),
    # --- 2026 Spring Festival (W Sat 02-28)
    pytest.param(D(2026, 2, 27), 1, D(2026, 2, 28), id="2026-sf-makeup-saturday-after"),
    # --- 2026 Qingming (H 04-04..04-06), Labour Day (H 05-01..05-05; W Sat 05-09)
    pytest.param(D(2026, 4, 3), 1, D(2026, 4, 7), id="2026-qingming"),
    pytest.param(D(2026, 4, 30), 1, D(2026, 5, 6), id="2026-labour-over-block"),
    pytest.param(D(2026, 5, 8), 1, D(2026, 5, 9), id="2026-labour-makeup-saturday"),
    # --- 2026 Dragon Boat (H 06-19..06-21)
    pytest.param(D(2026, 6, 18), 1, D(2026, 6, 22), id="2026-dragon-boat"),
    # --- 2026 Mid-Autumn (W Sun 09-20; H 09-25..09-27) and National Day (H 10-01..10-07; W Sat 10-10)
    pytest.param(D(2026, 9, 18), 1, D(2026, 9, 20), id="2026-mid-autumn-makeup-sunday"),
    pytest.param(D(2026, 9, 24), 1, D(2026, 9, 28), id="2026-mid-autumn-over-block"),
    pytest.param(D(2026, 9, 30), 1, D(2026, 10, 8), id="2026-national-day"),
    pytest.param(D(2026, 9, 30), 3, D(2026, 10, 10), id="2026-national-day-makeup-saturday"),
    # --- ordinary weeks
    pytest.param(D(2025, 3, 7), 1, D(2025, 3, 10), id="friday-to-monday"),
    pytest.param(D(2025, 3, 8), 1, D(2025, 3, 10), id="saturday-start"),
    pytest.param(D(2025, 3, 3), 5, D(2025, 3, 10), id="a-plain-week"),
]


@pytest.mark.parametrize(("start", "n", "expected"), WORKING_DAYS)
def test_working_days(start, n, expected):
    assert due_date(start, n, "working_days") == expected
    assert _reference_due(start, n, "working_days") == expected
    assert _cc_workday(expected)


# ---------------------------------------------------------------- calendar days

DAYS = [
    pytest.param(D(2024, 9, 20), 15, D(2024, 10, 8), id="2024-national-day-roll"),        # 10-05 H
    pytest.param(D(2024, 1, 26), 15, D(2024, 2, 18), id="2024-sf-roll-to-makeup-sunday"),  # 02-10 H → Sun 18 W
    pytest.param(D(2025, 1, 13), 15, D(2025, 2, 5), id="2025-sf-roll"),                    # 01-28 H
    pytest.param(D(2025, 1, 24), 15, D(2025, 2, 8), id="2025-sf-makeup-saturday-stays"),   # Sat 02-08 W
    pytest.param(D(2024, 4, 26), 15, D(2024, 5, 11), id="2024-labour-makeup-saturday-stays"),
    pytest.param(D(2024, 8, 30), 15, D(2024, 9, 14), id="2024-mid-autumn-makeup-saturday-stays"),
    pytest.param(D(2024, 8, 30), 16, D(2024, 9, 18), id="2024-mid-autumn-roll"),          # 09-15 H
    pytest.param(D(2024, 4, 19), 15, D(2024, 5, 6), id="2024-labour-roll"),               # 05-04 H
    pytest.param(D(2025, 5, 16), 15, D(2025, 6, 3), id="2025-dragon-boat-roll"),          # 05-31 H
    pytest.param(D(2026, 6, 4), 15, D(2026, 6, 22), id="2026-dragon-boat-roll"),          # 06-19 H
    pytest.param(D(2026, 9, 12), 15, D(2026, 9, 28), id="2026-mid-autumn-roll"),          # 09-27 H
    pytest.param(D(2026, 9, 16), 15, D(2026, 10, 8), id="2026-national-day-roll"),        # 10-01 H
    pytest.param(D(2025, 9, 5), 30, D(2025, 10, 9), id="30-days-no-domicile"),            # 10-05 H
    pytest.param(D(2025, 3, 7), 15, D(2025, 3, 24), id="plain-saturday-rolls"),           # Sat 03-22
    pytest.param(D(2025, 3, 8), 15, D(2025, 3, 24), id="plain-sunday-rolls"),             # Sun 03-23
    pytest.param(D(2025, 3, 10), 15, D(2025, 3, 25), id="plain-weekday-stays"),
    pytest.param(D(2025, 12, 17), 15, D(2026, 1, 4), id="2026-new-year-roll-to-makeup-sunday"),  # 01-01 H
]


@pytest.mark.parametrize(("start", "n", "expected"), DAYS)
def test_calendar_days(start, n, expected):
    assert due_date(start, n, "days") == expected
    assert _reference_due(start, n, "days") == expected


# ---------------------------------------------------------------- months

MONTHS = [
    pytest.param(D(2024, 1, 31), 1, D(2024, 2, 29), id="jan31-leap-year"),
    pytest.param(D(2025, 1, 31), 1, D(2025, 2, 28), id="jan31-common-year"),
    pytest.param(D(2023, 1, 31), 1, D(2023, 2, 28), id="jan31-2023"),
    pytest.param(D(2023, 12, 31), 2, D(2024, 2, 29), id="dec31-plus-2-leap"),
    pytest.param(D(2024, 2, 29), 1, D(2024, 3, 29), id="leap-day-plus-1"),
    pytest.param(D(2024, 2, 29), 3, D(2024, 5, 29), id="leap-day-plus-3"),
    pytest.param(D(2024, 2, 29), 12, D(2025, 2, 28), id="leap-day-plus-12"),
    pytest.param(D(2024, 3, 31), 1, D(2024, 4, 30), id="mar31-clamped-to-apr30"),
    pytest.param(D(2024, 5, 31), 1, D(2024, 7, 1), id="may31-to-sunday-jun30-rolls"),
    pytest.param(D(2025, 8, 31), 3, D(2025, 12, 1), id="aug31-plus-3-sunday-nov30-rolls"),
    pytest.param(D(2024, 8, 31), 3, D(2024, 12, 2), id="aug31-plus-3-saturday-nov30-rolls"),
    pytest.param(D(2025, 11, 30), 3, D(2026, 2, 28), id="clamped-to-makeup-saturday-stays"),
    pytest.param(D(2025, 10, 31), 4, D(2026, 2, 28), id="oct31-plus-4-makeup-saturday"),
    pytest.param(D(2025, 12, 31), 2, D(2026, 2, 28), id="dec31-plus-2-makeup-saturday"),
    pytest.param(D(2025, 11, 15), 3, D(2026, 2, 24), id="into-2026-spring-festival"),
    pytest.param(D(2025, 1, 4), 1, D(2025, 2, 5), id="into-2025-spring-festival"),
    pytest.param(D(2025, 10, 1), 12, D(2026, 10, 8), id="national-day-to-national-day"),
    pytest.param(D(2025, 10, 15), 3, D(2026, 1, 15), id="plain-three-months"),
]


@pytest.mark.parametrize(("start", "n", "expected"), MONTHS)
def test_months(start, n, expected):
    assert due_date(start, n, "months") == expected
    assert _reference_due(start, n, "months") == expected


@pytest.mark.parametrize(("start", "n", "expected"), [
    (D(2024, 1, 31), 1, D(2024, 2, 29)),
    (D(2024, 1, 31), 13, D(2025, 2, 28)),
    (D(2024, 11, 30), 3, D(2025, 2, 28)),
    (D(2025, 8, 31), 3, D(2025, 11, 30)),   # plain date, not rolled
    (D(2025, 12, 15), 1, D(2026, 1, 15)),   # year wraps
    (D(2025, 12, 15), 12, D(2026, 12, 15)),
    (D(2025, 12, 15), 0, D(2025, 12, 15)),
])
def test_add_months_clamps_without_rolling(start, n, expected):
    assert add_months(start, n) == expected


# ---------------------------------------------------------------- lengths 0 and 1


def test_zero_working_days_is_the_start_day_even_on_a_holiday():
    assert due_date(D(2025, 10, 1), 0, "working_days") == D(2025, 10, 1)
    assert due_date(D(2025, 3, 10), 0, "working_days") == D(2025, 3, 10)


@pytest.mark.parametrize("unit", ["days", "months"])
def test_zero_days_or_months_rolls_a_rest_start_day(unit):
    assert due_date(D(2025, 3, 10), 0, unit) == D(2025, 3, 10)
    assert due_date(D(2025, 10, 1), 0, unit) == D(2025, 10, 9)
    assert due_date(D(2026, 2, 14), 0, unit) == D(2026, 2, 14)  # 调休 Saturday


def test_one_of_each_unit():
    assert due_date(D(2025, 9, 30), 1, "working_days") == D(2025, 10, 9)
    assert due_date(D(2025, 9, 30), 1, "days") == D(2025, 10, 9)
    assert due_date(D(2025, 3, 11), 1, "days") == D(2025, 3, 12)
    assert due_date(D(2025, 9, 1), 1, "months") == D(2025, 10, 9)


# ---------------------------------------------------------------- public signature and validation


@pytest.mark.parametrize(("unit", "expected"), [
    ("working_days", D(2025, 10, 14)),
    ("days", D(2025, 10, 9)),
    ("months", D(2025, 10, 30)),
])
def test_due_date_signature_each_unit(unit, expected):
    start, length = D(2025, 9, 30), 5 if unit == "working_days" else (9 if unit == "days" else 1)
    assert due_date(start, length, unit) == expected
    assert due_date(start, length, unit, None) == expected
    assert due_date(start, length, unit, calendar=default_calendar()) == expected
    assert due_date(start=start, length=length, unit=unit, calendar=OfficialCalendar()) == expected


def test_units_constant():
    assert set(UNITS) == {"working_days", "days", "months"}


@pytest.mark.parametrize("unit", ["weeks", "day", "WORKING_DAYS", "", "工作日", None])
def test_invalid_unit_refused(unit):
    with pytest.raises(ValidationFailed) as info:
        due_date(D(2025, 3, 10), 5, unit)
    assert info.value.field == "unit"
    assert info.value.reason == "choice"


@pytest.mark.parametrize("length", [-1, -30, 1.5, 5.0, "5", None])
@pytest.mark.parametrize("unit", UNITS)
def test_invalid_length_refused(length, unit):
    with pytest.raises(ValidationFailed) as info:
        due_date(D(2025, 3, 10), length, unit)
    assert info.value.field == "length"
    assert info.value.reason == "range"


def test_compute_due_basis_explains_roll_over():
    due = compute_due(D(2025, 9, 20), 15, "days")
    assert due == DueDate(D(2025, 10, 9), False, due.basis)
    assert "2025-09-20" in due.basis and "2025-10-05" in due.basis
    assert "顺延至 2025-10-09" in due.basis


def test_compute_due_basis_without_roll_over():
    due = compute_due(D(2026, 1, 30), 15, "days")
    assert due.date == D(2026, 2, 14)
    assert "顺延" not in due.basis
    wd = compute_due(D(2025, 9, 30), 5, "working_days")
    assert wd.basis.endswith("→ 2025-10-14")
    assert "5个工作日" in wd.basis


# ---------------------------------------------------------------- provisional years (2027 has no data)


def test_provisional_working_days_into_2027():
    last_covered = compute_due(D(2026, 12, 30), 1, "working_days")
    assert last_covered == DueDate(D(2026, 12, 31), False, last_covered.basis)
    # Fri 2027-01-01 is 元旦 by the rules of the 放假办法 (no notice yet): the result is provisional.
    into = compute_due(D(2026, 12, 30), 2, "working_days")
    assert into.date == D(2027, 1, 4)
    assert into.provisional is True


def test_provisional_days_and_months_into_2027():
    days = compute_due(D(2026, 12, 17), 15, "days")    # 2027-01-01 is 元旦 (computed) → Mon 01-04
    assert (days.date, days.provisional) == (D(2027, 1, 4), True)
    months = compute_due(D(2026, 11, 30), 3, "months")  # 2027-02-28 is a Sunday
    assert (months.date, months.provisional) == (D(2027, 3, 1), True)
    plain = compute_due(D(2026, 10, 15), 3, "months")
    assert (plain.date, plain.provisional) == (D(2027, 1, 15), True)


def test_provisional_start_inside_2027():
    due = compute_due(D(2027, 3, 1), 5, "working_days")
    assert (due.date, due.provisional) == (D(2027, 3, 8), True)


def test_covered_result_is_not_provisional():
    for start, n, unit in [(D(2026, 12, 1), 15, "days"), (D(2026, 9, 30), 2, "months"),
                           (D(2026, 12, 24), 5, "working_days")]:
        assert compute_due(start, n, unit).provisional is False


def test_entered_2027_year_removes_provisional_and_applies_holidays():
    cal = OfficialCalendar([COMPLETE_2027])
    due = compute_due(D(2026, 12, 30), 2, "working_days", cal)
    assert (due.date, due.provisional) == (D(2027, 1, 4), False)
    rolled = compute_due(D(2026, 12, 17), 15, "days", cal)
    assert (rolled.date, rolled.provisional) == (D(2027, 1, 4), False)
    assert due_date(D(2026, 12, 17), 15, "days", calendar=cal) == D(2027, 1, 4)


def test_roll_forward_flags_provisional_days_looked_at():
    assert roll_forward(D(2025, 10, 4), default_calendar()) == (D(2025, 10, 9), False)
    assert roll_forward(D(2025, 10, 9), default_calendar()) == (D(2025, 10, 9), False)
    assert roll_forward(D(2027, 1, 2), default_calendar()) == (D(2027, 1, 4), True)


def test_add_working_days_direct():
    assert add_working_days(D(2025, 9, 30), 5, default_calendar()) == (D(2025, 10, 14), False)
    assert add_working_days(D(2026, 12, 31), 1, default_calendar()) == (D(2027, 1, 4), True)  # 01-01 元旦


# ---------------------------------------------------------------- working_days_between / _until


@pytest.mark.parametrize(("a", "b", "expected"), [
    (D(2025, 3, 10), D(2025, 3, 10), 0),
    (D(2025, 3, 10), D(2025, 3, 11), 0),
    (D(2025, 3, 10), D(2025, 3, 12), 1),
    (D(2025, 3, 12), D(2025, 3, 10), 0),           # reversed: nothing lies between
    (D(2025, 3, 7), D(2025, 3, 10), 0),            # only a weekend between
    (D(2024, 2, 9), D(2024, 2, 19), 1),            # only the 调休 Sunday 02-18
    (D(2025, 9, 30), D(2025, 10, 9), 0),           # the whole National Day block
    (D(2025, 9, 30), D(2025, 10, 15), 5),          # 9, 10, Sat 11, 13, 14
    (D(2023, 12, 31), D(2025, 1, 1), 251),         # all of 2024: 366 − 104 weekend − 19 weekday H + 8 W
    (D(2024, 12, 31), D(2026, 1, 1), 248),         # all of 2025: 365 − 104 − 18 + 5
    (D(2025, 12, 31), D(2027, 1, 1), 248),         # all of 2026: 365 − 104 − 19 + 6
])
def test_working_days_between(a, b, expected):
    assert working_days_between(a, b) == expected


@pytest.mark.parametrize(("today", "due", "expected"), [
    (D(2025, 3, 10), D(2025, 3, 10), 0),           # due today
    (D(2025, 3, 7), D(2025, 3, 10), 1),            # Fri → Mon
    (D(2025, 3, 8), D(2025, 3, 9), 0),             # a weekend day is not a working day left
    (D(2025, 9, 30), D(2025, 10, 14), 5),
    (D(2025, 10, 14), D(2025, 9, 30), -5),         # overdue by the same five working days
    (D(2025, 10, 9), D(2025, 10, 8), -1),          # due on a holiday, today the next working day
    (D(2025, 3, 11), D(2025, 3, 10), -1),
])
def test_working_days_until(today, due, expected):
    assert working_days_until(today, due) == expected


@pytest.mark.parametrize(("event", "n", "expected"), [
    (D(2025, 10, 9), 3, D(2025, 9, 27)),   # DOMAIN example
    (D(2025, 3, 12), 3, D(2025, 3, 6)),    # Wed hearing: 07, 10, 11 between
    (D(2024, 2, 19), 3, D(2024, 2, 7)),    # Mon after Spring Festival: Sun 18 (调休), Fri 09, Thu 08
    (D(2026, 10, 12), 5, D(2026, 9, 28)),  # MJ21 5 wd: Sat 10-10, 10-09, 10-08, 09-30, 09-29
    (D(2025, 3, 10), 1, D(2025, 3, 6)),    # Mon hearing, one working day (Fri 03-07) between
])
def test_latest_notice_date(event, n, expected):
    latest = latest_notice_date(event, n)
    assert latest == expected
    assert working_days_between(latest, event) >= n
    assert working_days_between(latest + ONE, event) < n


def test_between_until_and_latest_take_a_calendar():
    # an entered 2027 whose 元旦 block runs Fri 01-01 … Mon 01-04
    cal = OfficialCalendar([YearCalendar(2027, {**COMPLETE_2027.holidays, D(2027, 1, 4): "元旦"})])
    assert working_days_between(D(2026, 12, 31), D(2027, 1, 5)) == 1    # provisional: Mon 01-04 counts
    assert working_days_between(D(2026, 12, 31), D(2027, 1, 5), cal) == 0
    assert working_days_until(D(2026, 12, 31), D(2027, 1, 5), cal) == 1
    assert latest_notice_date(D(2027, 1, 7), 3, cal) == D(2026, 12, 30)  # 01-06, 01-05, 12-31
    assert latest_notice_date(D(2027, 1, 7), 3) == D(2027, 1, 3)         # 01-06, 01-05, 01-04


# ---------------------------------------------------------------- the calendar agrees with the package


def test_default_calendar_agrees_with_chinese_calendar_2004_to_2026():
    cal = default_calendar()
    d = D(2004, 1, 1)
    while d <= D(2026, 12, 31):
        assert cal.is_workday(d) == _cc_workday(d), d
        assert not cal.is_provisional(d)
        d += ONE


# ---------------------------------------------------------------- properties (hypothesis)


@HYPO
@given(start=COVERED, n=st.integers(min_value=0, max_value=40),
       unit=st.sampled_from(["working_days", "days", "months"]))
def test_property_matches_reference(start, n, unit):
    if unit == "months":
        n = n % 13
    assert due_date(start, n, unit) == _reference_due(start, n, unit)


@HYPO
@given(start=COVERED, n=st.integers(min_value=1, max_value=40))
def test_property_working_days_is_the_nth_working_day(start, n):
    due = due_date(start, n, "working_days")
    assert due > start
    assert _cc_workday(due)
    assert working_days_between(start, due) == n - 1
    assert working_days_until(start, due) == n


@HYPO
@given(start=COVERED, m=st.integers(min_value=0, max_value=20), n=st.integers(min_value=0, max_value=20))
def test_property_working_days_add_up(start, m, n):
    cal = default_calendar()
    mid, _ = add_working_days(start, m, cal)
    assert add_working_days(mid, n, cal)[0] == add_working_days(start, m + n, cal)[0]


@HYPO
@given(start=COVERED, n=st.integers(min_value=0, max_value=60))
def test_property_days_roll_only_over_rest_days(start, n):
    plain = start + timedelta(days=n)
    due = due_date(start, n, "days")
    assert due >= plain
    assert _cc_workday(due)
    d = plain
    while d < due:
        assert not _cc_workday(d), d
        d += ONE


@HYPO
@given(start=COVERED, n=st.integers(min_value=0, max_value=12))
def test_property_months_keep_or_clamp_the_day(start, n):
    plain = add_months(start, n)
    assert (plain.year * 12 + plain.month) - (start.year * 12 + start.month) == n
    assert plain.day == min(start.day, stdlib_calendar.monthrange(plain.year, plain.month)[1])
    due = due_date(start, n, "months")
    assert due >= plain and _cc_workday(due)
    assert (due - plain).days < 12  # the longest holiday block (with its weekends) is 9 days


@HYPO
@given(event=st.dates(min_value=D(2004, 2, 1), max_value=D(2026, 12, 31)),
       n=st.integers(min_value=1, max_value=10))
def test_property_latest_notice_date_is_the_latest(event, n):
    latest = latest_notice_date(event, n)
    assert working_days_between(latest, event) >= n
    assert working_days_between(latest + ONE, event) < n


@HYPO
@given(a=COVERED, b=COVERED)
def test_property_working_days_until_is_antisymmetric(a, b):
    assert working_days_until(a, b) == -working_days_until(b, a)
