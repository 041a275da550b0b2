"""Appending to the chain and reading its head. One chain per database, whatever the number of offices.

Concurrent writers must not fork it: on PostgreSQL an advisory lock, taken in the writing transaction just before
the entries go in (at commit, so a long gesture does not hold it), makes appends queue; SQLite transactions here
begin IMMEDIATE and so hold the only write lock already. The unique, chain-assigned `seq` is the last guard: two
writers that read the same head cannot both commit."""
from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, insert, select, text

from ipcase.audit import rows
from ipcase.audit.canonical import DEFAULT_ALGORITHM, GENESIS_PREV, dumps, entry_hash, plain
from ipcase.db.models.audit import AuditEntry

ENTRIES = AuditEntry.__table__
LOCK_KEY = 0x1A0D17  # pg_advisory_xact_lock key of the chain ("audit"); any constant other code does not use

# The fields an entry's hash covers, in the order they are listed to a reader; `hash` covers all but itself.
HASHED = ("seq", "office_id", "actor_id", "actor_name", "at", "origin", "action", "operation", "record_kind",
          "record_key", "case_number", "changes", "row_hash", "algorithm", "prev_hash")


@dataclass(frozen=True)
class Head:
    seq: int
    hash: str
    at: datetime | None


def content(entry: Mapping[str, Any]) -> dict[str, Any]:
    """What an entry's hash is computed over (plain values; `changes` is already canonical text)."""
    return {name: plain(entry.get(name)) for name in HASHED}


def compute_hash(entry: Mapping[str, Any]) -> str:
    return entry_hash(content(entry), entry["prev_hash"], entry["algorithm"])


def lock(conn: Connection) -> None:
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": LOCK_KEY})


# Built once: a statement object keeps its cache key, so a commit does not build and key the SELECT anew.
_HEAD = select(ENTRIES.c.seq, ENTRIES.c.hash, ENTRIES.c.at).order_by(ENTRIES.c.seq.desc()).limit(1)


def head(conn: Connection) -> Head | None:
    row = conn.execute(_HEAD).first()
    return Head(row.seq, row.hash, row.at) if row else None


def _system(at: datetime, action: str, operation: str, kind: str | None, changes: Any) -> dict[str, Any]:
    return {"office_id": None, "actor_id": None, "actor_name": None, "at": at, "origin": "online",
            "action": action, "operation": operation, "record_kind": kind, "record_key": None,
            "case_number": None, "changes": dumps(changes), "row_hash": None}


def genesis(at: datetime) -> dict[str, Any]:
    """The first entry of a chain the migration did not start (a database made from the models directly)."""
    return _system(at, "audit.genesis", "genesis", None, {"chain_id": uuid.uuid4().hex, "baseline": "pending"})


def baseline(conn: Connection, at: datetime, algorithm: str) -> list[dict[str, Any]]:
    """The record as it stands when the chain starts: one entry per table with every row's image (a database
    upgraded from before the chain keeps its history; from here on each change is an entry of its own),
    then one that closes the baseline with the number of rows per table."""
    out, counts = [], {}
    for t in rows.audited_tables():
        images = dict(rows.all_images(conn, t, algorithm))
        counts[t.name] = len(images)
        if images:
            out.append(_system(at, "audit.baseline", "baseline", t.name, images))
    out.append(_system(at, "audit.baseline", "baseline", None, {"rows": counts}))
    return out


def append(conn: Connection, entries: Sequence[Mapping[str, Any]], algorithm: str = DEFAULT_ALGORITHM) -> Head:
    """Append `entries` (every field of HASHED but seq, algorithm, prev_hash) after the head, in this
    transaction. Returns the new head."""
    lock(conn)
    last = head(conn)
    if (last is None or last.seq <= 1) and entries:  # only the genesis so far: seal what exists before anything follows it
        at = entries[0]["at"]
        entries = [*([] if last else [genesis(at)]), *baseline(conn, at, algorithm), *entries]
    return _write(conn, last, entries, algorithm)


def _write(conn: Connection, last: Head | None, entries: Sequence[Mapping[str, Any]], algorithm: str) -> Head:
    seq, prev = (last.seq, last.hash) if last else (0, GENESIS_PREV)
    rows_ = []
    for entry in entries:
        seq += 1
        row = {**entry, "seq": seq, "algorithm": algorithm, "prev_hash": prev}
        row["hash"] = prev = compute_hash(row)
        rows_.append(row)
    if rows_:
        conn.execute(insert(ENTRIES), rows_)
    return Head(seq, prev, rows_[-1]["at"] if rows_ else (last.at if last else None))




def seal_pending(conn: Connection, at: datetime, algorithm: str = DEFAULT_ALGORITHM) -> bool:
    """Write the baseline now if the chain has only its genesis (a database just upgraded): start-up calls this
    so that the record is sealed before anyone works on it. True when it wrote the baseline."""
    lock(conn)
    last = head(conn)
    if last is not None and last.seq > 1:
        return False
    _write(conn, last, [*([] if last else [genesis(at)]), *baseline(conn, at, algorithm)], algorithm)
    return True


__all__ = ["ENTRIES", "HASHED", "Head", "append", "compute_hash", "content", "head", "lock", "seal_pending"]
