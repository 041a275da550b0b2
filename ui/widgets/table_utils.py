"""Small shared settings of item views."""
from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QTableView


def compact_rows(view: QTableView) -> None:
    """One line of text per row: the CJK fallback font's tall line spacing would otherwise waste space."""
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)


def single_row_selection(view: QAbstractItemView) -> None:
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
