"""One step of the enforcement of a ruling (D15) added to a case already locked, by the rule of
`ipcase.domain.cases.enforcement`; the deadlines are recomputed at once. Two paths record steps: the officer's
form (services/credit/enforcement.py) and the service of a 催告书 (services/documents/served_steps.py), which is
the 催告书已送达 step itself."""
from __future__ import annotations

from datetime import date, datetime, timedelta

from ipcase.db.models.cases import Case
from ipcase.db.models.credit import EnforcementRecord
from ipcase.domain.cases.deadlines import ruling_effective_from
from ipcase.domain.cases.enforcement import EnforcementStep, facts_of, step_refusal
from ipcase.domain.enums import CaseState, PartyRole
from ipcase.errors import ValidationFailed
from ipcase.loaders.cases import enforcement_steps
from ipcase.loaders.settings import load_calendar, load_settings
from ipcase.services.common import recompute_deadlines, record


def add_enforcement_step(s, case: Case, user, step: EnforcementStep, day: date, note: str,
                         now: datetime) -> None:
    """Refused (ValidationFailed on `day` or `step`) when the day is in the future or the chain does not allow
    the step yet."""
    step = EnforcementStep(step)
    if day > now.date():
        raise ValidationFailed("day", "future")
    cal = load_calendar(s)
    settings = load_settings(s, case.office_id)
    served = [p.ruling_served for p in case.parties if p.role in (PartyRole.REQUESTER, PartyRole.RESPONDENT)]
    effective = ruling_effective_from(served, cal, settings.suit_days)
    facts = facts_of(effective - timedelta(days=1) if effective else None, enforcement_steps(case),
                     CaseState(case.state) == CaseState.CLOSED_RULING_INFRINGEMENT)
    why = step_refusal(step, day, facts, cal)
    if why:
        raise ValidationFailed("step", why, step.value)
    s.add(EnforcementRecord(case_id=case.id, step=step.value, day=day, note=note.strip(),
                            recorded_by=user.id, recorded_at=now))
    s.flush()
    recompute_deadlines(s, case, now.date(), cal, settings)
    record(s, case, user, "enforcement_" + step.value, now, day=day.isoformat(), note=note.strip())
