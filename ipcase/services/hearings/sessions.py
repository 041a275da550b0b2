"""Write side of oral hearings: schedule a session, move it, close it (held or adjourned). Each drives the case
workflow through services.cases.apply_action (SCHEDULE_HEARING / RESCHEDULE_HEARING / HOLD_HEARING), so the
case state, case.hearing_at/room and the deadlines stay in step with the hearing register."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ipcase.db.models.admin import User
from ipcase.db.models.cases import Case
from ipcase.db.models.hearings import Hearing
from ipcase.documents.templates import cn_datetime
from ipcase.domain.cases.workflow import CaseAction
from ipcase.domain.enums import CaseState
from ipcase.domain.hearings.sessions import HearingStatus
from ipcase.dto.documents import DocumentDraft
from ipcase.dto.hearings import HearingPlan, HearingRef
from ipcase.errors import TransitionRefused, ValidationFailed
from ipcase.loaders.hearings import notices_served, people_rows, verdict
from ipcase.services.cases.actions import apply_action
from ipcase.services.common import actor, load_case, record
from ipcase.services.documents.issue import issue_in_session
from ipcase.services.hearings.support import (
    enforce,
    notice_floor,
    room_text,
    scheduled_sessions,
    validate_plan,
)
from ipcase.services.history import load_row
from ipcase.uow import UnitOfWork

# The workflow's reschedule asks for a reason; these are the ones the register gives on its own.
REASON_CONTINUATION = "续行口头审理"
REASON_REGISTERED = "登记口头审理安排"


def load_hearing(s: Session, hearing_id: int, expected_version: int | None = None) -> Hearing:
    return load_row(s, Hearing, "hearing", hearing_id, expected_version)


def _ref(hearing: Hearing, case: Case, notices: tuple[str, ...] = ()) -> HearingRef:
    return HearingRef(hearing.id, hearing.version, case.id, case.version, notices)


def schedule_hearing(uow: UnitOfWork, *, actor_id: int, case_id: int, expected_version: int, plan: HearingPlan,
                     override_reason: str = "", now: datetime) -> HearingRef:
    """Arrange a session: the first one (the case becomes HEARING_SCHEDULED), a continuation of an adjourned
    one, or the register entry of a time set before the register existed."""
    s = uow.session
    user = actor(s, actor_id, "case.procedure", "schedule_hearing")
    case = load_case(s, case_id, expected_version)
    validate_plan(plan)
    if scheduled_sessions(s, case.id):
        raise TransitionRefused(CaseAction.SCHEDULE_HEARING.value, case.state, "hearing_already_scheduled")
    previous = None
    if plan.continues_id is not None:
        previous = load_hearing(s, plan.continues_id)
        if previous.case_id != case.id or previous.status != HearingStatus.ADJOURNED:
            raise ValidationFailed("continues_id", "not_adjourned", value=plan.continues_id)
    people = people_rows(case, plan.people)
    v = verdict(s, case, plan, people, today=now.date(), served={})
    overrides = enforce(v, override_reason)
    sessions = case_sessions(s, case.id)
    hearing = Hearing(case_id=case.id, room_id=plan.room_id, starts_at=plan.starts_at, ends_at=plan.ends_at,
                      status=HearingStatus.SCHEDULED.value, session_no=len(sessions) + 1,
                      continues_id=plan.continues_id, public=plan.public, online=plan.online,
                      online_link=plan.online_link.strip(), announced_on=plan.announced_on, scheduled_at=now,
                      notice_floor=notice_floor(s, case.id),
                      overrides=_stamp(overrides, override_reason, now), close_note="", people=people)
    s.add(hearing)
    s.flush()
    payload = {"hearing_at": plan.starts_at, "room": room_text(s, plan)}
    if CaseState(case.state) == CaseState.HEARING_SCHEDULED:
        reason = REASON_CONTINUATION if previous is not None else REASON_REGISTERED
        apply_action(s, case, user, CaseAction.RESCHEDULE_HEARING.value, {**payload, "reason": reason}, now)
    else:
        apply_action(s, case, user, CaseAction.SCHEDULE_HEARING.value, payload, now)
    if overrides:
        record(s, case, user, "hearing_rules_overridden", now, warnings=[o["code"] for o in overrides],
               reason=override_reason.strip())
    uow.commit()
    return _ref(hearing, case)


def reschedule_hearing(uow: UnitOfWork, *, actor_id: int, hearing_id: int, expected_version: int,
                       plan: HearingPlan, reason: str, override_reason: str = "", now: datetime,
                       office_dir: str | None = None) -> HearingRef:
    """Move a session (another time, room or arrangement). Every rule is checked again; parties already served
    with the notice of the old time get a 口头审理变更通知书, issued in the same transaction."""
    s = uow.session
    user = actor(s, actor_id, "case.procedure", "reschedule_hearing")
    hearing = load_hearing(s, hearing_id, expected_version)
    case = load_case(s, hearing.case_id)
    notices = move_session(s, user, case, hearing, plan, reason, override_reason, now, office_dir)
    uow.commit()
    return _ref(hearing, case, notices)


def move_session(s: Session, user: User, case: Case, hearing: Hearing, plan: HearingPlan, reason: str,
                 override_reason: str, now: datetime, office_dir: str | None = None) -> tuple[str, ...]:
    """The move itself, in the caller's transaction (a granted postponement moves the session too)."""
    if not reason.strip():
        raise ValidationFailed("reason", "required")
    if hearing.status != HearingStatus.SCHEDULED:
        raise TransitionRefused(CaseAction.RESCHEDULE_HEARING.value, case.state, "hearing_not_scheduled")
    validate_plan(plan)
    people = people_rows(case, plan.people) if plan.people is not None else None
    current = people if people is not None else hearing.people
    served_before = notices_served(s, case.id, hearing.notice_floor, now.date())
    # A new time or place must be notified again (D7 counts from the new notice); a change of the people
    # or of public/online alone leaves the notices served valid.
    moved = (plan.starts_at, plan.ends_at, plan.room_id, plan.online) != (
        hearing.starts_at, hearing.ends_at, hearing.room_id, hearing.online)
    v = verdict(s, case, plan, list(current), today=now.date(), served={} if moved else served_before,
                hearing_id=hearing.id)
    overrides = enforce(v, override_reason)
    previous_at, previous_room = hearing.starts_at, case.hearing_room
    hearing.room_id, hearing.starts_at, hearing.ends_at = plan.room_id, plan.starts_at, plan.ends_at
    hearing.public, hearing.online, hearing.online_link = plan.public, plan.online, plan.online_link.strip()
    hearing.announced_on = plan.announced_on
    if moved:
        hearing.scheduled_at, hearing.notice_floor = now, notice_floor(s, case.id)
    hearing.overrides = [*hearing.overrides, *_stamp(overrides, override_reason, now)]
    if people is not None:
        hearing.people = people
    s.flush()
    apply_action(s, case, user, CaseAction.RESCHEDULE_HEARING.value,
                 {"hearing_at": plan.starts_at, "room": room_text(s, plan), "reason": reason.strip()}, now)
    previous = f"{cn_datetime(previous_at)}在{previous_room}" if previous_room else cn_datetime(previous_at)
    numbers = tuple(
        issue_in_session(s, user, case.id, DocumentDraft("hearing_change_notice",
                                                         {"previous": previous, "reason": reason.strip()},
                                                         party_id=party_id), now, office_dir).number
        for party_id in (sorted(served_before) if moved else ()))
    record(s, case, user, "hearing_changed", now, previous=previous, hearing_at=plan.starts_at,
           room=case.hearing_room, reason=reason.strip(), change_notices=list(numbers),
           warnings=[o["code"] for o in overrides], override_reason=override_reason.strip())
    return numbers


