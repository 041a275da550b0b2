"""Gapless per-office, per-kind, per-year counters (案号, 收案编号, 调解案号, 文号).

The increment is one atomic upsert … RETURNING inside the caller's transaction: two registrations at once
serialise on the row (PostgreSQL row lock, SQLite write lock), and a rollback gives the number back, so
numbers are never duplicated, never skipped and never reused."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from ipcase.db.models.admin import Sequence
from ipcase.domain.numbering import format_number
from ipcase.sync import laptop

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
    # On a field laptop's copy: a 文号 from the block reserved for it, or a provisional register number.
    offline = laptop.next_number(session, kind=kind, year=year)
    if offline is not None:
        return offline
    return _advance(session, office_id, kind, year, 1)


def reserve_block(session: Session, *, office_id: int, kind: str, year: int, count: int) -> tuple[int, int]:
    """Take `count` consecutive numbers at once (a field laptop's 文号 block at check-out, issue 14): the counter
    moves past them in one atomic statement, so no gap opens and nobody else gets them; the block is recorded in
    the register `reserved_numbers` by the caller, each number used, returned or void at check-in."""
    last = _advance(session, office_id, kind, year, count)
    return last - count + 1, last


def _advance(session: Session, office_id: int, kind: str, year: int, count: int) -> int:
    """Move the counter `count` on and return its new value, in one statement: the first number of a year
    creates the counter (at `count`), every later one adds to it under the row's lock (an upsert: PostgreSQL
    and SQLite ≥ 3.35)."""
    insert = pg_insert if session.bind.dialect.name == "postgresql" else sqlite_insert
    statement = insert(Sequence).values(office_id=office_id, kind=kind, year=year, last_value=count)
    return session.execute(
        statement.on_conflict_do_update(index_elements=_KEY, set_={"last_value": Sequence.last_value + count})
        .returning(Sequence.last_value)).scalar_one()


_KEY = [Sequence.office_id, Sequence.kind, Sequence.year]


def register_number(session: Session, *, office_id: int, kind: str, year: int, pattern: str,
                    short_name: str) -> tuple[int, str]:
    """The next number of a register (案号 "case", 收案编号 "intake", 调解案号 "mediation_case") and its text by
    `pattern`; on a field laptop's copy a provisional one ("临-<laptop>-001") until the check-in gives the real
    one (ipcase.sync.laptop)."""
    n = next_number(session, office_id=office_id, kind=kind, year=year)
    provisional = laptop.provisional_text(session, n)
    if provisional is not None:
        return n, provisional
    return n, format_number(pattern, short_name=short_name, year=year, n=n)


def peek_number(session: Session, *, office_id: int, kind: str, year: int) -> int:
    last = session.scalar(select(Sequence.last_value).where(
        Sequence.office_id == office_id, Sequence.kind == kind, Sequence.year == year))
    return (last or 0) + 1
