"""Write side of the case register: one function per user gesture, each one transaction."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ipcase.db.models.admin import Office, User
from ipcase.db.models.cases import Approval, Case, Extension, PanelSeat, Pause
from ipcase.db.models.evidence import Appraisal
from ipcase.domain.cases import workflow
from ipcase.domain.cases.deadlines import validate_extension
from ipcase.domain.cases.panel import Seat, panel_problems
from ipcase.domain.cases.workflow import APPROVER_ROLES, ON_REJECT, REVIEWER_ROLES, CaseAction
from ipcase.domain.enums import (
    PRE_REGISTRATION_STATES,
    ApprovalStatus,
    CaseState,
    PanelRole,
    PartyRole,
    PauseKind,
    Role,
)
from ipcase.domain.numbering import format_number
from ipcase.domain.statistics.counting import closing_method_for
from ipcase.dto.cases import CaseRef, PanelInput, RequestInput
from ipcase.errors import NotFound, TransitionRefused, ValidationErrors, ValidationFailed
from ipcase.services.cases.requests import upsert_patent, validate_request, write_request
from ipcase.services.common import (
    actor,
    load_case,
    recompute_deadlines,
    record,
    ref,
    search_text,
    snapshot,
)
from ipcase.services.numbering import next_number
from ipcase.uow import UnitOfWork

INTAKE_ROLES = workflow.SERVICE_ROLES


def register_request(uow: UnitOfWork, *, actor_id: int, data: RequestInput, now: datetime) -> CaseRef:
    """Log a request for adjudication (请求书) as received; the case starts in RECEIVED."""
    s = uow.session
    user = actor(s, actor_id, INTAKE_ROLES, "register_request")
    case = create_request_case(s, user, data, now)
    uow.commit()
    return ref(case)


def create_request_case(s: Session, user: User, data: RequestInput, now: datetime, **detail) -> Case:
    """The case of a request as received, in the caller's transaction (the intake register creates its cases
    through here too; `detail` goes onto the 'created' timeline entry)."""
    clean = validate_request(s, data, now.date())
    officer_id = data.officer_id or (user.id if user.role == Role.OFFICER else None)
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
    user = actor(s, actor_id, INTAKE_ROLES, "update_request")
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
    user = actor(s, actor_id, workflow.PROCEDURE_ROLES, "set_panel")
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
        if u is None or not u.active or u.role == Role.ADMIN:
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
        validate_extension(len(case.extensions) + 1, clean["length"], clean["unit"], "-")
        clean["level"] = len(case.extensions) + 1   # the approver sees whether it is the second extension
    if t.approval:
        s.add(Approval(case_id=case.id, action=t.action.value, payload=_jsonable(clean),
                       status=ApprovalStatus.PENDING.value, requested_by=user.id, requested_at=now))
        record(s, case, user, "approval_requested", now, action=t.action.value, payload=clean)
    else:
        _apply(s, case, t, clean, user, now)


def apply_action(s: Session, case: Case, user: User, action: str, payload: dict, now: datetime) -> None:
    """Take a direct (non-approval) action inside the caller's transaction. Recording the service of a
    document goes through here, so the state machine and the deadlines stay in one place."""
    t, clean = workflow.check(action, snapshot(s, case, now.date()), payload, Role(user.role))
    if t.approval:
        raise TransitionRefused(t.action.value, case.state, "needs_approval")
    _apply(s, case, t, clean, user, now)


def review_approval(uow: UnitOfWork, *, actor_id: int, approval_id: int, opinion: str, now: datetime) -> None:
    """处(科)室负责人's review opinion on a pending approval (the 审核 line of the 审批表)."""
    s = uow.session
    user = actor(s, actor_id, REVIEWER_ROLES, "review")
    approval = _pending(s, approval_id)
    approval.reviewed_by, approval.reviewed_at, approval.review_opinion = user.id, now, opinion.strip()
    case = load_case(s, approval.case_id)
    record(s, case, user, "approval_reviewed", now, action=approval.action, opinion=opinion.strip())
    uow.commit()


