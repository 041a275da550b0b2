"""Record a step of the enforcement of a ruling (D15): no suit, non-compliance, 催告书 served, the application to
court (by the office or the right holder), a suit filed, compliance. The rule of what may follow what is
`ipcase.domain.cases.enforcement`; the deadlines follow from the steps at the next recomputation, done here."""
from __future__ import annotations

from datetime import date, datetime, timedelta

from ipcase.db.models.credit import EnforcementRecord
from ipcase.domain.cases.deadlines import ruling_effective_from
from ipcase.domain.cases.enforcement import EnforcementStep, facts_of, step_refusal
from ipcase.domain.enums import CaseState, PartyRole
from ipcase.dto.cases import CaseRef
from ipcase.errors import ValidationFailed
from ipcase.loaders.cases import enforcement_steps
from ipcase.loaders.settings import load_calendar, load_settings
from ipcase.services.common import actor, load_case, recompute_deadlines, record, ref
from ipcase.uow import UnitOfWork

ACTION = "enforcement"


def record_enforcement_step(uow: UnitOfWork, *, actor_id: int, case_id: int, expected_version: int,
                            step: EnforcementStep, day: date, note: str = "", now: datetime) -> CaseRef:
    s = uow.session
    user = actor(s, actor_id, "credit.manage", ACTION)
    case = load_case(s, case_id, expected_version)
    if day > now.date():
        raise ValidationFailed("day", "future")
    cal = load_calendar(s)
    settings = load_settings(s, case.office_id)
    served = [p.ruling_served for p in case.parties if p.role in (PartyRole.REQUESTER, PartyRole.RESPONDENT)]
    effective = ruling_effective_from(served, cal, settings.suit_days)
    facts = facts_of(effective - timedelta(days=1) if effective else None, enforcement_steps(case),
                     CaseState(case.state) == CaseState.CLOSED_RULING_INFRINGEMENT)
    why = step_refusal(EnforcementStep(step), day, facts, cal)
    if why:
        raise ValidationFailed("step", why, EnforcementStep(step).value)
    s.add(EnforcementRecord(case_id=case.id, step=EnforcementStep(step).value, day=day, note=note.strip(),
                            recorded_by=user.id, recorded_at=now))
    s.flush()
    recompute_deadlines(s, case, now.date(), cal, settings)
    record(s, case, user, "enforcement_" + EnforcementStep(step).value, now, day=day.isoformat(), note=note.strip())
    uow.commit()
    return ref(case)
