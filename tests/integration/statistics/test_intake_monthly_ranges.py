"""Issue 19 (R19b): the dashboard's 收案登记（按月） counts are 24 range counts of the received_at index — the same
numbers as counting every item by the year and month of its received_at (the former GROUP BY), on SQLite and
PostgreSQL: items at the first and last instant of a month, of the two years and just outside them, after
inserts, edits and deletes, with the office, handler and flag filters."""
from __future__ import annotations

from collections import Counter
from datetime import datetime

from sqlalchemy import delete, select, update
from stats_fixture import TODAY, build
from stats_intake_fixture import add_items, add_open_items

from ipcase.db.models.intake import IntakeItem
from ipcase.dto.statistics import StatsFilter
from ipcase.queries.statistics.intake import intake_monthly

YEAR = TODAY.year
EDGES = (datetime(YEAR - 2, 12, 31, 23, 59, 59, 999999), datetime(YEAR - 1, 1, 1), datetime(YEAR - 1, 1, 31, 23, 59, 59),
         datetime(YEAR - 1, 2, 1), datetime(YEAR - 1, 12, 31, 23, 59, 59, 999999), datetime(YEAR, 1, 1),
         datetime(YEAR, 6, 30, 23, 59, 59, 500000), datetime(YEAR, 7, 1, 0, 0, 0, 1), datetime(YEAR, 12, 31, 23, 59),
         datetime(YEAR + 1, 1, 1))


def _by_hand(uow, office_ids, flt) -> tuple[tuple[int, ...], tuple[int, ...]]:
    q = select(IntakeItem.received_at)
    if office_ids:
        q = q.where(IntakeItem.office_id.in_(office_ids))
    if flt.officer_id is not None:
        q = q.where(IntakeItem.handler_id == flt.officer_id)
    if flt.flag_foreign is not None:
        q = q.where(IntakeItem.flag_foreign.is_(flt.flag_foreign))
    n = Counter((t.year, t.month) for t in uow.session.scalars(q))
    return tuple(n[(YEAR - 1, m)] for m in range(1, 13)), tuple(n[(YEAR, m)] for m in range(1, 13))


def _check(new_uow, staff) -> None:
    office = staff.office.id
    for office_ids, flt in (((), StatsFilter(TODAY, TODAY)), ((office,), StatsFilter(TODAY, TODAY)),
                            ((office, office + 1000), StatsFilter(TODAY, TODAY, officer_id=staff.officer.id)),
                            ((), StatsFilter(TODAY, TODAY, flag_foreign=False))):
        with new_uow() as uow:
            got = intake_monthly(uow.session, office_ids, flt, YEAR)
            assert got == _by_hand(uow, office_ids, flt), (office_ids, flt)


def test_monthly_counts_are_the_items_by_year_and_month(new_uow, staff):
    cases = build(new_uow, staff)
    add_items(new_uow, cases)
    with new_uow() as uow:
        ids = uow.session.scalars(select(IntakeItem.id).order_by(IntakeItem.id)).all()
    assert len(ids) >= 4
    with new_uow() as uow:   # items moved to the months' edges (the filled ones: edits)
        for item_id, at in zip(ids * 3, EDGES, strict=False):
            uow.session.execute(update(IntakeItem).where(IntakeItem.id == item_id).values(received_at=at))
        uow.commit()
    _check(new_uow, staff)
    with new_uow() as uow:
        last = uow.session.get(IntakeItem, ids[-1])
        before = intake_monthly(uow.session, (), StatsFilter(TODAY, TODAY), YEAR)
        month = last.received_at.month if last.received_at.year == YEAR else None
        uow.session.execute(delete(IntakeItem).where(IntakeItem.id == ids[-1]))   # a delete
        uow.commit()
    with new_uow() as uow:
        after = intake_monthly(uow.session, (), StatsFilter(TODAY, TODAY), YEAR)
    if month is not None:
        assert after[1][month - 1] == before[1][month - 1] - 1
    add_open_items(new_uow, cases, staff)   # inserts
    _check(new_uow, staff)
