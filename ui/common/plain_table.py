"""A read-only, row-selecting QTableWidget for small lists, and filling it with text rows."""
from __future__ import annotations

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem

from ui.common.i18n import tr_ctx
from ui.common.table_utils import compact_rows, single_row_selection

HIGHLIGHT = QColor("#ffcdd2")
MAX_COLUMN = 360   # px: a column wider than this elides its texts
LONG_TEXT = 24     # characters: a cell this long shows its whole text in a tooltip


def text_table(headers: list[str], name: str) -> QTableWidget:
    """A read-only table whose rows are selected whole; `headers` are already translated."""
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    single_row_selection(table)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    return table


def read_only_table(context: str, headers: tuple[str, ...], name: str) -> QTableWidget:
    """A text_table with headers translated in `context` and rows one line high."""
    table = text_table([tr_ctx(context, h) for h in headers], name)
    compact_rows(table)
    return table


def fill_rows(table: QTableWidget, rows: list[tuple], highlight: list[bool] | None = None) -> None:
    """One row a tuple of values (None shows empty); rows flagged in `highlight` get the overdue colour."""
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            text = "" if value is None else str(value)
            item = QTableWidgetItem(text)
            if len(text) > LONG_TEXT:
                item.setToolTip(text)
            if highlight and highlight[r]:
                item.setBackground(QBrush(HIGHLIGHT))
            table.setItem(r, c, item)
    table.resizeColumnsToContents()
    # A long title (a ruling's 案由, a mediation agreement) must not push the short columns after it off a
    # 1366-px screen: such a column is capped and its cells elide, the whole text in their tooltip.
    for c in range(table.columnCount() - 1):
        if table.columnWidth(c) > MAX_COLUMN:
            table.setColumnWidth(c, MAX_COLUMN)


def fill(table: QTableWidget, rows: list[list[str]]) -> None:
    """fill_rows, then the last column takes the rest of the width (long texts: notes, details)."""
    fill_rows(table, rows)
    table.horizontalHeader().setSectionResizeMode(table.columnCount() - 1, QHeaderView.ResizeMode.Stretch)
