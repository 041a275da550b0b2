"""What every list a section reads from the database shares: the read-only table (`list_table`), its columns fitted
once on the first rows (`ColumnFit`), the page size, the search delay, and `DatabaseList` (the empty-result line and
the database sort a restored header shows), the base of `ui.common.scrolling_table.ScrollingTable`."""
from __future__ import annotations

import math

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from ui.common.table_utils import compact_rows, single_row_selection

PAGE_SIZE = 200
FIT_ROWS = 30   # rows measured when the columns are fitted to their contents (about a screenful: each
                # row measured costs a data() call per column on the GUI thread)
SEARCH_DELAY_MS = 300
CELL_MARGIN = 16   # px a cell leaves around its text (the delegate's focus margins and the grid line, with room)


def list_table(model, name: str, *, word_wrap: bool = False) -> QTableView:
    """A read-only, row-selecting table, one line a row, columns the user can resize."""
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    single_row_selection(table)
    compact_rows(table)
    table.verticalHeader().hide()
    table.setWordWrap(word_wrap)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    return table


class ColumnFit:
    """Columns sized to their contents once, at the first rows (FIT_ROWS of them), with the long-text columns
    capped — unless the user's own layout was restored first (`keep_restored`)."""

    def __init__(self, table: QTableView, capped: tuple[int, ...], cap: int):
        self._table, self._capped, self._cap, self._done = table, capped, cap, False

    def rows_coming(self, rows, values=None) -> None:
        """Call before the model gets `rows`: the first time, the widths are fitted to the first FIT_ROWS of them,
        with only those in the model — QTableView measures every row of a freshly reset model whatever the
        header's precision (a page of 200: 2,400 data() calls on the GUI thread). `values`: the model's
        paint_values() of the first rows, when worked out ahead."""
        if self._done or not rows:
            return
        self._done = True
        self._table.model().set_rows(list(rows)[:FIT_ROWS], values=(values or [])[:FIT_ROWS])
        self._table.horizontalHeader().setResizeContentsPrecision(FIT_ROWS)
        self._table.resizeColumnsToContents()
        for col in self._capped:
            self._table.setColumnWidth(col, min(self._table.columnWidth(col), self._cap))
        widen_to_usual(self._table)

    def keep_restored(self) -> None:
        """The widths come from a layout the user saved: no fit at the first rows (it undid the user's widths at
        every start), only the usual values' floor (a layout saved from a fit to 未立案 rows)."""
        self._done = True
        widen_to_usual(self._table)


def widen_to_usual(table: QTableView) -> None:
    """Each column of the table's model that declares its usual values (table_model.Col.least) at least as wide as
    one of them and the room a cell leaves around its text: after fitting to first rows that hold none (a case list
    whose newest cases are all 未立案) or restoring a header state saved from such a fit."""
    metrics = table.fontMetrics()
    for col, spec in getattr(table.model(), "specs", {}).items():
        if spec.least:
            least = math.ceil(metrics.horizontalAdvance(spec.least)) + CELL_MARGIN
            table.setColumnWidth(col, max(table.columnWidth(col), least))


class DatabaseList(QWidget):
    """What a list read from the database page by page and one that scrolls through it share: the empty-result
    line over the table, and the database sort a restored header shows. Subclasses set table, model,
    empty_label, _sort_fields, sort_column, sort and descending."""

    def _show_empty(self, text: str) -> None:
        self.empty_label.setText(text)
        self.empty_label.setVisible(bool(text))
        if text:
            self.empty_label.setGeometry(self.table.viewport().rect())

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self.empty_label.setGeometry(self.table.viewport().rect())

    def sort_from_header(self) -> None:
        """Take the sort a restored header shows (when the database can sort by that column)."""
        header = self.table.horizontalHeader()
        column = header.sortIndicatorSection()
        if 0 <= column < self.model.columnCount():
            field = self._sort_fields.get(self.model.columns(column))
            if field:
                self.sort_column, self.sort = self.model.columns(column), field
                self.descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
