"""修改用户: an administrator corrects a user's name or changes the role (admin.update_user). The user name stays:
it is what the user logs in with and what the audit trail and the timeline name."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from ipcase.domain.enums import Role
from ipcase.dto.admin import UserInfo
from ipcase.services.admin import auth
from ui.common import labels
from ui.common.form_dialog import FormDialog
from ui.common.submit import submit
from ui.shell.context import AppContext


class UserEditDialog(FormDialog):
    saved = Signal(object)   # UserInfo

    def __init__(self, ctx: AppContext, user: UserInfo, parent: QWidget | None = None):
        super().__init__(parent, min_width=420)   # wide enough for an error line under a field
        self._ctx = ctx
        self._user = user
        self.setObjectName("user_edit_dialog")
        self.setWindowTitle(self.tr("修改用户 — %1").replace("%1", user.username))
        self.username_label = QLabel(user.username)
        self.full_name_edit = QLineEdit(user.full_name)
        self.role_combo = QComboBox()
        for role in Role:
            self.role_combo.addItem(labels.role(role), role.value)
        self.role_combo.setCurrentIndex(max(self.role_combo.findData(Role(user.role).value), 0))
        if user.id == ctx.user_id:   # the core refuses it too; say so before the user tries
            self.role_combo.setEnabled(False)
            self.role_combo.setToolTip(self.tr("不能更改自己的角色，请另一位管理员更改"))
        self.add_row(self.tr("用户名："), self.username_label)
        self.add_row(self.tr("姓名(&N)："), self.full_name_edit, "full_name")
        self.add_row(self.tr("角色(&R)："), self.role_combo, "role")
        self.add_buttons(self._on_button_box_accepted)

    def _on_button_box_accepted(self) -> None:
        self.field_errors.clear()
        ctx = self._ctx
        submit(self, ctx.runner, ctx.db(auth.update_user, actor_id=ctx.user_id, user_id=self._user.id,
                                        full_name=self.full_name_edit.text(), role=self.role_combo.currentData()),
               field_errors=self.field_errors, on_success=self._on_saved, lock=self.button_box)

    def _on_saved(self, info: UserInfo) -> None:
        self.saved.emit(info)
        self.accept()
