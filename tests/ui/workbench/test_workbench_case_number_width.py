"""我的期限's 案号 column is never narrower than a usual case number: a header state saved while the column was fitted
to rows that were all 未立案 (at a million cases the newest are) is restored over the fitted widths, and kept the
column at the width of "未立案" — every registered case's 案号 showed as "某市…"."""
from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QByteArray
from test_workbench_lists import _dashboard as workbench_at_1366

from case_helpers import Driver
from ui.common import deadline_model as dl
from ui.shell import window_state

NOW = datetime(2026, 11, 2, 9, 30)


def _dashboard(make_ctx, user, qtbot):
    """test_workbench_lists' 工作台 at 1366×768, once its deadlines are shown."""
    w, view = workbench_at_1366(make_ctx, user, qtbot)
    qtbot.waitUntil(lambda: view.deadline_model.rowCount() > 0)
    return w, view


def test_a_saved_narrow_case_number_column_is_widened_to_a_case_number(make_ctx, staff, new_uow, qtbot):
    d = Driver.new(new_uow, staff, NOW)
    d.panel(NOW)
    d.act("register", {"registered_date": date(2026, 11, 2)}, NOW)
    first, view = _dashboard(make_ctx, staff.officer, qtbot)
    view.deadline_table.horizontalHeader().resizeSection(dl.Column.CASE_NUMBER, 40)
    state = view.deadline_table.horizontalHeader().saveState()
    first.close()
    window_state.settings().clear()
    window_state.set_value("DashboardView/header_deadlines", QByteArray(state))

    _again, view = _dashboard(make_ctx, staff.officer, qtbot)
    table = view.deadline_table
    assert view.deadline_model.row_at(0).case_number is None   # this officer's rows: all 未立案
    # room for a registered case's number and the margins the view leaves around a cell's text
    assert table.fontMetrics().horizontalAdvance("某市知裁字〔2026〕1164号") + 8 <= table.columnWidth(dl.Column.CASE_NUMBER)
    other = dl.Column.PATENT_NUMBER   # the rest of the saved layout still holds
    assert table.columnWidth(other) == first.sections.dashboard_view.deadline_table.columnWidth(other)
