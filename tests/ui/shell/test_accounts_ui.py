"""Accounts in the window: the lockout message at login, the idle lock over open forms, 注销/切换用户 with a fresh
context, the own-password dialog, unlocking and the rules in 设置 › 用户. Screenshots of the lock screen, the
password dialog and the login with the lockout message (look at them)."""
from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from shots import chinese_font, shot  # noqa: F401 — fixture
from ui_helpers import type_text

from ipcase.domain.passwords import AccountRules
from ipcase.errors import AuthenticationFailed
from ipcase.queries.admin.accounts import account_rules
from ipcase.services.admin import account_rules as rules_service
from ipcase.services.admin import auth
from ui.admin.account_rules_dialog import AccountRulesDialog
from ui.admin.password_dialog import PasswordDialog
from ui.admin.users_tab import UserDialog, UsersPage
from ui.cases.request_dialog import RequestDialog
from ui.sections import Sections
from ui.shell.idle_lock import IdleLock, LockDialog
from ui.shell.login_dialog import LoginDialog
from ui.shell.main_window import MainWindow
from ui.shell.session import Session


def _log_in(dialog: LoginDialog, username: str, password: str) -> None:
    dialog.ui.username_edit.setText(username)
    dialog.ui.password_edit.setText(password)
    dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).click()


def test_wrong_passwords_lock_and_the_login_says_until_when(make_ctx, staff, qtbot, chinese_font):  # noqa: F811
    login = LoginDialog(make_ctx(None))
    qtbot.addWidget(login)
    login.show()
    for _ in range(4):
        _log_in(login, "zhang", "wrong-pass1")
        assert login.ui.error_label.text() == "用户名或密码不正确，或账户已停用。"
    _log_in(login, "zhang", "wrong-pass1")
    assert "账户已锁定至 2026-11-02 09:45。" in login.ui.error_label.text()
    assert "系统管理员" in login.ui.error_label.text()
    _log_in(login, "zhang", "password1")          # the right password is refused while locked
    assert login.user is None and "已锁定" in login.ui.error_label.text()
    shot(login, "login_locked.png")


def test_idle_lock_covers_open_forms_keeps_their_input_and_counts_wrong_passwords(
        make_ctx, staff, qtbot, chinese_font):  # noqa: F811
    ctx = make_ctx(staff.admin)
    window = MainWindow(ctx, Sections)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    form = UserDialog(ctx, window)
    form.show()
    type_text(form.full_name_edit, "钱多多")
    now = [1000.0]
    lock = IdleLock(ctx, window, clock=lambda: now[0])
    assert lock.watcher.limit == 15 * 60          # the office's default idle time
    now[0] += 14 * 60
    lock.watcher.check()
    assert not lock.locked
    QApplication.sendEvent(window, _key_press())  # input restarts the count
    now[0] += 14 * 60
    lock.watcher.check()
    assert not lock.locked
    now[0] += 60
    lock.watcher.check()
    assert lock.locked and isinstance(lock.dialog, LockDialog)
    assert {c.parentWidget() for c in lock.covers} >= {window, form}
    assert form.isVisible() and form.full_name_edit.text() == "钱多多"
    lock.dialog.reject()                          # Esc does not unlock
    assert lock.locked and lock.dialog.isVisible()
    shot(window, "idle_lock_window.png")
    shot(lock.dialog, "idle_lock_dialog.png")

    lock.dialog.password_edit.setText("wrong-pass1")
    lock.dialog.unlock_button.click()
    assert lock.locked and lock.dialog.error_label.text().startswith("密码不正确")
    lock.dialog.password_edit.setText("password1")
    lock.dialog.unlock_button.click()
    assert not lock.locked and lock.covers == []
    assert form.isVisible() and form.full_name_edit.text() == "钱多多"
    # A wrong password at the lock counts like one at the login prompt (elsewhere: four already).
    for _ in range(4):
        with ctx.new_uow() as uow, _refused():
            auth.login(uow, username="admin", password="nope-nope1", now=ctx.clock.now())
    now[0] += 15 * 60
    lock.watcher.check()
    lock.dialog.password_edit.setText("wrong-pass1")
    lock.dialog.unlock_button.click()
    assert lock.locked and "已锁定至" in lock.dialog.error_label.text()
    lock.dialog.password_edit.setText("password1")
    lock.dialog.unlock_button.click()
    assert lock.locked and "已锁定至" in lock.dialog.error_label.text()
    form.close()


def test_idle_time_zero_switches_the_lock_off(make_ctx, staff, new_uow, qtbot):
    with new_uow() as uow:
        rules_service.update_account_rules(uow, actor_id=staff.admin.id, rules=AccountRules(idle_minutes=0),
                                           expected_version=0)
    ctx = make_ctx(staff.officer)
    window = MainWindow(ctx, Sections)
    qtbot.addWidget(window)
    now = [0.0]
    lock = IdleLock(ctx, window, clock=lambda: now[0])
    now[0] += 10 * 3600
    lock.watcher.check()
    assert not lock.locked and not lock.watcher.timer.isActive()


