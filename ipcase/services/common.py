"""Pieces every write-side service shares: the actor, loading a case under optimistic locking with its
timeline entry, recomputing and storing a case's deadlines, and the text its search looks in. What is only read
(the calendar and settings as stored, a case's facts and snapshot) lives in `ipcase.loaders`."""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy import bindparam, delete, insert, select
from sqlalchemy.orm import Session

from ipcase.db import aggregates, office_scope
from ipcase.db.models.admin import User
from ipcase.db.models.cases import Case, DeadlineRow, TimelineEntry
from ipcase.domain.calendar import OfficialCalendar
from ipcase.domain.cases.deadlines import DeadlineSettings, compute_deadlines
from ipcase.domain.permissions import may, require
from ipcase.dto.cases import CaseRef
from ipcase.errors import NotFound, PermissionDenied, ValidationFailed
from ipcase.loaders.cases import case_facts, case_facts_many
from ipcase.loaders.settings import load_calendar, load_settings
from ipcase.services.history import Timeline, append_entry, load_versioned
from ipcase.sync import laptop

CASE_TIMELINE = Timeline("case", Case, TimelineEntry, "case_id")


def actor(session: Session, actor_id: int, gesture: str | None = None, action: str = "") -> User:
    """The acting user, active, and allowed to make `gesture` (ipcase.domain.permissions; None: any user).
    `action` names the refused step in the error message. The office half of permission goes here too."""
    viewer = office_scope.bound_viewer(session)
    if viewer is not None and viewer != actor_id:
        # A window acts only as the user logged in to it.
        raise PermissionDenied(action or gesture or "act_as", None)
    user = session.get(User, actor_id)
    if user is None or not user.active:
        raise NotFound("user", actor_id)
    if office_scope.current_scope(session) is None:
        # A script or command names its actor: from here on it sees and changes what that user's office may.
        office_scope.set_scope(session, office_scope.compute_scope(session, user.office_id))
    if gesture is None:  # a step any user may take still changes the record: not the read-only 审计员
        require(user.role, "record.change", action or "record.change")
    else:
        require(user.role, gesture, action or gesture)
    # Who acts in this unit of work, for what is recorded with the change (the audit trail, the office guard).
    session.info["actor_id"] = user.id
    session.info["actor_office_id"] = user.office_id
    session.info["action"] = action or gesture or ""
    return user


def check_assignee(session: Session, user_id: int | None, gesture: str, field: str, errors: list) -> None:
    """A form's 承办人 (a request's officer, an intake item's handler): when chosen, an active user allowed to
    make `gesture`; else a `choice` error on `field` joins the form's other errors."""
    if user_id is None:
        return
    user = session.get(User, user_id)
    acting_office = session.info.get("actor_office_id")
    if user is None or not user.active or not may(user.role, gesture) or (
            acting_office is not None and user.office_id != acting_office):
        errors.append(ValidationFailed(field, "choice"))


def oversize(field: str, content: bytes | None, limit: int) -> ValidationFailed | None:
    """An upload over `limit` bytes: a `too_large` error on `field` whose detail is the limit in whole MB."""
    if content is not None and len(content) > limit:
        return ValidationFailed(field, "too_large", f"{limit // 1_000_000} MB")
    return None


def load_case(session: Session, case_id: int, expected_version: int | None = None) -> Case:
    """The case, locked for this transaction's update; refuses a stale version and says what changed."""
    return load_versioned(session, CASE_TIMELINE, case_id, expected_version)


def record(session: Session, case: Case, user: User | None, kind: str, now: datetime, *,
           from_state: str | None = None, to_state: str | None = None, **detail) -> None:
    """Add a timeline entry. Call after the case's own changes so the flush bumps its version first."""
    append_entry(session, CASE_TIMELINE, case, user, kind, now, from_state=from_state, to_state=to_state, **detail)


def ref(case: Case) -> CaseRef:
    return CaseRef(case.id, case.version, case.case_number)


# ---- deadlines ------------------------------------------------------------------------------------

def recompute_deadlines(session: Session, case: Case, today: date,
                        cal: OfficialCalendar | None = None, settings: DeadlineSettings | None = None) -> int:
    """Replace the stored deadlines of `case` with a fresh computation; returns how many differ."""
    cal = cal or load_calendar(session)
    settings = settings or load_settings(session, case.office_id)
    new = compute_deadlines(case_facts(case), cal, settings, today)
    old = session.scalars(_STORED, {"case_id": case.id}).all()
    changed = _difference(old, new)
    if changed is None:
        return 0
    session.execute(delete(DeadlineRow).where(DeadlineRow.case_id == case.id))
    _store(session, case.id, new)
    return changed


