"""文件 › 修改密码: the user's own password (old once, new twice). The rules are the core's
(ipcase.domain.passwords); the dialog only shows them as a hint and compares the two new entries."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from ipcase.domain.passwords import AccountRules
from ipcase.queries.admin.accounts import account_rules
from ipcase.services.admin import auth
from ui.common.form_dialog import FormDialog
from ui.common.i18n import tr
from ui.common.submit import submit
from ui.shell.context import AppContext


def rules_hint(rules: AccountRules) -> str:
    parts = [tr("至少 %1 个字符").replace("%1", str(rules.min_length))]
    if rules.letters_and_digits:
        parts.append(tr("须同时包含字母和数字"))
    if rules.not_username:
        parts.append(tr("不能与用户名相同"))
    return "；".join(parts) + "。"


class PasswordDialog(FormDialog):
    """`expired`: opened right after login because the office's rules say the password must be changed."""
    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, expired: bool = False):
        super().__init__(parent, min_width=460)
        self._ctx = ctx
        self.setObjectName("password_dialog")
        self.setWindowTitle(self.tr("修改密码 — %1").replace("%1", ctx.user.full_name))
        if expired:
            note = QLabel(self.tr("您的密码已过期或由管理员设置，请先设置一个只有您知道的新密码。"))
            note.setObjectName("expired_label")
            note.setWordWrap(True)
            self.add_above(note)
        self.old_edit = self._password_row(self.tr("原密码(&O)："), "old_password")
        self.new_edit = self._password_row(self.tr("新密码(&N)："), "new_password")
        self.confirm_edit = self._password_row(self.tr("确认新密码(&C)："), "confirm")
        self.hint_label = QLabel(rules_hint(AccountRules()))
        self.hint_label.setObjectName("hint_label")
        self.hint_label.setStyleSheet("color: #555;")
        self.form.addRow("", self.hint_label)
        self.add_buttons(self._on_button_box_accepted)
        ctx.runner.run_db(ctx.db(account_rules, office_id=ctx.user.office_id),
                          on_success=lambda rules: self.hint_label.setText(rules_hint(rules)),
                          on_failure=lambda exc: None, owner=self)

    def _password_row(self, label: str, key: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        return self.add_row(label, edit, key)

    def _on_button_box_accepted(self) -> None:
        self.field_errors.clear()
        if self.new_edit.text() != self.confirm_edit.text():
            self.field_errors.set("confirm", self.tr("两次输入的新密码不一致"))
            return
        ctx = self._ctx
        task = ctx.db(auth.change_password, actor_id=ctx.user_id, old_password=self.old_edit.text(),
                      new_password=self.new_edit.text(), now=ctx.clock.now())
        submit(self, ctx.runner, task, field_errors=self.field_errors, on_success=self._on_changed,
               lock=self.button_box)

    def _on_changed(self, _result) -> None:
        self.changed.emit()
        self.accept()
