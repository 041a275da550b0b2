"""设置 › 用户 › 修改姓名/角色 (issue 16): the administrator corrects a name and changes a role; an empty name is
said under the field; the own role cannot be changed; the 添加用户 dialog is wide enough for its error lines."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from shots import chinese_font, shot  # noqa: F401 — fixture
from ui_helpers import choose, type_text

from ipcase.domain.enums import Role
from ipcase.queries.admin import users as user_queries
from ui.admin.users_tab import UserDialog, UsersPage

pytestmark = pytest.mark.usefixtures("chinese_font")


def _page(make_ctx, staff, qtbot) -> UsersPage:
    page = UsersPage(make_ctx(staff.admin))
    qtbot.addWidget(page)
    page.resize(1100, 500)
    page.show()
    page.refresh()
    return page


def _select(page: UsersPage, username: str) -> None:
    page.table.selectRow(next(r for r in range(page.table.rowCount()) if page.table.item(r, 0).text() == username))


def test_the_administrator_changes_a_name_and_a_role(make_ctx, staff, new_uow, qtbot, shown):
    page = _page(make_ctx, staff, qtbot)
    _select(page, "zhang")
    dialog = page._on_edit_button_clicked()
    assert dialog.full_name_edit.text() == "张伟" and dialog.role_combo.currentData() == "officer"
    dialog.full_name_edit.clear()
    dialog.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.field_errors.label("full_name").text() == "必须填写"
    assert dialog.isVisible()
    shot(dialog, "user_edit_error.png")
    type_text(dialog.full_name_edit, "张伟明")
    choose(dialog.role_combo, "section_head")
    dialog.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
    assert not dialog.isVisible() and shown.errors == []
    _select(page, "zhang")
    row = page.table.currentRow()
    assert (page.table.item(row, 1).text(), page.table.item(row, 2).text()) == ("张伟明", "处(科)室负责人")
    with new_uow() as uow:
        zhang = next(u for u in user_queries.list_users(uow, active_only=False) if u.username == "zhang")
    assert zhang.role == Role.SECTION_HEAD


def test_the_own_role_is_not_offered(make_ctx, staff, qtbot, shown):
    page = _page(make_ctx, staff, qtbot)
    _select(page, "admin")
    dialog = page._on_edit_button_clicked()
    assert not dialog.role_combo.isEnabled() and "另一位管理员" in dialog.role_combo.toolTip()


def test_the_new_user_dialog_has_room_for_its_error_lines(make_ctx, staff, qtbot, shown):
    dialog = UserDialog(make_ctx(staff.admin))
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.username_edit, "zhang")
    type_text(dialog.full_name_edit, "张三")
    type_text(dialog.password_edit, "short")
    type_text(dialog.confirm_edit, "short")
    dialog.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
    label = dialog.field_errors.label("username")
    assert label is not None and dialog.width() >= 420
    assert label.width() >= label.fontMetrics().horizontalAdvance(label.text())   # the line is not cut
    shot(dialog, "user_new_errors.png")