def close_session(uow: UnitOfWork, *, actor_id: int, hearing_id: int, expected_version: int, outcome: str,
                  closed_on: date, respondent_absent: bool = False, note: str = "", now: datetime) -> HearingRef:
    """The session ended: `held` (the hearing is over: the case becomes HEARD) or `adjourned` (休庭: a
    continuation follows; the case stays HEARING_SCHEDULED until its last session is held)."""
    s = uow.session
    user = actor(s, actor_id, "case.procedure", "close_session")
    hearing = load_hearing(s, hearing_id, expected_version)
    case = load_case(s, hearing.case_id)
    if hearing.status != HearingStatus.SCHEDULED:
        raise TransitionRefused("close_session", case.state, "hearing_not_scheduled")
    if outcome not in (HearingStatus.HELD, HearingStatus.ADJOURNED):
        raise ValidationFailed("outcome", "choice", value=outcome)
    if closed_on > now.date():
        raise ValidationFailed("closed_on", "future", closed_on.isoformat())
    if closed_on < hearing.starts_at.date():
        raise ValidationFailed("closed_on", "before_start", hearing.starts_at.date().isoformat())
    if outcome == HearingStatus.ADJOURNED and not note.strip():
        raise ValidationFailed("note", "required")
    hearing.status, hearing.closed_on, hearing.close_note = outcome, closed_on, note.strip()
    s.flush()
    if outcome == HearingStatus.HELD:
        apply_action(s, case, user, CaseAction.HOLD_HEARING.value,
                     {"held_date": closed_on, "respondent_absent": respondent_absent}, now)
    else:
        record(s, case, user, f"hearing_{outcome}", now, session_no=hearing.session_no, closed_on=closed_on,
               note=note.strip())
    uow.commit()
    return _ref(hearing, case)


def case_sessions(s: Session, case_id: int) -> list[Hearing]:
    return list(s.scalars(select(Hearing).where(Hearing.case_id == case_id).order_by(Hearing.id)))


def _stamp(overrides: list[dict], reason: str, now: datetime) -> list[dict]:
    return [{**o, "reason": reason.strip(), "at": now.isoformat(timespec="minutes")} for o in overrides]


