"""A read-only, row-selecting QTableWidget for small lists (the hearing screens), and filling it with text rows."""
from __future__ import annotations

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QTableWidget, QTableWidgetItem

from ui.common.table_utils import compact_rows, single_row_selection
from ui.shell.i18n import tr_ctx

HIGHLIGHT = QColor("#ffcdd2")


def read_only_table(context: str, headers: tuple[str, ...], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels([tr_ctx(context, h) for h in headers])
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    compact_rows(table)
    single_row_selection(table)
    return table


def fill_rows(table: QTableWidget, rows: list[tuple], highlight: list[bool] | None = None) -> None:
    """One row a tuple of values (None shows empty); rows flagged in `highlight` get the overdue colour."""
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            item = QTableWidgetItem("" if value is None else str(value))
            if highlight and highlight[r]:
                item.setBackground(QBrush(HIGHLIGHT))
            table.setItem(r, c, item)
    table.resizeColumnsToContents()
