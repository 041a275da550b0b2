"""Administrator-editable deadline settings (the [U] rules of DOMAIN are settings) and bulk recomputation."""
from __future__ import annotations

import json
from dataclasses import asdict, fields
from datetime import datetime

from sqlalchemy import select

from ipcase.db.models.admin import Setting
from ipcase.db.models.cases import Case, Pause
from ipcase.db.models.intake import IntakeItem
from ipcase.domain.cases.deadlines import DeadlineSettings
from ipcase.domain.enums import OPEN_STATES, CaseState
from ipcase.dto.admin import RecomputeResult
from ipcase.errors import ValidationFailed
from ipcase.loaders.intake import load_limits, time_limit_running
from ipcase.loaders.settings import load_calendar, load_settings
from ipcase.services.common import actor, recompute_deadlines
from ipcase.services.intake.support import recompute_item_deadlines
from ipcase.services.mediation.case_support import recompute_live as recompute_mediation_cases
from ipcase.uow import UnitOfWork

# Deadlines still matter for open cases, and for rulings (the parties' 15-day suit period, D14).
_LIVE_STATES = [s.value for s in OPEN_STATES] + [CaseState.CLOSED_RULING_INFRINGEMENT.value,
                                                  CaseState.CLOSED_RULING_REJECTED.value]


def update_deadline_settings(uow: UnitOfWork, *, actor_id: int, settings: DeadlineSettings,
                             now: datetime) -> RecomputeResult:
    s = uow.session
    actor(s, actor_id, "settings.edit", "update_deadline_settings")
    for f in fields(DeadlineSettings):
        value = getattr(settings, f.name)
        if f.type in ("int", int) and (not isinstance(value, int) or value < 1 or value > 366):
            raise ValidationFailed(f.name, "range", "1–366", value=value)
    for key, value in asdict(settings).items():
        row = s.get(Setting, f"deadline.{key}") or Setting(key=f"deadline.{key}")
        row.value = json.dumps(value)
        s.add(row)
    s.flush()
    result = recompute_live_deadlines(s, now)
    uow.commit()
    return result


def deadline_settings(uow: UnitOfWork) -> DeadlineSettings:
    return load_settings(uow.session)


def recompute_live_deadlines(s, now: datetime, *, only_running_pauses: bool = False) -> RecomputeResult:
    cal, settings = load_calendar(s), load_settings(s)
    q = select(Case).where(Case.state.in_(_LIVE_STATES))
    if only_running_pauses:
        q = q.where(Case.id.in_(select(Pause.case_id).where(Pause.end_date.is_(None))))
    cases = s.scalars(q).all()
    changed = sum(recompute_deadlines(s, c, now.date(), cal, settings) for c in cases)
    if not only_running_pauses:
        # Intake items' limits follow the same calendar and settings (decision days, extension, restart).
        limits = load_limits(s)
        for item in s.scalars(select(IntakeItem).where(time_limit_running())):
            recompute_item_deadlines(s, item, cal, limits)
        # So do stand-alone mediation cases' (D16-D20).
        recompute_mediation_cases(s, cal)
    return RecomputeResult(len(cases), changed)


def refresh_paused_deadlines(uow: UnitOfWork, *, now: datetime) -> RecomputeResult:
    """A running suspension pushes the closing limit one day further every day; run at start-up (and
    daily) so stored due dates of paused cases are as of today."""
    result = recompute_live_deadlines(uow.session, now, only_running_pauses=True)
    uow.commit()
    return result
