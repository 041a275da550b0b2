"""The official working-day calendar (全国年节及纪念日放假办法 + yearly State Council notices).

Sources, in order of precedence for a year:
1. a *complete* year an administrator entered in the app (stored in the database, passed in as `overrides`):
   complete = every festival of the 放假办法 has its statutory days (see `festivals.py`);
2. the `chinesecalendar` package (covers 2004–2026 in 1.11);
3. nothing official: the year is *provisional* — computed from the rules of the 放假办法 (statutory festival days
   and weekends; the notice's 调休 swaps are unknown), and every date computed through it is marked so.
An incomplete entry (one date, a few corrections) never makes a year official: its days are laid over the package
year or the computed one, and a computed year stays provisional.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cache

from ipcase.domain.festivals import computed_holidays, missing_festivals


@dataclass(frozen=True)
class YearCalendar:
    """One year's official holidays (rest days, weekend ones included) and 调休 make-up working days."""
    year: int
    holidays: Mapping[date, str] = field(default_factory=dict)
    workdays: Mapping[date, str] = field(default_factory=dict)

    def __post_init__(self):
        from ipcase.errors import ValidationFailed
        # A year whose neighbours are dates too (periods step into the next year): else a ValueError, not a message.
        if not isinstance(self.year, int) or not date.min.year < self.year < date.max.year:
            raise ValidationFailed("year", "range", str(self.year), value=self.year)
        for d in (*self.holidays, *self.workdays):
            if d.year != self.year:
                raise ValidationFailed("date", "wrong_year", f"{d.isoformat()} ∉ {self.year}", value=d)
        both = set(self.holidays) & set(self.workdays)
        if both:
            first = min(both)
            raise ValidationFailed("date", "both_holiday_and_workday", first.isoformat(), value=first)


@cache
def _package_years() -> Mapping[int, YearCalendar]:
    from chinese_calendar import constants

    years: dict[int, tuple[dict, dict]] = {}
    for d, name in constants.holidays.items():
        years.setdefault(d.year, ({}, {}))[0][d] = name
    for d, name in constants.workdays.items():
        years.setdefault(d.year, ({}, {}))[1][d] = name
    return {y: YearCalendar(y, h, w) for y, (h, w) in years.items()}


class OfficialCalendar:
    """Answers "is this a working day?" for any date, and "is that answer provisional?"."""

    def __init__(self, overrides: Iterable[YearCalendar] | Mapping[int, YearCalendar] = ()):
        if isinstance(overrides, Mapping):
            overrides = overrides.values()
        self._years: dict[int, YearCalendar] = dict(_package_years())   # the official years
        self._entered: set[int] = set()
        self._partial: dict[int, YearCalendar] = {}
        for yc in overrides:
            if missing_festivals(yc.year, yc.holidays):
                self._partial[yc.year] = yc
            else:
                self._years[yc.year] = yc
                self._entered.add(yc.year)
        self._effective: dict[int, YearCalendar] = {}

    def covers(self, year: int) -> bool:
        """True when `year` is official (entered complete, or in the package)."""
        return year in self._years

    def source(self, year: int) -> str:
        """'entered' (complete, by an administrator), 'package' (chinesecalendar) or 'provisional'."""
        if year in self._entered:
            return "entered"
        return "package" if year in self._years else "provisional"

    def partial_entry(self, year: int) -> YearCalendar | None:
        """The administrator's incomplete entry for `year`, if any (laid over the package or computed year)."""
        return self._partial.get(year)

    def is_provisional(self, d: date) -> bool:
        return d.year not in self._years

    def year(self, year: int) -> YearCalendar:
        """The calendar in force for `year`: official, or provisional (computed, with any partial entry)."""
        yc = self._effective.get(year)
        if yc is None:
            base = self._years.get(year)
            holidays = dict(base.holidays) if base else computed_holidays(year)
            workdays = dict(base.workdays) if base else {}
            partial = self._partial.get(year)
            if partial is not None:
                for d, n in partial.holidays.items():
                    workdays.pop(d, None)
                    holidays[d] = n
                for d, n in partial.workdays.items():
                    holidays.pop(d, None)
                    workdays[d] = n
            yc = base if base is not None and partial is None else YearCalendar(year, holidays, workdays)
            self._effective[year] = yc
        return yc

    def is_workday(self, d: date) -> bool:
        yc = self.year(d.year)
        if d in yc.workdays:
            return True
        return d.weekday() < 5 and d not in yc.holidays

    def is_rest_day(self, d: date) -> bool:
        """法定休假日 for roll-over: an official holiday, or a weekend that is not a 调休 workday."""
        return not self.is_workday(d)

    def holiday_name(self, d: date) -> str | None:
        return self.year(d.year).holidays.get(d)


@cache
def default_calendar() -> OfficialCalendar:
    """The package's data alone, for `calendar=None`."""
    return OfficialCalendar()


def parse_holiday_file(text: str) -> dict[int, YearCalendar]:
    """Parse the simple import format, one date a line (CSV or whitespace separated):

        2027-01-01,holiday,元旦
        2027-02-07,workday,春节调休
        # comments and blank lines are ignored; kinds: holiday/假/休, workday/班/调休

    Returns one YearCalendar per year found. Raises ValidationFailed naming the line."""
    from ipcase.errors import ValidationFailed

    kinds = {"holiday": 0, "假": 0, "休": 0, "休假": 0, "workday": 1, "班": 1, "调休": 1, "上班": 1}
    years: dict[int, tuple[dict, dict]] = {}
    for lineno, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0].strip().lstrip("\ufeff")
        if not line:
            continue
        parts = [p.strip() for p in line.replace("，", ",").replace("\t", ",").split(",")]
        if len(parts) == 1:
            parts = line.split()
        if len(parts) < 2:
            raise ValidationFailed(f"line {lineno}", "format", raw)
        try:
            d = date.fromisoformat(parts[0].replace("/", "-"))
        except ValueError:
            raise ValidationFailed(f"line {lineno}", "date", parts[0]) from None
        kind = kinds.get(parts[1].lower())
        if kind is None:
            raise ValidationFailed(f"line {lineno}", "kind", parts[1])
        name = parts[2] if len(parts) > 2 else ""
        years.setdefault(d.year, ({}, {}))[kind][d] = name
    return {y: YearCalendar(y, h, w) for y, (h, w) in sorted(years.items())}
