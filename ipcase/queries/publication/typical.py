"""The typical cases (典型案例) of a year, for the yearly publication."""
from __future__ import annotations

from sqlalchemy import select

from ipcase.db.models.admin import User
from ipcase.db.models.cases import Case
from ipcase.db.models.publication import TypicalCase
from ipcase.dto.publication import TypicalCaseRow
from ipcase.uow import UnitOfWork


def typical_cases(uow: UnitOfWork, *, year: int | None = None) -> tuple[TypicalCaseRow, ...]:
    q = (select(TypicalCase, Case.case_number, Case.closed_date, Case.state, User.full_name)
         .join(Case, Case.id == TypicalCase.case_id).join(User, User.id == TypicalCase.marked_by)
         .order_by(TypicalCase.year.desc(), Case.closed_date, Case.id))
    if year is not None:
        q = q.where(TypicalCase.year == year)
    return tuple(TypicalCaseRow(t.case_id, number or "", t.year, t.title, t.summary, closed, state, who or "",
                                t.marked_at)
                 for t, number, closed, state, who in uow.session.execute(q))
