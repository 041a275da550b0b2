"""典型案例: a 处(科)室负责人 or 部门负责人 marks a closed case as typical and writes its summary for the yearly
publication; marking again rewrites the summary, unmarking removes it (both on the case's timeline)."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from ipcase.db.models.publication import TypicalCase
from ipcase.domain.enums import CLOSED_STATES, CaseState
from ipcase.dto.publication import TypicalCaseInput
from ipcase.errors import TransitionRefused, ValidationErrors, ValidationFailed
from ipcase.services.common import actor, load_case, record
from ipcase.uow import UnitOfWork

MARK = "mark_typical"
_TYPICAL_STATES = CLOSED_STATES | {CaseState.ARCHIVED}


def mark_typical(uow: UnitOfWork, *, actor_id: int, data: TypicalCaseInput, now: datetime) -> None:
    s = uow.session
    user = actor(s, actor_id, "typical.mark", MARK)
    case = load_case(s, data.case_id)
    if CaseState(case.state) not in _TYPICAL_STATES:
        raise TransitionRefused(MARK, case.state, "not_closed")
    errors = [ValidationFailed(k, "required") for k in ("title", "summary") if not getattr(data, k).strip()]
    if not 2000 <= data.year <= 2100:
        errors.append(ValidationFailed("year", "range", "2000–2100", value=data.year))
    if errors:
        raise errors[0] if len(errors) == 1 else ValidationErrors(errors)
    row = s.scalar(select(TypicalCase).where(TypicalCase.case_id == case.id))
    if row is None:
        row = TypicalCase(case_id=case.id)
        s.add(row)
    row.year, row.title, row.summary = data.year, data.title.strip(), data.summary.strip()
    row.marked_by, row.marked_at = user.id, now
    record(s, case, user, "marked_typical", now, year=data.year, title=row.title)
    uow.commit()


def unmark_typical(uow: UnitOfWork, *, actor_id: int, case_id: int, now: datetime) -> None:
    s = uow.session
    user = actor(s, actor_id, "typical.mark", MARK)
    case = load_case(s, case_id)
    row = s.scalar(select(TypicalCase).where(TypicalCase.case_id == case.id))
    if row is None:
        raise ValidationFailed("case_id", "not_typical")
    s.delete(row)
    record(s, case, user, "unmarked_typical", now)
    uow.commit()


__all__ = ["MARK", "mark_typical", "unmark_typical"]
