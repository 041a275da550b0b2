"""The idle lock: after the office's idle time (设置 › 用户 › 登录与密码规则; 0 = off) without keyboard or mouse
input, every window of the session is covered and the same user's password is asked again.

Open dialogs and what was typed in them stay as they were: they are covered, not closed or hidden (hiding a dialog
would end its exec() loop). A wrong password counts toward the account lock like a wrong login
(ipcase.services.admin.auth.reauthenticate); 切换用户 hands over to the session, which logs out."""
from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QInputEvent, QInputMethodEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ipcase.errors import AccountLocked, AuthenticationFailed
from ipcase.queries.admin.accounts import account_rules
from ipcase.services.admin import auth
from ui.common import errors, messages
from ui.shell.context import AppContext

_INPUT = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
                    QEvent.Type.TouchBegin, QEvent.Type.InputMethod})
_INPUT_CLASSES = (QInputEvent, QInputMethodEvent)
_CHECK_EVERY_MS = 15_000   # how late a lock may come: a quarter of a minute is precise enough


class IdleWatcher(QObject):
    """Emits `idle` once when no input reached the application for `limit` seconds; `resume()` starts counting
    again. `clock` is injectable (seconds, monotonic) so a test can move time instead of waiting."""
    idle = Signal()

    def __init__(self, limit: float = 0, clock: Callable[[], float] = time.monotonic,
                 parent: QObject | None = None):
        super().__init__(parent)
        self._clock = clock
        self._limit = 0.0
        self._last = clock()
        self.paused = False
        self.timer = QTimer(self)
        self.timer.setInterval(_CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)
        QApplication.instance().installEventFilter(self)
        self.set_limit(limit)

    @property
    def limit(self) -> float:
        return self._limit

    def set_limit(self, seconds: float) -> None:
        self._limit = max(seconds, 0)
        self._last = self._clock()
        if self._limit:
            self.timer.setInterval(int(min(_CHECK_EVERY_MS, self._limit * 1000)))
            self.timer.start()
        else:
            self.timer.stop()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 — Qt override
        # Every event of the application passes here: the class test first (C-level), since `event.type()` builds
        # a Python enum member per call; only input events (and an input method's) can be in _INPUT.
        if not self.paused and isinstance(event, _INPUT_CLASSES) and event.type() in _INPUT:
            self._last = self._clock()
        return False

    def check(self) -> None:
        if self._limit and not self.paused and self._clock() - self._last >= self._limit:
            self.paused = True
            self.idle.emit()

    def resume(self) -> None:
        self.paused = False
        self._last = self._clock()

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


