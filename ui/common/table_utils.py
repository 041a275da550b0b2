"""Small shared settings of item views."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


def compact_rows(view: QTableView) -> None:
    """One line of text per row: the CJK fallback font's tall line spacing would otherwise waste space."""
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)


def single_row_selection(view: QAbstractItemView) -> None:
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)


def database_sort(header: QHeaderView, sort_fields: dict, column, order: Qt.SortOrder, current_column,
                  descending: bool) -> tuple[str, bool] | None:
    """A header click on a list sorted by the database: (query field, descending), or None when the column
    cannot be sorted there — then the indicator goes back to where the data really is sorted."""
    field = sort_fields.get(column)
    if not field:
        header.blockSignals(True)
        header.setSortIndicator(current_column, Qt.SortOrder.DescendingOrder if descending
                                else Qt.SortOrder.AscendingOrder)
        header.blockSignals(False)
        return None
    return field, order == Qt.SortOrder.DescendingOrder
