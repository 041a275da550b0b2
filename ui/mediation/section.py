"""调解: stand-alone mediation cases — the list (filter by state, kind, officer, pending extensions; search 案号,
names, credit codes, patent numbers) with 登记调解请求, the detail of one case, and the mediator pool."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ipcase.domain.mediation.cases import MediationKind, MediationState
from ipcase.dto.mediation import MediationCaseFilter
from ipcase.queries.mediation import cases as mediation_queries
from ui.common.paged_table import SEARCH_DELAY_MS
from ui.common.scrolling_table import ScrollingTable
from ui.mediation import case_labels as mediation_case_labels
from ui.mediation.case_detail import MediationCaseDetailView
from ui.mediation.mediators_tab import MediatorPoolPage
from ui.mediation.request_dialog import MediationRequestDialog
from ui.mediation.table_model import SORT_FIELD, Column, MediationCaseTableModel
from ui.shell.context import AppContext


class MediationCasesView(QTabWidget):
    changed = Signal(int)                 # a mediation case was saved: "my deadlines" change
    intake_open_requested = Signal(int)
    case_open_requested = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.setObjectName("mediation_cases_view")
        self.dialog: MediationRequestDialog | None = None
        self.stack = QStackedWidget()
        listing = QWidget()
        layout = QVBoxLayout(listing)
        layout.setContentsMargins(8, 8, 8, 8)
        bar = QHBoxLayout()
        self.new_button = QPushButton(self.tr("登记调解请求(&N)…"))
        self.new_button.setObjectName("new_mediation_button")
        self._can_register = ctx.may("case.register")
        self.new_button.setVisible(self._can_register)
        self.new_button.clicked.connect(self.new_request)
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("mediation_search_edit")
        self.search_edit.setPlaceholderText(self.tr("案号、当事人、信用代码、专利号"))
        self.state_combo = QComboBox()
        self.state_combo.addItem(self.tr("全部状态"), None)
        self.state_combo.addItem(self.tr("在办"), "open")
        for s in MediationState:
            self.state_combo.addItem(mediation_case_labels.mediation_state(s), s.value)
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("全部类别"), None)
        for k in MediationKind:
            self.kind_combo.addItem(mediation_case_labels.mediation_kind(k), k.value)
        self.mine_combo = QComboBox()
        self.mine_combo.addItem(self.tr("全部承办人"), None)
        self.mine_combo.addItem(self.tr("我承办的"), "mine")
        self.mine_combo.addItem(self.tr("延长待审批"), "pending")
        for w in (self.new_button, self.search_edit, self.state_combo, self.kind_combo, self.mine_combo):
            bar.addWidget(w, 1 if w is self.search_edit else 0)
        layout.addLayout(bar)
        self.model = MediationCaseTableModel(self)
        # Scrolls through the register by key (issue 19): newest received first (the header turns it round),
        # the count after the first page, 跳到第 N 条.
        self.pager = ScrollingTable(
            ctx, self.model, name="mediation_case_table", count_name="mediation_count_label",
            sort_fields=SORT_FIELD, sort_column=Column.RECEIVED, capped=(Column.REQUESTERS, Column.RESPONDENTS),
            cap=220, word_wrap=True,
            query=lambda paging: ctx.db_query(mediation_queries.list_cases, self.make_filter(**paging),
                                              today=ctx.clock.today()),
            counter=lambda: ctx.db_query(mediation_queries.count_cases, self.make_filter()))
        self.pager.reload_requested.connect(self._load_list)
        self.table, self.count_label = self.pager.table, self.pager.count_label
        self.table.activated.connect(self._on_table_activated)
        self.table.doubleClicked.connect(self._on_table_activated)
        layout.addWidget(self.pager, 1)
        self.detail_view = MediationCaseDetailView(ctx)
        self.detail_view.back_requested.connect(self.show_list)
        self.detail_view.changed.connect(self._on_case_changed)
        self.detail_view.intake_open_requested.connect(self.intake_open_requested)
        self.detail_view.case_open_requested.connect(self.case_open_requested)
        self.stack.addWidget(listing)
        self.stack.addWidget(self.detail_view)
        self.pool_page = MediatorPoolPage(ctx)
        self.addTab(self.stack, self.tr("调解案件"))
        self.addTab(self.pool_page, self.tr("调解员库"))
        self.currentChanged.connect(lambda i: i == 1 and self.pool_page.refresh())
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.refresh)
        self.search_edit.textEdited.connect(lambda _t: self.search_timer.start())
        for combo in (self.state_combo, self.kind_combo, self.mine_combo):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        QShortcut(QKeySequence("Alt+Left"), self.detail_view, activated=self.show_list)

    # ---- the section protocol
    def refresh(self) -> None:
        if self.stack.currentWidget() is self.detail_view:
            self.detail_view.reload()
        self._load_list()

    def _load_list(self) -> None:
        text = self.search_edit.text().strip()
        self.pager.empty_text = (self.tr("没有找到与“%1”相符的调解案件").replace("%1", text) if text
                                 else self.tr("没有符合条件的调解案件"))
        self.pager.load()

    def make_filter(self, **paging) -> MediationCaseFilter:
        state, mine = self.state_combo.currentData(), self.mine_combo.currentData()
        states = ()
        if state == "open":
            states = (MediationState.RECEIVED, MediationState.AWAITING_STATEMENT, MediationState.REGISTERED)
        elif state:
            states = (MediationState(state),)
        kind = self.kind_combo.currentData()
        return MediationCaseFilter(
            office_id=self._ctx.user.office_id, states=states, kinds=(MediationKind(kind),) if kind else (),
            officer_id=self._ctx.user_id if mine == "mine" else None,
            extension_pending=True if mine == "pending" else None, text=self.search_edit.text().strip(),
            **{k: v for k, v in {**self.pager.paging(), **paging}.items() if k != "sort"})   # one order: 收到日期

    # ---- opening and registering
    def _on_table_activated(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row is not None:
            self.open_case(row.id)

    def open_case(self, case_id: int) -> None:
        self.setCurrentIndex(0)
        self.stack.setCurrentWidget(self.detail_view)
        self.detail_view.show_case(case_id)

    def show_list(self) -> None:
        self.stack.setCurrentIndex(0)
        self.refresh()
        self.table.setFocus()

    def new_request(self) -> MediationRequestDialog | None:
        if not self._can_register:
            return None
        self.dialog = MediationRequestDialog(self._ctx, self)
        self.dialog.offer_draft(self, discard_declined=True)
        self.dialog.case_saved.connect(lambda ref: (self._on_case_changed(ref.id), self.open_case(ref.id)))
        self.dialog.open()
        return self.dialog

    def _on_case_changed(self, case_id: int) -> None:
        self.refresh()
        self.changed.emit(case_id)
