"""Write side of recusal (回避, M25 art 5): record an application, and the 部门负责人's decision.

While an application is pending, the challenged member steps aside: services.common.snapshot leaves them out
of the panel, so every action that needs a valid panel is refused until the decision. A granted application
takes them off the panel; the replacement named in the decision takes the same seat. Without a replacement the
panel may no longer be valid, and the case cannot proceed until the 合议组 tab completes it. The decision
issues the 回避申请决定书 in the same transaction.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ipcase.db.models.admin import User
from ipcase.db.models.cases import Case
from ipcase.db.models.hearings import Hearing
from ipcase.db.models.recusal import RecusalApplication
from ipcase.documents.recusal import document_fields
from ipcase.domain.cases.panel import Seat, panel_problems
from ipcase.domain.enums import REGISTERED_OPEN_STATES, CaseState, PanelRole
from ipcase.domain.recusal.rules import (
    AtHearing,
    ChallengedRole,
    RecusalGround,
    RecusalStatus,
    RecusalTiming,
    may_take_seat,
    panel_after_grant,
    timeliness,
)
from ipcase.dto.documents import DocumentDraft
from ipcase.dto.recusal import RecusalDecisionInput, RecusalInfo, RecusalInput
from ipcase.errors import TransitionRefused, ValidationErrors, ValidationFailed
from ipcase.loaders.rows import existing
from ipcase.loaders.settings import load_calendar, load_settings
from ipcase.queries.recusal.applications import hearing_day, recusal_info
from ipcase.services.common import actor, load_case, recompute_deadlines, record
from ipcase.services.documents.issue import issue_in_session
from ipcase.services.history import relock
from ipcase.uow import UnitOfWork

_AFTER_HEARING = frozenset({CaseState.HEARD, CaseState.DELIBERATION, CaseState.CLOSURE_APPROVAL})


def _open_case(s: Session, case_id: int, gesture: str) -> Case:
    case = load_case(s, case_id)
    if CaseState(case.state) not in REGISTERED_OPEN_STATES:
        raise TransitionRefused(gesture, case.state, "wrong_state")
    return case


def _challenged(case: Case, data: RecusalInput, errors: list) -> tuple[ChallengedRole | None, str]:
    try:
        role = ChallengedRole(data.challenged_role)
    except ValueError:
        errors.append(ValidationFailed("challenged_role", "choice", value=data.challenged_role))
        return None, ""
    if not role.on_panel:
        name = data.challenged_name.strip()
        if not name:
            errors.append(ValidationFailed("challenged_name", "required"))
        return role, name
    seat = next((p for p in case.panel if p.user_id == data.challenged_user_id and p.role == role.value), None)
    if seat is None:
        errors.append(ValidationFailed("challenged_user_id", "recusal_not_on_panel"))
        return role, ""
    return role, seat.user.full_name


def apply_for_recusal(uow: UnitOfWork, *, actor_id: int, case_id: int, data: RecusalInput,
                      now: datetime) -> RecusalInfo:
    """Record a party's application (written, or made orally and recorded — at the hearing too)."""
    s = uow.session
    user = actor(s, actor_id, "case.service", "apply_recusal")
    case = _open_case(s, case_id, "apply_recusal")
    errors: list[ValidationFailed] = []
    party = next((p for p in case.parties if p.id == data.applicant_party_id), None)
    if party is None:
        errors.append(ValidationFailed("applicant_party_id", "required"))
    role, name = _challenged(case, data, errors)
    grounds = tuple(dict.fromkeys(data.grounds))
    if not grounds:
        errors.append(ValidationFailed("grounds", "required"))
    elif any(g not in tuple(RecusalGround) for g in grounds):
        errors.append(ValidationFailed("grounds", "choice"))
    if not data.reason.strip():
        errors.append(ValidationFailed("reason", "required"))
    if data.received_date > now.date():
        errors.append(ValidationFailed("received_date", "future", data.received_date.isoformat()))
    elif case.registered_date and data.received_date < case.registered_date:
        errors.append(ValidationFailed("received_date", "before_registered", case.registered_date.isoformat()))
    if data.learned_date > data.received_date:
        errors.append(ValidationFailed("learned_date", "recusal_learned_after"))
    try:
        at_hearing = AtHearing(data.at_hearing)
    except ValueError:
        errors.append(ValidationFailed("at_hearing", "choice", value=data.at_hearing))
        at_hearing = AtHearing.OUTSIDE
    hearing = s.get(Hearing, data.hearing_id) if data.hearing_id is not None else None
    if (data.hearing_id is not None and (hearing is None or hearing.case_id != case.id)) or \
            (at_hearing != AtHearing.OUTSIDE and hearing is None):
        errors.append(ValidationFailed("hearing_id", "choice", value=data.hearing_id))
    if role is not None and name and _pending_against(s, case.id, data.challenged_user_id, name):
        errors.append(ValidationFailed("challenged_user_id" if role.on_panel else "challenged_name",
                                       "recusal_pending", name))
    if errors:
        raise ValidationErrors(errors)
    settings = load_settings(s, case.office_id)
    result = timeliness(RecusalTiming(data.received_date, data.learned_date, hearing_day(s, case),
                                      CaseState(case.state) in _AFTER_HEARING, at_hearing,
                                      data.ground_learned_late), load_calendar(s), settings.recusal_days)
    if result.code is None:
        raise ValidationFailed("received_date", "recusal_late", result.window_due.isoformat())
    app = RecusalApplication(
        case_id=case.id, applicant_party_id=party.id, challenged_user_id=data.challenged_user_id if role.on_panel else None,
        challenged_role=role.value, challenged_name=name, grounds=list(grounds), reason=data.reason.strip(),
        oral=data.oral, received_date=data.received_date, learned_date=data.learned_date,
        hearing_id=hearing.id if hearing else None, at_hearing=at_hearing.value,
        ground_learned_late=data.ground_learned_late, timeliness=result.code.value,
        status=RecusalStatus.PENDING.value, recorded_by=user.id, recorded_at=now, decision_reason="",
        replacement_name="")
    s.add(app)
    s.flush()
    record(s, case, user, "recusal_applied", now, applicant=party.name, challenged=name,
           challenged_role=role.value, grounds=list(grounds), received_date=data.received_date,
           timeliness=result.code.value)
    recompute_deadlines(s, case, now.date())
    uow.commit()
    return recusal_info(s, app)


