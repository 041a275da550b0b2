"""Every change the ORM writes becomes an audit entry in the same transaction, whoever made it: the session and
mapper hooks below see each inserted, updated and deleted row (cascades and orphans too), read its image before
and after from the database (an inserted row's after image is the values its INSERT sent where that is provably
what the database gives back: ipcase.audit.inserted), and append the entries to the chain when the transaction commits.

Who acts comes from `session.info["actor_id"]`/`["actor_office_id"]` and what from `session.info["action"]`
(set by `services.common.actor`); a script or start-up job that names no actor is recorded as the system.
Events that change nothing (a login, an export, a view of a full ID number) are queued with `note`.

Statements that bypass the unit of work (`session.execute(update(...))`) are not seen: the services use them only
for the tables `rows.NOT_AUDITED` leaves out, and `verify` names any row changed behind the chain's back."""
from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, event, inspect, select
from sqlalchemy.orm import Mapper, Session, object_session

from ipcase.audit import chain, inserted, rows
from ipcase.audit.canonical import DEFAULT_ALGORITHM, dumps, plain, row_digest
from ipcase.db.base import Base
from ipcase.db.models.admin import User

PENDING = "audit.pending"      # entries waiting for the commit
FLUSH = "audit.flush"          # the current flush: before images and the rows it wrote
SEALED = "audit.sealed"        # the entries are in: a later flush in this commit appends at once
KNOWN = "audit.known"          # images of the rows this transaction wrote, as it left them (see _known)
ACTION = "action"              # set by services.common.actor (the gesture) or a caller
AT = "audit.at"                # when, if the caller knows better than the clock (a replay, issue 14)
ORIGIN = "audit.origin"        # "online"; an offline replay says "offline"
SYSTEM_ACTION = "system"

_installed = False


def install() -> None:
    """Hook the audit trail into every session and mapper (once per process)."""
    global _installed
    if _installed:
        return
    event.listen(Session, "before_flush", _before_flush)
    event.listen(Session, "after_flush", _after_flush)
    event.listen(Session, "before_commit", _before_commit)
    event.listen(Session, "after_commit", _forget)
    event.listen(Session, "after_rollback", _forget)
    event.listen(Session, "after_soft_rollback", _forget_known)   # a savepoint rolled back undoes writes too
    for name, fn in (("before_update", _before_row_change), ("before_delete", _before_row_change),
                     ("after_insert", _row_inserted), ("after_update", _row_updated),
                     ("after_delete", _row_deleted)):
        event.listen(Base, name, fn, propagate=True)
    _installed = True


def note(session: Session, action: str, *, kind: str | None = None, key: Any = None,
         case_number: str | None = None, detail: Mapping[str, Any] | None = None) -> None:
    """Queue an entry for an event that changes no row (login, export, print, a view of a full ID number); it is
    written when the unit of work commits, so the caller commits even when nothing else changed."""
    entry = _entry(session, action, "event", kind, None if key is None else rows.key_text([key]),
                   case_number, dict(detail or {}), None)
    _queue(session, [entry])


# ---- building entries -----------------------------------------------------------------------------

def _algorithm(session: Session) -> str:
    return session.info.get("audit.algorithm", DEFAULT_ALGORITHM)


# Built once (a statement object keeps its cache key): read at every unit of work's first entry.
_NAME = select(User.__table__.c.full_name).where(User.__table__.c.id == bindparam("actor_id"))


def _actor_name(session: Session, actor_id: int | None) -> str | None:
    if actor_id is None:
        return None
    names = session.info.setdefault("audit.names", {})
    if actor_id not in names:
        names[actor_id] = session.connection().execute(_NAME, {"actor_id": actor_id}).scalar()
    return names[actor_id]


def _entry(session: Session, action: str | None, operation: str, kind: str | None, key: str | None,
           case_number: str | None, changes: Mapping[str, Any], row_hash: str | None,
           *, plain_already: bool = False) -> dict[str, Any]:
    """`plain_already`: `changes` holds plain values (a diff of row images) and is dumped as it is."""
    actor_id = session.info.get("actor_id")
    at = session.info.get(AT) or datetime.now().replace(microsecond=0)
    return {"office_id": session.info.get("actor_office_id"), "actor_id": actor_id,
            "actor_name": _actor_name(session, actor_id), "at": at,
            "origin": session.info.get(ORIGIN, "online"),
            "action": action or session.info.get(ACTION) or SYSTEM_ACTION, "operation": operation,
            "record_kind": kind, "record_key": key, "case_number": case_number,
            "changes": dumps(dict(changes) if plain_already else plain(dict(changes))), "row_hash": row_hash}


