"""Versioned records and their timelines. An adjudication case, an intake item and a stand-alone mediation case
each carry a version column (optimistic locking) and a timeline of what happened to them; every gesture loads
the record through `load_versioned` and ends with `append_entry`, so a stale form is refused the same way
everywhere and the timeline says the same things. Each feature only names its model and timeline class."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ipcase.db import office_scope
from ipcase.db.models.admin import User
from ipcase.errors import ConcurrentModification
from ipcase.loaders.rows import existing


@dataclass(frozen=True)
class Timeline:
    """How one kind of versioned record keeps its history."""
    entity: str     # the name errors give the record ("case", "intake_item", "mediation_case")
    model: type     # the record: `id`, `version`, `updated_at`
    entry: type     # its timeline entry: `at`, `actor_id`, `kind`, `detail`, `version` (maybe from/to state)
    owner: str      # the entry's column that points at the record


def load_versioned(s: Session, timeline: Timeline, record_id: int, expected_version: int | None = None):
    """The record, locked for this transaction's update; refuses a stale version and says what changed since."""
    row = existing(s, timeline.model, timeline.entity, record_id, with_for_update=s.bind.dialect.name != "sqlite")
    office_scope.require_writable(s, row, timeline.entity, timeline.entity)
    if expected_version is not None and row.version != expected_version:
        entry = timeline.entry
        names = dict(s.execute(select(User.id, User.full_name)).all())
        changes = s.scalars(select(entry).where(getattr(entry, timeline.owner) == record_id,
                                                entry.version > expected_version)
                            .order_by(entry.id)).all()
        raise ConcurrentModification(timeline.entity, record_id, expected_version, row.version,
                                     tuple(f"{e.at:%Y-%m-%d %H:%M} {names.get(e.actor_id, '')} {e.kind}"
                                           for e in changes))
    return row


def relock(s: Session, row):
    """Read `row` again under a row lock, after locking the record it belongs to (its case, hearing …), and
    before checking whether it is still open: "read, then decide" on a row read before a concurrent decision
    committed would otherwise act on the stale state and apply twice. Every gesture locks the record first,
    so two decisions queue on that lock instead of deadlocking; SQLite's BEGIN IMMEDIATE already serialises."""
    s.refresh(row, with_for_update=s.bind.dialect.name != "sqlite")
    return row


def load_row(s: Session, model: type, entity: str, row_id: int, expected_version: int | None = None):
    """A versioned row without a timeline of its own (evidence, hearing, hearing record, mediation agreement):
    refuses a stale version like `load_versioned`, without the lock and the list of changes."""
    row = existing(s, model, entity, row_id)
    office_scope.require_writable(s, row, entity, entity)
    if expected_version is not None and row.version != expected_version:
        raise ConcurrentModification(entity, row_id, expected_version, row.version)
    return row


def append_entry(s: Session, timeline: Timeline, row, user: User | None, kind: str, now: datetime, /, *,
                 from_state: str | None = None, to_state: str | None = None, **detail) -> None:
    """Bump the record's version and add its timeline entry. Call after the record's own changes so the flush
    writes them under the new version; `detail` may hold dates and sets (stored as JSON)."""
    row.updated_at = now
    row.version = row.version + 1
    if row.id is None:
        # A record added in this gesture gets its id from its INSERT. A stored one needs no flush here: its
        # changes and the entry are written by the next flush (a read's autoflush, the commit), in one UPDATE
        # under the version the mapper checks ("WHERE version = :old" holds the version loaded).
        s.flush()
    # Not every timeline records a state change (an intake item's has no state columns).
    states = {} if from_state is None and to_state is None else {"from_state": from_state, "to_state": to_state}
    s.add(timeline.entry(**{timeline.owner: row.id}, at=now, actor_id=user.id if user else None, kind=kind,
                         detail=jsonable(detail), version=row.version, **states))


def jsonable(value):
    """`value` with dates as ISO text and sets/tuples as lists, so it can be stored in a JSON column."""
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [jsonable(v) for v in value]
    if isinstance(value, date | datetime):
        return value.isoformat()
    return value
