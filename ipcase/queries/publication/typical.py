"""The typical cases (典型案例) of a year, for the yearly publication."""
from __future__ import annotations

from sqlalchemy import select

from ipcase.db.models.admin import Office, User
from ipcase.db.models.cases import Case
from ipcase.db.models.publication import TypicalCase
from ipcase.documents.typical import typical_docx
from ipcase.dto.publication import TypicalCaseRow
from ipcase.uow import UnitOfWork


def typical_cases(uow: UnitOfWork, *, year: int | None = None, case_id: int | None = None) -> tuple[TypicalCaseRow, ...]:
    q = (select(TypicalCase, Case.case_number, Case.closed_date, Case.state, User.full_name)
         .join(Case, Case.id == TypicalCase.case_id).join(User, User.id == TypicalCase.marked_by)
         .order_by(TypicalCase.year.desc(), Case.closed_date, Case.id))
    if year is not None:
        q = q.where(TypicalCase.year == year)
    if case_id is not None:
        q = q.where(TypicalCase.case_id == case_id)
    return tuple(TypicalCaseRow(t.case_id, number or "", t.year, t.title, t.summary, closed, state, who or "",
                                t.marked_at)
                 for t, number, closed, state, who in uow.session.execute(q))


def typical_publication(uow: UnitOfWork, *, office_id: int, year: int | None = None) -> bytes:
    """The DOCX of the yearly publication: the office's typical cases of `year` (every year when None)."""
    office = uow.session.get(Office, office_id)
    return typical_docx(office.name if office else "", year, typical_cases(uow, year=year))
