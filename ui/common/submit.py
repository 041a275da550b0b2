"""Sending a form to the core: one call on the database lane with the form's button locked while it runs, then
the success step, or the failure next to the fields it names (a message box when it names none).

Every dialog and settings tab that saves through a service sends its form this way, so a failure reads the same
everywhere and a button is never left disabled after an error."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtWidgets import QWidget

from ui.common import messages
from ui.common.field_errors import FieldErrors


class DbRunner(Protocol):
    """The task runner's database lane (ui.shell.tasks.TaskRunner is one): the kit sits below the shell."""

    def run_db(self, fn: Callable[[], Any], *, on_success: Callable[[Any], None] | None = ...,
               on_failure: Callable[[Any], None] | None = ..., owner: QWidget | None = ...) -> Any: ...


def show_failure(owner: QWidget, field_errors: FieldErrors, exc: BaseException) -> bool:
    """The error next to the fields it names, else in a message box; True when it went next to fields."""
    if field_errors.show(exc):
        return True
    messages.show_error(owner, exc)
    return False


def submit(owner: QWidget, runner: DbRunner, task: Callable[[], Any], *, field_errors: FieldErrors,
           on_success: Callable[[Any], None], lock: QWidget | None = None) -> None:
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
        show_failure(owner, field_errors, exc)

    runner.run_db(task, on_success=succeeded, on_failure=failed, owner=owner)
