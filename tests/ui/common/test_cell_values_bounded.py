"""A list's kept cell values are bounded (issue 19, S19c): scrolling through thousands of rows keeps the values of
at most `keep_rows` rows — those around where the view paints — and every cell still paints what it painted with
every value kept (a row scrolled back to is worked out again, the same)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView

from tests.ui.common.test_cell_values_kept import _cases, _roles
from ui.cases import table_model as cm
from ui.common.paged_table import list_table
from ui.common.scrolling_table import PAINT_AHEAD
from ui.common.table_model import KEEP_ROWS, PAINT_ROLES

PAGE = 200


def _scrolling(qtbot, rows, *, keep_rows: int):
    """A case list reading its rows a page at a time as the view scrolls (as ScrollingTable does: the page's
    first rows' values worked out ahead), keeping at most `keep_rows` rows' values."""
    model = cm.CaseTableModel()
    model.keep_rows = keep_rows

    def next_page() -> None:
        start = model.rowCount()
        page = rows[start:start + PAGE]
        model.append_rows(page, more=start + PAGE < len(rows), values=model.paint_values(page[:PAINT_AHEAD]))
    model.fetch_wanted.connect(next_page)
    model.set_rows(rows[:PAGE], more=len(rows) > PAGE, values=model.paint_values(rows[:PAINT_AHEAD]))
    return model, _view(qtbot, model)


def _view(qtbot, model):
    view = list_table(model, "bounded")
    qtbot.addWidget(view)
    view.resize(1366, 600)
    view.show()
    qtbot.waitExposed(view)
    for column in range(model.columnCount()):
        view.setColumnWidth(column, 110)
    return view


def _at(view, row: int):
    """The viewport's pixels with register row `row` at its top (pages read first as the user's scrolling would)."""
    model = view.model()
    while model.rowCount() <= row + PAGE and model.canFetchMore():   # a page beyond: the bar is not at its end
        model.fetchMore()
    view.scrollTo(model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtTop)
    assert view.rowAt(0) == row or model.rowCount() - row < PAGE
    return view.viewport().grab().toImage()


def test_scrolling_a_long_list_keeps_the_values_of_a_bounded_number_of_rows_and_paints_the_same(qtbot):
    rows = _cases(3000)
    keep = 160
    model, view = _scrolling(qtbot, rows, keep_rows=keep)
    reference = cm.CaseTableModel()   # every value kept: the list as it painted before the bound
    reference.keep_rows = len(rows) + 1
    reference.set_rows(rows)
    reference_view = _view(qtbot, reference)
    most = 0
    for row in (*range(0, 3000, 37), 2960, 1500, 40, 0):   # down the whole list, then back up
        assert _at(view, row) == _at(reference_view, row), row
        most = max(most, len(model._cells))   # noqa: SLF001 — the kept values are what is bounded
    assert model.rowCount() == 3000
    assert 0 < most <= keep
    assert len(reference._cells) > 2 * keep   # noqa: SLF001 — unbounded, the reference kept far more
    top = view.rowAt(0)
    assert top == 0 and all(_roles(model, r) == _roles(reference, r) for r in range(30))
    view.selectRow(5)
    reference_view.selectRow(5)
    assert _at(view, 0) == _at(reference_view, 0)   # selection paints the same too


def test_values_asked_row_after_row_stay_bounded_and_rows_asked_again_are_the_same(qapp):
    rows = _cases(5000)
    model, fresh = cm.CaseTableModel(), cm.CaseTableModel()
    model.set_rows(rows)
    fresh.set_rows(rows)
    columns = range(model.columnCount())
    for r in range(len(rows)):   # as a view painting every row in turn (print, export, a long scroll)
        for c in columns:
            for role in PAINT_ROLES:
                model.data(model.index(r, c), role)
        assert len(model._cells) <= KEEP_ROWS   # noqa: SLF001
    assert 0 not in model._cells and 4999 in model._cells   # noqa: SLF001 — far rows dropped, near rows kept
    for r in (0, 1, 17, 2500, 4998, 4999):
        assert _roles(model, r) == _roles(fresh, r)
    assert model.data(model.index(4, cm.Column.CASE_NUMBER)) == "未立案"
    assert model.data(model.index(4, cm.Column.CASE_NUMBER), Qt.ItemDataRole.ForegroundRole).color().name() \
        == "#757575"


def test_values_worked_out_ahead_for_an_appended_page_are_bounded_near_that_page(qapp):
    rows = _cases(1200)
    model = cm.CaseTableModel()
    model.keep_rows = 100
    model.set_rows(rows[:PAGE], more=True, values=model.paint_values(rows[:PAGE]))
    assert len(model._cells) <= 100 and 0 in model._cells   # noqa: SLF001 — a first page: its top rows stay
    for start in range(PAGE, 1200, PAGE):
        model.append_rows(rows[start:start + PAGE], more=True, values=model.paint_values(rows[start:start + 40]))
        assert len(model._cells) <= 100 and start in model._cells   # noqa: SLF001 — the new page's values stay
    reference = cm.CaseTableModel()
    reference.set_rows(rows)
    for r in (0, 199, 200, 1000, 1039, 1199):
        assert _roles(model, r) == _roles(reference, r)
