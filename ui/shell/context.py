"""What every view needs, passed through constructors (no module-level singletons)."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from ipcase import crypto
from ipcase.config import AppConfig
from ipcase.domain import permissions
from ipcase.dto.admin import UserInfo
from ipcase.services import boundary
from ui.shell.tasks import BaseRunner


class Clock(Protocol):
    def now(self): ...
    def today(self): ...


@dataclass
class AppContext:
    config: AppConfig
    clock: Clock
    new_uow: Callable[[], Any]
    runner: BaseRunner
    user: UserInfo | None = None
    # Filled by the main window at start-up; the status bar and dialogs read it.
    office_name: str = ""
    extras: dict = field(default_factory=dict)

    @property
    def data_dir(self) -> Path:
        return Path(self.config.data_dir)

    @property
    def user_id(self) -> int:
        assert self.user is not None, "no user logged in"
        return self.user.id

    @property
    def files_key(self) -> bytes | None:
        """The key that seals this installation's form drafts when the database is encrypted (None: plain)."""
        db_key = self.extras.get("db_key")
        return crypto.files_key(db_key.key) if db_key is not None else None

    def may(self, gesture: str) -> bool:
        """Whether the logged-in user's role may make `gesture` (ipcase.domain.permissions): the UI asks this
        to show or enable an action; the service checks again when it runs."""
        return permissions.may(self.user.role if self.user is not None else None, gesture)

    def db(self, fn: Callable[..., Any], *args, **kwargs) -> Callable[[], Any]:
        """A zero-argument task that opens a unit of work and calls `fn(uow, *args, **kwargs)`:
        `ctx.runner.run_db(ctx.db(list_cases, flt, today=...), on_success=...)`. A service's inputs pass the
        core's input gate (ipcase.services.boundary: text cleaned, enumerated values checked) on the way."""
        viewer = {"viewer_id": self.user.id} if self.user is not None else {}

        def task():
            # Bound to the logged-in user: the core scopes every read and write to their office and re-reads
            # the account each time (a deactivated user is refused at the next action).
            with self.new_uow(**viewer) as uow:
                return boundary.call(fn, uow, *args, **kwargs)
        return task

    def db_query(self, fn: Callable[..., Any], *args, **kwargs) -> Callable[..., Any]:
        """Like db(), for a read a newer one may supersede (a list's page, a search): start it with
        `ctx.runner.run_db(task, with_progress=True, …)`; `ctx.runner.cancel(that)` then interrupts its SQL.
        `fn` only reads: its unit of work is read-only (on SQLite a deferred BEGIN: it waits for no writer)."""
        viewer = {"viewer_id": self.user.id} if self.user is not None else {}

        def task(progress=None, cancel=None):
            with self.new_uow(**viewer, read_only=True) as uow, uow.interruptible(cancel):
                return boundary.call(fn, uow, *args, **kwargs)
        return task
