from __future__ import annotations

from ipcase.db.models.admin import HolidayYear
from ipcase.domain.festivals import computed_holidays, missing_festivals
from ipcase.dto.admin import HolidayYearInfo
from ipcase.loaders.settings import load_calendar
from ipcase.uow import UnitOfWork


def holiday_years(uow: UnitOfWork, *, years: list[int]) -> tuple[HolidayYearInfo, ...]:
    """Each year's source (entered / package / provisional) and its holidays and 调休 workdays.
    For a provisional year the days listed are the administrator's incomplete entry (what the editor saves);
    the rest days computed from the 放假办法 and the festivals still missing come separately."""
    cal = load_calendar(uow.session)
    out = []
    for year in years:
        row = uow.session.get(HolidayYear, year)
        source = cal.source(year)
        if source == "provisional":
            entry = cal.partial_entry(year)
            holidays = dict(entry.holidays) if entry else {}
            workdays = dict(entry.workdays) if entry else {}
            missing = missing_festivals(year, holidays)
            computed = tuple(sorted(computed_holidays(year).items()))
        else:
            yc = cal.year(year)
            holidays, workdays, missing, computed = yc.holidays, yc.workdays, (), ()
        out.append(HolidayYearInfo(
            year=year, source=source, note=row.source if row else "",
            holidays=tuple(sorted(holidays.items())), workdays=tuple(sorted(workdays.items())),
            missing=missing, computed=computed, has_entry=row is not None))
    return tuple(out)
