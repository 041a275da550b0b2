"""What the parties send back about a session: the 回执 (D9) and requests to postpone ("提前3日"), which the
panel grants (the session moves, with its change notices) or refuses with a reason."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select

from ipcase.db.models.hearings import PostponementRequest, ReturnSlip
from ipcase.domain.cases.panel import VOTING_ROLES
from ipcase.domain.hearings.sessions import HearingStatus, PostponementStatus, postponement_late
from ipcase.domain.permissions import may
from ipcase.dto.hearings import HearingPlan, HearingRef
from ipcase.errors import PermissionDenied, TransitionRefused, ValidationErrors, ValidationFailed
from ipcase.loaders.hearings import load_hearing_settings
from ipcase.loaders.rows import existing
from ipcase.services.common import actor, load_case, record
from ipcase.services.hearings.sessions import load_hearing, move_session
from ipcase.services.hearings.support import party_of
from ipcase.services.history import relock
from ipcase.uow import UnitOfWork

# Besides the panel's leader and members, the heads may decide for the panel.


def _open(s, hearing_id: int):
    hearing = load_hearing(s, hearing_id)
    case = load_case(s, hearing.case_id)
    if hearing.status != HearingStatus.SCHEDULED:
        raise TransitionRefused("hearing_request", case.state, "hearing_not_scheduled")
    return hearing, case


def _past(name: str, day: date, today: date) -> None:
    if day > today:
        raise ValidationFailed(name, "future", day.isoformat())


def record_return_slip(uow: UnitOfWork, *, actor_id: int, hearing_id: int, party_id: int, received_on: date,
                       attending: bool, attendees: str = "", reason: str = "", now: datetime) -> None:
    """A party's 回执: attending or not (with the reason), who comes. A second slip replaces the first."""
    s = uow.session
    user = actor(s, actor_id, "case.service", "record_return_slip")
    hearing, case = _open(s, hearing_id)
    party = party_of(case, party_id)
    _past("received_on", received_on, now.date())
    errors = []
    if attending and not attendees.strip():
        errors.append(ValidationFailed("attendees", "required"))
    if not attending and not reason.strip():
        errors.append(ValidationFailed("reason", "required"))
    if errors:
        raise ValidationErrors(errors)
    slip = s.scalar(select(ReturnSlip).where(ReturnSlip.hearing_id == hearing.id,
                                             ReturnSlip.party_id == party.id))
    slip = slip or ReturnSlip(hearing_id=hearing.id, party_id=party.id)
    slip.received_on, slip.attending = received_on, attending
    slip.attendees, slip.reason = attendees.strip(), reason.strip()
    slip.recorded_by, slip.recorded_at = user.id, now
    s.add(slip)
    record(s, case, user, "return_slip_recorded", now, party=party.name, attending=attending,
           received_on=received_on, session_no=hearing.session_no)
    uow.commit()


def file_postponement(uow: UnitOfWork, *, actor_id: int, hearing_id: int, party_id: int, received_on: date,
                      reason: str, now: datetime) -> int:
    """Record a party's written request to postpone. One filed later than the "提前N日" rule is kept and marked
    late: the panel still decides it."""
    s = uow.session
    user = actor(s, actor_id, "case.service", "file_postponement")
    hearing, case = _open(s, hearing_id)
    party = party_of(case, party_id)
    _past("received_on", received_on, now.date())
    if not reason.strip():
        raise ValidationFailed("reason", "required")
    days = load_hearing_settings(s, case.office_id).postpone_days_before
    late = postponement_late(received_on, hearing.starts_at.date(), days)
    row = PostponementRequest(hearing_id=hearing.id, party_id=party.id, received_on=received_on,
                              reason=reason.strip(), late=late, status=PostponementStatus.PENDING.value,
                              decision_reason="", recorded_by=user.id, recorded_at=now)
    s.add(row)
    s.flush()
    record(s, case, user, "postponement_requested", now, party=party.name, reason=reason.strip(), late=late,
           received_on=received_on)
    uow.commit()
    return row.id


def decide_postponement(uow: UnitOfWork, *, actor_id: int, request_id: int, grant: bool, reason: str,
                        plan: HearingPlan | None = None, override_reason: str = "", now: datetime,
                        office_dir: str | None = None) -> HearingRef:
    """The panel decides: grant → the session moves to `plan` (every rule re-checked, change notices to the
    parties already served); refuse → the reason is recorded. Both need a reason."""
    s = uow.session
    user = actor(s, actor_id, "case.procedure", "decide_postponement")
    request = existing(s, PostponementRequest, "postponement", request_id)
    hearing, case = _open(s, request.hearing_id)
    voting = {seat.user_id for seat in case.panel if seat.role in VOTING_ROLES}
    if user.id not in voting and not may(user.role, "postponement.decide"):
        raise PermissionDenied("decide_postponement", user.role)
    if relock(s, request).status != PostponementStatus.PENDING:   # decided meanwhile by another panel member
        raise ValidationFailed("postponement", "not_pending", request.status)
    errors = []
    if not reason.strip():
        errors.append(ValidationFailed("decision_reason", "required"))
    if grant and plan is None:
        errors.append(ValidationFailed("starts_at", "required"))
    if errors:
        raise ValidationErrors(errors)
    party = party_of(case, request.party_id)
    request.status = (PostponementStatus.GRANTED if grant else PostponementStatus.REFUSED).value
    request.decided_by, request.decided_on, request.decision_reason = user.id, now.date(), reason.strip()
    record(s, case, user, "postponement_decided", now, party=party.name, granted=grant, reason=reason.strip())
    notices: tuple[str, ...] = ()
    if grant:
        notices = move_session(s, user, case, hearing, plan, f"准予{party.name}延期申请：{reason.strip()}",
                               override_reason, now, office_dir)
    s.flush()
    ref = HearingRef(hearing.id, hearing.version, case.id, case.version, notices)
    uow.commit()
    return ref
