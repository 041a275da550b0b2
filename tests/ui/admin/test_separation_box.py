"""设置 › 用户 › 登录与密码规则 carries the 三员分立 box (issue 13): it shows the office's setting, and saving the
dialog stores it (through a real runner) with the rules."""
from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox
from shots import chinese_font, shot  # noqa: F401  (fixture)

from ipcase.queries.admin.accounts import account_rules_page
from ui.admin.account_rules_dialog import AccountRulesDialog


def _page(new_uow, staff):
    with new_uow() as uow:
        return account_rules_page(uow, office_id=staff.office.id)


def test_the_separation_box_shows_and_saves_the_setting(make_ctx, staff, new_uow, qtbot, shown,
                                                        chinese_font):  # noqa: F811
    ctx = make_ctx(staff.admin)
    dialog = AccountRulesDialog(ctx, _page(new_uow, staff))
    qtbot.addWidget(dialog)
    dialog.resize(dialog.sizeHint())
    dialog.show()
    assert dialog.separation_box.isChecked()                     # on by default
    assert "三员分立" in dialog.separation_box.text()
    shot(dialog, "account_rules_separation.png")
    dialog.separation_box.setChecked(False)
    dialog.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert shown.errors == []
    page = _page(new_uow, staff)
    assert page.audit_separation is False and page.version == 1

    again = AccountRulesDialog(ctx, page)
    qtbot.addWidget(again)
    assert not again.separation_box.isChecked()