def _queue(session: Session, entries: list[dict]) -> None:
    if not entries:
        return
    if session.info.get(SEALED):
        chain.append(session.connection(), entries, _algorithm(session))
    else:
        session.info.setdefault(PENDING, []).extend(entries)


# ---- the flush --------------------------------------------------------------------------------------

def _flush_state(session: Session) -> dict:
    return session.info.setdefault(FLUSH, {"before": {}, "written": {}, "sent": {}, "updated": {}})


def _identity(mapper: Mapper, target) -> tuple[str, tuple] | None:
    t = mapper.local_table
    if rows.table(t.name) is None:
        return None
    return t.name, tuple(mapper.primary_key_from_instance(target))


def _known(session: Session) -> dict[tuple[str, str], dict]:
    """The image of each row this transaction has written, as the database holds it now: a row inserted or
    updated here is invisible to, or locked against, every other transaction until the commit, and no statement
    of ours changes an audited row outside the unit of work (the triggers write only the `sort_` columns the
    images leave out). So the next change of such a row takes its before image from here instead of reading it.
    Forgotten at the commit, at a rollback (a savepoint's too) and after a flush that deleted rows (the database
    may cascade a delete to rows we wrote)."""
    return session.info.setdefault(KNOWN, {})


def _before_images(session: Session, conn, wanted: dict[str, list[tuple]]) -> dict[tuple[str, str], dict | None]:
    """(table, key text) → the row's image before this flush (None: no such row), known or read."""
    known = _known(session)
    out: dict[tuple[str, str], dict | None] = {}
    for name, keys in wanted.items():
        unknown = []
        for pk in keys:
            key = rows.key_text(pk)
            if (name, key) in known:
                out[(name, key)] = known[(name, key)]
            else:
                unknown.append(pk)
                out[(name, key)] = None
        if unknown:
            for key, img in rows.read_images(conn, rows.table(name), unknown, _algorithm(session)).items():
                out[(name, key)] = img
    return out


def _before_flush(session: Session, _context, _instances) -> None:
    """Read the before images of the rows this flush will change, one query per table."""
    state = _flush_state(session)
    wanted: dict[str, list[tuple]] = {}
    dirty = session.dirty   # a property that walks the identity map: once, not once per object
    for obj in (*dirty, *session.deleted):
        if obj in dirty and not session.is_modified(obj, include_collections=False):
            continue
        ident = _identity(inspect(obj).mapper, obj)
        if ident is not None and None not in ident[1]:
            wanted.setdefault(ident[0], []).append(ident[1])
    for key, img in _before_images(session, session.connection(), wanted).items():
        if img is not None:
            state["before"].setdefault(key, img)


def _before_row_change(mapper: Mapper, connection, target) -> None:
    # A row the flush reaches by itself (a cascade, an orphan, an object dirtied by another hook): read it now.
    session = object_session(target)
    ident = _identity(mapper, target)
    if session is None or ident is None:
        return
    state = _flush_state(session)
    key = (ident[0], rows.key_text(ident[1]))
    if key not in state["before"]:
        state["before"][key] = _before_images(session, connection, {ident[0]: [ident[1]]})[key]


