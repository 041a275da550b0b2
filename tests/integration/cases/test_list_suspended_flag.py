"""Issue 19 (G19): the case list's 中止 column is written as a scalar subquery with LIMIT 1 (PostgreSQL ran the
EXISTS as a hashed subplan over every running suspension). It says what the EXISTS says, on SQLite and PostgreSQL:
only a running suspension counts — not an ended one, not another kind of pause — in a page, a searched page and
under the 中止 filter."""
from __future__ import annotations

from datetime import date

from sqlalchemy import exists, select, update

from ipcase.db.models.cases import Case, Pause
from ipcase.demo.bulk import generate
from ipcase.dto.cases import CaseFilter
from ipcase.queries.cases.register import list_cases

TODAY = date(2026, 11, 2)


def _running_suspensions(s) -> set[int]:
    return set(s.scalars(select(Case.id).where(exists().where(
        Pause.case_id == Case.id, Pause.kind == "suspension", Pause.end_date.is_(None)))))


def test_the_list_flag_is_the_running_suspension(new_uow):
    generate(new_uow, cases=60, today=TODAY, seed=5, years=1)
    with new_uow() as uow:
        s = uow.session
        # one more running suspension, and an open pause of another kind (not 中止)
        ended = s.scalars(select(Pause).where(Pause.kind == "suspension", Pause.end_date.is_not(None))).first()
        other = s.scalars(select(Pause).where(Pause.kind != "suspension")).first()
        s.execute(update(Pause).where(Pause.id.in_([ended.id, other.id])).values(end_date=None))
        uow.commit()
    with new_uow() as uow:
        want = _running_suspensions(uow.session)
        other_open = set(uow.session.scalars(select(Pause.case_id).where(Pause.kind != "suspension",
                                                                          Pause.end_date.is_(None))))
    assert len(want) >= 2 and other_open - want
    with new_uow() as uow:
        rows = list_cases(uow, CaseFilter(limit=10_000), today=TODAY).rows
        assert {r.id for r in rows if r.suspended} == want
        searched = list_cases(uow, CaseFilter(limit=10_000, text="有限公司"), today=TODAY).rows
        assert searched and {r.id for r in searched if r.suspended} == want & {r.id for r in searched}
        only = list_cases(uow, CaseFilter(limit=10_000, suspended=True), today=TODAY).rows
        assert {r.id for r in only} == want and all(r.suspended for r in only)
