"""The festivals of 全国年节及纪念日放假办法 and the rest days they give, year by year.

The yearly State Council notice moves days around (调休) and may lengthen a holiday, but it always gives at least
the statutory days below. Two uses follow:
- a year without a notice is computed from these rules (a *provisional* year: better than weekends alone, which
  would count 元旦 as a working day);
- an administrator's entry makes a year official only when it gives every festival its statutory days; an entry
  that leaves one out (say only 2027-01-01) is a correction on top of the computed year, which stays provisional.

Lunar festivals and the 清明 solar term come from `lunar_python` (6tail's calendar library).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from lunar_python import Lunar


@dataclass(frozen=True)
class Festival:
    name: str
    days: tuple[date, ...]


def _lunar(year: int, month: int, day: int) -> date:
    s = Lunar.fromYmd(year, month, day).getSolar()
    return date(s.getYear(), s.getMonth(), s.getDay())


def _span(first: date, n: int) -> tuple[date, ...]:
    return tuple(first + timedelta(days=i) for i in range(n))


def _qingming(year: int) -> date:
    # The jie-qi table of the lunar year that starts in `year` holds that year's 清明 (early April).
    s = Lunar.fromYmd(year, 3, 1).getJieQiTable()["清明"]
    return date(s.getYear(), s.getMonth(), s.getDay())


@cache
def statutory_festivals(year: int) -> tuple[Festival, ...]:
    """The festivals of `year` with their statutory rest days, by the revision of the 放假办法 in force that year:
    2024 revision from 2025 (春节 除夕–初三, 劳动节 2 days), 2013 revision 2014–2024 (春节 初一–初三),
    2007 revision 2008–2013 (春节 除夕–初二; 清明, 端午, 中秋 added), 1999 revision before (劳动节 3 days)."""
    new_year = _lunar(year, 1, 1)
    eve = new_year - timedelta(days=1)
    if year >= 2025:
        spring, labour = _span(eve, 4), 2
    elif year >= 2014:
        spring, labour = _span(new_year, 3), 1
    elif year >= 2008:
        spring, labour = _span(eve, 3), 1
    else:
        spring, labour = _span(new_year, 3), 3
    out = [Festival("元旦", (date(year, 1, 1),)), Festival("春节", spring)]
    if year >= 2008:
        out.append(Festival("清明节", (_qingming(year),)))
    out.append(Festival("劳动节", _span(date(year, 5, 1), labour)))
    if year >= 2008:
        out += [Festival("端午节", (_lunar(year, 5, 5),)), Festival("中秋节", (_lunar(year, 8, 15),))]
    out.append(Festival("国庆节", _span(date(year, 10, 1), 3)))
    # 除夕 of the next lunar year can fall in this year only in theory (it is always in Jan/Feb of its own year)
    return tuple(Festival(f.name, tuple(d for d in f.days if d.year == year)) for f in out)


def missing_festivals(year: int, holidays) -> tuple[str, ...]:
    """Names of the festivals of `year` not every statutory day of which is among `holidays` (dates)."""
    return tuple(f.name for f in statutory_festivals(year) if not set(f.days) <= set(holidays))


def computed_holidays(year: int) -> dict[date, str]:
    """The statutory rest days of `year`, each named by its festival(s) (中秋 may fall on 国庆)."""
    out: dict[date, str] = {}
    for f in statutory_festivals(year):
        for d in f.days:
            out[d] = f"{out[d]}、{f.name}" if d in out else f.name
    return out