def test_logout_returns_to_the_login_and_the_next_user_gets_a_new_context(make_ctx, staff, qtbot):
    made = []

    def new_context(user):
        made.append(make_ctx(user))
        return made[-1]

    session = Session(make_ctx(None), new_context, Sections,
                      lambda ctx, parent, expired: PasswordDialog(ctx, parent, expired=expired))
    first = session.open_window(staff.officer)    # deleted when closed: not handed to qtbot
    assert session.ctx.user.username == "zhang"
    assert session.logout()
    assert session.window is None and not first.isVisible()
    login = session.login
    assert isinstance(login, LoginDialog) and login.isVisible()
    _log_in(login, "liu", "password1")
    second = session.window
    qtbot.addWidget(second)
    assert second is not first and second.isVisible()
    assert session.ctx is made[1] and made[1] is not made[0]
    assert session.ctx.user.username == "liu" and second.user_label.text().startswith("刘洋")
    assert made[0].user.username == "zhang"       # the old context is left as it was


def test_logout_from_the_lock_screen_and_a_form_kept_open(make_ctx, staff, qtbot, shown):
    session = Session(make_ctx(None), make_ctx, Sections,
                      lambda ctx, parent, expired: PasswordDialog(ctx, parent, expired=expired))
    window = session.open_window(staff.officer)
    form = RequestDialog(session.ctx, window)     # a form with a draft: closing it with input asks
    form.show()
    form.is_dirty = lambda: True                  # as if something had been typed
    session.idle_lock.lock()
    shown.keep_draft_answer = "cancel"
    session.idle_lock.dialog.switch_button.click()
    assert shown.asked == ["keep_draft"]
    assert session.window is window and session.idle_lock.locked   # still this user's, locked again
    assert form.isVisible() and session.idle_lock.covers
    shown.keep_draft_answer = "keep"
    session.idle_lock.dialog.switch_button.click()
    assert session.window is None and isinstance(session.login, LoginDialog)
    assert not form.isVisible()
    qtbot.addWidget(session.login)


def test_change_own_password(make_ctx, staff, qtbot, chinese_font):  # noqa: F811
    ctx = make_ctx(staff.officer)
    dialog = PasswordDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.hint_label.text() == "至少 8 个字符；须同时包含字母和数字；不能与用户名相同。"
    dialog.old_edit.setText("password1")
    dialog.new_edit.setText("abc")
    dialog.confirm_edit.setText("abd")
    dialog.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.field_errors.label("confirm").text() == "两次输入的新密码不一致"
    dialog.confirm_edit.setText("abc")
    dialog.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.field_errors.label("new_password").text() == "太短（至少 8 个字符）"
    shot(dialog, "change_password.png")
    dialog.old_edit.setText("wrong-old1")
    dialog.new_edit.setText("newpass2026")
    dialog.confirm_edit.setText("newpass2026")
    dialog.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.field_errors.label("old_password").text() == "不正确"
    dialog.old_edit.setText("password1")
    with qtbot.waitSignal(dialog.changed, timeout=1000):
        dialog.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
    with ctx.new_uow() as uow:
        assert auth.login(uow, username="zhang", password="newpass2026", now=ctx.clock.now()).id == staff.officer.id


def test_expired_password_is_asked_for_after_login(make_ctx, staff, new_uow, qtbot):
    with new_uow() as uow:
        rules_service.update_account_rules(uow, actor_id=staff.admin.id, rules=AccountRules(expiry_days=90),
                                           expected_version=0)
    session = Session(make_ctx(None), make_ctx, Sections,
                      lambda ctx, parent, expired: PasswordDialog(ctx, parent, expired=expired))
    login = session.show_login()
    _log_in(login, "zhang", "password1")             # set by the administrator: counts as expired
    dialog = session.window.findChild(PasswordDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.reject()                                 # no work with a password the administrator knows
    assert session.window is None and session.login is not None
    qtbot.addWidget(session.login)


def test_the_administrator_unlocks_and_edits_the_rules(make_ctx, staff, new_uow, clock, qtbot,
                                                        chinese_font):  # noqa: F811
    for _ in range(5):
        with new_uow() as uow, _refused():
            auth.login(uow, username="zhang", password="wrong-pass1", now=clock.now())
    ctx = make_ctx(staff.admin)
    page = UsersPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    page.refresh()
    row = next(r for r in range(page.table.rowCount()) if page.table.item(r, 0).text() == "zhang")
    assert page.table.item(row, 3).text() == "已锁定（至 2026-11-02 09:45）"
    shot(page, "users_locked.png")
    page.table.selectRow(row)
    page.unlock_button.click()
    row = next(r for r in range(page.table.rowCount()) if page.table.item(r, 0).text() == "zhang")
    assert page.table.item(row, 3).text() == "启用"

    page.rules_button.click()
    dialog = page.findChild(AccountRulesDialog)
    qtbot.addWidget(dialog)
    assert dialog.rules() == AccountRules()
    shot(dialog, "account_rules.png")
    dialog.widgets["min_length"].setValue(12)
    dialog.widgets["idle_minutes"].setValue(5)
    dialog.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
    with new_uow() as uow:
        stored = account_rules(uow, office_id=staff.office.id)
    assert (stored.min_length, stored.idle_minutes) == (12, 5)
    clock_later = clock.now() + timedelta(minutes=16)
    with new_uow() as uow:
        assert auth.login(uow, username="zhang", password="password1", now=clock_later).id == staff.officer.id


def _key_press():
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    return QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Shift, Qt.KeyboardModifier.NoModifier)


def _refused():
    return pytest.raises(AuthenticationFailed)

