"""案件: the filtered, searchable, database-sorted case list with paging."""
from __future__ import annotations

from dataclasses import fields, replace

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ipcase.dto.cases import CaseFilter, CasePage
from ipcase.queries.admin import users as user_queries
from ipcase.queries.cases import register as case_queries
from ui.cases.filter_bar import CaseFilterBar
from ui.cases.table_model import SORT_FIELD, CaseTableModel, Column
from ui.common.drill_bar import DrillBar
from ui.common.table_utils import compact_rows, database_sort
from ui.shell import window_state as ui_settings
from ui.shell.context import AppContext

PAGE_SIZE = 200
_PAGING = frozenset({"text", "sort", "descending", "limit", "offset"})
SEARCH_DELAY_MS = 300


class CaseListView(QWidget):
    case_open_requested = Signal(int)
    loaded = Signal(int)  # total number of matching cases

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._sort = "received_date"
        self._descending = True
        self._sort_column = Column.RECEIVED
        self._offset = 0
        self._total = 0
        self._request_seq = 0  # only the newest answer is shown when queries overlap
        self._sized = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        self.filter_bar = CaseFilterBar(ctx.clock.today())
        layout.addWidget(self.filter_bar)
        # A statistics figure's cases (统计 drill-down): its conditions apply on top of the filter bar's.
        self._drill: CaseFilter | None = None
        self.drill_bar = DrillBar()
        self.drill_bar.cleared.connect(self.clear_drilldown)
        self.drill_label, self.clear_drill_button = self.drill_bar.label, self.drill_bar.clear_button
        layout.addWidget(self.drill_bar)

        self.model = CaseTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("case_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        compact_rows(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSortIndicator(Column.RECEIVED, Qt.SortOrder.DescendingOrder)
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.sortIndicatorChanged.connect(self._on_header_sort_indicator_changed)
        self.table.doubleClicked.connect(self._on_table_activated)
        self.table.activated.connect(self._on_table_activated)
        layout.addWidget(self.table)

        paging = QHBoxLayout()
        layout.addLayout(paging)
        self.count_label = QLabel()
        self.count_label.setObjectName("count_label")
        paging.addWidget(self.count_label)
        paging.addStretch(1)
        self.previous_button = QPushButton(self.tr("上一页(&P)"))
        self.next_button = QPushButton(self.tr("下一页(&N)"))
        self.previous_button.clicked.connect(self._on_previous_button_clicked)
        self.next_button.clicked.connect(self._on_next_button_clicked)
        paging.addWidget(self.previous_button)
        paging.addWidget(self.next_button)

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self._on_search_timer_timeout)
        self.filter_bar.text_edited.connect(self._on_filter_bar_text_edited)
        self.filter_bar.filter_changed.connect(self._on_filter_bar_filter_changed)
        ui_settings.restore_header(self, "cases", header)

    # ---- public
    def focus_search(self) -> None:
        self.filter_bar.search_edit.setFocus()
        self.filter_bar.search_edit.selectAll()

    def refresh(self) -> None:
        ctx = self._ctx
        self._request_seq += 1
        seq = self._request_seq
        flt = self.filter_bar.make_filter(sort=self._sort, descending=self._descending, limit=PAGE_SIZE,
                                          offset=self._offset)
        if self._drill is not None:
            flt = replace(flt, **{f.name: getattr(self._drill, f.name) for f in fields(CaseFilter)
                                  if f.name not in _PAGING and getattr(self._drill, f.name) != f.default})
        self.count_label.setText(self.tr("正在查询…"))
        ctx.runner.run_db(ctx.db(case_queries.list_cases, flt, today=ctx.clock.today()),
                          on_success=lambda page: self._on_page_loaded(seq, page), owner=self)

    def show_drilldown(self, flt: CaseFilter, description: str) -> None:
        """List the cases of a statistics figure (the filter bar is cleared; it can narrow them further)."""
        self._drill = flt
        self.drill_bar.show_text(description)
        self._offset = 0
        self.filter_bar.blockSignals(True)
        self.filter_bar.reset()
        self.filter_bar.blockSignals(False)
        self.refresh()

    def clear_drilldown(self) -> None:
        self._drill = None
        self.drill_bar.hide()
        self._offset = 0
        self.refresh()

    def load_officers(self) -> None:
        self._ctx.runner.run_db(self._ctx.db(user_queries.list_users),
                                on_success=self._on_users_loaded, owner=self)

    def save_state(self) -> None:
        ui_settings.save_header(self, "cases", self.table.horizontalHeader())

    def selected_case_id(self) -> int | None:
        index = self.table.currentIndex()
        row = self.model.row_at(index.row()) if index.isValid() else None
        return row.id if row else None

    # ---- results
    def _on_page_loaded(self, seq: int, page: CasePage) -> None:
        if seq != self._request_seq:
            return
        self._total = page.total
        self.model.set_rows(page.rows)
        if not self._sized and page.rows:
            self._sized = True
            self.table.resizeColumnsToContents()
            for col in (Column.PATENT_TITLE, Column.REQUESTERS, Column.RESPONDENTS):
                self.table.setColumnWidth(col, min(self.table.columnWidth(col), 220))
        if page.total == 0:
            self.count_label.setText(self.tr("没有符合条件的案件"))
        else:
            first = self._offset + 1
            last = self._offset + len(page.rows)
            self.count_label.setText(self.tr("共 %1 件，显示第 %2–%3 件").replace("%1", str(page.total))
                                     .replace("%2", str(first)).replace("%3", str(last)))
        self.previous_button.setEnabled(self._offset > 0)
        self.next_button.setEnabled(self._offset + len(page.rows) < page.total)
        self.loaded.emit(page.total)

    def _on_users_loaded(self, users) -> None:
        self.filter_bar.set_officers(users)

    # ---- slots
    def _on_filter_bar_text_edited(self, _text: str) -> None:
        self.search_timer.start()

    def _on_search_timer_timeout(self) -> None:
        self._offset = 0
        self.refresh()

    def _on_filter_bar_filter_changed(self) -> None:
        self._offset = 0
        self.refresh()

    def _on_header_sort_indicator_changed(self, column: int, order: Qt.SortOrder) -> None:
        chosen = database_sort(self.table.horizontalHeader(), SORT_FIELD, Column(column), order, self._sort_column,
                               self._descending)
        if chosen:
            self._sort_column, (self._sort, self._descending) = Column(column), chosen
            self._offset = 0
            self.refresh()

    def _on_previous_button_clicked(self) -> None:
        self._offset = max(0, self._offset - PAGE_SIZE)
        self.refresh()

    def _on_next_button_clicked(self) -> None:
        if self._offset + PAGE_SIZE < self._total:
            self._offset += PAGE_SIZE
            self.refresh()

    def _on_table_activated(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row is not None:
            self.case_open_requested.emit(row.id)
