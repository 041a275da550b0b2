"""Log in with a local account; on success `user` holds the UserInfo. A locked account (too many wrong passwords)
is told until when, and that the administrator can unlock it sooner."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from ipcase.dto.admin import UserInfo
from ipcase.errors import AccountLocked, AuthenticationFailed
from ipcase.services.admin import auth
from ui.common import errors, messages
from ui.generated.ui_login_dialog import Ui_LoginDialog
from ui.shell.context import AppContext


class LoginDialog(QDialog):
    logged_in = Signal(object)  # UserInfo

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, username: str = ""):
        super().__init__(parent)
        self._ctx = ctx
        self.user: UserInfo | None = None
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self.ui.username_edit.setText(username)
        ok = self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("登录(&L)"))
        self.ui.button_box.accepted.connect(self._on_button_box_accepted)
        self.ui.button_box.rejected.connect(self.reject)
        (self.ui.password_edit if username else self.ui.username_edit).setFocus()

    def _on_button_box_accepted(self) -> None:
        username = self.ui.username_edit.text().strip()
        password = self.ui.password_edit.text()
        if not username:
            self.ui.error_label.setText(self.tr("请输入用户名。"))
            self.ui.username_edit.setFocus()
            return
        self._set_busy(True)
        self._ctx.runner.run_db(self._ctx.db(auth.login, username=username, password=password,
                                             now=self._ctx.clock.now()),
                                on_success=self._on_login_succeeded, on_failure=self._on_login_failed,
                                owner=self)

    def _set_busy(self, busy: bool) -> None:
        self.ui.button_box.setEnabled(not busy)
        if busy:
            self.ui.error_label.setText(self.tr("正在登录…"))

    def _on_login_succeeded(self, user: UserInfo) -> None:
        self.user = user
        self._set_busy(False)
        self.logged_in.emit(user)
        self.accept()

    def _on_login_failed(self, exc: Exception) -> None:
        self._set_busy(False)
        if isinstance(exc, AccountLocked):
            self.ui.error_label.setText(errors.message(exc))
            self.resize(self.width(), max(self.height(), self.sizeHint().height()))
        elif isinstance(exc, AuthenticationFailed) or errors.is_expected(exc):
            self.ui.error_label.setText(errors.message(exc))
            self.ui.password_edit.selectAll()
            self.ui.password_edit.setFocus()
        else:
            self.ui.error_label.clear()
            messages.show_error(self, exc)

