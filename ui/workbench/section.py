"""工作台: my open deadlines across all cases (by due date, coloured by urgency) and the approvals waiting
for me (部门负责人 decides, 处(科)室负责人 reviews; others see what they submitted)."""
from __future__ import annotations

from html import escape

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ipcase.queries.cases import approvals as approval_queries
from ipcase.queries.cases import deadlines as deadline_queries
from ipcase.queries.publication import register as publication_queries
from ui.cases.approval_dialog import ApprovalDialog
from ui.cases.approval_model import ApprovalTableModel, content_text, review_state, review_text
from ui.cases.approval_model import Column as ApprovalColumn
from ui.common import deadline_model as dl
from ui.common import labels, messages, texts
from ui.common.paged_table import FIT_ROWS, widen_to_usual
from ui.common.table_utils import compact_rows
from ui.hearings.todays_list import TodaysHearingsBox
from ui.publication.decision_dialog import PublicationDecisionDialog
from ui.shell import window_state as ui_settings
from ui.shell.context import AppContext


class DashboardView(QWidget):
    case_open_requested = Signal(int)
    approvals_changed = Signal(int)  # how many are pending for me
    case_changed = Signal(int)       # an approval decided here changed this case
    intake_open_requested = Signal(int)  # an intake item's time limit (no case yet)
    mediation_case_open_requested = Signal(int)  # a stand-alone mediation case's time limit
    deadlines_shown = Signal(int)  # the deadlines are in the table (how many): tests and the stall watchdog

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        # Whoever reviews or decides approvals works through a queue of them; an officer follows his own.
        self._reviews_approvals = ctx.may("approval.review") or ctx.may("approval.decide")
        self._loaded = False
        self.publication_dialog: QWidget | None = None   # the last publication decided here (tests drive it)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("dashboard_splitter")
        layout.addWidget(splitter)

        # ---- my deadlines
        deadlines_box = QGroupBox(self.tr("我的期限"))
        splitter.addWidget(deadlines_box)
        box_layout = QVBoxLayout(deadlines_box)
        bar = QHBoxLayout()
        box_layout.addLayout(bar)
        self.count_label = QLabel()
        bar.addWidget(self.count_label)
        bar.addStretch(1)
        legend = QLabel(self.tr('<span style="background:#ffcdd2;color:#b71c1c">&nbsp;已逾期&nbsp;</span>&nbsp;'
                                '<span style="background:#ffe082;color:#5d4000">&nbsp;3 个工作日内到期&nbsp;</span>'
                                '&nbsp;&nbsp;（暂定）= 该年节假日尚未录入'))
        bar.addWidget(legend)
        self.everyone_check = QCheckBox(self.tr("显示所有人的期限(&E)"))
        self.everyone_check.setObjectName("everyone_check")
        self.everyone_check.setVisible(ctx.may("deadlines.everyone"))
        # Heads rarely sit on panels: their useful list is everyone's.
        self.everyone_check.setChecked(self._reviews_approvals)
        self.everyone_check.toggled.connect(self._on_everyone_check_toggled)
        bar.addWidget(self.everyone_check)

        self.deadline_model = dl.DeadlineTableModel(self)
        self.deadline_table = QTableView()
        self.deadline_table.setObjectName("deadline_table")
        self.deadline_table.setModel(self.deadline_model)
        self.deadline_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.deadline_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.deadline_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.deadline_table.setAlternatingRowColors(False)
        self.deadline_table.verticalHeader().hide()
        compact_rows(self.deadline_table)
        self.deadline_table.setWordWrap(False)
        for col in dl.Column:
            self.deadline_table.setColumnHidden(col, col not in dl.DASHBOARD_COLUMNS)
        header = self.deadline_table.horizontalHeader()
        # Column sizing measures the rows in view only: measured over every row (everyone's deadlines run to
        # thousands), laying out the CJK text of each cell stalled the GUI thread for seconds (issue 19).
        header.setResizeContentsPrecision(0)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.deadline_table.doubleClicked.connect(self._on_deadline_table_double_clicked)
        self.deadline_table.activated.connect(self._on_deadline_table_double_clicked)
        box_layout.addWidget(self.deadline_table)

        # ---- approvals
        reviewer = self._reviews_approvals
        title = self.tr("待我审批") if reviewer else self.tr("我提交的待审批事项")
        self.approvals_box = QGroupBox(title)
        self.approvals_box.setObjectName("approvals_box")
        splitter.addWidget(self.approvals_box)
        approvals_layout = QVBoxLayout(self.approvals_box)
        approvals_split = QSplitter(Qt.Orientation.Horizontal)
        approvals_split.setObjectName("approvals_splitter")
        approvals_layout.addWidget(approvals_split, 1)
        self.approval_model = ApprovalTableModel(self)
        self.approval_table = QTableView()
        self.approval_table.setObjectName("approval_table")
        self.approval_table.setModel(self.approval_model)
        self.approval_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.approval_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.approval_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.approval_table.verticalHeader().hide()
        compact_rows(self.approval_table)
        self.approval_table.setWordWrap(False)
        self.approval_table.horizontalHeader().setStretchLastSection(True)
        self.approval_table.horizontalHeader().setResizeContentsPrecision(0)   # as the deadlines: rows in view
        self.approval_table.doubleClicked.connect(self._on_approval_table_double_clicked)
        self.approval_table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._show_approval(self.approval_model.row_at(current.row())))
        approvals_split.addWidget(self.approval_table)
        # the whole content of the chosen item (a mediation agreement runs to pages): read here, not in a cell
        self.approval_detail = QTextBrowser()
        self.approval_detail.setObjectName("approval_detail")
        self.approval_detail.setPlaceholderText(self.tr("选择一项，在此查看全部内容"))
        approvals_split.addWidget(self.approval_detail)
        approvals_split.setStretchFactor(0, 3)
        approvals_split.setStretchFactor(1, 1)
        buttons = QHBoxLayout()
        approvals_layout.addLayout(buttons)
        self.decide_button = QPushButton(
            self.tr("审批(&A)…") if ctx.may("approval.decide") else self.tr("审核(&A)…"))
        self.decide_button.setObjectName("decide_button")
        self.decide_button.setVisible(reviewer)
        self.decide_button.clicked.connect(self._on_decide_button_clicked)
        self.open_case_button = QPushButton(self.tr("打开案件(&O)"))
        self.open_case_button.clicked.connect(self._on_open_case_button_clicked)
        buttons.addWidget(self.decide_button)
        buttons.addWidget(self.open_case_button)
        buttons.addStretch(1)
        # ---- today's hearings (the hearings feature)
        self.hearings_box = TodaysHearingsBox(ctx)
        self.hearings_box.case_open_requested.connect(self.case_open_requested)
        splitter.addWidget(self.hearings_box)
        # a head's day is her approvals; an officer's his deadlines
        splitter.setStretchFactor(0, 2 if reviewer else 3)
        splitter.setStretchFactor(1, 3 if reviewer else 1)
        splitter.setStretchFactor(2, 1)
        ui_settings.restore_header(self, "deadlines", self.deadline_table.horizontalHeader())

    # ---- loading
    def refresh(self) -> None:
        ctx = self._ctx
        today = ctx.clock.today()
        task, model = ctx.db(deadline_queries.my_deadlines, user_id=ctx.user_id, today=today,
                             everyone=self.everyone_check.isChecked()), self.deadline_model

        def read():   # the first screenful's shown values are worked out here, off the GUI thread (issue 19)
            rows = task()
            return rows, model.paint_values(rows[:FIT_ROWS])
        ctx.runner.run_db(read, on_success=lambda read: self._on_deadlines_loaded(*read), owner=self)
        ctx.runner.run_db(ctx.db(approval_queries.pending_approvals, viewer_id=ctx.user_id),
                          on_success=self._on_approvals_loaded, owner=self)
        self.hearings_box.refresh()

    def _on_deadlines_loaded(self, rows, values=None) -> None:
        if not self._loaded:
            # Column widths from the first screenful only: QTableView measured every row whatever the header's
            # precision (everyone's 2,000 deadlines at 220,000 cases: 64,000 data() calls, 0.4 s on the GUI thread).
            self.deadline_model.set_rows(rows[:FIT_ROWS], values=values)
            self.deadline_table.resizeColumnsToContents()
        self.deadline_model.set_rows(rows, values=values)
        overdue = sum(1 for d in rows if d.urgency == "overdue")
        soon = sum(1 for d in rows if d.urgency == "due_soon")
        self.count_label.setText(self.tr("共 %1 项，已逾期 %2 项，即将到期 %3 项")
                                 .replace("%1", str(len(rows))).replace("%2", str(overdue))
                                 .replace("%3", str(soon)))
        if not self._loaded:
            self._loaded = True
            ui_settings.restore_header(self, "deadlines", self.deadline_table.horizontalHeader())
            widen_to_usual(self.deadline_table)   # a state saved from a fit to 未立案 rows kept 案号 at its width
        self.deadlines_shown.emit(len(rows))

    def _on_approvals_loaded(self, rows) -> None:
        self.approval_model.set_rows(rows)
        self.approval_table.resizeColumnsToContents()
        for column, cap in ((ApprovalColumn.PARTIES, 260), (ApprovalColumn.REVIEW, 200)):
            self.approval_table.setColumnWidth(column, min(self.approval_table.columnWidth(column), cap))
        self._show_approval(None)
        if self._reviews_approvals:
            # what she has reviewed stays listed (greyed, last) but no longer counts as waiting for her
            waiting = sum(1 for a in rows if a.awaits_viewer)
            title = self.tr("待我审批 %1 项").replace("%1", str(waiting))
            if waiting < len(rows):
                title += self.tr("（另有 %1 项我已审核，待部门负责人审批）").replace("%1", str(len(rows) - waiting))
        else:
            waiting = len(rows)
            title = self.tr("我提交的待审批事项 %1 项").replace("%1", str(waiting))
        self.approvals_box.setTitle(title)
        self.approvals_changed.emit(waiting)

    def _show_approval(self, a) -> None:
        if a is None:
            self.approval_detail.clear()
            return
        lines = [(self.tr("审批事项"), texts.action(a.action)),
                 (self.tr("案号"), a.case_number or self.tr("未立案")), (self.tr("当事人"), a.parties),
                 (self.tr("专利号"), a.patent_number),
                 (self.tr("提请人"), f"{a.requested_by}　{labels.fmt_date(a.requested_at)}"),
                 (self.tr("审核状态"), review_state(a)), (self.tr("处(科)室审核意见"), review_text(a))]
        html = "".join(f"<b>{escape(k)}</b>：{escape(v)}<br>" for k, v in lines if v)
        content = content_text(a)
        html += f"<b>{escape(self.tr('内容'))}</b>：<br>" + escape(content).replace("\n", "<br>")
        self.approval_detail.setHtml(html)

    def save_state(self) -> None:
        ui_settings.save_header(self, "deadlines", self.deadline_table.horizontalHeader())

    # ---- slots
    def _on_everyone_check_toggled(self, _checked: bool) -> None:
        self.refresh()

    def _on_deadline_table_double_clicked(self, index: QModelIndex) -> None:
        d = self.deadline_model.row_at(index.row())
        if d is not None and d.mediation_case_id is not None:
            self.mediation_case_open_requested.emit(d.mediation_case_id)
        elif d is not None and d.intake_id is not None:
            self.intake_open_requested.emit(d.intake_id)
        elif d is not None:
            self.case_open_requested.emit(d.case_id)

    def _selected_approval(self):
        index = self.approval_table.currentIndex()
        return self.approval_model.row_at(index.row()) if index.isValid() else None

    def _on_approval_table_double_clicked(self, index: QModelIndex) -> None:
        if self._reviews_approvals:
            self._on_decide_button_clicked()
        else:
            self._on_open_case_button_clicked()

    def _on_decide_button_clicked(self) -> None:
        approval = self._selected_approval()
        if approval is None:
            return
        if approval.mediation_case_id is not None:   # decided on the mediation case (its 延长 decision)
            self.mediation_case_open_requested.emit(approval.mediation_case_id)
            return
        if approval.publication_id is not None:
            self._decide_publication(approval)
            return
        dialog = ApprovalDialog(self._ctx, approval, self)
        dialog.decided.connect(lambda _id: self._on_approval_decided(approval.case_id))
        dialog.open()

    def _decide_publication(self, approval) -> None:
        """A ruling's published version: the 部门负责人 decides it in the same dialog as on the case's 公开 tab
        (one service, decide_publication); a reviewer who may not approve publications opens the case."""
        ctx = self._ctx
        if not ctx.may("publication.approve"):
            self.case_open_requested.emit(approval.case_id)
            return

        def opened(found) -> None:
            row, text = found
            self.publication_dialog = dialog = PublicationDecisionDialog(ctx, row, text, self)
            dialog.saved.connect(lambda _ref: self._on_approval_decided(approval.case_id))
            dialog.open()
        ctx.runner.run_db(ctx.db(publication_queries.for_decision, publication_id=approval.publication_id),
                          on_success=opened, on_failure=lambda exc: messages.show_error(self, exc), owner=self)

    def _on_approval_decided(self, case_id: int) -> None:
        self.refresh()
        self.case_changed.emit(case_id)

    def _on_open_case_button_clicked(self) -> None:
        approval = self._selected_approval()
        if approval is not None and approval.mediation_case_id is not None:
            self.mediation_case_open_requested.emit(approval.mediation_case_id)
        elif approval is not None:
            self.case_open_requested.emit(approval.case_id)
