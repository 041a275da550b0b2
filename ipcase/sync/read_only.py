"""A database opened from a 移送 (transfer) or meeting package is for reading (issue 14): the application runs on it
as on any database — log in, lists, case windows, documents to open and print — but no user gesture changes it.

One rule on every path: a flush listener on every session (installed by `ipcase.uow.uow_factory`, beside the
audit trail and the check-out guard) refuses a flush made inside a user's gesture (`services.common.actor` names
the actor in `session.info`) with `ReadOnlyCopy` when the database carries the mark `MARK` (a setting of the
office whose records it holds, written by `sync transfer` into the copy before it is packed). What runs without
a user (the start-of-day routines) and signing in and out (SESSION_BOOKKEEPING) still may, so the application
starts on the copy; a copy is never checked in (it has no `laptop_state`: `checkin` refuses it)."""
from __future__ import annotations

import weakref

from sqlalchemy import Engine, event, select
from sqlalchemy.orm import Session

from ipcase.db.models.admin import Setting
from ipcase.errors import ReadOnlyCopy

MARK = "sync.read_only_copy"   # its value: {"kind": "transfer"|"meeting", "office_name": …, "package_id": …}

_marked: weakref.WeakKeyDictionary[Engine, str | None] = weakref.WeakKeyDictionary()
_installed = False


def mark(session: Session, *, office_id: int, kind: str, office_name: str) -> None:
    """Make the database of `session` a read-only copy (called on the copy, before it is packed)."""
    from ipcase.loaders.settings import store_value
    store_value(session, office_id, MARK, {"kind": kind, "office_name": office_name})


def copy_kind(session: Session) -> str | None:
    """'transfer' or 'meeting' for a read-only copy, else None; asked of the database once per engine."""
    bind = session.get_bind()
    engine = getattr(bind, "engine", bind)
    if engine not in _marked:
        import json
        value = session.scalar(select(Setting.value).where(Setting.key == MARK).limit(1))
        _marked[engine] = json.loads(value).get("kind", "transfer") if value else None
    return _marked[engine]


# Signing in and out is recorded on any database (failed attempts count towards the lock, the audit says who
# read the copy): not a change of the copy's records.
SESSION_BOOKKEEPING = frozenset({"auth.login", "auth.login_failed", "auth.logout"})


def _before_flush(session: Session, _context, _instances) -> None:
    if session.info.get("actor_id") is None or not (session.new or session.dirty or session.deleted):
        return
    if session.info.get("action") in SESSION_BOOKKEEPING:
        return
    kind = copy_kind(session)
    if kind is not None:
        raise ReadOnlyCopy(kind, session.info.get("action", ""))


def install() -> None:
    global _installed
    if not _installed:
        event.listen(Session, "before_flush", _before_flush)
        _installed = True


__all__ = ["MARK", "copy_kind", "install", "mark"]