def _written(operation: str):
    def hook(mapper: Mapper, _connection, target) -> None:
        session = object_session(target)
        ident = _identity(mapper, target)
        if session is None or ident is None:
            return
        state = _flush_state(session)
        written = state["written"]
        key = (ident[0], rows.key_text(ident[1]))
        first = written.get(key, (None,))[0]
        # an insert then a delete in one flush cancel out; an insert stays an insert whatever follows
        if first == "insert" and operation == "delete":
            written.pop(key)
        elif first != "insert":
            written[key] = (operation, ident[1])
        # the image of an inserted row from the values its INSERT sent, where provably what a read gives back
        # (ipcase.audit.inserted); anything written to the row after it in this flush makes it read back
        sent = inserted.values_sent(mapper, inspect(target), rows.table(ident[0])) \
            if operation == "insert" else None
        if sent is None:
            state["sent"].pop(key, None)
        else:
            state["sent"][key] = rows.image(sent, _algorithm(session))
        # an updated row's changed columns as the UPDATE sent them (ipcase.audit.inserted.values_updated); a row
        # updated twice in one flush is read back
        if operation == "update":
            changed = None if key in state["updated"] else \
                inserted.values_updated(mapper, inspect(target), rows.table(ident[0]))
            state["updated"][key] = None if changed is None else rows.image(changed, _algorithm(session))
    return hook


_row_inserted = _written("insert")
_row_updated = _written("update")
_row_deleted = _written("delete")


def _after_flush(session: Session, _context) -> None:
    state = session.info.pop(FLUSH, None)
    if not state or not state["written"]:
        return
    algorithm = _algorithm(session)
    conn = session.connection()
    written = state["written"]
    after: dict[tuple[str, str], dict] = {}
    wanted: dict[str, list[tuple]] = {}
    # On SQLite a writing transaction holds the database's only write lock from its BEGIN (IMMEDIATE,
    # ipcase.db.engine): the before image read in this transaction is the row the UPDATE changed, so its after
    # image is the before image with the columns the UPDATE sent. On PostgreSQL another transaction may change
    # the row's other columns between that read and the UPDATE: read back. So is every row of a flush that
    # deleted rows (the database may cascade a delete into them).
    single_writer = conn.dialect.name == "sqlite" and not any(op == "delete" for op, _pk in written.values())
    for (name, key), (op, pk) in written.items():
        if op == "insert" and (name, key) in state["sent"]:
            after[(name, key)] = state["sent"][(name, key)]
        elif op == "update" and single_writer and state["updated"].get((name, key)) is not None \
                and state["before"].get((name, key)) is not None:
            after[(name, key)] = {**state["before"][(name, key)], **state["updated"][(name, key)]}
        elif op != "delete":
            wanted.setdefault(name, []).append(pk)
    for name, keys in wanted.items():
        for key, img in rows.read_images(conn, rows.table(name), keys, algorithm).items():
            after[(name, key)] = img
    # the rows as this flush left them, before any of them is used to find a 案号 (_known says when it is cleared)
    known = _known(session)
    if any(op == "delete" for op, _pk in written.values()):
        known.clear()
    else:
        for k in written:
            if k in after:
                known[k] = after[k]
            else:   # gone (deleted behind the flush's back): read it if it is wanted again
                known.pop(k, None)
    numbers: dict = {}
    entries = []
    for (name, key), (op, _pk) in written.items():
        before = state["before"].get((name, key))
        now = None if op == "delete" else after.get((name, key))
        if before is None and now is None:
            continue
        changes = _diff(before, now)
        if not changes:
            continue
        operation = "insert" if before is None else "delete" if now is None else "update"
        number = rows.record_number(conn, name, now or before, numbers, known=known)
        entries.append(_entry(session, None, operation, name, key, number, changes,
                              None if now is None else row_digest(now, algorithm), plain_already=True))
    _queue(session, entries)


def _diff(before: Mapping | None, after: Mapping | None) -> dict[str, list]:
    before, after = before or {}, after or {}
    return {c: [before.get(c), after.get(c)] for c in sorted(set(before) | set(after))
            if before.get(c) != after.get(c) or (c not in before) != (c not in after)}


# ---- the commit ------------------------------------------------------------------------------------

def _before_commit(session: Session) -> None:
    session.flush()  # the commit would flush after this hook; its entries must be in before it ends
    pending = session.info.pop(PENDING, None)
    if pending:
        chain.append(session.connection(), pending, _algorithm(session))
    session.info[SEALED] = True


def _forget(session: Session) -> None:
    for key in (PENDING, FLUSH, SEALED, KNOWN, "audit.names"):
        session.info.pop(key, None)


def _forget_known(session: Session, _previous_transaction) -> None:
    session.info.pop(KNOWN, None)


__all__ = ["ACTION", "AT", "ORIGIN", "install", "note"]
