"""The units of work a field-laptop command runs in when its caller commits for it (issue 14).

Both the laptop's outbox (ipcase.sync.outbox: the operation's row must commit with the work) and the office's
check-in (ipcase.sync.checkin: the applied_operations row must commit with the replayed work) run a command inside
a transaction they own and commit once. The command is given a `Deferred` (its `commit` only flushes) or, for a
batch command, one `Savepoint` per item (an item that fails is undone alone, with the audit entries it queued).
What the two callers note differently about what was kept is the hook `kept()`."""
from __future__ import annotations

from ipcase.audit import capture


class Deferred:
    """The unit of work the command sees: `commit` flushes; the caller commits once, with its own rows."""

    def __init__(self, uow, viewer_id: int | None = None):
        self._uow = uow
        self.session = uow.session
        self.viewer_id = viewer_id

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def commit(self) -> None:
        self.session.flush()
        self.kept()

    def kept(self) -> None:
        """Called when the command committed its work (for a `Savepoint`: when its item's savepoint was released).
        Nothing by default."""

    def interruptible(self, cancel):
        return self._uow.interruptible(cancel)


class Savepoint(Deferred):
    """One item of a batch command: a savepoint; its failure undoes the item only (and its queued audit entries)."""

    def __enter__(self):
        self._tx = self.session.begin_nested()
        self._pending = len(self.session.info.get(capture.PENDING, []))
        self._committed = False
        return self

    def commit(self) -> None:
        self.session.flush()
        self._committed = True

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None and self._committed:
            self._tx.commit()
            self.kept()
        else:
            self._tx.rollback()
            del self.session.info.setdefault(capture.PENDING, [])[self._pending:]
        return False


__all__ = ["Deferred", "Savepoint"]
