"""Administrator-editable deadline settings (the [U] rules of DOMAIN are settings) and bulk recomputation."""
from __future__ import annotations

from dataclasses import asdict, fields
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from ipcase.db.models.admin import RoutineRun
from ipcase.db.models.cases import Case, Pause
from ipcase.db.models.intake import IntakeItem
from ipcase.db.office_scope import system_work
from ipcase.domain.cases.deadlines import DeadlineSettings
from ipcase.domain.enums import OPEN_STATES, CaseState
from ipcase.dto.admin import RecomputeResult
from ipcase.errors import ValidationFailed
from ipcase.loaders.intake import load_limits, time_limit_running
from ipcase.loaders.setting_versions import DEADLINE_RULES
from ipcase.loaders.settings import load_calendar, load_settings, store_value
from ipcase.services.common import actor, recompute_many
from ipcase.services.intake.support import recompute_item_deadlines
from ipcase.services.mediation.case_support import recompute_live as recompute_mediation_cases
from ipcase.services.setting_locks import claim_group
from ipcase.uow import UnitOfWork

# Deadlines still matter for open cases, and for rulings (the parties' 15-day suit period, D14).
_LIVE_STATES = [s.value for s in OPEN_STATES] + [CaseState.CLOSED_RULING_INFRINGEMENT.value,
                                                  CaseState.CLOSED_RULING_REJECTED.value]


def update_deadline_settings(uow: UnitOfWork, *, actor_id: int, settings: DeadlineSettings, expected_version: int,
                             now: datetime) -> RecomputeResult:
    """Store the acting administrator's office's deadline settings and recompute that office's deadlines;
    `expected_version` is the version the page loaded (queries.admin.deadline_rules)."""
    s = uow.session
    user = actor(s, actor_id, "settings.edit", "update_deadline_settings")
    for f in fields(DeadlineSettings):
        value = getattr(settings, f.name)
        if f.type in ("int", int) and (not isinstance(value, int) or value < 1 or value > 366):
            raise ValidationFailed(f.name, "range", "1–366", value=value)
    claim_group(s, user, DEADLINE_RULES, expected_version)
    for key, value in asdict(settings).items():
        store_value(s, user.office_id, f"deadline.{key}", value)
    s.flush()
    result = recompute_live_deadlines(s, now, office_id=user.office_id)
    uow.commit()
    return result


def deadline_settings(uow: UnitOfWork, *, office_id: int) -> DeadlineSettings:
    return load_settings(uow.session, office_id)


def recompute_live_deadlines(s, now: datetime, *, office_id: int | None = None,
                             only_running_pauses: bool = False, after_id: int = 0,
                             limit: int | None = None) -> RecomputeResult:
    """Recompute the stored time limits of live cases, intake items and mediation cases: of one office (its
    settings changed), or of every office (the national calendar changed, or the start-up refresh) — each with
    its own office's settings. Derived work, not a user's change: it runs outside the office write guard."""
    cal = load_calendar(s)
    q = select(Case).where(Case.state.in_(_LIVE_STATES))
    items = select(IntakeItem).where(time_limit_running())
    if office_id is not None:
        q = q.where(Case.office_id == office_id)
        items = items.where(IntakeItem.office_id == office_id)
    if only_running_pauses:
        q = q.where(Case.id.in_(select(Pause.case_id).where(Pause.end_date.is_(None))), Case.id > after_id)
        q = q.order_by(Case.id).limit(limit)
    # What case_facts reads, loaded per batch rather than per case.
    q = q.options(selectinload(Case.parties), selectinload(Case.pauses), selectinload(Case.extensions))
    with system_work(s):
        cases = s.scalars(q).all()
        # Set-based: a few statements per 500 cases read what the computation needs; only cases whose
        # deadlines come out different are rewritten (services.common.recompute_many).
        changed = recompute_many(s, cases, now.date(), cal)
        if not only_running_pauses:
            # Intake items' limits follow the same calendar and settings (decision days, extension, restart).
            limits: dict = {}
            for item in s.scalars(items):
                if item.office_id not in limits:
                    limits[item.office_id] = load_limits(s, item.office_id)
                recompute_item_deadlines(s, item, cal, limits[item.office_id])
            # So do stand-alone mediation cases' (D16-D20).
            recompute_mediation_cases(s, cal, office_id=office_id)
        s.flush()
    return RecomputeResult(len(cases), changed, {"last_id": cases[-1].id if cases else after_id})


PAUSED_DEADLINES = "paused_deadlines"   # its RoutineRun row


def refresh_paused_deadlines(uow: UnitOfWork, *, now: datetime, after_id: int = 0,
                             limit: int | None = None) -> RecomputeResult:
    """A running suspension pushes the closing limit one day further every day; run at start-up (and
    daily) so stored due dates of paused cases are as of today.

    Only the day moves a limit without a write through the services (every pause, resumption or edit
    recomputes its case in its own transaction), and only through a running pause: so this recomputes the
    live cases with a running pause, once per day — the watermark `routine_runs` says it already ran today
    (another day, earlier or later as with `--today`, runs it again). Rows whose result did not change are
    not rewritten.

    With `limit`, one short transaction does at most `limit` cases after case id `after_id` (the desktop
    application interleaves these chunks with the user's work on the database lane); `extra` says
    `finished` and the `last_id` to continue after. The watermark moves with the last chunk only."""
    s = uow.session
    today = now.date()
    mark = s.get(RoutineRun, PAUSED_DEADLINES, with_for_update=True)
    if mark is not None and mark.last_day == today:
        return RecomputeResult(0, 0, {"finished": True, "last_id": after_id})
    result = recompute_live_deadlines(s, now, only_running_pauses=True, after_id=after_id, limit=limit)
    finished = limit is None or result.cases < limit
    if finished:
        if mark is None:
            mark = RoutineRun(name=PAUSED_DEADLINES)
            s.add(mark)
        mark.last_day, mark.finished_at = today, now
    uow.commit()
    return RecomputeResult(result.cases, result.deadlines_changed,
                           {"finished": finished, "last_id": result.extra.get("last_id", after_id)})
