"""Issue 19 (R19b): `calendar_on` — the official calendar read on a read-only unit of work's connection as one
prepared read (the 收案登记 and 调解 pages' urgency without opening a Session) — is the calendar `load_calendar`
reads through the ORM: the same working days, rest days, names, sources and provisional years, with entered years
(complete or partial, with 调休 working days, one without days), on both backends; inside `one_calendar_per_build`
it is read once per database."""
from __future__ import annotations

from datetime import date, datetime, timedelta

from ipcase.db import office_scope
from ipcase.db.models.admin import HolidayDay, HolidayYear
from ipcase.loaders.settings import calendar_on, load_calendar, one_calendar_per_build

AT = datetime(2026, 12, 7, 9, 0)


def _enter_years(new_uow) -> None:
    with new_uow() as uow, office_scope.system_work(uow.session):
        s = uow.session
        s.add(HolidayYear(year=2031, entered_at=AT, source="测试", days=[
            HolidayDay(day=date(2031, 5, 6), is_workday=False, name="测试假日"),
            HolidayDay(day=date(2031, 5, 10), is_workday=True, name="测试调休"),
            HolidayDay(day=date(2031, 10, 1), is_workday=False, name="国庆节")]))
        s.add(HolidayYear(year=2032, entered_at=AT, source=""))   # a year entered without days
        uow.commit()


def _same(got, want) -> None:
    day = date(2030, 1, 1)
    while day < date(2033, 1, 1):
        assert (got.is_workday(day), got.is_provisional(day), got.holiday_name(day)) == \
            (want.is_workday(day), want.is_provisional(day), want.holiday_name(day)), day
        day += timedelta(days=1)
    for year in range(2024, 2034):
        assert (got.source(year), got.covers(year), got.partial_entry(year)) == \
            (want.source(year), want.covers(year), want.partial_entry(year)), year


def test_the_lane_reads_the_calendar_the_orm_reads(new_uow):
    with new_uow(read_only=True) as uow:   # nothing entered: the package's years
        _same(calendar_on(uow.connection()), load_calendar(uow.session))
    _enter_years(new_uow)
    with new_uow(read_only=True) as uow:
        got = calendar_on(uow.connection())
        assert uow._session is None   # read on the connection alone
        assert not got.is_workday(date(2031, 5, 6)) and got.is_workday(date(2031, 5, 10))
        _same(got, load_calendar(uow.session))


def test_once_per_database_inside_a_build(new_uow):
    _enter_years(new_uow)
    with new_uow(read_only=True) as uow:
        assert calendar_on(uow.connection()) is not calendar_on(uow.connection())   # outside: read each time
    with one_calendar_per_build():
        with new_uow(read_only=True) as uow:
            first = calendar_on(uow.connection())
        with new_uow(read_only=True) as uow:
            assert calendar_on(uow.connection()) is first
