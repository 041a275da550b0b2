"""A long task of the runner behind a window-modal progress dialog whose 取消 stops it (a check-in, a ledger
import): the dialog follows the task's (done, total) reports; the caller closes it when the task ends."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from ui.common.i18n import tr


class ProgressTask:
    """One task at a time for `parent`: `start` opens the dialog and runs `work(progress, cancel)` off the GUI
    thread; `close` (from the task's success or failure callback) closes the dialog."""

    def __init__(self, parent: QWidget):
        self._parent = parent
        self.dialog: QProgressDialog | None = None
        self.task = None

    def start(self, runner, work: Callable[..., Any], *, label: str, title: str,
              on_success: Callable[[Any], None], on_failure: Callable[[BaseException], None]) -> None:
        self.dialog = QProgressDialog(label, tr("取消"), 0, 0, self._parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(0)
        self.dialog.canceled.connect(self._on_canceled)
        self.task = runner.run_db(work, with_progress=True, on_progress=self._on_progress, on_success=on_success,
                                  on_failure=on_failure, owner=self._parent)

    def close(self) -> None:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog = None
        self.task = None

    def _on_progress(self, done: int, total: int, _text: str) -> None:
        if self.dialog is not None:
            self.dialog.setMaximum(total)
            self.dialog.setValue(done)

    def _on_canceled(self) -> None:
        if self.task is not None:
            self.task.token.cancel()   # the work stops at its next `cancel.check()` and fails with Cancelled


__all__ = ["ProgressTask"]
