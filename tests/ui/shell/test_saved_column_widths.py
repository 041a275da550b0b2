"""A column the user widened or narrowed by hand keeps its width in the next session (window_state.save_header /
restore_header). The scrolling lists fit their columns to the first rows (paged_table.ColumnFit); that fit is for a
list without a saved layout and must not undo one: it did for 案件 and 收案登记, whose saved widths came back at
start and were fitted over when the first page arrived."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from shots import chinese_font, shot  # noqa: F401

from ipcase.demo.bulk import generate
from ipcase.dto.cases import CaseFilter
from ipcase.queries.cases.register import list_cases
from ui.cases.table_model import Column as CaseColumn
from ui.intake.table_model import Column as IntakeColumn
from ui.sections import Sections
from ui.shell.main_window import MainWindow

NOW = datetime(2026, 11, 2, 9, 30)


def _open(make_ctx, staff, qtbot) -> MainWindow:
    w = MainWindow(make_ctx(staff.officer), Sections)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    for view in (w.sections.case_list_view, w.sections.intake_view):
        view.refresh()
    return w


def _widths(w: MainWindow) -> dict:
    cases, intake = w.sections.case_list_view.table, w.sections.intake_view.table
    return {"cases": [cases.columnWidth(c) for c in range(cases.model().columnCount())],
            "intake": [intake.columnWidth(c) for c in range(intake.model().columnCount())]}


def test_widths_set_by_hand_survive_a_restart(make_ctx, new_uow, staff, qtbot, chinese_font):  # noqa: F811
    generate(new_uow, cases=40, today=NOW.date(), seed=3, years=1)
    first = _open(make_ctx, staff, qtbot)
    assert first.sections.case_list_view.model.rowCount() and first.sections.intake_view.model.rowCount()
    fitted = _widths(first)
    cases, intake = first.sections.case_list_view.table, first.sections.intake_view.table
    cases.setColumnWidth(CaseColumn.CASE_NUMBER, fitted["cases"][CaseColumn.CASE_NUMBER] + 57)   # wider
    cases.setColumnWidth(CaseColumn.STATE, 41)                                                   # narrower
    intake.setColumnWidth(IntakeColumn.SUBMITTER, fitted["intake"][IntakeColumn.SUBMITTER] + 61)
    cases.horizontalHeader().setSortIndicator(CaseColumn.REQUESTERS, Qt.SortOrder.AscendingOrder)   # a click
    chosen = _widths(first)
    assert chosen != fitted
    first.close()

    again = _open(make_ctx, staff, qtbot)
    view = again.sections.case_list_view
    assert view.model.rowCount() and again.sections.intake_view.model.rowCount()
    assert _widths(again) == chosen
    # the sort came back with the layout, and the first page was read with it
    assert (view.pager.sort, view.pager.descending) == ("requesters", False)
    with new_uow() as uow:
        expected = [r.id for r in list_cases(uow, CaseFilter(sort="requesters", descending=False, limit=200),
                                             today=again.sections.case_list_view._ctx.clock.today()).rows]
    assert [view.model.row_at(i).id for i in range(view.model.rowCount())] == expected
    again.show_section(again.sections.cases_stack)
    shot(again, "case_list_restored_layout.png")


def test_without_a_saved_layout_the_columns_are_fitted(make_ctx, new_uow, staff, qtbot):
    from ui.shell import window_state
    generate(new_uow, cases=40, today=NOW.date(), seed=3, years=1)
    window_state.settings().clear()
    w = _open(make_ctx, staff, qtbot)
    table = w.sections.case_list_view.table
    # fitted to the rows, not Qt's default section size for every column
    assert len({table.columnWidth(c) for c in range(table.model().columnCount() - 1)}) > 3
