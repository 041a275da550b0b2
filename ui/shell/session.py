"""One login after another without quitting: login → main window → 注销/切换用户 → login …

Each login gets a fresh AppContext from the composition root (`new_context(user)`, where the unit of work is bound
to that user), a new main window and its idle lock. Logging out closes the session's windows the way closing
them by hand does (a form with unsaved input asks whether to keep a draft; Cancel keeps the session open)."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from ipcase.dto.admin import UserInfo
from ipcase.services.admin import auth
from ui.shell.context import AppContext
from ui.shell.idle_lock import Cover, IdleLock, LockDialog
from ui.shell.login_dialog import LoginDialog
from ui.shell.main_window import CatalogueFactory, MainWindow

# (ctx, parent, expired) → the own-password dialog (ui/admin/password_dialog.py; the shell knows no feature)
PasswordDialogFactory = Callable[[AppContext, QWidget, bool], QDialog]


class Session(QObject):
    window_opened = Signal(object)   # MainWindow
    logged_out = Signal()

    def __init__(self, login_ctx: AppContext, new_context: Callable[[UserInfo], AppContext],
                 catalogue: CatalogueFactory, password_dialog: PasswordDialogFactory,
                 parent: QObject | None = None, before_show: Callable[[MainWindow], None] | None = None):
        """`before_show(window)`: called with each new window once it is made, before it is shown (the
        composition root sets the application's style sheet there: ui/shell/app.install_style_sheet)."""
        super().__init__(parent)
        self._before_show = before_show
        self._login_ctx = login_ctx
        self._new_context = new_context
        self._catalogue = catalogue
        self._password_dialog = password_dialog
        self.window: MainWindow | None = None
        self.ctx: AppContext | None = None          # the logged-in user's, new at every login
        self.idle_lock: IdleLock | None = None
        self.login: LoginDialog | None = None

    def open_window(self, user: UserInfo) -> MainWindow:
        ctx = self.ctx = self._new_context(user)
        window = MainWindow(ctx, self._catalogue)
        if self._before_show is not None:
            self._before_show(window)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        window.logout_requested.connect(self.logout)
        window.change_password_requested.connect(lambda: self._open_password_dialog(False))
        self.idle_lock = IdleLock(ctx, window)
        self.idle_lock.switch_user.connect(self._on_switch_user)
        self.window = window
        window.show()
        self.window_opened.emit(window)
        if user.must_change_password:
            self._open_password_dialog(True)
        return window

    def _open_password_dialog(self, expired: bool) -> None:
        dialog = self._password_dialog(self.ctx, self.window, expired)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        if expired:
            dialog.rejected.connect(self.logout)   # no work with a password someone else knows
        dialog.open()

    def show_login(self) -> LoginDialog:
        login = LoginDialog(self._login_ctx)
        login.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        login.logged_in.connect(self._on_logged_in)
        login.rejected.connect(self._on_login_rejected)
        self.login = login
        login.open()
        return login

    def _on_logged_in(self, user: UserInfo) -> None:
        self.login = None
        self.open_window(user)

    def _on_login_rejected(self) -> None:
        self.login = None
        if self.window is None:
            QApplication.quit()

    def logout(self) -> bool:
        """Close the session's windows and ask for a login; False (nothing changed) when a window stays open."""
        window = self.window
        if window is None:
            return True
        others = [w for w in QApplication.topLevelWidgets()
                  if w is not window and w.isVisible() and not isinstance(w, (LockDialog, Cover, LoginDialog))]
        for w in others:
            if not w.close():
                return False
        # The login first, so that closing the last window does not end the application.
        login = self.show_login()
        if not window.close():
            login.hide()
            login.deleteLater()
            self.login = None
            return False
        ctx = self.ctx
        if ctx is not None and ctx.user is not None:  # the audit trail records who left, and when
            ctx.runner.run_db(ctx.db(auth.logout, actor_id=ctx.user.id, now=ctx.clock.now()))
        self.window = self.ctx = self.idle_lock = None
        self.logged_out.emit()
        return True

    def _on_switch_user(self) -> None:
        lock = self.idle_lock
        if not self.logout() and lock is not None:
            lock.relock()
