"""Official holidays for years the chinesecalendar package does not cover (or corrections to it).
Saving a year recomputes every open case's deadlines, which then stop being provisional."""
from __future__ import annotations

from datetime import datetime

from ipcase.db import office_scope
from ipcase.db.models.admin import HolidayDay, HolidayYear
from ipcase.domain.calendar import YearCalendar, parse_holiday_file
from ipcase.dto.admin import RecomputeResult
from ipcase.errors import ValidationFailed
from ipcase.services.admin.deadline_rules import recompute_live_deadlines
from ipcase.services.common import actor
from ipcase.uow import UnitOfWork


def save_holiday_year(uow: UnitOfWork, *, actor_id: int, calendar: YearCalendar, note: str,
                      now: datetime) -> RecomputeResult:
    s = uow.session
    user = actor(s, actor_id, "holidays.edit", "save_holiday_year")
    office_scope.require_top_level(s, user.office_id, "holidays.edit", user.role)
    _store(s, user.id, calendar, note, now)
    result = recompute_live_deadlines(s, now)
    uow.commit()
    return result


def import_holiday_text(uow: UnitOfWork, *, actor_id: int, text: str, note: str,
                        now: datetime) -> RecomputeResult:
    """Import one or more years from the simple text/CSV format of `parse_holiday_file`."""
    s = uow.session
    user = actor(s, actor_id, "holidays.edit", "import_holidays")
    office_scope.require_top_level(s, user.office_id, "holidays.edit", user.role)
    years = parse_holiday_file(text)
    if not years:
        raise ValidationFailed("file", "empty")
    for yc in years.values():
        _store(s, user.id, yc, note, now)
    result = recompute_live_deadlines(s, now)
    uow.commit()
    return RecomputeResult(result.cases, result.deadlines_changed, {"years": sorted(years)})


def delete_holiday_year(uow: UnitOfWork, *, actor_id: int, year: int, now: datetime) -> RecomputeResult:
    s = uow.session
    user = actor(s, actor_id, "holidays.edit", "delete_holiday_year")
    office_scope.require_top_level(s, user.office_id, "holidays.edit", user.role)
    row = s.get(HolidayYear, year)
    if row is None:
        raise ValidationFailed("year", "not_found", value=year)
    s.delete(row)
    s.flush()
    result = recompute_live_deadlines(s, now)
    uow.commit()
    return result


def _store(s, user_id: int, yc: YearCalendar, note: str, now: datetime) -> None:
    row = s.get(HolidayYear, yc.year)
    if row is not None:
        s.delete(row)
        s.flush()
    row = HolidayYear(year=yc.year, entered_by=user_id, entered_at=now, source=note.strip())
    row.days = ([HolidayDay(year=yc.year, day=d, is_workday=False, name=n) for d, n in sorted(yc.holidays.items())]
                + [HolidayDay(year=yc.year, day=d, is_workday=True, name=n) for d, n in sorted(yc.workdays.items())])
    s.add(row)
    s.flush()