def decide_approval(uow: UnitOfWork, *, actor_id: int, approval_id: int, approve: bool, opinion: str,
                    higher_office_ref: str = "", now: datetime) -> CaseRef:
    """The 部门负责人 approves (the action is carried out now, its guards checked again) or refuses."""
    s = uow.session
    user = actor(s, actor_id, APPROVER_ROLES, "approve")
    approval = _pending(s, approval_id)
    case = load_case(s, approval.case_id)
    action = CaseAction(approval.action)
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
        _apply(s, case, t, clean, user, now, approval=approval)
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
            _apply(s, case, t, clean, user, now)
    uow.commit()
    return ref(case)


def _pending(s: Session, approval_id: int) -> Approval:
    approval = s.get(Approval, approval_id)
    if approval is None:
        raise NotFound("approval", approval_id)
    if approval.status != ApprovalStatus.PENDING:
        raise ValidationFailed("approval", "not_pending", approval.status)
    return approval


def _jsonable(payload: dict) -> dict:
    from ipcase.services.common import _jsonable as j
    return j(payload)


# ---- what each action does to the record ---------------------------------------------------------

def _apply(s: Session, case: Case, t: workflow.Transition, p: dict, user: User, now: datetime,
           approval: Approval | None = None) -> None:
    A = CaseAction
    before = CaseState(case.state)
    target = t.target_for(before, {**p, "outcome": case.proposed_outcome})
    detail: dict = dict(p)
    a = t.action
    if a == A.REQUEST_CORRECTION:
        case.correction_due = p["correction_due"]
        case.correction_received = None
    elif a == A.CORRECTION_RECEIVED:
        case.correction_received = p["received_date"]
    elif a == A.EXTEND_DECISION:
        case.decision_extended = True
    elif a == A.REGISTER:
        case.registered_date = case.decided_date = p["registered_date"]
        _assign_case_number(s, case)
        detail["case_number"] = case.case_number
    elif a in (A.REFUSE, A.REVOKE, A.REQUESTER_NO_SHOW):
        if a == A.REFUSE:
            case.decided_date = p["decided_date"]
        reason = "no_show" if a == A.REQUESTER_NO_SHOW else p.get("revoke_reason")
        case.closed_date = p["decided_date"]
        case.closing_detail = _jsonable({**p, "revoke_reason": reason} if reason else p)
    elif a in (A.SERVE_REGISTRATION_NOTICE, A.SERVE_COPY, A.RECORD_RULING_SERVICE):
        column = {A.SERVE_REGISTRATION_NOTICE: "notice_served", A.SERVE_COPY: "copy_served",
                  A.RECORD_RULING_SERVICE: "ruling_served"}[a]
        role = {A.SERVE_REGISTRATION_NOTICE: PartyRole.REQUESTER, A.SERVE_COPY: PartyRole.RESPONDENT}.get(a)
        parties = {x.id: x for x in case.parties if role is None or x.role == role}
        for pid, day in p["served"].items():
            if pid not in parties:
                raise ValidationFailed("served", "choice", value=pid)
            if case.registered_date and day < case.registered_date:
                raise ValidationFailed("served", "before_registered", day.isoformat())
            setattr(parties[pid], column, day)
        detail["served"] = {parties[pid].name: day for pid, day in p["served"].items()}
        if a == A.SERVE_COPY and any(x.copy_served is None for x in parties.values()):
            target = before  # the answer period starts when every respondent has the copy
    elif a == A.RECEIVE_ANSWER:
        party = next((x for x in case.parties if x.id == p["party_id"] and x.role == PartyRole.RESPONDENT), None)
        if party is None:
            raise ValidationFailed("party_id", "choice", value=p["party_id"])
        party.answer_received = p["received_date"]
        detail["party"] = party.name
    elif a == A.FORWARD_ANSWER:
        case.answer_forwarded = p["forwarded_date"]
    elif a in (A.SCHEDULE_HEARING, A.RESCHEDULE_HEARING):
        case.hearing_at, case.hearing_room = p["hearing_at"], p["room"]
    elif a == A.SUBMIT_CLOSING:
        case.proposed_outcome = p["outcome"]
        case.closing_detail = _jsonable({"majority_opinion": p["majority_opinion"], "dissent": p.get("dissent")})
    elif a == A.RETURN_TO_DELIBERATION:
        case.proposed_outcome = None
        for other in s.scalars(select(Approval).where(Approval.case_id == case.id,
                                                      Approval.action == A.CLOSE_BY_RULING.value,
                                                      Approval.status == ApprovalStatus.PENDING.value)):
            other.status = ApprovalStatus.REJECTED.value
    elif a == A.CLOSE_BY_RULING:
        case.closed_date = p["ruling_date"]
        case.closing_detail = {**case.closing_detail, "outcome": case.proposed_outcome,
                               "ruling_date": p["ruling_date"].isoformat()}
    elif a == A.CLOSE_BY_MEDIATION:
        case.closed_date = p["agreement_date"]
        case.closing_detail = _jsonable(p)
    elif a == A.SUSPEND:
        case.pauses.append(Pause(kind=PauseKind.SUSPENSION.value, ground=p["ground"], start_date=p["start_date"],
                                 note=p.get("note") or ""))
    elif a in (A.RESUME, A.END_PAUSE):
        kind = PauseKind.SUSPENSION.value if a == A.RESUME else p["pause_kind"]
        end = p["resume_date"] if a == A.RESUME else p["end_date"]
        pause = next(x for x in case.pauses if x.kind == kind and x.end_date is None)
        if a == A.END_PAUSE and kind == PauseKind.APPRAISAL and s.scalar(
                select(Appraisal.id).where(Appraisal.pause_id == pause.id, Appraisal.report_on.is_(None))):
            # A commissioned appraisal ends its pause when its report is entered on the 证据 tab; ending the
            # pause here would leave the appraisal open and its report date unable to move D12 again.
            raise TransitionRefused(a.value, before.value, "pause_owned_by_appraisal")
        if end < pause.start_date:
            raise ValidationFailed("resume_date" if a == A.RESUME else "end_date", "before_start",
                                   pause.start_date.isoformat())
        pause.end_date = end
    elif a == A.START_PAUSE:
        case.pauses.append(Pause(kind=p["pause_kind"], start_date=p["start_date"], note=p.get("note") or ""))
    elif a == A.EXTEND_CLOSING:
        level = len(case.extensions) + 1
        higher = (approval.higher_office_ref if approval else "") or p.get("higher_office_ref") or ""
        validate_extension(level, p["length"], p["unit"], higher)
        case.extensions.append(Extension(level=level, length=p["length"], unit=p["unit"], reason=p["reason"],
                                         higher_office_ref=higher,
                                         approval_id=approval.id if approval else None))
        detail["level"] = level
    case.state = target.value
    method = closing_method_for(target, case.closing_detail)
    if method is not None:
        case.closing_method = method.value
    if a == A.SUBMIT_CLOSING:
        # Closing needs the 部门负责人's approval: file it together with the panel's proposal.
        s.add(Approval(case_id=case.id, action=A.CLOSE_BY_RULING.value, payload={"outcome": p["outcome"]},
                       status=ApprovalStatus.PENDING.value, requested_by=user.id, requested_at=now))
    record(s, case, user, a.value, now, from_state=before.value,
           to_state=target.value if target != before else None, **detail)
    s.flush()
    recompute_deadlines(s, case, now.date())


def _assign_case_number(s: Session, case: Case) -> None:
    office = s.get(Office, case.office_id)
    year = case.registered_date.year
    n = next_number(s, office_id=office.id, kind="case", year=year)
    case.case_year, case.case_seq = year, n
    case.case_number = format_number(office.case_number_pattern, short_name=office.short_name, year=year, n=n)
    case.search_text = search_text(case)
