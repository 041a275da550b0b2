"""收案登记: the register of everything that reached the office (filtered, searched, sorted in the database)
with the selected item beside it, quick entry (Ctrl+Shift+N) and the routing rules."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ipcase.dto.intake import IntakeFilter, IntakePage, IntakeRef
from ipcase.queries.admin import users as user_queries
from ipcase.queries.intake import register as intake_queries
from ui.common import messages
from ui.common.drill_bar import DrillBar
from ui.common.table_utils import compact_rows, database_sort, single_row_selection
from ui.intake.detail import IntakeDetailPanel
from ui.intake.entry_dialog import IntakeEntryDialog
from ui.intake.filter_bar import IntakeFilterBar
from ui.intake.rules_tab import RoutingRulesPage
from ui.intake.table_model import SORT_FIELD, Column, IntakeTableModel
from ui.shell import window_state as ui_settings
from ui.shell.context import AppContext

PAGE_SIZE = 200
SEARCH_DELAY_MS = 300


class IntakeView(QTabWidget):
    case_open_requested = Signal(int)
    mediation_case_open_requested = Signal(int)
    item_changed = Signal(int)   # registered or decided: deadlines and case lists change

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.setObjectName("intake_view")
        self._sort, self._descending, self._sort_column = "received_at", True, Column.RECEIVED
        self._offset, self._total, self._request_seq = 0, 0, 0
        self._sized = False
        self._select_after_load: int | None = None

        register = QWidget()
        layout = QVBoxLayout(register)
        layout.setContentsMargins(8, 8, 8, 8)
        bar = QHBoxLayout()
        self.new_button = QPushButton(self.tr("新登记(&N)…  Ctrl+Shift+N"))
        self.new_button.setObjectName("new_intake_button")
        self._can_register = ctx.may("intake.register")
        self.new_button.setVisible(self._can_register)
        self.new_button.clicked.connect(self.new_item)
        bar.addWidget(self.new_button)
        self.filter_bar = IntakeFilterBar(ctx.clock.today())
        bar.addWidget(self.filter_bar, 1)
        layout.addLayout(bar)
        # A statistics figure's items (统计 drill-down) replace the filter bar's choice until cleared.
        self._drill: IntakeFilter | None = None
        self.drill_bar = DrillBar()
        self.drill_bar.cleared.connect(self.clear_drilldown)
        layout.addWidget(self.drill_bar)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("intake_splitter")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.model = IntakeTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("intake_table")
        self.table.setModel(self.model)
        single_row_selection(self.table)
        compact_rows(self.table)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSortIndicator(Column.RECEIVED, Qt.SortOrder.DescendingOrder)
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.sortIndicatorChanged.connect(self._on_header_sort_indicator_changed)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)
        self.table.activated.connect(lambda _i: self.detail_panel.start_triage())
        left_layout.addWidget(self.table, 1)
        paging = QHBoxLayout()
        self.count_label = QLabel()
        self.count_label.setObjectName("intake_count_label")
        paging.addWidget(self.count_label)
        paging.addStretch(1)
        self.previous_button = QPushButton(self.tr("上一页"))
        self.next_button = QPushButton(self.tr("下一页"))
        self.previous_button.clicked.connect(lambda: self._page(-1))
        self.next_button.clicked.connect(lambda: self._page(1))
        paging.addWidget(self.previous_button)
        paging.addWidget(self.next_button)
        left_layout.addLayout(paging)
        splitter.addWidget(left)
        self.detail_panel = IntakeDetailPanel(ctx)
        splitter.addWidget(self.detail_panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)

        self.rules_page = RoutingRulesPage(ctx)
        self.addTab(register, self.tr("登记簿"))
        self.addTab(self.rules_page, self.tr("分流规则"))

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self._reload_first_page)
        self.filter_bar.text_edited.connect(lambda _t: self.search_timer.start())
        self.filter_bar.filter_changed.connect(self._reload_first_page)
        self.detail_panel.item_changed.connect(self._on_detail_panel_item_changed)
        self.detail_panel.case_open_requested.connect(self.case_open_requested)
        self.detail_panel.mediation_case_open_requested.connect(self.mediation_case_open_requested)
        self.rules_page.saved.connect(self.detail_panel.reload)
        QShortcut(QKeySequence("Ctrl+Shift+N"), self, activated=self.new_item)
        self._handlers_loaded = False
        # The saved header brings back the user's sort order; the first refresh() then queries with it.
        header.blockSignals(True)
        ui_settings.restore_header(self, "intake", header)
        header.blockSignals(False)
        column = header.sortIndicatorSection()
        if 0 <= column < len(Column) and Column(column) in SORT_FIELD:
            self._sort_column, self._sort = Column(column), SORT_FIELD[Column(column)]
            self._descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder

    # ---- the section protocol
    def refresh(self) -> None:
        ctx = self._ctx
        if not self._handlers_loaded:
            self._handlers_loaded = True
            ctx.runner.run_db(ctx.db(user_queries.list_users),
                              on_success=self.filter_bar.set_handlers, owner=self)
        self._request_seq += 1
        seq = self._request_seq
        flt = self.filter_bar.make_filter(sort=self._sort, descending=self._descending, limit=PAGE_SIZE,
                                          offset=self._offset)
        if self._drill is not None:
            flt = replace(self._drill, text=flt.text, sort=self._sort, descending=self._descending,
                          limit=PAGE_SIZE, offset=self._offset)
        if ctx.user is not None:
            flt = replace(flt, office_id=ctx.user.office_id)
        self.count_label.setText(self.tr("正在查询…"))
        ctx.runner.run_db(ctx.db(intake_queries.list_items, flt, today=ctx.clock.today()),
                          on_success=lambda page: self._on_page_loaded(seq, page), owner=self)
        self.rules_page.refresh()

    def show_drilldown(self, flt: IntakeFilter, description: str) -> None:
        """List the intake items behind a statistics figure."""
        self.setCurrentIndex(0)
        self._drill = flt
        self.drill_bar.show_text(description)
        self._offset = 0
        self.refresh()

    def clear_drilldown(self) -> None:
        self._drill = None
        self.drill_bar.hide()
        self._offset = 0
        self.refresh()

    def save_state(self) -> None:
        ui_settings.save_header(self, "intake", self.table.horizontalHeader())

    # ---- opening an item
    def open_item(self, item_id: int) -> None:
        """Show the register with this item selected (the deadline list opens items this way)."""
        self.setCurrentIndex(0)
        self._select_after_load = item_id
        self.detail_panel.show_item(item_id)
        self.filter_bar.reset(states="all")   # a decided item (a reporter still to be told) is listed too

    def new_item(self) -> IntakeEntryDialog | None:
        if not self._can_register:
            return None
        dialog = IntakeEntryDialog(self._ctx, self)
        if dialog.has_draft():
            if messages.ask_restore_draft(self, dialog.draft_saved_at()):
                dialog.restore_draft()
            else:
                dialog.discard_draft()
        dialog.item_saved.connect(self._on_item_saved)
        dialog.open()
        return dialog

    def _on_item_saved(self, ref: IntakeRef) -> None:
        self._select_after_load = ref.id
        self.detail_panel.show_item(ref.id)
        self.refresh()
        self.item_changed.emit(ref.id)

    def _on_detail_panel_item_changed(self, item_id: int) -> None:
        self._select_after_load = item_id
        self.refresh()
        self.item_changed.emit(item_id)

    # ---- results
    def _on_page_loaded(self, seq: int, page: IntakePage) -> None:
        if seq != self._request_seq:
            return
        self._total = page.total
        self.model.set_rows(page.rows)
        if not self._sized and page.rows:
            self._sized = True
            self.table.resizeColumnsToContents()
            for col in (Column.TARGETS, Column.PATENTS, Column.SUBMITTER):
                self.table.setColumnWidth(col, min(self.table.columnWidth(col), 200))
        first, last = self._offset + 1, self._offset + len(page.rows)
        self.count_label.setText(self.tr("没有符合条件的事项") if not page.total else
                                 self.tr("共 %1 件，显示第 %2–%3 件").replace("%1", str(page.total))
                                 .replace("%2", str(first)).replace("%3", str(last)))
        self.previous_button.setEnabled(self._offset > 0)
        self.next_button.setEnabled(self._offset + len(page.rows) < page.total)
        wanted = self._select_after_load
        self._select_after_load = None
        row = next((i for i, r in enumerate(page.rows) if r.id == wanted), None) if wanted else None
        if row is not None:
            self.table.selectRow(row)
        elif wanted is None and page.rows and self.detail_panel.detail is None:
            self.table.selectRow(0)

    def _on_table_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.row_at(current.row())
        if row is not None and (self.detail_panel.detail is None or self.detail_panel.detail.id != row.id):
            self.detail_panel.show_item(row.id)

    def _reload_first_page(self) -> None:
        self._offset = 0
        self.refresh()

    def _page(self, step: int) -> None:
        self._offset = max(0, self._offset + step * PAGE_SIZE)
        self.refresh()

    def _on_header_sort_indicator_changed(self, column: int, order: Qt.SortOrder) -> None:
        chosen = database_sort(self.table.horizontalHeader(), SORT_FIELD, Column(column), order, self._sort_column,
                               self._descending)
        if chosen:
            self._sort_column, (self._sort, self._descending) = Column(column), chosen
            self._reload_first_page()
