"""Derived rows kept right in the writing transaction — the dashboard's aggregates (`ipcase.db.aggregates`) and
文书 › 待送达 (`ipcase.db.serve_waiting`): each flush notes, under the table's own key in `session.info`, the cases
whose rows it may have changed; before the commit those cases' rows are recomputed once (in the same transaction,
so they commit or roll back with the change); a rollback forgets the notes. What a flush notes and how a case's
rows are recomputed is each table's own; this is the plumbing they share."""
from __future__ import annotations

from collections.abc import Callable, Iterable

from sqlalchemy import event
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session


class KeptRows:
    def __init__(self, key: str, refresh: Callable[[Connection, set[int]], None]) -> None:
        self.key = key                  # session.info: the case ids this transaction may have changed
        self._refresh = refresh
        self._installed = False

    def note(self, session: Session, case_ids: Iterable[int | None]) -> None:
        session.info.setdefault(self.key, set()).update(i for i in case_ids if i is not None)

    def before_commit(self, session: Session) -> None:
        if not session.info.get(self.key):
            return
        if session.new or session.dirty or session.deleted:
            session.flush()   # its after_flush may note more cases
        ids = session.info.pop(self.key, set())
        if ids:
            self._refresh(session.connection(), ids)

    def forget(self, session: Session, *_args) -> None:
        session.info.pop(self.key, None)

    def install(self, after_flush: Callable, **more: Callable) -> None:
        """Listen on every Session (once per process): `after_flush` notes cases; `more` are further session
        events by name (e.g. do_orm_execute for bulk statements)."""
        if self._installed:
            return
        event.listen(Session, "after_flush", after_flush)
        event.listen(Session, "before_commit", self.before_commit)
        event.listen(Session, "after_rollback", self.forget)
        for name, fn in more.items():
            event.listen(Session, name, fn)
        self._installed = True
