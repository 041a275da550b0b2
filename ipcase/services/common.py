"""Pieces every write-side service shares: the actor, loading a case under optimistic locking, the
timeline, the calendar and settings as stored, and recomputing a case's deadlines."""
from __future__ import annotations

import json
from dataclasses import fields as dc_fields
from datetime import date, datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ipcase.db.models.admin import HolidayYear, Setting, User
from ipcase.db.models.cases import Approval, Case, DeadlineRow, TimelineEntry
from ipcase.db.models.recusal import RecusalApplication
from ipcase.domain.calendar import OfficialCalendar, YearCalendar
from ipcase.domain.cases.deadlines import (
    CaseFacts,
    DeadlineSettings,
    ExtensionFacts,
    PartyFacts,
    PauseFacts,
    compute_deadlines,
)
from ipcase.domain.cases.panel import Seat, panel_problems
from ipcase.domain.cases.workflow import CaseSnapshot
from ipcase.domain.enums import (
    ApprovalStatus,
    CaseState,
    DeadlineCode,
    PanelRole,
    PartyKind,
    PartyRole,
    PauseKind,
    Role,
)
from ipcase.domain.recusal.rules import RecusalStatus
from ipcase.dto.cases import CaseRef
from ipcase.errors import ConcurrentModification, NotFound, PermissionDenied
from ipcase.services.evidence.facts import evidence_facts


def actor(session: Session, actor_id: int, roles: frozenset[Role] | None = None, action: str = "") -> User:
    user = session.get(User, actor_id)
    if user is None or not user.active:
        raise NotFound("user", actor_id)
    if roles is not None and Role(user.role) not in roles:
        raise PermissionDenied(action, user.role)
    return user


def load_case(session: Session, case_id: int, expected_version: int | None = None) -> Case:
    """The case, locked for this transaction's update; refuses a stale version and says what changed."""
    case = session.get(Case, case_id, with_for_update=session.bind.dialect.name != "sqlite")
    if case is None:
        raise NotFound("case", case_id)
    if expected_version is not None and case.version != expected_version:
        changes = session.scalars(
            select(TimelineEntry).where(TimelineEntry.case_id == case_id,
                                        TimelineEntry.version > expected_version)
            .order_by(TimelineEntry.id)).all()
        raise ConcurrentModification(
            "case", case_id, expected_version, case.version,
            tuple(f"{t.at:%Y-%m-%d %H:%M} {t.actor.full_name if t.actor else ''} {t.kind}" for t in changes))
    return case


def record(session: Session, case: Case, user: User | None, kind: str, now: datetime, *,
           from_state: str | None = None, to_state: str | None = None, **detail) -> None:
    """Add a timeline entry. Call after the case's own changes so the flush bumps its version first."""
    case.updated_at = now
    case.version = case.version + 1
    session.flush()
    session.add(TimelineEntry(case_id=case.id, at=now, actor_id=user.id if user else None, kind=kind,
                              from_state=from_state, to_state=to_state, detail=_jsonable(detail),
                              version=case.version))


def _jsonable(value):
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [_jsonable(v) for v in value]
    if isinstance(value, date | datetime):
        return value.isoformat()
    return value


def ref(case: Case) -> CaseRef:
    return CaseRef(case.id, case.version, case.case_number)


# ---- settings and calendar ------------------------------------------------------------------------

def load_settings(session: Session) -> DeadlineSettings:
    stored = {s.key: s.value for s in session.scalars(select(Setting))}
    values = {}
    for f in dc_fields(DeadlineSettings):
        if f"deadline.{f.name}" in stored:
            values[f.name] = json.loads(stored[f"deadline.{f.name}"])
    return DeadlineSettings(**values)


def load_calendar(session: Session) -> OfficialCalendar:
    years = session.scalars(select(HolidayYear)).all()
    return OfficialCalendar([
        YearCalendar(y.year,
                     {d.day: d.name for d in y.days if not d.is_workday},
                     {d.day: d.name for d in y.days if d.is_workday})
        for y in years])


# ---- deadlines ------------------------------------------------------------------------------------