class Cover(QWidget):
    """An opaque sheet over one window's whole area, following its size, so nothing of it can be read."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.setObjectName("idle_cover")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("QWidget#idle_cover { background: #37474f; } QLabel { color: #eceff1; }")
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("已锁定"))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(label)
        self.setGeometry(window.rect())
        window.installEventFilter(self)
        self.show()
        self.raise_()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 — Qt override
        if obj is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parentWidget().rect())
        elif obj is self.parentWidget() and event.type() == QEvent.Type.ChildAdded:
            QTimer.singleShot(0, self.raise_)   # a widget added later must not appear over the cover
        return False


class LockDialog(QDialog):
    """The password prompt over the covered windows; Esc and the close box do not unlock it."""
    unlocked = Signal()
    switch_user = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.setObjectName("lock_dialog")
        self.setWindowTitle(self.tr("已锁定 — 专利侵权纠纷行政裁决案件管理"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("长时间无操作，屏幕已锁定"))
        heading.setStyleSheet("font-size: 13pt; font-weight: bold;")
        layout.addWidget(heading)
        user = ctx.user
        who = QLabel(self.tr("%1（%2）请输入密码解锁。\n打开的窗口和已填写的内容都保留着。")
                     .replace("%1", user.full_name).replace("%2", user.username))
        who.setWordWrap(True)
        layout.addWidget(who)
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("密码"))
        layout.addWidget(self.password_edit)
        self.error_label = QLabel()
        self.error_label.setObjectName("error_label")
        self.error_label.setStyleSheet("color: #b71c1c;")
        self.error_label.setWordWrap(True)
        layout.addWidget(self.error_label)
        self.button_box = QDialogButtonBox()
        self.unlock_button = self.button_box.addButton(self.tr("解锁(&U)"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.switch_button = QPushButton(self.tr("切换用户(&S)"))
        self.switch_button.setObjectName("switch_button")
        self.button_box.addButton(self.switch_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.button_box.accepted.connect(self._on_button_box_accepted)
        self.switch_button.clicked.connect(self.switch_user)
        layout.addWidget(self.button_box)
        self.password_edit.setFocus()

    def reject(self) -> None:
        """Esc: stays locked."""

    def _on_button_box_accepted(self) -> None:
        ctx = self._ctx
        self.button_box.setEnabled(False)
        self.error_label.setText(self.tr("正在验证…"))
        ctx.runner.run_db(ctx.db(auth.reauthenticate, user_id=ctx.user_id, password=self.password_edit.text(),
                                 now=ctx.clock.now()),
                          on_success=self._on_verified, on_failure=self._on_refused, owner=self)

    def _on_verified(self, _user) -> None:
        self.button_box.setEnabled(True)
        self.unlocked.emit()
        self.done(QDialog.DialogCode.Accepted)

    def _on_refused(self, exc: Exception) -> None:
        self.button_box.setEnabled(True)
        if isinstance(exc, AccountLocked):
            self.error_label.setText(errors.message(exc))
        elif isinstance(exc, AuthenticationFailed):
            self.error_label.setText(self.tr("密码不正确（若账户已被停用，请切换用户）。"))
        else:
            self.error_label.clear()
            messages.show_error(self, exc)
        self.password_edit.selectAll()
        self.password_edit.setFocus()


class IdleLock(QObject):
    """Watches the session's input and locks `window` and every other window when it is idle."""
    switch_user = Signal()

    def __init__(self, ctx: AppContext, window: QWidget, clock: Callable[[], float] = time.monotonic,
                 parent: QObject | None = None):
        super().__init__(parent or window)
        self._ctx = ctx
        self._window = window
        self.covers: list[Cover] = []
        self.dialog: LockDialog | None = None
        self.watcher = IdleWatcher(0, clock, self)
        self.watcher.idle.connect(self.lock)
        window.destroyed.connect(self.watcher.stop)
        ctx.runner.run_db(ctx.db(account_rules, office_id=ctx.user.office_id),
                          on_success=lambda rules: self.watcher.set_limit(rules.idle_minutes * 60),
                          on_failure=lambda exc: None, owner=window)

    @property
    def locked(self) -> bool:
        return self.dialog is not None

    def lock(self) -> None:
        if self.locked:
            return
        self.watcher.paused = True
        for w in QApplication.topLevelWidgets():
            if w.isVisible() and not isinstance(w, (LockDialog, Cover)):
                self.covers.append(Cover(w))
        self.dialog = LockDialog(self._ctx, self._window)
        self.dialog.unlocked.connect(self._on_unlocked)
        self.dialog.switch_user.connect(self._on_switch_user)
        self.dialog.open()

    def _remove_covers(self) -> None:
        for cover in self.covers:
            if cover.parentWidget() is not None:
                cover.parentWidget().removeEventFilter(cover)
            cover.deleteLater()
        self.covers = []

    def _close_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.hide()
            self.dialog.deleteLater()
            self.dialog = None

    def _on_unlocked(self) -> None:
        self._close_dialog()
        self._remove_covers()
        self.watcher.resume()

    def _on_switch_user(self) -> None:
        """The covers stay while the session closes the windows; if the user keeps a window open (a form's
        draft question answered with Cancel), the lock comes back."""
        self._close_dialog()
        self.switch_user.emit()

    def relock(self) -> None:
        """After a refused logout: ask for the password again over the still-covered windows."""
        self._remove_covers()
        self.lock()
