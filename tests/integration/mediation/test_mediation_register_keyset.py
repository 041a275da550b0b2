"""Issue 19: the 调解 register pages by key (收到日期, indexed; ties by id), on SQLite and PostgreSQL: pages read one
after another, and pages started at a position, equal the order computed from the base rows in both directions,
after inserts and deletes; the count is its own query."""
from __future__ import annotations

from datetime import date, datetime

from mediation_case_helpers import MedDriver
from sqlalchemy import select

from ipcase.db.models.mediation import MediationCase
from ipcase.dto.mediation import MediationCaseFilter
from ipcase.queries.mediation.cases import count_cases, list_cases
from tests.keyset_helpers import all_pages

NOW = datetime(2026, 11, 2, 9, 30)


def _order(new_uow, descending: bool) -> list[int]:
    with new_uow() as uow:
        rows = uow.session.execute(select(MediationCase.received_date, MediationCase.id)).all()
    return [i for _, i in sorted(rows, reverse=descending)]


def _paged(new_uow, size: int, **kw) -> list[int]:
    def read(uow, after):
        return list_cases(uow, MediationCaseFilter(limit=size, after=after, count=False, **kw), today=NOW.date())
    return [r.id for r in all_pages(new_uow, read)]


def _check(new_uow) -> None:
    with new_uow() as uow:
        total = count_cases(uow, MediationCaseFilter())
    for descending in (True, False):
        want = _order(new_uow, descending)
        assert len(want) == total
        assert _paged(new_uow, 2, descending=descending) == want
        with new_uow() as uow:
            at3 = list_cases(uow, MediationCaseFilter(limit=2, offset=3, descending=descending), today=NOW.date())
        assert [r.id for r in at3.rows] == want[3:5] and at3.total == total


def test_the_mediation_register_pages_by_received_date(new_uow, staff):
    for n in range(7):
        MedDriver.new(new_uow, staff, NOW, received=date(2026, 10, 20 + n % 3))   # ties on the day
    _check(new_uow)
    MedDriver.new(new_uow, staff, NOW, received=date(2026, 10, 21))
    with new_uow() as uow:
        s = uow.session
        s.delete(s.get(MediationCase, s.scalar(select(MediationCase.id).order_by(MediationCase.id).limit(1))))
        uow.commit()
    _check(new_uow)
