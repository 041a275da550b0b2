"""收案登记: the register of everything that reached the office (filtered, searched, sorted in the database)
with the selected item beside it, quick entry (Ctrl+Shift+N) and the routing rules."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSplitter, QTabWidget, QVBoxLayout, QWidget

from ipcase.dto.intake import IntakeFilter, IntakeRef, IntakeRow
from ipcase.dto.paging import Page
from ipcase.queries.admin import users as user_queries
from ipcase.queries.intake import register as intake_queries
from ui.common.drill_bar import DrillBar
from ui.common.list_output import ALL_ROWS, ListOutput, all_rows
from ui.common.scrolling_table import ScrollingTable
from ui.intake.detail import IntakeDetailPanel
from ui.intake.entry_dialog import IntakeEntryDialog
from ui.intake.filter_bar import IntakeFilterBar
from ui.intake.rules_tab import RoutingRulesPage
from ui.intake.table_model import SORT_FIELD, Column, IntakeTableModel
from ui.shell import window_state as ui_settings
from ui.shell.context import AppContext


class IntakeView(QTabWidget):
    case_open_requested = Signal(int)
    mediation_case_open_requested = Signal(int)
    item_changed = Signal(int)   # registered or decided: deadlines and case lists change

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.setObjectName("intake_view")
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
        self.model = IntakeTableModel(self)
        # Scrolls through the register by key (issue 19): the first page shows at once, the count follows,
        # a newer search cancels the reads still running.
        self.pager = ScrollingTable(
            ctx, self.model, name="intake_table", count_name="intake_count_label", sort_fields=SORT_FIELD,
            sort_column=Column.RECEIVED, capped=(Column.TARGETS, Column.PATENTS, Column.SUBMITTER), cap=200,
            query=lambda paging: ctx.db_query(intake_queries.list_items, self._filter(**paging),
                                              today=ctx.clock.today()),
            counter=lambda: ctx.db_query(intake_queries.count_items, self._filter()))
        self.pager.page_shown.connect(self._on_page_loaded)
        self.table, self.count_label = self.pager.table, self.pager.count_label
        self.output = ListOutput(
            ctx, all_rows(ctx, self.table, lambda: ctx.db(intake_queries.list_items, self._filter(
                limit=ALL_ROWS, offset=0), today=ctx.clock.today())),
            title=lambda: self.tr("收案登记簿"), subtitle=self._output_subtitle, file_stem=lambda: self.tr("收案登记簿"))
        self.pager.paging_bar.insertWidget(1, self.output)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)
        self.table.activated.connect(lambda _i: self.detail_panel.start_triage())
        splitter.addWidget(self.pager)
        self.detail_panel = IntakeDetailPanel(ctx)
        splitter.addWidget(self.detail_panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)

        self.rules_page = RoutingRulesPage(ctx)
        self.addTab(register, self.tr("登记簿"))
        self.addTab(self.rules_page, self.tr("分流规则"))

        self.pager.reload_requested.connect(self.refresh)
        self.filter_bar.text_edited.connect(lambda _t: self.pager.search_timer.start())
        self.filter_bar.filter_changed.connect(self.pager.reload_first_page)
        self.detail_panel.item_changed.connect(self._on_detail_panel_item_changed)
        self.detail_panel.case_open_requested.connect(self.case_open_requested)
        self.detail_panel.mediation_case_open_requested.connect(self.mediation_case_open_requested)
        self.rules_page.saved.connect(self.detail_panel.reload)
        QShortcut(QKeySequence("Ctrl+Shift+N"), self, activated=self.new_item)
        self._handlers_loaded = False
        # The saved header brings back the user's widths and sort order; the first refresh() queries with it.
        self.pager.restore_layout(ui_settings.saved_header(self, "intake"))

    # ---- the section protocol
    def refresh(self) -> None:
        ctx = self._ctx
        if not self._handlers_loaded:
            self._handlers_loaded = True
            ctx.runner.run_db(ctx.db(user_queries.list_users),
                              on_success=self.filter_bar.set_handlers, owner=self)
        text = self.filter_bar.search_edit.text().strip()
        self.pager.empty_text = (self.tr("没有找到与“%1”相符的事项").replace("%1", text) if text
                                 else self.tr("没有符合条件的事项"))
        self.pager.load()
        self.rules_page.refresh()

    def show_drilldown(self, flt: IntakeFilter, description: str) -> None:
        """List the intake items behind a statistics figure."""
        self.setCurrentIndex(0)
        self._drill = flt
        self.drill_bar.show_text(description)
        self.pager.reload_first_page()

    def clear_drilldown(self) -> None:
        self._drill = None
        self.drill_bar.hide()
        self.pager.reload_first_page()

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
        dialog.offer_draft(self, discard_declined=True)
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

    def _filter(self, **paging) -> IntakeFilter:
        paging = {**self.pager.paging(), **paging}   # sort, page size, and where the page starts (key)
        flt = self.filter_bar.make_filter(**{k: paging[k] for k in ("sort", "descending", "limit", "offset")})
        if self._drill is not None:
            flt = replace(self._drill, text=flt.text, **paging)
        if self._ctx.user is not None:
            flt = replace(flt, office_id=self._ctx.user.office_id)
        return replace(flt, **paging)

    def _output_subtitle(self) -> str:
        text = self.filter_bar.search_edit.text().strip()
        bits = [self.tr("搜索：%1").replace("%1", text) if text else "",
                self.drill_bar.label.text() if self._drill is not None else "",
                self.tr("导出时间：%1").replace("%1", f"{self._ctx.clock.now():%Y-%m-%d %H:%M}")]
        return "；".join(b for b in bits if b)

    # ---- results
    def _on_page_loaded(self, page: Page[IntakeRow]) -> None:
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
