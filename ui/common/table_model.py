"""The part every table model over a list of DTOs shares: rows in, counts, headers. Subclasses give the
column enum, the header texts (with their translation context) and `data()`."""
from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ui.common.i18n import tr_ctx

RAW_ROLE = Qt.ItemDataRole.UserRole + 1   # the plain value of the cell (date, enum, bool…)
ROW_ROLE = Qt.ItemDataRole.UserRole + 2   # the whole DTO of the row

Index = QModelIndex | QPersistentModelIndex


class DtoTableModel(QAbstractTableModel):
    columns: type[IntEnum]
    headers: dict
    context: str

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list = []

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int):
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> list:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr_ctx(self.context, self.headers[self.columns(section)])
        return None
