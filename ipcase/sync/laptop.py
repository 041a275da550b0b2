"""Laptop mode (issue 14): what changes when the application runs on a laptop copy of checked-out records.

A database is a laptop copy when its `laptop_state` table holds its one row (written by ipcase.sync.copy). Then:

- **Local ids.** Every row the laptop creates gets an id from one laptop-wide counter starting at 10**12
  (`idmap.LAPTOP_IDS`): never an id the office uses, recognisable at check-in, and unique across tables, so a bare
  id in a command's inputs names one row (ipcase.sync.idmap maps it to the office's row after replay). A mapper
  `before_insert` hook does it for every mapped table with a single integer `id` key, except the laptop's own
  bookkeeping (`NOT_LOCAL`). The counters live in the laptop's `sequences` table (the office's counters are not
  copied to a laptop), under kinds no office uses ("laptop:ids", "laptop:provisional").
- **文号** come from the blocks reserved for this laptop at check-out (`reserved_numbers`, lowest first); when
  none is left, `NumbersUsedUp` ("预留文号已用完") — nothing is drawn from a counter the office also draws from.
  Each number taken is remembered in `session.info[USED]` so the outbox records it for the replay.
- **Provisional numbers**: a 收案编号, 案号 or 调解案号 given on the laptop is "临-<laptop>-001" (one counter for
  the three, so no two provisional numbers of a laptop look alike) with a negative sequence number, which no
  office number has; the office gives the real number when the check-in replays the registration.

The office never pays for any of it beyond a dictionary look-up per engine: which engines are laptop copies is
read once per engine (`forget` after writing a new copy)."""
from __future__ import annotations

import weakref
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, Integer, event, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from ipcase.db.base import Base
from ipcase.db.models.admin import Sequence
from ipcase.db.models.documents import IssuedDocument
from ipcase.db.models.sync import LaptopState, NumberBlock, ReservedNumber
from ipcase.errors import NumbersUsedUp
from ipcase.sync.idmap import LAPTOP_IDS

# The kinds of `sequences` given provisional numbers on a laptop (案号, 收案编号, 调解案号).
PROVISIONAL_KINDS = frozenset({"case", "intake", "mediation_case"})
PROVISIONAL_PREFIX = "临-"
ID_COUNTER = "laptop:ids"
PROVISIONAL_COUNTER = "laptop:provisional"
# Tables whose rows never travel to the office: they keep the database's own numbering.
NOT_LOCAL = frozenset({"laptop_state", "outbox", "audit_entries", "stats_cells", "stats_case_facts"})
USED = "sync.laptop_numbers"   # session.info: [[kind, year, number], …] taken from reserved blocks


@dataclass(frozen=True)
class LaptopInfo:
    checkout_id: int
    office_id: int
    user_id: int
    laptop_name: str


_engines: weakref.WeakKeyDictionary[Engine, LaptopInfo | None] = weakref.WeakKeyDictionary()
_installed = False


def install() -> None:
    """Hook the local ids into every mapper (once per process; a no-op on an office database)."""
    global _installed
    if not _installed:
        event.listen(Base, "before_insert", _local_id, propagate=True)
        _installed = True


def _engine(bind) -> Engine:
    return getattr(bind, "engine", bind)


def info_of(connection: Connection) -> LaptopInfo | None:
    engine = _engine(connection)
    if engine in _engines:
        return _engines[engine]
    found = None
    if engine.dialect.name == "sqlite":   # a laptop copy is always an SQLite file
        t = LaptopState.__table__
        try:
            row = connection.execute(select(t.c.checkout_id, t.c.office_id, t.c.user_id, t.c.laptop_name)
                                     .order_by(t.c.id).limit(1)).first()
        except OperationalError:   # a database from before migration 0027 (written to while upgrading it)
            return None
        found = LaptopInfo(*row) if row is not None else None
    _engines[engine] = found
    return found


def info(session: Session) -> LaptopInfo | None:
    engine = _engine(session.get_bind())
    if engine in _engines:
        return _engines[engine]
    return info_of(session.connection())


