"""The 调解案号 pattern (调解员 page) and 登录与密码规则 saved by another administrator since they were loaded
(issue 12): the save is refused and says so, naming who saved; what was typed stays, or the newer values are
loaded; a save after that names the newer version."""
from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from shots import chinese_font, shot  # noqa: F401  (fixture)

from ipcase.domain.enums import Role
from ipcase.queries.admin.accounts import account_rules_page
from ipcase.queries.mediation.cases import number_pattern
from ipcase.services.admin import account_rules as account_services
from ipcase.services.admin import auth
from ipcase.services.mediation import cases as mediation_services
from ui.admin.account_rules_dialog import AccountRulesDialog
from ui.mediation.mediators_tab import MediatorPoolPage

THEIRS = "{机关简称}调字〔{YYYY}〕{n}号"
MINE = "{机关简称}知调字第{n}号〔{YYYY}〕"


@pytest.fixture
def colleague(new_uow, staff):
    with new_uow() as uow:
        return auth.create_user(uow, actor_id=staff.admin.id, username="admin2", full_name="钱管理",
                                role=Role.ADMIN, password="password1")


def _answer_conflict(answer: str, seen: dict, picture: str | None = None):
    """Answer the conflict box once it is up (it runs its own event loop), remembering what it said."""
    def respond():
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox), box
        seen["title"], seen["text"] = box.windowTitle(), box.text()
        if picture:
            shot(box, picture)
        next(b for b in box.buttons() if answer in b.text()).click()
    QTimer.singleShot(0, respond)


def _stored_pattern(new_uow, staff) -> str:
    with new_uow() as uow:
        return number_pattern(uow, office_id=staff.office.id).pattern


def test_the_mediation_pattern_keeps_what_was_typed_over_a_colleagues_save(make_ctx, staff, colleague, new_uow,
                                                                          qtbot, shown, chinese_font):  # noqa: F811
    page = MediatorPoolPage(make_ctx(staff.admin))
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.refresh()
    page.pattern_edit.setText(MINE)
    with new_uow() as uow:   # meanwhile, in another window
        mediation_services.update_case_number_pattern(uow, actor_id=colleague.id, pattern=THEIRS, expected_version=0)

    seen: dict = {}
    _answer_conflict("保留", seen)
    page.pattern_button.click()
    assert seen["title"] == "调解案号格式已被他人修改" and "钱管理" in seen["text"]
    assert page.pattern_edit.text() == MINE                 # what was typed is still there
    assert _stored_pattern(new_uow, staff) == THEIRS         # and the colleague's save was not overwritten
    shot(page, "mediation_pattern_conflict_1366x768.png")

    page.pattern_button.click()                              # again: knowingly over theirs
    assert shown.errors == []
    assert _stored_pattern(new_uow, staff) == MINE
    page.pattern_edit.setText(THEIRS)
    page.pattern_button.click()                              # its own save counted: no conflict with itself
    assert shown.errors == [] and _stored_pattern(new_uow, staff) == THEIRS


def test_the_mediation_pattern_loads_the_colleagues_when_asked(make_ctx, staff, colleague, new_uow, qtbot, shown):
    page = MediatorPoolPage(make_ctx(staff.admin))
    qtbot.addWidget(page)
    page.refresh()
    page.pattern_edit.setText(MINE)
    with new_uow() as uow:
        mediation_services.update_case_number_pattern(uow, actor_id=colleague.id, pattern=THEIRS, expected_version=0)
    seen: dict = {}
    _answer_conflict("载入", seen)
    page.pattern_button.click()
    assert page.pattern_edit.text() == THEIRS
    assert _stored_pattern(new_uow, staff) == THEIRS


def test_the_account_rules_dialog_is_told_of_a_colleagues_save(make_ctx, staff, colleague, new_uow, qtbot, shown,
                                                               chinese_font):  # noqa: F811
    ctx = make_ctx(staff.admin)
    with new_uow() as uow:
        loaded = account_rules_page(uow, office_id=staff.office.id)
    dialog = AccountRulesDialog(ctx, loaded)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.widgets["min_length"].setValue(12)
    with new_uow() as uow:
        account_services.update_account_rules(uow, actor_id=colleague.id, expected_version=loaded.version,
                                              rules=replace(loaded.rules, min_length=10, idle_minutes=5))
    seen: dict = {}
    _answer_conflict("载入", seen, "account_rules_conflict_box.png")
    dialog.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
    assert seen["title"] == "登录与密码规则已被他人修改" and "钱管理" in seen["text"]
    assert dialog.isVisible()                                         # not closed: nothing of it was saved
    assert (dialog.widgets["min_length"].value(), dialog.widgets["idle_minutes"].value()) == (10, 5)
    shot(dialog, "account_rules_reloaded.png")
    dialog.widgets["max_failures"].setValue(3)
    dialog.button_box.button(QDialogButtonBox.StandardButton.Ok).click()   # now against the newer version
    assert shown.errors == [] and not dialog.isVisible()
    with new_uow() as uow:
        stored = account_rules_page(uow, office_id=staff.office.id)
    assert (stored.rules.min_length, stored.rules.idle_minutes, stored.rules.max_failures, stored.version) == \
        (10, 5, 3, 2)
