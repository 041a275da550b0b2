"""Write side of the case register: one function per user gesture, each one transaction."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ipcase.db.models.admin import User
from ipcase.db.models.cases import Approval, Case, PanelSeat
from ipcase.domain.cases import workflow
from ipcase.domain.cases.panel import Seat, panel_problems
from ipcase.domain.cases.workflow import ON_REJECT, CaseAction
from ipcase.domain.enums import (
    PRE_REGISTRATION_STATES,
    ApprovalStatus,
    CaseState,
    PanelRole,
    Role,
)
from ipcase.domain.extensions import validate_closing_extension
from ipcase.domain.permissions import may, require
from ipcase.dto.cases import CaseRef, PanelInput, RequestInput
from ipcase.errors import TransitionRefused, ValidationErrors, ValidationFailed
from ipcase.loaders.cases import snapshot
from ipcase.loaders.rows import existing
from ipcase.services.cases.effects import apply_transition
from ipcase.services.cases.requests import upsert_patent, validate_request, write_request
from ipcase.services.common import (
    actor,
    load_case,
    recompute_deadlines,
    record,
    ref,
    search_text,
)
from ipcase.services.history import jsonable, relock
from ipcase.uow import UnitOfWork


def register_request(uow: UnitOfWork, *, actor_id: int, data: RequestInput, now: datetime) -> CaseRef:
    """Log a request for adjudication (请求书) as received; the case starts in RECEIVED."""
    s = uow.session
    user = actor(s, actor_id, "case.register", "register_request")
    case = create_request_case(s, user, data, now)
    uow.commit()
    return ref(case)


def create_request_case(s: Session, user: User, data: RequestInput, now: datetime, **detail) -> Case:
    """The case of a request as received, in the caller's transaction (the intake register creates its cases
    through here too; `detail` goes onto the 'created' timeline entry)."""
    clean = validate_request(s, data, now.date())
    officer_id = data.officer_id or (user.id if may(user.role, "registration.self_assign") else None)
    case = Case(office_id=user.office_id, version=0, state=CaseState.RECEIVED.value, officer_id=officer_id,
                created_at=now, updated_at=now, closing_detail={})
    write_request(case, data, clean, upsert_patent(s, data, clean))
    s.add(case)
    s.flush()
    case.search_text = search_text(case)
    record(s, case, user, "created", now, to_state=case.state, **detail)
    recompute_deadlines(s, case, now.date())
    return case


def update_request(uow: UnitOfWork, *, actor_id: int, case_id: int, expected_version: int,
                   data: RequestInput, now: datetime) -> CaseRef:
    """Correct the request's data before 立案 (after it, parties change only by procedure)."""
    s = uow.session
    user = actor(s, actor_id, "case.register", "update_request")
    case = load_case(s, case_id, expected_version)
    if CaseState(case.state) not in PRE_REGISTRATION_STATES:
        raise TransitionRefused("update_request", case.state, "already_registered")
    clean = validate_request(s, data, now.date())
    write_request(case, data, clean, upsert_patent(s, data, clean))
    if data.officer_id:
        case.officer_id = data.officer_id
    s.flush()
    case.search_text = search_text(case)
    record(s, case, user, "edited", now)
    recompute_deadlines(s, case, now.date())
    uow.commit()
    return ref(case)


def set_panel(uow: UnitOfWork, *, actor_id: int, case_id: int, expected_version: int,
              panel: PanelInput, now: datetime) -> CaseRef:
    """Appoint the 合议组. Before 立案 a partial panel may be saved (立案 then refuses it); afterwards the
    panel must stay valid (3+ voting members, odd, with a clerk)."""
    s = uow.session
    user = actor(s, actor_id, "case.procedure", "set_panel")
    case = load_case(s, case_id, expected_version)
    state = CaseState(case.state)
    if state.is_terminal:
        raise TransitionRefused("set_panel", case.state, "wrong_state")
    seats = [Seat(panel.leader_id, PanelRole.LEADER)] if panel.leader_id else []
    seats += [Seat(uid, PanelRole.MEMBER) for uid in panel.member_ids]
    if panel.clerk_id:
        seats.append(Seat(panel.clerk_id, PanelRole.CLERK))
    if panel.tech_investigator_id:
        seats.append(Seat(panel.tech_investigator_id, PanelRole.TECH_INVESTIGATOR))
    errors = []
    for seat in seats:
        u = s.get(User, seat.user_id)
        if u is None or not u.active or not may(u.role, "panel.sit"):
            errors.append(ValidationFailed(f"panel.{seat.role.value}", "choice", value=seat.user_id))
    problems = panel_problems(seats)
    if state not in PRE_REGISTRATION_STATES:
        errors += [ValidationFailed("panel", code) for code in problems]
    elif "same_person_twice" in problems:
        errors.append(ValidationFailed("panel", "same_person_twice"))
    if errors:
        raise ValidationErrors(errors)
    # Keep each person's row: a new row for someone already seated would be inserted before the old one is
    # deleted and break the (case, user) unique constraint.
    rows = {p.user_id: p for p in case.panel}
    case.panel = [rows.pop(seat.user_id, None) or PanelSeat(user_id=seat.user_id) for seat in seats]
    for row, seat in zip(case.panel, seats, strict=True):
        row.role = seat.role.value
    names = {u.id: u.full_name for u in s.scalars(select(User).where(User.id.in_([x.user_id for x in seats])))}
    record(s, case, user, "panel", now, panel=[[seat.role.value, names.get(seat.user_id, "")] for seat in seats],
           problems=problems)
    uow.commit()
    return ref(case)


