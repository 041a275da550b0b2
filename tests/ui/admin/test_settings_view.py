"""设置 for the administrator: office with case-number preview, holidays with recomputation, users."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from shots import chinese_font, shot  # noqa: F401 - fixture
from ui_helpers import choose, type_text

from ipcase.queries.admin import users as user_queries
from ui.admin.section import SettingsView


def _view(make_ctx, staff, qtbot) -> SettingsView:
    view = SettingsView(make_ctx(staff.admin))
    qtbot.addWidget(view)
    view.refresh()
    return view


def test_case_number_pattern_preview(make_ctx, staff, qtbot):
    view = _view(make_ctx, staff, qtbot)
    page = view.office_page
    assert page.preview_label.text() == "测试市知裁字〔2026〕12号"
    page.short_name_edit.clear()
    type_text(page.short_name_edit, "某市")
    assert page.preview_label.text() == "某市知裁字〔2026〕12号"
    page.pattern_edit.setText("{机关简称}知裁字〔{YYYY}〕号")
    assert "{n}" in page.preview_label.text()  # the problem, live


def test_office_error_is_shown_next_to_the_pattern(make_ctx, staff, qtbot, shown):
    view = _view(make_ctx, staff, qtbot)
    page = view.office_page
    page.pattern_edit.setText("{机关简称}知裁字第{n}号")
    page.save_button.click()
    label = page.field_errors.label("case_number_pattern")
    assert label is not None and "{YYYY}" in label.text()
    page.pattern_edit.setText("{机关简称}知处字〔{YYYY}〕{n}号")
    page.save_button.click()
    assert shown.infos and "已保存" in shown.infos[-1]


def test_entering_a_provisional_year_recomputes_deadlines(make_ctx, staff, qtbot, chinese_font):  # noqa: F811 - the fixture
    view = _view(make_ctx, staff, qtbot)
    page = view.holidays_page
    assert page._year == 2027                      # the first provisional year is selected
    assert "暂定" in page.source_label.text()
    assert "元旦 01-01；春节 02-05至02-08；清明节 04-05" in page.source_label.text()
    assert not page.delete_year_button.isEnabled()

    def add(first, last, name):
        page.from_edit.setDate(QDate(2027, *first))
        page.to_edit.setDate(QDate(2027, *last))
        page.name_edit.clear()
        type_text(page.name_edit, name)
        page.add_button.click()

    add((1, 1), (1, 1), "元旦")
    page.save_button.click()
    # one date is not a year: it stays provisional and the page names the festivals still missing
    assert page._years[2027].source == "provisional" and page.delete_year_button.isEnabled()
    assert "缺少：春节、清明节、劳动节、端午节、中秋节、国庆节" in page.source_label.text()
    view.tabs.setCurrentWidget(page)
    view.resize(1366, 768)
    shot(view, "holidays_provisional_2027.png")
    add((2, 5), (2, 8), "春节")
    assert page.table.rowCount() == 5
    assert page.year_calendar().holidays[date(2027, 2, 8)] == "春节"
    for first, last in (((4, 5), (4, 5)), ((5, 1), (5, 2)), ((6, 9), (6, 9)), ((9, 15), (9, 15)),
                        ((10, 1), (10, 7))):
        add(first, last, "节日")
    page.save_button.click()
    assert "已重新计算" in page.result_label.text()
    assert page._years[2027].source == "entered"
    assert page.delete_year_button.isEnabled()


def test_import_holiday_file(make_ctx, staff, qtbot, tmp_path):
    view = _view(make_ctx, staff, qtbot)
    page = view.holidays_page
    path = tmp_path / "2027.csv"
    path.write_text("# 2027\n2027-01-01,holiday,元旦\n2027-02-20,workday,春节调休\n", encoding="utf-8")
    page.import_file(path)
    assert "已导入 2027 年" in page.result_label.text()
    assert page._years[2027].workdays == ((date(2027, 2, 20), "春节调休"),)
    assert page._years[2027].source == "provisional"            # only 元旦: not yet a complete year


def test_add_and_deactivate_a_user(make_ctx, staff, new_uow, qtbot):
    from ui.admin.users_tab import UserDialog
    view = _view(make_ctx, staff, qtbot)
    page = view.users_page
    before = page.table.rowCount()
    dialog = UserDialog(page._ctx, page)  # owned by the page, closed with it
    dialog.saved.connect(page.refresh)
    dialog.username_edit.setText("zhou")
    type_text(dialog.full_name_edit, "周杰")
    choose(dialog.role_combo, "clerk")
    dialog.password_edit.setText("short")
    dialog.confirm_edit.setText("short")
    dialog.button_box.accepted.emit()
    assert dialog.field_errors.label("password") is not None  # too short, shown at the field
    dialog.password_edit.setText("password9")
    dialog.confirm_edit.setText("password9")
    dialog.button_box.accepted.emit()
    assert page.table.rowCount() == before + 1
    row = next(r for r in range(page.table.rowCount()) if page.table.item(r, 0).text() == "zhou")
    page.table.selectRow(row)
    page.toggle_button.click()
    with new_uow() as uow:
        assert "zhou" not in {u.username for u in user_queries.list_users(uow)}
