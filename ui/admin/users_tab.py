"""设置 › 用户: list accounts, add one, switch one off or on, reset a password, lift a wrong-password lock, and the
office's login and password rules."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ipcase.domain.enums import Role
from ipcase.dto.admin import UserInfo
from ipcase.queries.admin import users as user_queries
from ipcase.queries.admin.accounts import account_rules_page
from ipcase.services.admin import auth
from ui.admin.account_rules_dialog import AccountRulesDialog
from ui.admin.user_edit_dialog import UserEditDialog
from ui.common import labels, messages
from ui.common.form_dialog import FormDialog
from ui.common.submit import submit
from ui.common.table_utils import compact_rows
from ui.shell.context import AppContext


class UserDialog(FormDialog):
    """New account, or a new password for an existing one (`user` given)."""
    saved = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, user: UserInfo | None = None):
        super().__init__(parent, min_width=420)   # wide enough for the error lines under its fields
        self._ctx = ctx
        self._user = user
        self.setWindowTitle(self.tr("重置密码 — %1").replace("%1", user.full_name) if user else self.tr("添加用户"))
        self.username_edit = QLineEdit()
        self.full_name_edit = QLineEdit()
        self.role_combo = QComboBox()
        for role in Role:
            self.role_combo.addItem(labels.role(role), role.value)
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm_edit = QLineEdit()
        self.confirm_edit.setEchoMode(QLineEdit.EchoMode.Password)
        if user is None:
            self.add_row(self.tr("用户名(&U)："), self.username_edit)
            self.add_row(self.tr("姓名(&N)："), self.full_name_edit)
            self.add_row(self.tr("角色(&R)："), self.role_combo)
        self.add_row(self.tr("密码(&P)："), self.password_edit)
        self.add_row(self.tr("确认密码(&C)："), self.confirm_edit)
        for key, w in (("username", self.username_edit), ("full_name", self.full_name_edit),
                       ("role", self.role_combo), ("password", self.password_edit),
                       ("confirm", self.confirm_edit)):
            self.field_errors.register(key, w)   # also the rows a password reset hides: the core may name them
        self.add_buttons(self._on_button_box_accepted)

    def _on_button_box_accepted(self) -> None:
        self.field_errors.clear()
        if self.password_edit.text() != self.confirm_edit.text():
            self.field_errors.set("confirm", self.tr("两次输入的密码不一致"))
            return
        ctx = self._ctx
        if self._user is None:
            task = ctx.db(auth.create_user, actor_id=ctx.user_id, username=self.username_edit.text().strip(),
                          full_name=self.full_name_edit.text().strip(), role=self.role_combo.currentData(),
                          password=self.password_edit.text())
        else:
            task = ctx.db(auth.reset_password, actor_id=ctx.user_id, user_id=self._user.id,
                          password=self.password_edit.text())
        submit(self, ctx.runner, task, field_errors=self.field_errors, on_success=self._on_saved)

    def _on_saved(self, _result) -> None:
        self.saved.emit()
        self.accept()


class UsersPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._users: tuple[UserInfo, ...] = ()
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("users_table")
        self.table.setHorizontalHeaderLabels([self.tr("用户名"), self.tr("姓名"), self.tr("角色"), self.tr("状态")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        compact_rows(self.table)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("添加用户(&A)…"))
        self.edit_button = QPushButton(self.tr("修改姓名/角色(&E)…"))
        self.edit_button.setObjectName("edit_user_button")
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.table.doubleClicked.connect(lambda _index: self._on_edit_button_clicked())
        self.toggle_button = QPushButton(self.tr("停用/启用(&T)"))
        self.password_button = QPushButton(self.tr("重置密码(&P)…"))
        self.unlock_button = QPushButton(self.tr("解除锁定(&U)"))
        self.unlock_button.setObjectName("unlock_button")
        self.rules_button = QPushButton(self.tr("登录与密码规则(&R)…"))
        self.rules_button.setObjectName("rules_button")
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.toggle_button.clicked.connect(self._on_toggle_button_clicked)
        self.password_button.clicked.connect(self._on_password_button_clicked)
        self.unlock_button.clicked.connect(self._on_unlock_button_clicked)
        self.rules_button.clicked.connect(self._on_rules_button_clicked)
        for b in (self.add_button, self.edit_button, self.toggle_button, self.password_button, self.unlock_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.rules_button)
        layout.addLayout(buttons)

    def refresh(self) -> None:
        self._ctx.runner.run_db(self._ctx.db(user_queries.list_users, active_only=False),
                                on_success=self._on_users_loaded, owner=self)

    def _on_users_loaded(self, users) -> None:
        self._users = tuple(users)
        self.table.setRowCount(len(users))
        for r, u in enumerate(users):
            values = (u.username, u.full_name, labels.role(u.role), self._status(u))
            for c, v in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(v))
        self.table.resizeColumnsToContents()

    def _locked(self, user: UserInfo) -> bool:
        return user.locked_until is not None and user.locked_until > self._ctx.clock.now()

    def _status(self, user: UserInfo) -> str:
        if not user.active:
            return self.tr("已停用")
        if self._locked(user):
            return self.tr("已锁定（至 %1）").replace("%1", f"{user.locked_until:%Y-%m-%d %H:%M}")
        return self.tr("启用")

    def _selected(self) -> UserInfo | None:
        row = self.table.currentRow()
        return self._users[row] if 0 <= row < len(self._users) else None

    def _on_add_button_clicked(self) -> None:
        dialog = UserDialog(self._ctx, self)
        dialog.saved.connect(self.refresh)
        dialog.open()

    def _on_edit_button_clicked(self) -> UserEditDialog | None:
        user = self._selected()
        if user is None:
            return None
        dialog = UserEditDialog(self._ctx, user, self)
        dialog.saved.connect(lambda _info: self.refresh())
        dialog.open()
        return dialog

    def _on_password_button_clicked(self) -> None:
        user = self._selected()
        if user is None:
            return
        dialog = UserDialog(self._ctx, self, user)
        dialog.saved.connect(lambda: messages.info(self, self.tr("重置密码"), self.tr("密码已重置。")))
        dialog.open()

    def _on_toggle_button_clicked(self) -> None:
        user = self._selected()
        if user is None:
            return
        ctx = self._ctx
        ctx.runner.run_db(ctx.db(auth.set_user_active, actor_id=ctx.user_id, user_id=user.id,
                                 active=not user.active),
                          on_success=lambda _r: self.refresh(),
                          on_failure=lambda exc: messages.show_error(self, exc), owner=self)

    def _on_unlock_button_clicked(self) -> None:
        user = self._selected()
        if user is None:
            return
        ctx = self._ctx
        ctx.runner.run_db(ctx.db(auth.unlock_user, actor_id=ctx.user_id, user_id=user.id),
                          on_success=lambda _r: self.refresh(),
                          on_failure=lambda exc: messages.show_error(self, exc), owner=self)

    def _on_rules_button_clicked(self) -> None:
        ctx = self._ctx
        ctx.runner.run_db(ctx.db(account_rules_page, office_id=ctx.user.office_id), on_success=self._open_rules,
                          on_failure=lambda exc: messages.show_error(self, exc), owner=self)

    def _open_rules(self, page) -> None:
        AccountRulesDialog(self._ctx, page, self).open()
