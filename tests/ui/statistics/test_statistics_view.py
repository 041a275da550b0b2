"""统计: the dashboard of tests/stats_fixture.py, drill-down by clicking a chart's bar and a key figure, the
export dialog with its progress, and who sees the section."""
from __future__ import annotations

from PySide6.QtCore import Qt
from stats_fixture import build
from ui_helpers import open_statistics

from ipcase.domain.statistics.counting import ClosingMethod
from ui.sections import Sections
from ui.shell.main_window import MainWindow
from ui.statistics.section import METHODS


def test_clicking_a_bar_lists_the_cases_behind_it(make_ctx, staff, new_uow, qtbot):
    ids = build(new_uow, staff)
    window, view = open_statistics(make_ctx, staff, qtbot)
    assert view.tiles["closed"].value_label.text() == "4"
    assert view.tiles["on_time_rate"].value_label.text() == "75.0%"
    assert view.tiles["handling_days"].value_label.text() == "69.5"
    assert "按期结案率" in view.tiles["on_time_rate"].toolTip()          # the definition on hover

    chart = view.charts["methods"]
    bar = list(reversed(METHODS)).index(ClosingMethod.MEDIATED.value)
    assert chart.series.barSets()[0].at(bar) == 1
    qtbot.mouseClick(chart.viewport(), Qt.MouseButton.LeftButton, pos=chart.bar_center(0, bar))

    cases = window.sections.case_list_view
    assert window.stack.currentWidget() is window.sections.cases_stack
    assert [r.id for r in cases.model.rows()] == [ids["B"]]
    assert "调解结案" in cases.drill_label.text() and "2026-10-01" in cases.drill_label.text()
    cases.clear_drilldown()
    assert cases.drill_bar.isHidden() and cases.model.rowCount() == len(ids)


def test_stacked_and_grouped_bars_and_key_figures_drill_down(make_ctx, staff, new_uow, qtbot):
    ids = build(new_uow, staff)
    window, view = open_statistics(make_ctx, staff, qtbot)
    workload = view.charts["workload"]
    officer_row = [w.name for w in view.dashboard.workload].index("张伟")
    qtbot.mouseClick(workload.viewport(), Qt.MouseButton.LeftButton, pos=workload.bar_center(1, officer_row))
    assert {r.id for r in window.sections.case_list_view.model.rows()} == {ids["F"], ids["H"]}   # registered, still open

    window.show_section(view)
    registered = view.charts["registered"]
    qtbot.mouseClick(registered.viewport(), Qt.MouseButton.LeftButton, pos=registered.bar_center(1, 8))
    assert [r.id for r in window.sections.case_list_view.model.rows()] == [ids["C"]]            # registered 2026-09-30

    window.show_section(view)
    on_time = view.charts["on_time"]                      # the keyboard path: arrows choose a bar, Enter opens
    on_time.setFocus()
    qtbot.keyClick(on_time, Qt.Key.Key_Right)
    qtbot.keyClick(on_time, Qt.Key.Key_Right)
    qtbot.keyClick(on_time, Qt.Key.Key_Return)
    assert [r.id for r in window.sections.case_list_view.model.rows()] == [ids["B"]]             # 超期结案

    window.show_section(view)
    view.tiles["overdue"].setFocus()
    qtbot.keyClick(view.tiles["overdue"], Qt.Key.Key_Return)
    assert [r.id for r in window.sections.case_list_view.model.rows()] == [ids["H"]]
    assert "截至 2026-11-02" in window.sections.case_list_view.drill_label.text()


def test_export_dialog_writes_the_report(make_ctx, staff, new_uow, qtbot, tmp_path, shown, monkeypatch):
    from ui.common import file_dialogs
    opened = []
    monkeypatch.setattr(file_dialogs, "open_folder", opened.append)   # the system's file manager, not in a test
    build(new_uow, staff)
    _window, view = open_statistics(make_ctx, staff, qtbot)
    dialog = view.open_report_dialog()
    assert dialog.period().label == "2026年10月"                        # the last full month
    dialog.path_edit.clear()
    qtbot.keyClicks(dialog.path_edit, str(tmp_path / "missing" / "r.xlsx"))   # an ASCII path: keyClicks
    dialog.export()
    assert "文件夹不存在" in dialog.field_errors.label("out").text()
    dialog.path_edit.clear()
    qtbot.keyClicks(dialog.path_edit, str(tmp_path / "r.xlsx"))
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData(".pdf"))
    assert dialog.path_edit.text().endswith("r.pdf")
    dialog.export()
    assert (tmp_path / "r.pdf").stat().st_size > 10_000
    assert opened == [tmp_path] and not dialog.isVisible()   # said where, opened its folder, closed