# ---- actions and approvals ------------------------------------------------------------------------

def act(uow: UnitOfWork, *, actor_id: int, case_id: int, expected_version: int, action: str,
        payload: dict, now: datetime) -> CaseRef:
    """Take `action` on the case, or — when the action needs an approval — file it for approval."""
    s = uow.session
    user = actor(s, actor_id)
    case = load_case(s, case_id, expected_version)
    take_or_file(s, case, user, action, payload, now)
    uow.commit()
    return ref(case)


def take_or_file(s: Session, case: Case, user: User, action: str, payload: dict, now: datetime) -> None:
    """`act` inside the caller's transaction (closing a hearing record files the requester's no-show)."""
    t, clean = workflow.check(action, snapshot(s, case, now.date()), payload, Role(user.role))
    if t.action == CaseAction.EXTEND_CLOSING:
        # The higher office's reference may come with the decision; everything else is checked now.
        validate_closing_extension(len(case.extensions) + 1, clean["length"], clean["unit"], "-")
        clean["level"] = len(case.extensions) + 1   # the approver sees whether it is the second extension
    if t.approval:
        s.add(Approval(case_id=case.id, action=t.action.value, payload=jsonable(clean),
                       status=ApprovalStatus.PENDING.value, requested_by=user.id, requested_at=now))
        record(s, case, user, "approval_requested", now, action=t.action.value, payload=clean)
    else:
        apply_transition(s, case, t, clean, user, now)


def apply_action(s: Session, case: Case, user: User, action: str, payload: dict, now: datetime) -> None:
    """Take a direct (non-approval) action inside the caller's transaction. Recording the service of a
    document goes through here, so the state machine and the deadlines stay in one place."""
    t, clean = workflow.check(action, snapshot(s, case, now.date()), payload, Role(user.role))
    if t.approval:
        raise TransitionRefused(t.action.value, case.state, "needs_approval")
    apply_transition(s, case, t, clean, user, now)


def review_approval(uow: UnitOfWork, *, actor_id: int, approval_id: int, opinion: str, now: datetime) -> None:
    """处(科)室负责人's review opinion on a pending approval (the 审核 line of the 审批表)."""
    s = uow.session
    user = actor(s, actor_id, "approval.review", "review")
    approval, case = _pending(s, approval_id)
    approval.reviewed_by, approval.reviewed_at, approval.review_opinion = user.id, now, opinion.strip()
    record(s, case, user, "approval_reviewed", now, action=approval.action, opinion=opinion.strip())
    uow.commit()


def decide_approval(uow: UnitOfWork, *, actor_id: int, approval_id: int, approve: bool, opinion: str,
                    higher_office_ref: str = "", now: datetime) -> CaseRef:
    """The 部门负责人 approves (the action is carried out now, its guards checked again) or refuses."""
    s = uow.session
    user = actor(s, actor_id, "approval.decide", "approve")
    approval, case = _pending(s, approval_id)
    action = CaseAction(approval.action)
    if action in EXTENSIONS:
        require(user.role, "extension.approve", "approve")
    approval.decided_by, approval.decided_at, approval.opinion = user.id, now, opinion.strip()
    approval.higher_office_ref = higher_office_ref.strip()
    if approve:
        payload = dict(approval.payload)
        if action == CaseAction.CLOSE_BY_RULING and not payload.get("ruling_date"):
            payload["ruling_date"] = now.date()
        snap = snapshot(s, case, now.date(), ignore_approval=approval.id)
        t, clean = workflow.check(action, snap, payload, Role(user.role))
        approval.status = ApprovalStatus.APPROVED.value
        record(s, case, user, "approval_decided", now, action=action.value, approved=True,
               opinion=opinion.strip(), higher_office_ref=approval.higher_office_ref)
        apply_transition(s, case, t, clean, user, now, approval=approval)
    else:
        if not opinion.strip():
            raise ValidationFailed("opinion", "required")
        approval.status = ApprovalStatus.REJECTED.value
        record(s, case, user, "approval_decided", now, action=action.value, approved=False,
               opinion=opinion.strip())
        follow = ON_REJECT.get(action)
        if follow:
            snap = snapshot(s, case, now.date(), ignore_approval=approval.id)
            t, clean = workflow.check(follow, snap, {"reason": opinion}, Role(user.role))
            apply_transition(s, case, t, clean, user, now)
    uow.commit()
    return ref(case)


# Approvals that extend a time limit: decided under "extension.approve" like every other extension.
EXTENSIONS = frozenset({CaseAction.EXTEND_DECISION, CaseAction.EXTEND_CLOSING})


def _pending(s: Session, approval_id: int) -> tuple[Approval, Case]:
    """The approval, still pending, and its case, both locked: a second head deciding at the same moment waits
    for the first and then finds it decided."""
    approval = existing(s, Approval, "approval", approval_id)
    case = load_case(s, approval.case_id)
    relock(s, approval)
    if approval.status != ApprovalStatus.PENDING:
        raise ValidationFailed("approval", "not_pending", approval.status)
    return approval, case
