"""A ruling changed (变更) or revoked (撤销) after a court suit: the officer records it, and its publication falls
due within 20 working days (D13, M25 art 83), met by the next version published (a correction of the last one)."""
from __future__ import annotations

from datetime import date, datetime

from ipcase.db.models.publication import RulingChange
from ipcase.domain.enums import CaseState
from ipcase.domain.publication.rules import PUBLISHABLE_STATES, ChangeKind
from ipcase.errors import TransitionRefused, ValidationErrors, ValidationFailed
from ipcase.services.common import actor, load_case, recompute_deadlines, record
from ipcase.uow import UnitOfWork

ACTION = "record_ruling_change"


def record_ruling_change(uow: UnitOfWork, *, actor_id: int, case_id: int, kind: ChangeKind, decided_on: date,
                         court: str, reference: str, note: str = "", now: datetime) -> None:
    s = uow.session
    user = actor(s, actor_id, "publication.file", ACTION)
    case = load_case(s, case_id)
    if CaseState(case.state) not in PUBLISHABLE_STATES or case.closed_date is None:
        raise TransitionRefused(ACTION, case.state, "no_ruling")
    errors = [ValidationFailed(k, "required") for k, v in (("court", court), ("reference", reference))
              if not v.strip()]
    if decided_on < case.closed_date:
        errors.append(ValidationFailed("decided_on", "before_ruling", case.closed_date.isoformat()))
    elif decided_on > now.date():
        errors.append(ValidationFailed("decided_on", "future"))
    if errors:
        raise errors[0] if len(errors) == 1 else ValidationErrors(errors)
    s.add(RulingChange(case_id=case.id, kind=ChangeKind(kind).value, decided_on=decided_on, court=court.strip(),
                       reference=reference.strip(), note=note.strip(), recorded_by=user.id, recorded_at=now))
    s.flush()
    record(s, case, user, "ruling_changed", now, change=ChangeKind(kind).value, decided_on=decided_on,
           court=court.strip(), reference=reference.strip())
    recompute_deadlines(s, case, now.date())
    uow.commit()


__all__ = ["ACTION", "record_ruling_change"]