def case_facts(case: Case) -> CaseFacts:
    closed_states = {CaseState.CLOSED_RULING_INFRINGEMENT, CaseState.CLOSED_RULING_REJECTED,
                     CaseState.CLOSED_MEDIATED, CaseState.CLOSED_REVOKED, CaseState.ARCHIVED,
                     CaseState.NOT_ACCEPTED}
    return CaseFacts(
        state=CaseState(case.state),
        received_date=case.received_date,
        correction_due=case.correction_due,
        correction_received=case.correction_received,
        decision_extended=case.decision_extended,
        decided_date=case.decided_date,
        registered_date=case.registered_date,
        parties=tuple(PartyFacts(p.id, p.name, PartyRole(p.role), p.no_domicile_in_prc, p.notice_served,
                                 p.copy_served, p.answer_received, p.ruling_served) for p in case.parties),
        answer_forwarded=case.answer_forwarded,
        pauses=tuple(PauseFacts(PauseKind(p.kind), p.start_date, p.end_date) for p in case.pauses),
        extensions=tuple(ExtensionFacts(e.level, e.length, e.unit) for e in case.extensions),
        closed_date=case.closed_date if CaseState(case.state) in closed_states else None,
        **evidence_facts(case),
    )


def recompute_deadlines(session: Session, case: Case, today: date,
                        cal: OfficialCalendar | None = None, settings: DeadlineSettings | None = None) -> int:
    """Replace the stored deadlines of `case` with a fresh computation; returns how many differ."""
    cal = cal or load_calendar(session)
    settings = settings or load_settings(session)
    new = compute_deadlines(case_facts(case), cal, settings, today)
    old = session.scalars(select(DeadlineRow).where(DeadlineRow.case_id == case.id)).all()
    key = lambda c, p, s, d, pr, st: (c, p, s, d, pr, st)  # noqa: E731
    before = {key(r.code, r.party_id, r.start_date, r.due_date, r.provisional, r.status) for r in old}
    after = {key(d.code.value, d.party_id, d.start, d.due, d.provisional, d.status.value) for d in new}
    session.execute(delete(DeadlineRow).where(DeadlineRow.case_id == case.id))
    session.add_all(DeadlineRow(case_id=case.id, code=d.code.value, party_id=d.party_id, start_date=d.start,
                                due_date=d.due, provisional=d.provisional, basis=d.basis,
                                status=d.status.value, met_date=d.met_date, paused=d.paused,
                                hide_after_due=d.hide_after_due) for d in new)
    return len(before ^ after)


def search_text(case: Case) -> str:
    """What the text search looks in: 案号, patent number (with and without prefix), party names, codes."""
    bits = [case.case_number or "", case.patent.number, case.patent.number.removeprefix("ZL"),
            case.patent.number.replace(".", "")]
    for p in case.parties:
        bits += [p.name, p.name_normalized, p.credit_code]
        bits += [a.name for a in p.agents]
    return " | ".join(b for b in bits if b)


def is_natural(kind: str) -> bool:
    return kind == PartyKind.NATURAL


def stepped_aside(s: Session, case_id: int) -> set[int]:
    """Users challenged by a recusal application not yet decided."""
    return set(s.scalars(select(RecusalApplication.challenged_user_id).where(
        RecusalApplication.case_id == case_id, RecusalApplication.status == RecusalStatus.PENDING.value,
        RecusalApplication.challenged_user_id.is_not(None))))


def snapshot(s: Session, case: Case, today, *, ignore_approval: int | None = None) -> CaseSnapshot:
    facts = case_facts(case)
    open_pauses = frozenset(PauseKind(p.kind) for p in case.pauses if p.end_date is None)
    respondents = [p for p in case.parties if p.role == PartyRole.RESPONDENT]
    d3 = [d.due for d in compute_deadlines(facts, load_calendar(s), load_settings(s), today)
          if d.code == DeadlineCode.D3]
    pending = s.scalars(select(Approval.action).where(
        Approval.case_id == case.id, Approval.status == ApprovalStatus.PENDING,
        Approval.id != (ignore_approval or -1))).all()
    away = stepped_aside(s, case.id)
    return CaseSnapshot(
        state=CaseState(case.state), today=today, received_date=case.received_date,
        # A member challenged for recusal steps aside until the 部门负责人 decides (M25 art 5).
        panel_valid=not panel_problems(Seat(p.user_id, PanelRole(p.role)) for p in case.panel
                                       if p.user_id not in away),
        suspended=PauseKind.SUSPENSION in open_pauses, open_pauses=open_pauses,
        extension_level=len(case.extensions), decision_extended=case.decision_extended,
        answer_due=max(d3) if d3 else None,
        respondents_unserved=sum(1 for p in respondents if p.copy_served is None),
        pending_actions=frozenset(pending),
        hearing_date=case.hearing_at.date() if case.hearing_at else None,
        registered_date=case.registered_date,
    )
