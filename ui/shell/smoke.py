"""Smoke start of a built application (`IPCASE_SMOKE=1`, or a file path): the first top-level window that appears — the login
dialog, the first-run wizard, a storage-failure dialog — is named on stdout as `window shown: <ClassName>` and the
application quits with exit code 0. CI starts the installed .deb and the PyInstaller bundle this way (offscreen),
which proves that Qt, its platform plugin, the fonts, the migrations and the database drivers load from the
bundle, without anyone to click."""
from __future__ import annotations

import os
import sys
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

SMOKE_ENV = "IPCASE_SMOKE"
PREFIX = "window shown: "


def wanted(env: dict[str, str] | None = None) -> bool:
    value = (os.environ if env is None else env).get(SMOKE_ENV, "")
    return value not in ("", "0")


def report(line: str) -> None:
    """On stdout; also appended to the file IPCASE_SMOKE names when it is a path (a Windows GUI executable has no
    stdout)."""
    print(line, flush=True)
    target = os.environ.get(SMOKE_ENV, "")
    if target not in ("", "0", "1"):
        with open(target, "a", encoding="utf-8") as f:
            f.write(line + "\n")


def _leave() -> None:
    for widget in QApplication.topLevelWidgets():
        widget.close()
    if sys.stdout is not None:   # None in a Windows GUI executable
        sys.stdout.flush()
    os._exit(0)   # start-up code would open further loops (login, wizard, main window): the answer is given


class _FirstWindow(QObject):
    def __init__(self, app: QApplication, leave: Callable[[], None]):
        super().__init__(app)
        self._leave = leave
        self.seen: str | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (self.seen is None and event.type() == QEvent.Type.Show and isinstance(watched, QWidget)
                and watched.windowType() in (Qt.WindowType.Window, Qt.WindowType.Dialog)
                and not isinstance(watched, QProgressDialog)):   # "preparing the database" is not an answer
            self.seen = type(watched).__name__
            report(PREFIX + self.seen)
            QTimer.singleShot(0, self._leave)   # from the loop that shows it (a modal dialog's own loop)
        return False


def install(app: QApplication, leave: Callable[[], None] = _leave) -> _FirstWindow | None:
    """Install the filter when `IPCASE_SMOKE` is set; otherwise nothing happens. `leave` ends the process."""
    if not wanted():
        return None
    watcher = _FirstWindow(app, leave)
    app.installEventFilter(watcher)
    return watcher
