from __future__ import annotations

from ipcase.db.models.admin import HolidayYear
from ipcase.dto.admin import HolidayYearInfo
from ipcase.loaders.settings import load_calendar
from ipcase.uow import UnitOfWork


def holiday_years(uow: UnitOfWork, *, years: list[int]) -> tuple[HolidayYearInfo, ...]:
    """Each year's source (entered / package / provisional) and its holidays and 调休 workdays."""
    cal = load_calendar(uow.session)
    out = []
    for year in years:
        yc = cal.year(year)
        row = uow.session.get(HolidayYear, year)
        out.append(HolidayYearInfo(
            year=year, source=cal.source(year), note=row.source if row else "",
            holidays=tuple(sorted(yc.holidays.items())) if yc else (),
            workdays=tuple(sorted(yc.workdays.items())) if yc else ()))
    return tuple(out)