def _pending_against(s: Session, case_id: int, user_id: int | None, name: str) -> bool:
    who = (RecusalApplication.challenged_user_id == user_id) if user_id is not None else \
        (RecusalApplication.challenged_name == name)
    return s.scalar(select(RecusalApplication.id).where(
        RecusalApplication.case_id == case_id, RecusalApplication.status == RecusalStatus.PENDING.value,
        who)) is not None


def _check_replacement(s: Session, case: Case, app: RecusalApplication, d: RecusalDecisionInput,
                       errors: list) -> None:
    """The replacement may sit in the challenged seat; without one the panel may end up incomplete, which
    blocks the case (the panel guard) until the 合议组 tab completes it."""
    seats = [Seat(p.user_id, PanelRole(p.role)) for p in case.panel]
    if d.replacement_user_id is not None:
        u = s.get(User, d.replacement_user_id)
        if u is None or not u.active or not may_take_seat(app.challenged_role, u.role):
            errors.append(ValidationFailed("replacement_user_id", "choice", value=d.replacement_user_id))
        elif u.id == app.challenged_user_id:
            errors.append(ValidationFailed("replacement_user_id", "recusal_same_person"))
    problems = panel_problems(panel_after_grant(seats, app.challenged_user_id, d.replacement_user_id))
    if d.replacement_user_id is not None and "same_person_twice" in problems:
        errors.append(ValidationFailed("replacement_user_id", "same_person_twice"))


def decide_recusal(uow: UnitOfWork, *, actor_id: int, application_id: int, decision: RecusalDecisionInput,
                   now: datetime, office_dir: str | None = None) -> RecusalInfo:
    """The 部门负责人 grants (naming a replacement) or rejects, with reasons; the decision document is issued."""
    s = uow.session
    user = actor(s, actor_id, "recusal.decide", "decide_recusal")
    app = existing(s, RecusalApplication, "recusal", application_id)
    case = _open_case(s, app.case_id, "decide_recusal")
    if relock(s, app).status != RecusalStatus.PENDING:    # a second head deciding at once finds it decided
        raise ValidationFailed("recusal", "not_pending", app.status)
    errors: list[ValidationFailed] = []
    if not decision.reason.strip():
        errors.append(ValidationFailed("decision_reason", "required"))
    if decision.decided_date > now.date():
        errors.append(ValidationFailed("decided_date", "future", decision.decided_date.isoformat()))
    elif decision.decided_date < app.received_date:
        errors.append(ValidationFailed("decided_date", "before_start", app.received_date.isoformat()))
    on_panel = ChallengedRole(app.challenged_role).on_panel
    if decision.grant and on_panel:
        _check_replacement(s, case, app, decision, errors)
    if errors:
        raise ValidationErrors(errors)
    app.status = (RecusalStatus.GRANTED if decision.grant else RecusalStatus.REJECTED).value
    app.decided_by, app.decided_at, app.decided_date = user.id, now, decision.decided_date
    app.decision_reason = decision.reason.strip()
    replacement = ""
    if decision.grant and on_panel:
        # The seat itself changes hands (a new row for the same person would clash with the old one).
        seat = next(p for p in case.panel if p.user_id == app.challenged_user_id)
        if decision.replacement_user_id is None:
            case.panel.remove(seat)
        else:
            seat.user_id = decision.replacement_user_id
        app.replacement_user_id = decision.replacement_user_id
        replacement = s.get(User, decision.replacement_user_id).full_name if decision.replacement_user_id else ""
    elif decision.grant:
        replacement = decision.replacement_name.strip()
    app.replacement_name = replacement
    s.flush()
    applicant = next(p for p in case.parties if p.id == app.applicant_party_id)
    detail = dict(applicant=applicant.name, challenged=app.challenged_name, challenged_role=app.challenged_role,
                  granted=decision.grant, grounds=list(app.grounds), reason=app.reason, oral=app.oral,
                  received_date=app.received_date, decision_reason=app.decision_reason, replacement=replacement)
    doc = issue_in_session(s, user, case.id, DocumentDraft("recusal_decision", document_fields(detail),
                                                           party_id=applicant.id), now, office_dir)
    app.document_id = doc.id
    record(s, case, user, "recusal_decided", now, document=doc.number, **detail)
    recompute_deadlines(s, case, now.date())
    uow.commit()
    return recusal_info(s, app)
