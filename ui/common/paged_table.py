"""A section's list: a table of a DtoTableModel and, when the database sorts and pages it, the count line with
上一页/下一页, the sort a header click asks for and the delayed search.

The owning section builds its query from `paging()` and hands each answer to `show_page()`; whatever changes the
query (a page, a sort, the settled search text) emits `reload_requested`."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from ipcase.dto.paging import Page
from ui.common.table_utils import compact_rows, database_sort, single_row_selection

PAGE_SIZE = 200
FIT_ROWS = 30   # rows measured when the columns are fitted to their contents (about a screenful: each
                # row measured costs a data() call per column on the GUI thread)
SEARCH_DELAY_MS = 300


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
    capped."""

    def __init__(self, table: QTableView, capped: tuple[int, ...], cap: int):
        self._table, self._capped, self._cap, self._done = table, capped, cap, False

    def rows_coming(self, rows) -> None:
        """Call before the model gets `rows`: the first time, the widths are fitted to the first FIT_ROWS of them,
        with only those in the model — QTableView measures every row of a freshly reset model whatever the
        header's precision (a page of 200: 2,400 data() calls on the GUI thread)."""
        if self._done or not rows:
            return
        self._done = True
        self._table.model().set_rows(list(rows)[:FIT_ROWS])
        self._table.horizontalHeader().setResizeContentsPrecision(FIT_ROWS)
        self._table.resizeColumnsToContents()
        for col in self._capped:
            self._table.setColumnWidth(col, min(self._table.columnWidth(col), self._cap))


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


class PagedTable(DatabaseList):
    reload_requested = Signal()

    def __init__(self, model, *, name: str, count_name: str, sort_fields: dict, sort_column,
                 capped: tuple[int, ...], cap: int, previous_text: str, next_text: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.model, self._sort_fields = model, sort_fields
        self.sort_column, self.sort, self.descending = sort_column, sort_fields[sort_column], True
        self.offset, self.total = 0, 0
        self._request_seq = 0  # only the newest answer is shown when queries overlap
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = list_table(model, name)
        self._fit = ColumnFit(self.table, capped, cap)
        header = self.table.horizontalHeader()
        header.setSortIndicator(sort_column, Qt.SortOrder.DescendingOrder)
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.sortIndicatorChanged.connect(self._on_header_sort_indicator_changed)
        layout.addWidget(self.table, 1)
        # An empty answer is said inside the list, where the eye looks for the rows.
        self.empty_label = QLabel(self.table.viewport())
        self.empty_label.setObjectName(f"{name}_empty_label")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet("color:#757575; font-size:14px; padding:24px;")
        self.empty_label.hide()

        paging = self.paging_bar = QHBoxLayout()   # a section may add its tools (导出, 打印) after the count
        self.count_label = QLabel()
        self.count_label.setObjectName(count_name)
        paging.addWidget(self.count_label)
        paging.addStretch(1)
        self.previous_button = QPushButton(previous_text)
        self.next_button = QPushButton(next_text)
        self.previous_button.clicked.connect(lambda: self._turn(-1))
        self.next_button.clicked.connect(lambda: self._turn(1))
        paging.addWidget(self.previous_button)
        paging.addWidget(self.next_button)
        layout.addLayout(paging)

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.reload_first_page)

    # ---- the query
    def paging(self) -> dict:
        """The sort and page part of the next query (keyword arguments of the section's filter)."""
        return {"sort": self.sort, "descending": self.descending, "limit": PAGE_SIZE, "offset": self.offset}

    def start_query(self) -> int:
        """A number for the query about to run; show_page() drops the answer of any older one."""
        self._request_seq += 1
        self.count_label.setText(self.tr("正在查询…"))
        return self._request_seq

    def show_page(self, seq: int, page: Page, *, empty_text: str) -> bool:
        """Show a page of the register; False (nothing shown) when a newer query is on its way."""
        if seq != self._request_seq:
            return False
        rows, total = page.rows, page.total
        self.total = total
        self._fit.rows_coming(rows)
        self.model.set_rows(rows)
        self._show_empty(empty_text if not rows else "")
        if not total:
            self.count_label.setText(empty_text)
        else:
            self.count_label.setText(self.tr("共 %1 件，显示第 %2–%3 件").replace("%1", str(total))
                                     .replace("%2", str(self.offset + 1))
                                     .replace("%3", str(self.offset + len(rows))))
        self.previous_button.setEnabled(self.offset > 0)
        self.next_button.setEnabled(self.offset + len(rows) < total)
        return True

    # ---- slots
    def reload_first_page(self) -> None:
        self.offset = 0
        self.reload_requested.emit()

    def _turn(self, step: int) -> None:
        if step > 0 and self.offset + PAGE_SIZE >= self.total:
            return
        self.offset = max(0, self.offset + step * PAGE_SIZE)
        self.reload_requested.emit()

    def _on_header_sort_indicator_changed(self, column: int, order: Qt.SortOrder) -> None:
        column = self.model.columns(column)
        chosen = database_sort(self.table.horizontalHeader(), self._sort_fields, column, order, self.sort_column,
                               self.descending)
        if chosen:
            self.sort_column, (self.sort, self.descending) = column, chosen
            self.reload_first_page()
