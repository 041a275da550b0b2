"""The window shell: sections per role, shortcuts, status bar, search with short Chinese text, geometry."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from ui_helpers import type_text

from case_helpers import sample_request
from ipcase.dto.cases import PartyInput
from ipcase.services.cases import actions as case_services
from ui.sections import Sections
from ui.shell import window_state as ui_settings
from ui.shell.main_window import MainWindow


def _sections(window: MainWindow) -> list[str]:
    return [window.nav_list.item(i).text() for i in range(window.nav_list.count())]


def test_sections_depend_on_the_role(make_ctx, staff, qtbot):
    officer = MainWindow(make_ctx(staff.officer), Sections)
    admin = MainWindow(make_ctx(staff.admin), Sections)
    qtbot.addWidget(officer)
    qtbot.addWidget(admin)
    assert _sections(officer) == ["工作台", "收案登记", "案件", "口审日程", "调解", "文书", "失信名单", "满意度", "公开",
                                  "外出办案"]
    assert _sections(admin) == ["工作台", "收案登记", "案件", "口审日程", "调解", "文书", "失信名单", "满意度", "公开",
                                "外出办案", "统计", "设置"]
    assert officer.sections.new_request_action.isEnabled() and not admin.sections.new_request_action.isEnabled()


def test_shortcuts_and_status_bar(make_ctx, staff, qtbot):
    window = MainWindow(make_ctx(staff.officer), Sections)
    qtbot.addWidget(window)
    assert window.sections.new_request_action.shortcut() == QKeySequence("Ctrl+N")
    assert window.sections.search_action.shortcut() == QKeySequence("Ctrl+F")
    assert window.refresh_action.shortcut() == QKeySequence("F5")
    assert window.user_label.text() == "张伟（办案人员）"
    assert window.office_label.text() == "测试市市场监督管理局"
    # Today is 2026-11-02: deadlines reach into 2027, whose holidays nobody has entered yet.
    assert not window.provisional_label.isHidden() and "2027" in window.provisional_label.text()


def test_search_finds_one_or_two_chinese_characters(make_ctx, staff, new_uow, clock, qtbot):
    for name in ("义乌市鼎盛贸易商行", "温州市泰和五金制品有限公司"):
        with new_uow() as uow:
            case_services.register_request(uow, actor_id=staff.officer.id, now=clock.now(),
                                           data=sample_request(respondents=(PartyInput(name),)))
    window = MainWindow(make_ctx(staff.officer), Sections)
    qtbot.addWidget(window)
    window.show()
    window.sections.focus_search()
    view = window.sections.case_list_view
    assert window.focusWidget() is view.filter_bar.search_edit
    assert view.model.rowCount() == 2
    type_text(view.filter_bar.search_edit, "鼎盛")
    assert view.search_timer.isActive()  # debounced: no query per keystroke
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=2000)
    assert "鼎盛" in view.model.row_at(0).respondents
    view.filter_bar.search_edit.clear()
    type_text(view.filter_bar.search_edit, "泰")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1 and "泰和" in view.model.row_at(0).respondents,
                    timeout=2000)
    assert view.count_label.text() == "共 1 件"   # all shown: the list scrolls, no page numbers


def test_header_click_sorts_in_the_database(make_ctx, staff, new_uow, clock, qtbot):
    with new_uow() as uow:
        case_services.register_request(uow, actor_id=staff.officer.id, data=sample_request(), now=clock.now())
    window = MainWindow(make_ctx(staff.officer), Sections)
    qtbot.addWidget(window)
    window.sections.show_case_list()
    view = window.sections.case_list_view
    view.table.horizontalHeader().setSortIndicator(6, Qt.SortOrder.AscendingOrder)
    assert (view.pager.sort, view.pager.descending) == ("officer_name", False)
    assert view.model.rowCount() == 1


def test_filter_by_state(make_ctx, staff, new_uow, clock, qtbot):
    with new_uow() as uow:
        case_services.register_request(uow, actor_id=staff.officer.id, data=sample_request(), now=clock.now())
    window = MainWindow(make_ctx(staff.officer), Sections)
    qtbot.addWidget(window)
    window.sections.show_case_list()
    bar = window.sections.case_list_view.filter_bar
    bar._state_actions["registered"].setChecked(True)
    assert window.sections.case_list_view.model.rowCount() == 0 and bar.state_button.text() == "状态：已立案"
    bar.reset()
    assert window.sections.case_list_view.model.rowCount() == 1


def test_geometry_is_kept_by_class_name(make_ctx, staff, qtbot):
    window = MainWindow(make_ctx(staff.officer), Sections)
    qtbot.addWidget(window)
    window.resize(1000, 700)
    window.show()
    window.close()
    assert not ui_settings.value("MainWindow/geometry").isEmpty()
