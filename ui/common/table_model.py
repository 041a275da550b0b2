"""The part every table model over a list of DTOs shares: rows in, counts, headers and the roles of a cell.

A model declares its columns as data: an `IntEnum` of columns and, for each, a `Col` saying its header (marked
with QT_TRANSLATE_NOOP in the model's translation context) and how a row shows in it (text, raw value, tooltip,
colours, the query field a header click sorts by). A role no `Col` answers goes to `other_data()`.

Views ask a cell's roles all at once (`multiData`: Qt 6's delegates ask 7 roles of every cell they paint or
measure): answered in one call into Python a cell, not one a role. Each call from Qt into Python must first take
the GIL, and while the database thread builds rows in Python every taking can wait for its switch interval, so
the number of entries, not only their cost, decides how long the GUI thread stalls (issue 19).

A cell's role values are worked out once and kept (`_cells`): the columns' functions are pure functions of the
row, so a repaint (hover, selection, scrolling back) looks them up instead of formatting dates, translating texts
and making brushes again. The kept values go with the rows: a new set of rows drops those of every row that is
not the same object at the same place (so fitting the columns on a list's first rows, then showing all of them,
works the first rows' values out once); appended rows keep the others.

The kept values are bounded (`keep_rows` rows, issue 19): one row's values weigh ≈ 5 KB (the case list: 12 columns
× 7 roles), so a list scrolled through 50,000 rows kept ≈ 250 MB. When a row's values are to be kept and `keep_rows`
rows' already are, the values of the rows far from it (more than a quarter of `keep_rows` away) are dropped: the row
asked is where the view paints, so the screenful and the rows around it stay, and a row scrolled back to is worked
out again, once, when it is painted (the columns' functions are pure: the same values)."""
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
    # A text as wide as the column's usual values: fitted to its first rows (paged_table.ColumnFit), the column is
    # at least that wide — at a million cases the newest 200 are all 未立案, and the 案号 of the registered cases
    # further down showed as "某市…"
    least: str | None = None


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


_UNSET = object()
# The roles Qt 6's QStyledItemDelegate asks of every cell it paints or measures.
PAINT_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.FontRole,
               Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.CheckStateRole,
               Qt.ItemDataRole.BackgroundRole)
CellValues = list  # of one row: per column, role → value
KEEP_ROWS = 1000   # the most rows whose values a model keeps (see the module's docstring)


class DtoTableModel(QAbstractTableModel):
    columns: type[IntEnum]
    specs: Mapping[IntEnum, Col]
    context: str
    keep_rows = KEEP_ROWS

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list = []
        self._specs = [self.specs[column] for column in self.columns]   # by column number
        self._cells: dict[int, list] = {}   # row → per column: None or role → value (see the module's docstring)

    def set_rows(self, rows, *, values: list[CellValues] | None = None) -> None:
        """`values`: `paint_values()` of the first rows, when they were worked out off the GUI thread."""
        self.beginResetModel()
        old, new = self._rows, list(rows)
        self._rows = new
        self._cells = {r: cells for r, cells in self._cells.items() if r < len(new) and r < len(old)
                       and new[r] is old[r]}
        self._cells.update(enumerate(values or ()))
        self._bound_kept(0)
        self.endResetModel()

    def paint_values(self, rows) -> list[CellValues]:
        """The values a view's paint asks of the cells of `rows` (PAINT_ROLES), for set_rows(values=…). The
        columns' functions are pure: this may run on the database thread, after its read, before the rows reach
        the GUI thread."""
        return [[{role: self._value(row, spec, role) for role in PAINT_ROLES} for spec in self._specs]
                for row in rows]

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
        r, c = index.row(), index.column()
        cell = self._cell(r, c)
        value = cell.get(role, _UNSET)
        if value is _UNSET:
            value = cell[role] = self._value(self._rows[r], self._specs[c], role)
        return value

    def multiData(self, index: Index, roleDataSpan: QModelRoleDataSpan) -> None:  # noqa: N802, N803 (Qt override)
        """Every role the view asks of one cell, in one call (see the module's docstring)."""
        if not index.isValid():
            return
        r, c = index.row(), index.column()
        cell = self._cell(r, c)
        for role_data in roleDataSpan:
            role = role_data.role()
            value = cell.get(role, _UNSET)
            if value is _UNSET:
                value = cell[role] = self._value(self._rows[r], self._specs[c], role)
            if value is None:
                role_data.clearData()
            else:
                role_data.setData(value)

    def _cell(self, r: int, c: int) -> dict[int, Any]:
        """The kept role values of a cell (filled role by role as they are asked, unless worked out ahead)."""
        cells = self._cells.get(r)
        if cells is None:
            if len(self._cells) >= self.keep_rows:
                self._drop_far_from(r)
            cells = self._cells[r] = [None] * len(self._specs)
        cell = cells[c]
        if cell is None:
            cell = cells[c] = {}
        return cell

    def _bound_kept(self, near: int) -> None:
        """After values were kept in bulk (worked out ahead): at most `keep_rows` rows' stay, those near `near`."""
        if len(self._cells) > self.keep_rows:
            self._drop_far_from(near)

    def _drop_far_from(self, r: int) -> None:
        """Drop the kept values of the rows more than a quarter of `keep_rows` away from row `r`. At most half the
        bound stays, so the next drop comes only after as many new rows (a drop tests each kept row once)."""
        reach = self.keep_rows // 4
        self._cells = {k: cells for k, cells in self._cells.items() if abs(k - r) <= reach}

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
