"""Record a step of the enforcement of a ruling not complied with (D15): no suit, non-compliance, 催告书 served, the
application to court (by the office or the right holder), a suit filed, compliance. The rule of what may follow
what is `ipcase.domain.cases.enforcement`; the step is added by services/cases/enforcement_steps.py, also used
when the 送达 register records the service of a 催告书."""
from __future__ import annotations

from datetime import date, datetime

from ipcase.domain.cases.enforcement import EnforcementStep
from ipcase.dto.cases import CaseRef
from ipcase.services.cases.enforcement_steps import add_enforcement_step
from ipcase.services.common import actor, load_case, ref
from ipcase.uow import UnitOfWork

ACTION = "enforcement"


def record_enforcement_step(uow: UnitOfWork, *, actor_id: int, case_id: int, expected_version: int,
                            step: EnforcementStep, day: date, note: str = "", now: datetime) -> CaseRef:
    s = uow.session
    user = actor(s, actor_id, "credit.manage", ACTION)
    case = load_case(s, case_id, expected_version)
    add_enforcement_step(s, case, user, EnforcementStep(step), day, note, now)
    uow.commit()
    return ref(case)
