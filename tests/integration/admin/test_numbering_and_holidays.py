from __future__ import annotations

import threading
from datetime import date, datetime

import pytest

from case_helpers import Driver, at
from ipcase.domain.calendar import YearCalendar
from ipcase.errors import ValidationFailed
from ipcase.queries.admin.holidays import holiday_years
from ipcase.services.admin import holidays
from ipcase.services.numbering import next_number, peek_number


def test_case_numbers_are_gapless_and_unique_under_concurrent_registration(new_uow, staff):
    day = date(2026, 10, 12)
    drivers = []
    for _ in range(12):
        c = Driver.new(new_uow, staff, at(day), received=day)
        c.panel(at(day))
        c.act("register", {"registered_date": day}, at(day))
        drivers.append(c)
    errors = []

    def approve(c):
        try:
            c.approve(at(day))
        except Exception as e:  # noqa: BLE001 - reported below
            errors.append(e)

    threads = [threading.Thread(target=approve, args=(c,)) for c in drivers]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    numbers = sorted(c.detail(day).case_number for c in drivers)
    assert numbers == sorted(f"测试市知裁字〔2026〕{n}号" for n in range(1, 13))


def test_a_rolled_back_number_is_given_again(new_uow, staff):
    with new_uow() as uow:
        assert next_number(uow.session, office_id=staff.office.id, kind="case", year=2027) == 1
        # no commit: the registration failed
    with new_uow() as uow:
        assert peek_number(uow.session, office_id=staff.office.id, kind="case", year=2027) == 1
        assert next_number(uow.session, office_id=staff.office.id, kind="case", year=2027) == 1
        uow.commit()
    with new_uow() as uow:
        assert next_number(uow.session, office_id=staff.office.id, kind="case", year=2027) == 2
        assert next_number(uow.session, office_id=staff.office.id, kind="case", year=2026) == 1


# 2027 official holidays as the State Council would announce them (test data, not the real notice): complete,
# every festival of the 放假办法 with its statutory days (春节 from 除夕 02-05).
HOLIDAYS_2027 = """
# 2027 test data
2027-01-01,holiday,元旦
""" + "".join(f"2027-02-{d:02},holiday,春节\n" for d in range(5, 14)) + """
2027-02-20,workday,春节调休
2027-04-05,holiday,清明节
2027-05-01,holiday,劳动节
2027-05-02,holiday,劳动节
2027-06-09,holiday,端午节
2027-09-15,holiday,中秋节
2027-10-01,holiday,国庆节
2027-10-02,holiday,国庆节
2027-10-03,holiday,国庆节
"""


def _d12(c, today):
    return next(d for d in c.detail(today).deadlines if d.code == "D12")


def test_entering_a_year_recomputes_provisional_deadlines(new_uow, staff):
    c = Driver.new(new_uow, staff, at(date(2026, 11, 6)), received=date(2026, 11, 6))
    c.panel(at(date(2026, 11, 6)))
    c.act_approved("register", {"registered_date": date(2026, 11, 6)}, at(date(2026, 11, 6)))
    # 2026-11-06 + 3 months = Sat 2027-02-06; 春节 computed from the 放假办法 (除夕 02-05 … 初三 02-08) → Tue 02-09
    d12 = _d12(c, date(2026, 11, 6))
    assert (d12.due_date, d12.provisional) == (date(2027, 2, 9), True)
    with new_uow() as uow:
        info = holiday_years(uow, years=[2026, 2027])[1]
    assert info.source == "provisional" and not info.has_entry and info.holidays == ()
    assert (date(2027, 2, 5), "春节") in info.computed and len(info.missing) == 7
    with pytest.raises(Exception), new_uow() as uow:   # noqa: B017 - only administrators
        holidays.import_holiday_text(uow, actor_id=staff.officer.id, text=HOLIDAYS_2027, note="",
                                     now=datetime(2026, 11, 21))
    with new_uow() as uow:
        result = holidays.import_holiday_text(uow, actor_id=staff.admin.id, text=HOLIDAYS_2027,
                                              note="国办发明电〔2026〕测试号", now=datetime(2026, 11, 21))
    assert result.cases == 1 and result.deadlines_changed >= 1
    # Fri 02-05 … Sat 02-13 are the holiday, Sun 02-14 an ordinary weekend → Mon 02-15
    d12 = _d12(c, date(2026, 11, 21))
    assert (d12.due_date, d12.provisional) == (date(2027, 2, 15), False)
    with new_uow() as uow:
        info = holiday_years(uow, years=[2027])[0]
    assert info.source == "entered" and info.note.startswith("国办") and len(info.holidays) == 18
    assert info.missing == () and info.computed == ()
    with new_uow() as uow:
        holidays.delete_holiday_year(uow, actor_id=staff.admin.id, year=2027, now=datetime(2026, 11, 21))
    assert _d12(c, date(2026, 11, 21)).provisional


def test_a_year_with_only_new_years_day_stays_provisional(new_uow, staff):
    """Entering only 2027-01-01 neither makes 2027 official nor drops the computed 春节."""
    c = Driver.new(new_uow, staff, at(date(2026, 11, 6)), received=date(2026, 11, 6))
    c.panel(at(date(2026, 11, 6)))
    c.act_approved("register", {"registered_date": date(2026, 11, 6)}, at(date(2026, 11, 6)))
    with new_uow() as uow:
        holidays.save_holiday_year(uow, actor_id=staff.admin.id, now=datetime(2026, 11, 21), note="",
                                   calendar=YearCalendar(2027, {date(2027, 1, 1): "元旦"}))
    d12 = _d12(c, date(2026, 11, 21))
    assert (d12.due_date, d12.provisional) == (date(2027, 2, 9), True)
    with new_uow() as uow:
        info = holiday_years(uow, years=[2027])[0]
    assert info.source == "provisional" and info.has_entry
    assert info.holidays == ((date(2027, 1, 1), "元旦"),)
    assert info.missing == ("春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节")


def test_saving_a_bad_year_names_the_problem(new_uow, staff):
    with pytest.raises(ValidationFailed) as e:
        YearCalendar(2027, {date(2026, 12, 31): "x"}, {})
    assert e.value.reason == "wrong_year"
    with pytest.raises(ValidationFailed) as e, new_uow() as uow:
        holidays.import_holiday_text(uow, actor_id=staff.admin.id, text="2027-13-01,holiday", note="",
                                     now=datetime(2026, 11, 21))
    assert e.value.field == "line 1"
