"""The office scope adds no read criteria while the viewer may read every office of the database (a one-office
database: the demo, most offices; issue 16, where the criteria cost a quarter of the demo build's CPU) — and as soon
as a second office makes a difference, they are back and a county user sees none of the city's cases."""
from __future__ import annotations

from datetime import date

from office_helpers import make_office_staff
from sqlalchemy import event, select

from case_helpers import Driver, at
from ipcase.db.models.cases import Case

DAY = date(2026, 11, 2)


def _cases_read_by(new_uow, engine, user) -> tuple[list[int], list[str]]:
    """The case ids `user`'s window reads, and the SQL of that read."""
    seen: list[str] = []

    def log(_conn, _cursor, statement, *_args):
        seen.append(statement)
    event.listen(engine, "before_cursor_execute", log)
    try:
        with new_uow(viewer_id=user.id) as uow:
            ids = list(uow.session.scalars(select(Case.id)))
    finally:
        event.remove(engine, "before_cursor_execute", log)
    return ids, [s for s in seen if "FROM cases" in s]


def test_one_office_reads_unfiltered_and_a_second_office_filters_again(engine, new_uow):
    city = make_office_staff(new_uow, name="测试市市场监督管理局", short_name="测试市", prefix="city_")
    case = Driver.new(new_uow, city, at(DAY))

    ids, sql = _cases_read_by(new_uow, engine, city.officer)
    assert ids == [case.ref.id]
    assert sql and not any("office_id IN" in s for s in sql)

    county = make_office_staff(new_uow, name="甲县市场监督管理局", short_name="甲县", prefix="a_", parent="测试市")
    ids, sql = _cases_read_by(new_uow, engine, county.officer)
    assert ids == []                                         # the city's case is not the county's
    assert any("office_id IN" in s for s in sql)
    # the city supervises the county (reads every office of the database): still no criteria, still its case
    ids, sql = _cases_read_by(new_uow, engine, city.officer)
    assert ids == [case.ref.id] and not any("office_id IN" in s for s in sql)
