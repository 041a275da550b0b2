"""The part every table model over a list of DTOs shares: rows in, counts, headers and the roles of a cell.

A model declares its columns as data: an `IntEnum` of columns and, for each, a `Col` saying its header (marked
with QT_TRANSLATE_NOOP in the model's translation context) and how a row shows in it (text, raw value, tooltip,
colours, the query field a header click sorts by). A role no `Col` answers goes to `other_data()`.

Views ask a cell's roles all at once (`multiData`: Qt 6's delegates ask 7 roles of every cell they paint or
measure): answered in one call into Python a cell, not one a role. Each call from Qt into Python must first take
the GIL, and while the database thread builds rows in Python every taking can wait for its switch interval, so
the number of entries, not only their cost, decides how long the GUI thread stalls (issue 19)."""
from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QModelRoleDataSpan, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ui.common.i18n import tr_ctx

RAW_ROLE = Qt.ItemDataRole.UserRole + 1   # the plain value of the cell (date, enum, bool…)
ROW_ROLE = Qt.ItemDataRole.UserRole + 2   # the whole DTO of the row

Index = QModelIndex | QPersistentModelIndex
Cell = Callable[[Any], Any]


@dataclass(frozen=True)
class Col:
    """One column: each callable takes the row's DTO; a missing one (or one returning None) leaves the role empty.
    A colour is a QColor (the model hands the view a brush of it)."""
    header: str
    display: Cell
    raw: Cell | None = None
    tooltip: Cell | None = None
    foreground: Cell | None = None
    background: Cell | None = None
    sort_field: str | None = None   # the query field the database sorts this column by


def sort_fields(specs: Mapping[IntEnum, Col]) -> dict[IntEnum, str]:
    """Column → query field, for the columns the database can sort by."""
    return {column: spec.sort_field for column, spec in specs.items() if spec.sort_field}


_ROLE_FIELD = {
    Qt.ItemDataRole.DisplayRole: "display",
    RAW_ROLE: "raw",
    Qt.ItemDataRole.ToolTipRole: "tooltip",
    Qt.ItemDataRole.ForegroundRole: "foreground",
    Qt.ItemDataRole.BackgroundRole: "background",
}


class DtoTableModel(QAbstractTableModel):
    columns: type[IntEnum]
    specs: Mapping[IntEnum, Col]
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
            return tr_ctx(self.context, self.specs[self.columns(section)].header)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        return self._value(self._rows[index.row()], self.specs[self.columns(index.column())], role)

    def multiData(self, index: Index, roleDataSpan: QModelRoleDataSpan) -> None:  # noqa: N802, N803 (Qt override)
        """Every role the view asks of one cell, in one call (see the module's docstring)."""
        if not index.isValid():
            return
        row, spec = self._rows[index.row()], self.specs[self.columns(index.column())]
        for role_data in roleDataSpan:
            value = self._value(row, spec, role_data.role())
            if value is None:
                role_data.clearData()
            else:
                role_data.setData(value)

    def _value(self, row, spec: Col, role: int):
        if role == ROW_ROLE:
            return row
        field = _ROLE_FIELD.get(role)
        if field is None:
            return self.other_data(row, role)
        cell = getattr(spec, field)
        value = cell(row) if cell is not None else None
        return QBrush(value) if isinstance(value, QColor) else value

    def other_data(self, row, role: int):
        """A role the columns do not answer (a model's own custom role)."""
        return None
