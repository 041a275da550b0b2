"""A register's list that scrolls instead of turning pages (issue 19): the first page shows as soon as it is read,
the count follows it (its own query, never delaying the rows), and scrolling near the end reads the next page
after the last row's key (keyset paging: a far page costs what the first costs). Every query is a cancellable
read (`AppContext.db_query`): a new filter, sort or search text cancels the reads still running, so a stale
search never holds the database lane. The GUI thread only appends rows; column widths are fitted once, on the
first page's rows (bounded by the page size), never over the whole register.

**跳到第 N 条** (issue 19): any row is reached without reading the rows before it — the page is asked from that
position (`offset`: the register finds the key of the row before it by walking the index, then reads by key), and
the list shows the register from there on (a window starting at row `first`; scrolling down goes on by key).

The values the first rows of a page show (`DtoTableModel.paint_values`, PAINT_AHEAD rows) are worked out on the
database thread after the page's read: the GUI thread's turn that shows a page only looks them up (issue 19).

The owning section supplies `query(paging)` → a task reading one page (paging: sort, descending, limit, after,
offset, count=False) and `counter()` → a task returning the number of rows."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from ipcase.dto.paging import Page
from ui.common import paged_table
from ui.common.paged_table import SEARCH_DELAY_MS, ColumnFit, DatabaseList, list_table
from ui.common.table_model import DtoTableModel
from ui.common.table_utils import database_sort

JUMP_CONTEXT = 20   # rows shown above the row jumped to
PAINT_AHEAD = 40    # a page's rows whose shown values are worked out with the read (a screenful and more)


class FetchingModel(DtoTableModel):
    """A DtoTableModel that tells its view more rows exist (Qt's canFetchMore/fetchMore): the view asks when
    the user scrolls near the end and the owner reads the next page off the GUI thread."""
    fetch_wanted = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._more, self._fetching = False, False

    def set_rows(self, rows, *, more: bool = False, values=None) -> None:
        self._more, self._fetching = more, False
        super().set_rows(rows, values=values)

    def append_rows(self, rows, *, more: bool, values=None) -> None:
        self._more, self._fetching = more, False
        rows = list(rows)
        if rows:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self._rows.extend(rows)
            self._cells.update(enumerate(values or (), start))
            self._bound_kept(start)
            self.endInsertRows()

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: B008, N802 (Qt override)
        return not parent.isValid() and self._more and not self._fetching

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: B008, N802 (Qt override)
        if self.canFetchMore(parent):
            self._fetching = True
            self.fetch_wanted.emit()


class ScrollingTable(DatabaseList):
    reload_requested = Signal()
    page_shown = Signal(object)   # the first page of a query (Page), once shown
    counted = Signal(int)         # the number of rows the query holds

    def __init__(self, ctx, model: FetchingModel, *, query: Callable[[dict], Callable],
                 counter: Callable[[], Callable], name: str, count_name: str, sort_fields: dict, sort_column,
                 capped: tuple[int, ...], cap: int, word_wrap: bool = False, descending: bool = True,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx, self.model, self._query, self._counter = ctx, model, query, counter
        self._sort_fields = sort_fields
        self.sort_column, self.sort, self.descending = sort_column, sort_fields[sort_column], descending
        self.total: int | None = None
        self.first = 0           # the register position of the model's row 0 (a jump starts the list further on)
        self._after: tuple | None = None
        self._seq = 0            # answers of an older query are dropped
        self._tasks: list = []   # the reads of the current query, cancelled when a newer one starts
        self._target_row: int | None = None
        self.empty_text = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = list_table(model, name, word_wrap=word_wrap)
        self._fit = ColumnFit(self.table, capped, cap)
        header = self.table.horizontalHeader()
        header.setSortIndicator(sort_column, Qt.SortOrder.DescendingOrder if descending
                                else Qt.SortOrder.AscendingOrder)
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.sortIndicatorChanged.connect(self._on_header_sort_indicator_changed)
        layout.addWidget(self.table, 1)
        self.empty_label = QLabel(self.table.viewport())
        self.empty_label.setObjectName(f"{name}_empty_label")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet("color:#757575; font-size:14px; padding:24px;")
        self.empty_label.hide()
        self.paging_bar = QHBoxLayout()   # a section may add its tools (导出, 打印) after the count
        self.count_label = QLabel()
        self.count_label.setObjectName(count_name)
        self.paging_bar.addWidget(self.count_label)
        self.paging_bar.addStretch(1)
        self.jump_label = QLabel(self.tr("跳到第"))
        self.jump_spin = QSpinBox()
        self.jump_spin.setObjectName(f"{name}_jump_spin")
        self.jump_spin.setRange(1, 1)
        self.jump_spin.setGroupSeparatorShown(True)
        self.jump_spin.setSuffix(self.tr(" 条"))
        self.jump_spin.setMinimumWidth(110)
        self.jump_label.setBuddy(self.jump_spin)
        self.jump_button = QPushButton(self.tr("跳转"))
        self.jump_button.setObjectName(f"{name}_jump_button")
        self.jump_button.setToolTip(self.tr("显示这一条及其后的记录（不必先读出前面的记录）"))
        self.jump_button.clicked.connect(lambda: self.jump_to(self.jump_spin.value() - 1))
        self.jump_spin.editingFinished.connect(self._on_jump_spin_editing_finished)
        for widget in (self.jump_label, self.jump_spin, self.jump_button):
            widget.setEnabled(False)
            self.paging_bar.addWidget(widget)
        layout.addLayout(self.paging_bar)
        model.fetch_wanted.connect(self._fetch_more)

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.reload_first_page)

    def restore_layout(self, state) -> None:
        """The column layout the user saved (`window_state.saved_header`: widths, order, hidden columns, sort) in
        place of the fit to the first rows; the sort it shows is the first query's (no query is started here)."""
        if state is None:
            return
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        restored = header.restoreState(state)
        header.blockSignals(False)
        if restored:
            self._fit.keep_restored()
            self.sort_from_header()

    # ---- the query
    def paging(self) -> dict:
        return {"sort": self.sort, "descending": self.descending, "limit": paged_table.PAGE_SIZE, "offset": 0,
                "after": None, "count": False}

    def load(self) -> None:
        """Read the first page of the current query (cancelling whatever the previous one still reads)."""
        self._cancel_running()
        self._seq += 1
        seq = self._seq
        self.total, self._after, self._target_row, self.first = None, None, None, 0
        self._enable_jump()
        self.count_label.setText(self.tr("正在查询…"))
        self._start(self._read(self.paging()), lambda read: self._on_first_page(seq, *read))

    def _read(self, paging: dict):
        """The task reading a page, and the values its first rows show (on the database thread: see above):
        it returns (page, values)."""
        task, model = self._query(paging), self.model

        def read(**kwargs):
            page = task(**kwargs)
            return page, model.paint_values(page.rows[:PAINT_AHEAD])
        return read

    def _start(self, task, on_success) -> None:
        self._tasks.append(self._ctx.runner.run_db(task, on_success=on_success, owner=self, with_progress=True))

    def _cancel_running(self) -> None:
        for task in self._tasks:
            self._ctx.runner.cancel(task)
        self._tasks = []

    def _on_first_page(self, seq: int, page: Page, values=None) -> None:
        if seq != self._seq:
            return
        self._after = page.after
        self._fit.rows_coming(page.rows, values)
        self.model.set_rows(page.rows, more=page.after is not None, values=values)
        self._show_empty(self.empty_text if not page.rows else "")
        self._update_count()
        self.page_shown.emit(page)
        if page.after is None:   # everything is on screen: that is the count
            self._on_counted(seq, len(page.rows))
        else:
            self._start(self._counter(), lambda total: self._on_counted(seq, total))

    def _fetch_more(self) -> None:
        if self._after is None:
            return
        seq = self._seq
        self._start(self._read({**self.paging(), "after": self._after}), lambda read: self._on_more(seq, *read))

    def _on_more(self, seq: int, page: Page, values=None) -> None:
        if seq != self._seq:
            return
        self._after = page.after
        self.model.append_rows(page.rows, more=page.after is not None, values=values)
        self._update_count()
        self._reach_target()

    def _on_counted(self, seq: int, total: int) -> None:
        if seq != self._seq:
            return
        self.total = total
        self._enable_jump()
        self._update_count()
        self.counted.emit(total)

    def _update_count(self) -> None:
        shown = self.model.rowCount()
        more = self._after is not None and (self.total is None or self.first + shown < self.total)
        if self.total is None:
            self.count_label.setText(self.tr("已显示 %1 件，正在计数…").replace("%1", str(shown)))
        elif not self.total:
            self.count_label.setText(self.empty_text)
        elif self.first:
            text = (self.tr("共 %1 件，显示第 %2–%3 件").replace("%1", str(self.total))
                    .replace("%2", str(self.first + 1)).replace("%3", str(self.first + shown)))
            self.count_label.setText(text + (self.tr("（向下滚动显示更多）") if more else ""))
        else:
            self.count_label.setText(self.tr("共 %1 件，已显示 %2 件（向下滚动显示更多）")
                                     .replace("%1", str(self.total)).replace("%2", str(shown))
                                     if shown < self.total else
                                     self.tr("共 %1 件").replace("%1", str(self.total)))

    def _enable_jump(self) -> None:
        counted = bool(self.total)
        for widget in (self.jump_label, self.jump_spin, self.jump_button):
            widget.setEnabled(counted)
        if counted:
            self.jump_spin.setRange(1, self.total)

    def scroll_to_row(self, row: int) -> None:
        """Bring register row `row` (0-based) into view, reading the pages before it first (each a keyset read)."""
        self._target_row = row
        self._reach_target()

    def _reach_target(self) -> None:
        row = self._target_row
        if row is None:
            return
        if row - self.first < self.model.rowCount() or self._after is None:
            self._target_row = None
            self._select(row - self.first)
            return
        self.model.fetchMore()

    def _select(self, row: int) -> None:
        index = self.model.index(max(0, min(row, self.model.rowCount() - 1)), 0)
        if index.isValid():
            self.table.scrollTo(index, self.table.ScrollHint.PositionAtCenter)
            self.table.setCurrentIndex(index)

    def jump_to(self, position: int) -> None:
        """Show register row `position` (0-based): from the rows shown or the next page when it is that near,
        else the list restarts a little before it (JUMP_CONTEXT rows), read from that position by key."""
        if self.total is not None:
            position = min(position, self.total - 1)
        position = max(position, 0)
        shown_end = self.first + self.model.rowCount()
        if self.first <= position < shown_end + (paged_table.PAGE_SIZE if self._after is not None else 0):
            self.scroll_to_row(position)
            return
        for task in self._tasks:   # the old window's reads stop (a count still running is started again below)
            self._ctx.runner.cancel(task)
        self._tasks = []
        self._seq += 1
        seq, start = self._seq, max(0, position - JUMP_CONTEXT)
        self._target_row = None
        self.count_label.setText(self.tr("正在查询…"))
        self._start(self._read({**self.paging(), "offset": start}),
                    lambda read: self._on_jumped(seq, start, position, *read))
        if self.total is None:
            self._start(self._counter(), lambda total: self._on_counted(seq, total))

    def _on_jumped(self, seq: int, start: int, position: int, page: Page, values=None) -> None:
        if seq != self._seq:
            return
        self.first, self._after = start, page.after
        self.model.set_rows(page.rows, more=page.after is not None, values=values)
        self._update_count()
        self._select(position - start)

    def _on_jump_spin_editing_finished(self) -> None:
        if self.jump_spin.hasFocus():   # Enter in the box (not leaving it)
            self.jump_to(self.jump_spin.value() - 1)

    # ---- slots
    def reload_first_page(self) -> None:
        self.reload_requested.emit()

    def _on_header_sort_indicator_changed(self, column: int, order: Qt.SortOrder) -> None:
        column = self.model.columns(column)
        chosen = database_sort(self.table.horizontalHeader(), self._sort_fields, column, order, self.sort_column,
                               self.descending)
        if chosen:
            self.sort_column, (self.sort, self.descending) = column, chosen
            self.reload_first_page()
