"""`one_calendar_per_build` (the demo build's memo of the official calendar): read once per database inside it,
read again after a transaction wrote holidays (committed or rolled back), and read every time outside it."""
from __future__ import annotations

from datetime import date, datetime

from ipcase.db import office_scope
from ipcase.db.models.admin import HolidayDay, HolidayYear
from ipcase.loaders.settings import load_calendar, one_calendar_per_build

DAY = date(2031, 5, 6)   # a Tuesday


def _calendar(new_uow):
    with new_uow() as uow:
        return load_calendar(uow.session)


def _write_holiday(new_uow, *, commit: bool) -> None:
    with new_uow() as uow, office_scope.system_work(uow.session):
        s = uow.session
        s.add(HolidayYear(year=2031, entered_at=datetime(2026, 12, 6, 9, 0),
                          days=[HolidayDay(day=DAY, is_workday=False, name="测试假日")]))
        s.flush()
        assert not load_calendar(s).is_workday(DAY)      # this transaction sees its own write
        if commit:
            uow.commit()


def test_once_inside_again_after_a_holiday_write(new_uow):
    assert _calendar(new_uow) is not _calendar(new_uow)     # outside: read each time
    with one_calendar_per_build():
        first = _calendar(new_uow)
        assert _calendar(new_uow) is first and first.is_workday(DAY)
        _write_holiday(new_uow, commit=False)
        assert _calendar(new_uow).is_workday(DAY)          # the rolled-back holiday is not remembered
        _write_holiday(new_uow, commit=True)
        again = _calendar(new_uow)
        assert not again.is_workday(DAY) and _calendar(new_uow) is again
    assert not _calendar(new_uow).is_workday(DAY)
