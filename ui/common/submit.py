"""Sending a form to the core: one call on the database lane with the form's button locked while it runs, then
the success step, or the failure next to the fields it names (a message box when it names none).

Every dialog and settings tab that saves through a service sends its form this way, so a failure reads the same
everywhere and a button is never left disabled after an error. A form that edits a versioned record says what it
does when someone else saved that record first (`Conflict`): the same steps in the same order for all of them."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtWidgets import QTabWidget, QWidget

from ipcase.errors import ConcurrentModification
from ui.common import messages
from ui.common.field_errors import FieldErrors


class DbRunner(Protocol):
    """The task runner's database lane (ui.shell.tasks.TaskRunner is one): the kit sits below the shell."""

    def run_db(self, fn: Callable[[], Any], *, on_success: Callable[[Any], None] | None = ...,
               on_failure: Callable[[Any], None] | None = ..., owner: QWidget | None = ...) -> Any: ...


@dataclass(frozen=True)
class Conflict:
    """Someone else saved the record since the form loaded it. The form stays open with what was typed: `keep`
    remembers what must survive (the newer version to submit against, or the typed values) before the message
    titled `title` (the generic title when None); `reload`, when given, then fetches the record again — or, with
    `ask` (a settings page, where nothing else shows the newer values), only when the user chooses to load them
    instead of keeping what they typed."""

    keep: Callable[[ConcurrentModification], None]
    title: str | None = None
    reload: Callable[[], None] | None = None
    ask: bool = False


def show_failure(owner: QWidget, field_errors: FieldErrors, exc: BaseException, *,
                 conflict: Conflict | None = None, tabs: QTabWidget | None = None) -> bool:
    """The error next to the fields it names, else in a message box; True when it went next to fields.
    A form spread over `tabs` brings forward the tab of the first wrong field."""
    if conflict is not None and isinstance(exc, ConcurrentModification):
        conflict.keep(exc)
        if conflict.ask:
            if messages.ask_reload(owner, exc, conflict.title) and conflict.reload is not None:
                conflict.reload()
            return False
        messages.show_error(owner, exc, conflict.title)
        if conflict.reload is not None:
            conflict.reload()
        return False
    if field_errors.show(exc):
        if tabs is not None:
            field_errors.show_tab_of_first(tabs, exc)
        return True
    messages.show_error(owner, exc)
    return False


def submit(owner: QWidget, runner: DbRunner, task: Callable[[], Any], *, field_errors: FieldErrors,
           on_success: Callable[[Any], None], lock: QWidget | None = None,
           conflict: Conflict | None = None, tabs: QTabWidget | None = None) -> None:
    """Run `task` on the database lane; `lock` (the button box or save button) is disabled until it answers.
    Callbacks of a dialog closed meanwhile are dropped by the runner (`owner`)."""
    if lock is not None:
        lock.setEnabled(False)

    def succeeded(result: Any) -> None:
        if lock is not None:
            lock.setEnabled(True)
        on_success(result)

    def failed(exc: BaseException) -> None:
        if lock is not None:
            lock.setEnabled(True)
        show_failure(owner, field_errors, exc, conflict=conflict, tabs=tabs)

    runner.run_db(task, on_success=succeeded, on_failure=failed, owner=owner)
