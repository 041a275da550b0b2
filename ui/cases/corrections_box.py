"""Under the 当事人 tab: the 更正 of parties after 立案 — the officer's button to file one, the list of those filed
(pending first in time order, with before → after), and the 部门负责人's button to decide the selected one."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ipcase.domain.enums import PRE_REGISTRATION_STATES, ApprovalStatus
from ipcase.dto.cases import CaseDetail
from ipcase.dto.corrections import PartyCorrectionInfo
from ipcase.queries.cases.corrections import party_corrections
from ui.cases.correction_dialog import CorrectionDecisionDialog, PartyCorrectionDialog, correction_lines
from ui.common import labels, messages
from ui.shell.context import AppContext


class CorrectionsBox(QWidget):
    saved = Signal()   # filed or decided: the case detail reloads

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._detail: CaseDetail | None = None
        self._items: list[PartyCorrectionInfo] = []
        self.setObjectName("corrections_box")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        bar = QHBoxLayout()
        title = QLabel(self.tr("当事人信息更正（立案后，须经部门负责人批准）"))
        title.setStyleSheet("font-weight: bold;")
        bar.addWidget(title)
        bar.addStretch(1)
        self.file_button = QPushButton(self.tr("更正当事人信息(&U)…"))
        self.file_button.setObjectName("file_correction_button")
        self.file_button.clicked.connect(self._on_file_button_clicked)
        self.decide_button = QPushButton(self.tr("审批更正(&D)…"))
        self.decide_button.setObjectName("decide_correction_button")
        self.decide_button.clicked.connect(self._on_decide_button_clicked)
        bar.addWidget(self.file_button)
        bar.addWidget(self.decide_button)
        layout.addLayout(bar)
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("corrections_table")
        self.table.setHorizontalHeaderLabels([self.tr("当事人"), self.tr("更正内容"), self.tr("理由"), self.tr("状态"),
                                              self.tr("报请人"), self.tr("审批")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table)
        self.decide_button.setVisible(ctx.may("approval.decide"))
        self.file_button.setVisible(ctx.may("approval.file"))
        self._update_buttons()

    def set_detail(self, d: CaseDetail) -> None:
        self._detail = d
        ctx = self._ctx
        ctx.runner.run_db(ctx.db(party_corrections, case_id=d.id, viewer_id=ctx.user_id),
                          on_success=self.set_items, on_failure=lambda exc: messages.show_error(self, exc),
                          owner=self)

    def set_items(self, items) -> None:
        self._items = list(items)
        self.table.setRowCount(len(self._items))
        for r, c in enumerate(self._items):
            decision = ""
            if c.decided_by:
                decision = f"{c.decided_by} {labels.fmt_date(c.decided_at)}" + (f"：{c.opinion}" if c.opinion else "")
            values = (c.party_name, correction_lines(c.before, c.after), c.reason, labels.approval_status(c.status),
                      f"{c.requested_by} {labels.fmt_date(c.requested_at)}", decision)
            for col, value in enumerate(values):
                self.table.setItem(r, col, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        self._update_buttons()

    def selected(self) -> PartyCorrectionInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self._items[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        d = self._detail
        self.file_button.setEnabled(d is not None and d.case_number is not None
                                    and d.state not in PRE_REGISTRATION_STATES)
        item = self.selected()
        self.decide_button.setEnabled(item is not None and item.status == ApprovalStatus.PENDING)

    def _on_file_button_clicked(self) -> PartyCorrectionDialog | None:
        if self._detail is None:
            return None
        dialog = PartyCorrectionDialog(self._ctx, self._detail, self)
        dialog.saved.connect(lambda _ref: self.saved.emit())
        dialog.open()
        return dialog

    def _on_decide_button_clicked(self) -> CorrectionDecisionDialog | None:
        item = self.selected()
        if item is None:
            return None
        dialog = CorrectionDecisionDialog(self._ctx, item, self)
        dialog.saved.connect(lambda _ref: self.saved.emit())
        dialog.open()
        return dialog
