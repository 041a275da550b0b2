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


# 2027 official holidays as the State Council would announce them (test data, not the real notice).
HOLIDAYS_2027 = """
# 2027 test data
2027-01-01,holiday,元旦
2027-02-06,holiday,春节
2027-02-07,holiday,春节
2027-02-08,holiday,春节
2027-02-09,holiday,春节
2027-02-10,holiday,春节
2027-02-11,holiday,春节
2027-02-12,holiday,春节
2027-02-13,holiday,春节
2027-02-20,workday,春节调休
"""


def test_entering_a_year_recomputes_provisional_deadlines(new_uow, staff):
    c = Driver.new(new_uow, staff, at(date(2026, 11, 6)), received=date(2026, 11, 6))
    c.panel(at(date(2026, 11, 6)))
    c.act_approved("register", {"registered_date": date(2026, 11, 6)}, at(date(2026, 11, 6)))
    d12 = next(d for d in c.detail(date(2026, 11, 6)).deadlines if d.code == "D12")
    # 2026-11-06 + 3 months = Sat 2027-02-06 → weekends only: Mon 02-08, provisional
    assert (d12.due_date, d12.provisional) == (date(2027, 2, 8), True)
    with new_uow() as uow:
        assert holiday_years(uow, years=[2026, 2027])[1].source == "provisional"
    with pytest.raises(Exception), new_uow() as uow:   # noqa: B017 - only administrators
        holidays.import_holiday_text(uow, actor_id=staff.officer.id, text=HOLIDAYS_2027, note="",
                                     now=datetime(2026, 11, 21))
    with new_uow() as uow:
        result = holidays.import_holiday_text(uow, actor_id=staff.admin.id, text=HOLIDAYS_2027,
                                              note="国办发明电〔2026〕测试号", now=datetime(2026, 11, 21))
    assert result.cases == 1 and result.deadlines_changed >= 1
    d12 = next(d for d in c.detail(date(2026, 11, 21)).deadlines if d.code == "D12")
    # Sat 02-06 … Sat 02-13 are the holiday, Sun 02-14 an ordinary weekend → Mon 02-15
    assert (d12.due_date, d12.provisional) == (date(2027, 2, 15), False)
    with new_uow() as uow:
        info = holiday_years(uow, years=[2027])[0]
    assert info.source == "entered" and info.note.startswith("国办") and len(info.holidays) == 9
    with new_uow() as uow:
        holidays.delete_holiday_year(uow, actor_id=staff.admin.id, year=2027, now=datetime(2026, 11, 21))
    d12 = next(d for d in c.detail(date(2026, 11, 21)).deadlines if d.code == "D12")
    assert d12.provisional


def test_saving_a_bad_year_names_the_problem(new_uow, staff):
    with pytest.raises(ValidationFailed) as e:
        YearCalendar(2027, {date(2026, 12, 31): "x"}, {})
    assert e.value.reason == "wrong_year"
    with pytest.raises(ValidationFailed) as e, new_uow() as uow:
        holidays.import_holiday_text(uow, actor_id=staff.admin.id, text="2027-13-01,holiday", note="",
                                     now=datetime(2026, 11, 21))
    assert e.value.field == "line 1"
