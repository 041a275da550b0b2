"""An officer's day (工作台, the case list, one case and its tabs, an action, the request form), the department
head's approvals and 统计, the administrator's holidays and office settings: docs/screenshots/0x–16_*.png."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from ipcase.domain.enums import CaseState
from ipcase.domain.identifiers import make_patent_number
from screenshot_scenes.window import Demo, open_window, pick_case, save, settle, settle_until
from ui.cases.approval_dialog import ApprovalDialog
from ui.shell.main_window import MainWindow


def statistics_shots(window: MainWindow, demo: Demo, out: Path) -> None:
    """统计 (this year), the case list behind one bar, and the report dialog."""
    view = window.sections.statistics_view
    window.show_section(view)
    settle(demo.runner)
    settle_until(view.charts_filled)
    save(window, out, "14_statistics")
    scroll = view.charts["mediation"].parentWidget().parentWidget().parentWidget()
    scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())
    save(window, out, "14_statistics_lower")
    scroll.verticalScrollBar().setValue(0)
    methods = view.charts["methods"]
    view.charts["methods"].bar_clicked.emit(0, methods.categories.index("调解结案"))
    settle(demo.runner)
    save(window, out, "15_statistics_drilldown")
    window.sections.case_list_view.clear_drilldown()
    window.show_section(view)
    dialog = view.open_report_dialog()
    settle(demo.runner)
    save(dialog, out, "16_report_dialog")
    dialog.done(0)


def take(demo: Demo, out: Path) -> None:
    runner = demo.runner
    # An officer's day: deadlines, the case list, one case.
    ctx, window = open_window(demo, "zhangwei")
    save(window, out, "01_dashboard")
    window.sections.show_case_list()
    settle(runner)
    save(window, out, "02_case_list")
    case_id = pick_case(demo, ctx, (CaseState.ANSWER_PERIOD, CaseState.INVESTIGATION, CaseState.HEARING_SCHEDULED))
    window.sections.open_case(case_id)
    settle(runner)
    save(window, out, "03_case_overview")
    detail_view = window.sections.case_detail_view
    detail_view.tabs.setCurrentWidget(detail_view.deadlines_tab)
    settle(runner)
    save(window, out, "04_case_deadlines")
    detail_view.tabs.setCurrentWidget(detail_view.timeline_tab)
    save(window, out, "05_case_timeline")
    detail_view.tabs.setCurrentWidget(detail_view.panel_tab)
    save(window, out, "06_case_panel")
    action = "extend_closing" if "extend_closing" in detail_view.action_buttons else next(iter(detail_view.action_buttons))
    dialog = detail_view.start_action(action)
    settle(runner)
    save(dialog, out, "07_action_dialog")
    dialog.done(0)

    dialog = window.sections.new_request()
    settle(runner)
    ui = dialog.ui
    number = make_patent_number(2021, 2, 1234567).removeprefix("ZL")
    ui.patent_number_edit.setText(f"ZL {number[:4]} {number[4]} {number[5:]}")  # spaced, as people type it
    ui.patent_title_edit.setText("一种折叠式便携座椅")
    ui.patentee_edit.setText("宁波华辰科技有限公司")
    dialog.resize(900, 700)
    save(dialog, out, "08_request_dialog")
    ui.tab_widget.setCurrentIndex(1)
    form = dialog.requesters.forms[0]
    form.name_edit.setText("宁波华辰科技有限公司")
    form.credit_code_edit.setText("91330200MA2AB1234X")
    form.credit_code_edit.editingFinished.emit()
    form.add_agent({"name": "陈明", "organization": "知恒律师事务所", "phone": "0574-88886666"})
    save(dialog, out, "09_request_dialog_parties")
    dialog.discard_draft()
    dialog.done(0)
    window.close()

    # The department head approves.
    ctx, window = open_window(demo, "liuyang")
    save(window, out, "10_dashboard_approvals")
    dashboard = window.sections.dashboard_view
    dashboard.approval_table.selectRow(0)
    dashboard.decide_button.click()
    settle(runner)
    approval_dialog = dashboard.findChild(ApprovalDialog)
    save(approval_dialog, out, "13_approval_dialog")
    approval_dialog.done(0)
    statistics_shots(window, demo, out)
    window.close()

    # The administrator keeps the holiday calendar and the office settings.
    ctx, window = open_window(demo, "admin")
    window.nav_list.setCurrentRow(2)
    settle(runner)
    settings = window.sections.settings_view
    holidays = settings.holidays_page
    settings.tabs.setCurrentWidget(holidays)
    settle(runner)
    # Enter the statutory days of 2027 that the law fixes (元旦; 春节 除夕–初三) and save: the open cases'
    # deadlines are recomputed and the page says how many changed.
    for start, end, name in ((date(2027, 1, 1), date(2027, 1, 1), "元旦"), (date(2027, 2, 5), date(2027, 2, 8), "春节")):
        holidays.from_edit.setDate(start)
        holidays.to_edit.setDate(end)
        holidays.name_edit.setText(name)
        holidays.add_button.click()
    holidays.note_edit.setText("全国年节及纪念日放假办法（法定假日）")
    holidays.save_button.click()
    settle(runner)
    save(window, out, "11_settings_holidays")
    settings.tabs.setCurrentWidget(settings.office_page)
    save(window, out, "12_settings_office")
    window.close()
