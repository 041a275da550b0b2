"""设置 › 机关 › 新增下级单位 (issue 18): a top-level office's administrator adds a county with its first
administrator (each field checked next to it by the core's rule, the first 案号 shown live); a county's
administrator sees why the button is off. 1366×768."""
from __future__ import annotations

import pytest
from shots import chinese_font, shot  # noqa: F401 — fixture

from ipcase.services.admin import setup
from ui.admin.office_tab import OfficePage
from ui.sections import Sections
from ui.shell.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("chinese_font")
PASSWORD = "county2026"


def test_a_city_administrator_adds_a_county(make_ctx, staff, qtbot, shown):
    window = MainWindow(make_ctx(staff.admin), Sections)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    settings = window.sections.settings_view
    window.show_section(settings)
    settings.refresh()
    page = settings.office_page
    assert page.add_sub_office_button.isEnabled() and page.sub_offices_table.isHidden()
    dialog = page.add_sub_office()
    form = dialog.setup_form
    form.name_edit.setText("甲县市场监督管理局")
    form.short_name_edit.setText("甲县")
    assert form.example_label.text() == "甲县知裁字〔2026〕1号"      # the first number, live
    form.pattern_edit.setText("{机关简称}知裁字{n}号")
    assert "{YYYY}" in form.example_label.text()                       # the pattern's problem, live
    form.pattern_edit.editingFinished.emit()
    assert dialog.field_errors.label("case_number_pattern") is not None
    form.pattern_edit.setText("{机关简称}知裁字〔{YYYY}〕{n}号")
    form.pattern_edit.editingFinished.emit()
    assert dialog.field_errors.label("case_number_pattern") is None   # cleared once valid
    form.username_edit.setText("jia_admin")
    form.password_edit.setText("short")
    form.password_edit.editingFinished.emit()
    assert "至少" in dialog.field_errors.label("admin_password").text()
    form.password_edit.setText(PASSWORD)
    form.confirm_edit.setText(PASSWORD + "x")
    dialog.button_box.accepted.emit()
    assert dialog.isVisible() and "不一致" in dialog.field_errors.label("confirm").text()
    form.confirm_edit.setText(PASSWORD)
    shot(dialog, "sub_office_dialog.png")
    dialog.button_box.accepted.emit()
    assert shown.errors == [] and not dialog.isVisible()
    assert [page.sub_offices_table.item(0, c).text() for c in (1, 3)] == ["甲县", "jia_admin"]
    assert "甲县" in shown.infos[-1]
    shot(window, "settings_sub_offices.png")


def test_a_taken_short_name_is_said_next_to_the_field(make_ctx, staff, qtbot, shown):
    page = OfficePage(make_ctx(staff.admin))
    qtbot.addWidget(page)
    page.refresh()
    dialog = page.add_sub_office()
    form = dialog.setup_form
    form.name_edit.setText("重名局")
    form.short_name_edit.setText("测试市")           # the city's own 机关简称
    form.password_edit.setText(PASSWORD)
    form.confirm_edit.setText(PASSWORD)
    dialog.button_box.accepted.emit()
    assert dialog.isVisible() and "已被使用" in dialog.field_errors.label("short_name").text()


def test_a_county_administrator_cannot_add_one(make_ctx, staff, new_uow, qtbot):
    with new_uow() as uow:
        _county, admin = setup.add_sub_office(uow, actor_id=staff.admin.id, name="乙县市场监督管理局", short_name="乙县",
                                              admin_username="yi_admin", admin_password=PASSWORD)
    page = OfficePage(make_ctx(admin))
    qtbot.addWidget(page)
    page.refresh()
    assert not page.add_sub_office_button.isEnabled() and "不能再新增" in page.sub_offices_label.text()
