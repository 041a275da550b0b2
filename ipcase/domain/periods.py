"""Period arithmetic (DOMAIN §6). Pure; every function takes the calendar it needs.

Rules (by analogy with 专利法实施细则 art 5 and 民事诉讼法 art 85):
- the start day is not counted;
- N working days: the Nth working day after the start (调休 workdays count, holidays don't);
- N days / N months: the plain date, then rolled forward off a rest day (法定休假日);
  a 调休 workday Saturday is a working day and is not rolled [U];
- months keep the day of month and clamp to the month's last day.
Any date that falls in a year without official data makes the result *provisional*.
"""
from __future__ import annotations

import calendar as _cal
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from ipcase.domain.calendar import OfficialCalendar, default_calendar
from ipcase.errors import ValidationFailed

Unit = Literal["working_days", "days", "months"]
UNITS: tuple[str, ...] = ("working_days", "days", "months")
UNIT_TEXT = {"working_days": "个工作日", "days": "日", "months": "个月"}
ONE_DAY = timedelta(days=1)


@dataclass(frozen=True)
class DueDate:
    date: date
    provisional: bool
    basis: str  # how it was computed, in words a clerk can check


def add_months(d: date, months: int) -> date:
    """Same day of month `months` later; clamps to the last day of a shorter month."""
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    return date(year, month, min(d.day, _cal.monthrange(year, month)[1]))


def roll_forward(d: date, cal: OfficialCalendar) -> tuple[date, bool]:
    """First working day on or after `d`; the flag says whether any day looked at was provisional."""
    provisional = cal.is_provisional(d)
    while cal.is_rest_day(d):
        d += ONE_DAY
        provisional = provisional or cal.is_provisional(d)
    return d, provisional


def add_working_days(start: date, n: int, cal: OfficialCalendar) -> tuple[date, bool]:
    d, provisional, counted = start, False, 0
    while counted < n:
        d += ONE_DAY
        provisional = provisional or cal.is_provisional(d)
        if cal.is_workday(d):
            counted += 1
    return d, provisional


def _check(length: int, unit: str) -> None:
    if unit not in UNITS:
        raise ValidationFailed("unit", "choice", f"{unit!r} not in {UNITS}", value=unit)
    if not isinstance(length, int) or length < 0:
        raise ValidationFailed("length", "range", "must be a whole number ≥ 0", value=length)


def compute_due(start: date, length: int, unit: str, calendar: OfficialCalendar | None = None) -> DueDate:
    """The due date with its provisional flag and the reasoning that produced it."""
    _check(length, unit)
    cal = calendar or default_calendar()
    head = f"{start.isoformat()} 起算（当日不计）{length}{UNIT_TEXT[unit]}"
    if unit == "working_days":
        d, provisional = add_working_days(start, length, cal)
        return DueDate(d, provisional, f"{head} → {d.isoformat()}")
    plain = start + timedelta(days=length) if unit == "days" else add_months(start, length)
    d, provisional = roll_forward(plain, cal)
    basis = f"{head} = {plain.isoformat()}"
    if d != plain:
        basis += f"，遇法定休假日顺延至 {d.isoformat()}"
    return DueDate(d, provisional, basis)


def due_date(start: date, length: int, unit: str, calendar: OfficialCalendar | None = None) -> date:
    """The last day of a period of `length` `unit`s starting the day after `start` (DOMAIN §6)."""
    return compute_due(start, length, unit, calendar).date


def working_days_between(a: date, b: date, calendar: OfficialCalendar | None = None) -> int:
    """Working days strictly between a and b (neither end counted)."""
    cal = calendar or default_calendar()
    d, n = a + ONE_DAY, 0
    while d < b:
        n += cal.is_workday(d)
        d += ONE_DAY
    return n


def latest_notice_date(event_day: date, working_days: int, calendar: OfficialCalendar | None = None) -> date:
    """Latest day a notice may be served so that at least `working_days` working days lie strictly
    between service and the event (the strict reading of "三个工作日前", DOMAIN §6.7)."""
    cal = calendar or default_calendar()
    d, counted = event_day, 0
    while counted < working_days:
        d -= ONE_DAY
        counted += cal.is_workday(d)
    return d - ONE_DAY


def working_days_until(today: date, due: date, calendar: OfficialCalendar | None = None) -> int:
    """Working days from today (exclusive) to due (inclusive); negative when overdue."""
    cal = calendar or default_calendar()
    if due >= today:
        return working_days_between(today, due + ONE_DAY, cal)
    return -working_days_between(due, today + ONE_DAY, cal)