def test_the_section_is_for_supervisors(make_ctx, staff, qtbot):
    officer = MainWindow(make_ctx(staff.officer), Sections)
    head = MainWindow(make_ctx(staff.section_head), Sections)
    qtbot.addWidget(officer)
    qtbot.addWidget(head)
    titles = lambda w: [w.nav_list.item(i).text() for i in range(w.nav_list.count())]  # noqa: E731
    assert "统计" not in titles(officer) and officer.sections.statistics_view is None
    assert "统计" in titles(head)


def test_the_track_chart_and_the_repeat_flag_drill_down(make_ctx, staff, new_uow, qtbot):
    from stats_intake_fixture import add_items
    ids = build(new_uow, staff)
    add_items(new_uow, ids)
    window, view = open_statistics(make_ctx, staff, qtbot)
    assert "收案登记 1 件" in view.tiles["received"].title_label.text()
    assert "收案登记" in view.tiles["received"].toolTip() and "繁简分流" in view.charts["tracks"].toolTip()
    tracks = view.charts["tracks"]
    assert tracks.categories == ["简案快办", "普通程序", "繁案精办", "未分流"]
    assert [tracks.series.barSets()[0].at(i) for i in range(4)] == [1, 1, 0, 2]
    qtbot.mouseClick(tracks.viewport(), Qt.MouseButton.LeftButton, pos=tracks.bar_center(0, 3))
    assert {r.id for r in window.sections.case_list_view.model.rows()} == {ids["B"], ids["C"]}
    assert "未分流" in window.sections.case_list_view.drill_label.text()

    window.show_section(view)
    flags = view.charts["flags"]
    qtbot.mouseClick(flags.viewport(), Qt.MouseButton.LeftButton, pos=flags.bar_center(0, 3))
    assert [r.id for r in window.sections.case_list_view.model.rows()] == [ids["G"]]


def test_intake_items_due_and_received_per_month_are_charted(make_ctx, staff, new_uow, qtbot):
    from stats_intake_fixture import add_items, add_open_items
    ids = build(new_uow, staff)
    add_items(new_uow, ids)
    add_open_items(new_uow, ids, staff)
    window, view = open_statistics(make_ctx, staff, qtbot)
    assert "逾期案件（收案登记 2 件）" == view.tiles["overdue"].title_label.text()
    urgent = view.charts["urgent"]
    assert urgent.categories == ["张伟", "李娜", "未指定承办人"] and "经办人" in urgent.toolTip()
    assert [s.label() for s in urgent.series.barSets()][2:] == ["收案登记逾期", "收案登记临期"]
    assert [[s.at(i) for i in range(3)] for s in urgent.series.barSets()] == [[1, 0, 0], [1, 0, 0], [1, 0, 1],
                                                                             [0, 1, 0]]
    monthly = view.charts["intake_monthly"]
    assert [monthly.series.barSets()[1].at(i) for i in range(12)] == [0, 0, 0, 0, 0, 1, 1, 1, 0, 5, 0, 0]
    # Intake items are not cases: their bars open the 收案登记 register on exactly the items counted.
    qtbot.mouseClick(urgent.viewport(), Qt.MouseButton.LeftButton, pos=urgent.bar_center(2, 2))
    assert window.stack.currentWidget() is window.sections.intake_view
    rows = window.sections.intake_view.model.rows()
    assert len(rows) == 1 and rows[0].handler_name == "" and "收案登记逾期" in window.sections.intake_view.drill_bar.label.text()
    window.sections.intake_view.clear_drilldown()
    assert window.sections.intake_view.drill_bar.isHidden()
    window.show_section(view)
    qtbot.mouseClick(monthly.viewport(), Qt.MouseButton.LeftButton, pos=monthly.bar_center(1, 9))
    assert window.stack.currentWidget() is window.sections.intake_view and len(window.sections.intake_view.model.rows()) == 5
    window.show_section(view)
    qtbot.mouseClick(urgent.viewport(), Qt.MouseButton.LeftButton, pos=urgent.bar_center(0, 0))
    assert {r.id for r in window.sections.case_list_view.model.rows()} == {ids["H"]}
