"""Write side of stand-alone mediation cases (调解案件): one function per user gesture, each one transaction.

A request is logged as RECEIVED, the respondent is served the copy and the 陈述意见通知书, gives (or does not
give) a statement; with the respondent's agreement the case is registered (案号 from its own gapless sequence)
and mediated — sessions and the agreement are the mediation feature's (services/mediation.py) — and closes by
agreement or is revoked. Every step is on the case's timeline and recomputes its stored time limits.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ipcase.db.models.admin import Office, User
from ipcase.db.models.mediation import MediationCase, Mediator, MediatorAssignment
from ipcase.domain.enums import Role
from ipcase.domain.mediation import cases as flow
from ipcase.domain.mediation.cases import (
    GROUND_OF,
    ExtensionStatus,
    MediationAction,
    MediationState,
    RefuseGround,
)
from ipcase.domain.permissions import may, require
from ipcase.dto.mediation import MediationCaseRef, MediationRequestInput, NumberPatternPage
from ipcase.errors import TransitionRefused, ValidationFailed
from ipcase.loaders.mediation import case_number_pattern, snapshot
from ipcase.loaders.setting_versions import MEDIATION_PATTERN
from ipcase.services.common import actor
from ipcase.services.mediation.case_support import (
    load,
    record,
    ref,
    search_text,
    store_pattern,
    validate_request,
    write_request,
)
from ipcase.services.numbering import register_number
from ipcase.services.setting_locks import claim_group
from ipcase.uow import UnitOfWork

A = MediationAction


def register_request(uow: UnitOfWork, *, actor_id: int, data: MediationRequestInput, now: datetime
                     ) -> MediationCaseRef:
    """Log a mediation request (调解请求书) as received; D16 starts."""
    s = uow.session
    user = actor(s, actor_id, "case.register", "mediation.register_request")
    case = create_case(s, user, data, now)
    uow.commit()
    return ref(case)


def create_case(s: Session, user: User, data: MediationRequestInput, now: datetime, *,
                intake_item_id: int | None = None, **detail) -> MediationCase:
    """The case of a request as received, in the caller's transaction (the intake register's triage creates
    its mediation cases through here; `detail` goes onto the 'created' timeline entry)."""
    clean = validate_request(s, data, now.date())
    officer_id = data.officer_id or (user.id if may(user.role, "registration.self_assign") else None)
    case = MediationCase(office_id=user.office_id, version=0, state=MediationState.RECEIVED.value,
                         officer_id=officer_id, intake_item_id=intake_item_id, closing_detail={},
                         created_at=now, updated_at=now)
    write_request(case, data, clean)
    s.add(case)
    s.flush()
    case.search_text = search_text(case)
    record(s, case, user, "created", now, to_state=case.state, mediation_kind=case.kind, **detail)
    return case


def update_request(uow: UnitOfWork, *, actor_id: int, case_id: int, expected_version: int,
                   data: MediationRequestInput, now: datetime) -> MediationCaseRef:
    """Correct the request before 立案; afterwards the parties and the subject are what was registered."""
    s = uow.session
    user = actor(s, actor_id, "case.register", "mediation.update_request")
    case = load(s, case_id, expected_version)
    if MediationState(case.state) not in (MediationState.RECEIVED, MediationState.AWAITING_STATEMENT):
        raise TransitionRefused("mediation.update_request", case.state, "already_registered")
    write_request(case, data, validate_request(s, data, now.date()))
    if data.officer_id:
        case.officer_id = data.officer_id
    s.flush()
    case.search_text = search_text(case)
    record(s, case, user, "edited", now)
    uow.commit()
    return ref(case)


def act(uow: UnitOfWork, *, actor_id: int, case_id: int, expected_version: int, action: str, payload: dict,
        now: datetime) -> MediationCaseRef:
    """Take `action` on the case (an extension of D19 is filed for the 部门负责人 instead)."""
    s = uow.session
    user = actor(s, actor_id)
    case = load(s, case_id, expected_version)
    t, p = flow.check(action, snapshot(s, case, now.date()), payload, Role(user.role))
    before = MediationState(case.state)
    detail: dict = dict(p)
    a = t.action
    if a == A.SERVE_NOTICE:
        case.notice_served, case.notice_method = p["served_date"], p["method"]
    elif a == A.RECEIVE_STATEMENT:
        case.statement_received, case.respondent_agrees = p["received_date"], bool(p["agrees"])
    elif a == A.REGISTER:
        case.registered_date = case.decided_date = p["registered_date"]
        case.session_at, case.session_place = p["session_at"], p["place"]
        _assign_case_number(s, case)
        detail["case_number"] = case.case_number
    elif a == A.REFUSE:
        case.decided_date = p["decided_date"]
        ground = RefuseGround.DECLINED if case.statement_received else RefuseGround.SILENT
        case.closing_detail = {"ground": ground.value, "reason_text": p.get("reason_text") or ""}
        detail["mediation_ground"] = ground.value
    elif a == A.RESCHEDULE:
        case.session_at, case.session_place = p["session_at"], p["place"]
    elif a in (A.REQUESTER_NO_SHOW, A.RESPONDENT_NO_SHOW, A.REVOKE):
        ground = GROUND_OF.get(a) or p["mediation_ground"]
        case.closed_date = p["decided_date"]
        case.closing_detail = {"ground": str(ground), "reason_text": p.get("reason_text") or ""}
        detail["mediation_ground"] = str(ground)
    elif a == A.CLOSE_AGREEMENT:
        case.closed_date = p["closed_date"]
        signed = snapshot(s, case, now.date()).agreement_signed
        case.closing_detail = {"agreement_date": signed.isoformat() if signed else None}
    elif a == A.EXTEND_LIMIT:
        case.extension_status = ExtensionStatus.PENDING.value
        case.extension_reason, case.extension_requested_by = p["reason"], user.id
        case.extension_opinion = ""
    elif a == A.RECORD_CNIPA_COPY:
        case.cnipa_copied = p["copied_date"]
    after = t.target or before
    case.state = after.value
    s.flush()
    case.search_text = search_text(case)
    record(s, case, user, "extension_requested" if a == A.EXTEND_LIMIT else a.value, now,
           from_state=before.value, to_state=after.value if after != before else None, **detail)
    uow.commit()
    return ref(case)


def decide_extension(uow: UnitOfWork, *, actor_id: int, case_id: int, approve: bool, opinion: str,
                     now: datetime) -> MediationCaseRef:
    """The 部门负责人 approves (D19 + 1 month) or refuses (with an opinion) a proposed extension."""
    s = uow.session
    user = actor(s, actor_id)
    require(user.role, "extension.approve", "mediation.decide_extension")
    case = load(s, case_id)
    if case.extension_status != ExtensionStatus.PENDING or case.state != MediationState.REGISTERED:
        raise TransitionRefused("mediation.decide_extension", case.state, "mediation_no_pending_extension")
    if not approve and not opinion.strip():
        raise ValidationFailed("opinion", "required")
    case.extension_status = (ExtensionStatus.APPROVED if approve else ExtensionStatus.REJECTED).value
    case.extension_decided_by, case.extension_decided_at = user.id, now
    case.extension_opinion = opinion.strip()
    record(s, case, user, "extension_decided", now, approved=approve, opinion=opinion.strip())
    uow.commit()
    return ref(case)


def assign_mediators(uow: UnitOfWork, *, actor_id: int, case_id: int, expected_version: int,
                     mediator_ids: tuple[int, ...], now: datetime) -> MediationCaseRef:
    """Set who mediates the case (one or more of the office's pool); the timeline names who came and went."""
    s = uow.session
    user = actor(s, actor_id, "case.procedure", "mediation.assign")
    case = load(s, case_id, expected_version)
    if MediationState(case.state).is_terminal:
        raise TransitionRefused("mediation.assign", case.state, "wrong_state")
    wanted = list(dict.fromkeys(mediator_ids))
    pool = {m.id: m for m in s.scalars(select(Mediator).where(Mediator.id.in_(wanted)))}
    bad = [i for i in wanted if i not in pool or pool[i].office_id != case.office_id
           or (not pool[i].active and i not in {a.mediator_id for a in case.assignments})]
    if bad:
        raise ValidationFailed("mediators", "choice", value=bad)
    current = {a.mediator_id: a for a in case.assignments}
    added = [pool[i].name for i in wanted if i not in current]
    removed = [a.mediator.name for i, a in current.items() if i not in wanted]
    case.assignments = [current.get(i) or MediatorAssignment(mediator_id=i, assigned_at=now, assigned_by=user.id)
                        for i in wanted]
    record(s, case, user, "mediators", now, added=added, removed=removed)
    uow.commit()
    return ref(case)


def update_case_number_pattern(uow: UnitOfWork, *, actor_id: int, pattern: str,
                               expected_version: int) -> NumberPatternPage:
    """The office's 调解案号 pattern. `expected_version` is the version the page loaded
    (queries.mediation.cases.number_pattern): another administrator's save since is refused
    (ConcurrentModification "mediation_pattern"), not overwritten."""
    s = uow.session
    user = actor(s, actor_id, "settings.edit", "mediation.pattern")
    stored = store_pattern(s, user.office_id, pattern)
    version = claim_group(s, user, MEDIATION_PATTERN, expected_version)
    uow.commit()
    return NumberPatternPage(stored, version)


def _assign_case_number(s: Session, case: MediationCase) -> None:
    office = s.get(Office, case.office_id)
    year = case.registered_date.year
    n, case.case_number = register_number(s, office_id=office.id, kind="mediation_case", year=year,
                                          pattern=case_number_pattern(s, office.id), short_name=office.short_name)
    case.case_year, case.case_seq = year, n