# Built once: a statement object keeps its cache key, so each gesture's recomputation does not build and key it.
_STORED = select(DeadlineRow).where(DeadlineRow.case_id == bindparam("case_id"))

BATCH = 500   # cases per set of statements in recompute_many (bound parameters stay well under SQLite's limit)


def recompute_many(session: Session, cases: Sequence[Case], today: date, cal: OfficialCalendar | None = None,
                   settings: dict[int, DeadlineSettings] | None = None) -> int:
    """`recompute_deadlines` of many stored cases, the same rows written: their facts and stored deadlines read
    a few statements per batch (`case_facts_many`), compared in Python, and only the cases whose deadlines
    differ rewritten (one DELETE per batch). Load the cases with their parties, pauses and extensions
    (`selectinload`). `settings` (office id → settings) is filled as offices come up."""
    cal = cal or load_calendar(session)
    settings = {} if settings is None else settings
    changed = 0
    for at in range(0, len(cases), BATCH):
        batch = cases[at:at + BATCH]
        ids = [c.id for c in batch]
        facts = case_facts_many(session, batch)
        stored: dict[int, list[DeadlineRow]] = defaultdict(list)
        for row in session.scalars(select(DeadlineRow).where(DeadlineRow.case_id.in_(ids))):
            stored[row.case_id].append(row)
        fresh = {}
        for c in batch:
            if c.office_id not in settings:
                settings[c.office_id] = load_settings(session, c.office_id)
            new = compute_deadlines(facts[c.id], cal, settings[c.office_id], today)
            differ = _difference(stored[c.id], new)
            if differ is not None:
                changed += differ
                fresh[c.id] = new
        if fresh:
            session.execute(delete(DeadlineRow).where(DeadlineRow.case_id.in_(list(fresh))))
            if laptop.info_of(session.connection()) is not None:
                for case_id, new in fresh.items():   # a laptop copy draws each new row's local id (sync.laptop)
                    _store(session, case_id, new)
            else:
                # One executemany: the ORM flush sends one INSERT … RETURNING a row on SQLite (600 statements
                # for a step's 200 cases). Derived rows, not audited; the dashboard's aggregates, which learn
                # of D12 changes from the flush, are told of these cases.
                session.execute(insert(DeadlineRow.__table__), [
                    _values(case_id, d) for case_id, new in fresh.items() for d in new])
                aggregates.touch(session, fresh)
    return changed


def _difference(old: Sequence[DeadlineRow], new) -> int | None:
    """None when the stored rows are the computed ones in every column (nothing to write); else how many
    (code, party, dates, provisional, status) keys differ — what callers report as "deadlines changed"."""
    stored = Counter((r.code, r.party_id, r.start_date, r.due_date, r.provisional, r.basis, r.status, r.met_date,
                      r.paused, r.hide_after_due) for r in old)
    fresh = Counter((d.code.value, d.party_id, d.start, d.due, d.provisional, d.basis, d.status.value, d.met_date,
                     d.paused, d.hide_after_due) for d in new)
    if stored == fresh:   # nothing to write (a start-of-day refresh over many cases mostly finds this)
        return None
    before = {(r.code, r.party_id, r.start_date, r.due_date, r.provisional, r.status) for r in old}
    after = {(d.code.value, d.party_id, d.start, d.due, d.provisional, d.status.value) for d in new}
    return len(before ^ after)


def _values(case_id: int, d) -> dict:
    return dict(case_id=case_id, code=d.code.value, party_id=d.party_id, start_date=d.start, due_date=d.due,
                provisional=d.provisional, basis=d.basis, status=d.status.value, met_date=d.met_date,
                paused=d.paused, hide_after_due=d.hide_after_due)


def _store(session: Session, case_id: int, new) -> None:
    session.add_all(DeadlineRow(**_values(case_id, d)) for d in new)


def search_text(case: Case) -> str:
    """What the text search looks in: 案号, patent number (with and without prefix), party names, codes."""
    bits = [case.case_number or "", case.patent.number, case.patent.number.removeprefix("ZL"),
            case.patent.number.replace(".", "")]
    for p in case.parties:
        bits += [p.name, p.name_normalized, p.credit_code]
        bits += [a.name for a in p.agents]
    return " | ".join(b for b in bits if b)
