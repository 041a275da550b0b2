"""案件: the filtered, searchable, database-sorted case list; it scrolls through the whole register by key
(ui.common.scrolling_table), counts after its first page and cancels a superseded search."""
from __future__ import annotations

from dataclasses import fields, replace

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ipcase.dto.cases import CaseFilter, CaseListRow
from ipcase.dto.paging import Page
from ipcase.queries.admin import users as user_queries
from ipcase.queries.cases import register as case_queries
from ui.cases.filter_bar import CaseFilterBar
from ui.cases.table_model import SORT_FIELD, CaseTableModel, Column
from ui.common.drill_bar import DrillBar
from ui.common.list_output import ALL_ROWS, ListOutput, all_rows
from ui.common.scrolling_table import ScrollingTable
from ui.shell import window_state as ui_settings
from ui.shell.context import AppContext

_PAGING = frozenset({"text", "sort", "descending", "limit", "offset", "after", "count"})


class CaseListView(QWidget):
    case_open_requested = Signal(int)
    loaded = Signal(int)  # total number of matching cases

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
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
        self.pager = ScrollingTable(
            ctx, self.model, name="case_table", count_name="count_label", sort_fields=SORT_FIELD,
            sort_column=Column.RECEIVED, capped=(Column.PATENT_TITLE, Column.REQUESTERS, Column.RESPONDENTS), cap=220,
            query=lambda paging: ctx.db_query(case_queries.list_cases, self._filter(**paging),
                                              today=ctx.clock.today()),
            counter=lambda: ctx.db_query(case_queries.count_cases, self._filter()))
        self.pager.page_shown.connect(self._on_page_loaded)
        self.pager.counted.connect(self.loaded)
        self.table, self.count_label, self.search_timer = self.pager.table, self.pager.count_label, \
            self.pager.search_timer
        self.table.doubleClicked.connect(self._on_table_activated)
        self.table.activated.connect(self._on_table_activated)
        layout.addWidget(self.pager)
        self.pager.reload_requested.connect(self.refresh)
        self.filter_bar.text_edited.connect(lambda _text: self.pager.search_timer.start())
        self.filter_bar.filter_changed.connect(self.pager.reload_first_page)
        self.output = ListOutput(
            ctx, all_rows(ctx, self.table, lambda: ctx.db(case_queries.list_cases, self._filter(
                limit=ALL_ROWS, offset=0), today=ctx.clock.today())),
            title=lambda: self.tr("行政裁决案件登记"), subtitle=self._output_subtitle,
            file_stem=lambda: self.tr("案件列表"))
        self.pager.paging_bar.insertWidget(1, self.output)
        self.pager.restore_layout(ui_settings.saved_header(self, "cases"))

    # ---- public
    def focus_search(self) -> None:
        self.filter_bar.search_edit.setFocus()
        self.filter_bar.search_edit.selectAll()

    def refresh(self) -> None:
        text = self.filter_bar.search_edit.text().strip()
        self.pager.empty_text = (self.tr("没有找到与“%1”相符的案件").replace("%1", text) if text
                                 else self.tr("没有符合条件的案件"))
        self.pager.load()

    def _filter(self, **paging) -> CaseFilter:
        """The filter bar's conditions (and a statistics figure's), with the pager's sort and page."""
        flt = self.filter_bar.make_filter(**{**self.pager.paging(), **paging})
        if self._drill is not None:
            flt = replace(flt, **{f.name: getattr(self._drill, f.name) for f in fields(CaseFilter)
                                  if f.name not in _PAGING and getattr(self._drill, f.name) != f.default})
        return flt

    def _output_subtitle(self) -> str:
        bits = []
        text = self.filter_bar.search_edit.text().strip()
        if text:
            bits.append(self.tr("搜索：%1").replace("%1", text))
        if self._drill is not None:
            bits.append(self.drill_bar.label.text())
        bits.append(self.tr("导出时间：%1").replace("%1", f"{self._ctx.clock.now():%Y-%m-%d %H:%M}"))
        return "；".join(b for b in bits if b)

    def show_drilldown(self, flt: CaseFilter, description: str) -> None:
        """List the cases of a statistics figure (the filter bar is cleared; it can narrow them further)."""
        self._drill = flt
        self.drill_bar.show_text(description)
        self.filter_bar.blockSignals(True)
        self.filter_bar.reset()
        self.filter_bar.blockSignals(False)
        self.pager.reload_first_page()

    def clear_drilldown(self) -> None:
        self._drill = None
        self.drill_bar.hide()
        self.pager.reload_first_page()

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
    def _on_page_loaded(self, _page: Page[CaseListRow]) -> None:
        self.table.setColumnHidden(Column.MATCHED, not self.filter_bar.search_edit.text().strip())

    def _on_users_loaded(self, users) -> None:
        self.filter_bar.set_officers(users)

    # ---- slots
    def _on_table_activated(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row is not None:
            self.case_open_requested.emit(row.id)