def is_laptop(session: Session) -> bool:
    return info(session) is not None


def state(session: Session) -> LaptopState | None:
    """The laptop's state row (None on an office database)."""
    if not is_laptop(session):
        return None
    return session.scalar(select(LaptopState).order_by(LaptopState.id).limit(1))


def forget(engine: Engine) -> None:
    """Read again whether `engine` is a laptop copy (after a copy was written through it)."""
    _engines.pop(_engine(engine), None)


# ---- local ids ----------------------------------------------------------------------------------------

def _local_id(mapper, connection: Connection, target) -> None:
    table = mapper.local_table
    if table.name in NOT_LOCAL:
        return
    pk = mapper.primary_key
    if len(pk) != 1 or pk[0].name != "id" or not isinstance(pk[0].type, Integer):
        return
    found = info_of(connection)
    if found is None:
        return
    prop = mapper.get_property_by_column(pk[0])
    if getattr(target, prop.key) is None:
        setattr(target, prop.key, LAPTOP_IDS + _count(connection, found.office_id, ID_COUNTER))


def _count(connection: Connection, office_id: int, kind: str) -> int:
    t = Sequence.__table__
    connection.execute(sqlite_insert(t).values(office_id=office_id, kind=kind, year=0, last_value=0)
                       .on_conflict_do_nothing())
    return connection.execute(update(t).where(t.c.office_id == office_id, t.c.kind == kind, t.c.year == 0)
                              .values(last_value=t.c.last_value + 1).returning(t.c.last_value)).scalar_one()


# ---- numbers ------------------------------------------------------------------------------------------

def next_number(session: Session, *, kind: str, year: int) -> int | None:
    """The number a laptop copy gives for `kind`/`year` (None on an office database): a reserved 文号, or for a
    register number a negative provisional sequence (see `provisional_text`)."""
    found = info(session)
    if found is None:
        return None
    if kind in PROVISIONAL_KINDS:
        return -_count(session.connection(), found.office_id, PROVISIONAL_COUNTER)
    row = session.scalar(
        select(ReservedNumber).join(NumberBlock, NumberBlock.id == ReservedNumber.block_id)
        .where(NumberBlock.kind == kind, NumberBlock.year == year, ReservedNumber.state == "reserved")
        .order_by(ReservedNumber.number).limit(1))
    if row is None:
        raise NumbersUsedUp(kind, year)
    row.state = "used"
    session.info.setdefault(USED, []).append([kind, year, row.number])
    return row.number


def provisional_text(session: Session, n: int) -> str | None:
    """The text of provisional number `n` (< 0) on this laptop: "临-<laptop>-001"; None for an office number."""
    found = info(session)
    if found is None or n >= 0:
        return None
    return f"{PROVISIONAL_PREFIX}{found.laptop_name}-{-n:03d}"


def is_provisional(number: str | None) -> bool:
    return bool(number) and number.startswith(PROVISIONAL_PREFIX)


def settle_used(session: Session, used: list[list]) -> None:
    """Name the document that took each reserved 文号 (`used` as collected in session.info[USED])."""
    for kind, year, number in used:
        if not kind.startswith("doc:"):
            continue
        doc = session.scalar(select(IssuedDocument).where(
            IssuedDocument.doc_type == kind.removeprefix("doc:"), IssuedDocument.year == year,
            IssuedDocument.seq == number))
        row = session.scalar(
            select(ReservedNumber).join(NumberBlock, NumberBlock.id == ReservedNumber.block_id)
            .where(NumberBlock.kind == kind, NumberBlock.year == year, ReservedNumber.number == number))
        if row is not None and doc is not None:
            row.document_id, row.text = doc.id, doc.number


__all__ = ["ID_COUNTER", "NOT_LOCAL", "PROVISIONAL_KINDS", "USED", "LaptopInfo", "forget", "info", "info_of",
           "install", "is_laptop", "is_provisional", "next_number", "provisional_text", "settle_used", "state"]
