"""Gapless per-office, per-kind, per-year counters (案号 now, 文号 later).

The increment is one atomic UPDATE … RETURNING inside the caller's transaction: two registrations at once
serialise on the row (PostgreSQL row lock, SQLite write lock), and a rollback gives the number back, so
numbers are never duplicated, never skipped and never reused."""
from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from ipcase.db.models.admin import Sequence

# The replay of a laptop's operation at check-in (ipcase.sync.checkin) puts here the 文号 the laptop printed, taken
# from the block reserved for it at check-out: {(kind, year): [number, …]}. They are handed out again, in order,
# instead of advancing the counter (which moved past the block when it was reserved); each one handed out is
# appended to REPLAY_USED as (kind, year, number) for the check-in to mark in the register.
REPLAY_NUMBERS = "sync.numbers"
REPLAY_USED = "sync.numbers_used"


def next_number(session: Session, *, office_id: int, kind: str, year: int) -> int:
    reserved = session.info.get(REPLAY_NUMBERS, {}).get((kind, year))
    if reserved:
        number = reserved.pop(0)
        session.info.setdefault(REPLAY_USED, []).append((kind, year, number))
        return number
    insert = pg_insert if session.bind.dialect.name == "postgresql" else sqlite_insert
    session.execute(insert(Sequence).values(office_id=office_id, kind=kind, year=year, last_value=0)
                    .on_conflict_do_nothing())
    return session.execute(
        update(Sequence)
        .where(Sequence.office_id == office_id, Sequence.kind == kind, Sequence.year == year)
        .values(last_value=Sequence.last_value + 1)
        .returning(Sequence.last_value)).scalar_one()


def peek_number(session: Session, *, office_id: int, kind: str, year: int) -> int:
    last = session.scalar(select(Sequence.last_value).where(
        Sequence.office_id == office_id, Sequence.kind == kind, Sequence.year == year))
    return (last or 0) + 1
