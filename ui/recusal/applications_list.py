"""回避 on the 合议组 tab: the case's recusal applications, who is stepping aside while one is pending (the
panel cannot act meanwhile), and the gestures — record an application, decide it (部门负责人), open the decision."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ipcase.domain.enums import REGISTERED_OPEN_STATES
from ipcase.dto.admin import UserInfo
from ipcase.dto.cases import CaseDetail
from ipcase.dto.recusal import CaseRecusals, RecusalInfo
from ipcase.queries.admin import users as user_queries
from ipcase.queries.recusal.applications import case_recusals
from ui.common import errors, labels
from ui.common.pdf_preview import PdfPreviewDialog
from ui.common.plain_table import fill_rows, read_only_table
from ui.documents import labels as doc_labels
from ui.documents.case_tab import both_files, record_output
from ui.recusal import labels as recusal_labels
from ui.recusal.application_dialog import RecusalDialog
from ui.recusal.decision_dialog import RecusalDecisionDialog
from ui.shell.context import AppContext

CTX = "RecusalBox"
HEADERS = (QT_TRANSLATE_NOOP("RecusalBox", "收到"), QT_TRANSLATE_NOOP("RecusalBox", "申请人"),
           QT_TRANSLATE_NOOP("RecusalBox", "被申请回避人员"),
           QT_TRANSLATE_NOOP("RecusalBox", "事由"), QT_TRANSLATE_NOOP("RecusalBox", "提出时间"),
           QT_TRANSLATE_NOOP("RecusalBox", "状态"),
           QT_TRANSLATE_NOOP("RecusalBox", "决定"))


class RecusalBox(QGroupBox):
    changed = Signal(int)   # case id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(self.tr("回避申请"), parent)
        self._ctx = ctx
        self._detail: CaseDetail | None = None
        self.data: CaseRecusals | None = None
        self._users: tuple[UserInfo, ...] = ()
        self.dialog = None
        layout = QVBoxLayout(self)
        self.aside_label = QLabel()
        self.aside_label.setObjectName("stepped_aside_label")
        self.aside_label.setWordWrap(True)
        self.aside_label.setStyleSheet("background: #fff3e0; color: #8d4a00; padding: 6px;")
        layout.addWidget(self.aside_label)
        self.table = read_only_table(CTX, HEADERS, "recusal_table")
        self.table.setWordWrap(True)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.apply_button = QPushButton(self.tr("登记回避申请(&H)…"))
        self.apply_button.setObjectName("apply_recusal_button")
        self.apply_button.clicked.connect(self.start_application)
        self.decide_button = QPushButton(self.tr("决定(&J)…"))
        self.decide_button.setObjectName("decide_recusal_button")
        self.decide_button.setToolTip(self.tr("回避由部门负责人决定"))
        self.decide_button.clicked.connect(self.start_decision)
        self.document_button = QPushButton(self.tr("查看决定书"))
        self.document_button.setObjectName("recusal_document_button")
        self.document_button.clicked.connect(self._on_document_button_clicked)
        for b in (self.apply_button, self.decide_button, self.document_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    # ---- loading
    def set_detail(self, d: CaseDetail) -> None:
        self._detail = d
        ctx = self._ctx
        if not self._users:
            ctx.runner.run_db(ctx.db(user_queries.list_users), on_success=self._on_users_loaded, owner=self)
        ctx.runner.run_db(ctx.db(case_recusals, d.id), on_success=self._on_loaded, owner=self)

    def _on_users_loaded(self, users) -> None:
        self._users = tuple(users)

    def _on_loaded(self, data: CaseRecusals) -> None:
        self.data = data
        away = [m for m in data.panel if m.stepped_aside]
        text = ""
        if away:
            text = self.tr("回避申请待决定：%1 暂停参与本案工作。").replace(
                "%1", "、".join(f"{recusal_labels.challenged_role(m.role)}{m.name}" for m in away))
            if data.panel_problems_now:
                text += self.tr("在此期间合议组不完整（%1），口审、合议等须由合议组进行的工作暂停。").replace(
                    "%1", "；".join(errors.panel_problem_text(c) for c in data.panel_problems_now))
        self.aside_label.setText(text)
        self.aside_label.setVisible(bool(text))
        rows = []
        for a in data.applications:
            if a.status != "pending":
                decision = f"{labels.fmt_date(a.decided_date)} {a.decided_by}"
                if a.replacement_name:
                    decision += self.tr("；更换为 %1").replace("%1", a.replacement_name)
                if a.document_number:
                    decision += f"；{a.document_number}"
            else:
                decision = self.tr("应于 %1 前决定").replace("%1", labels.fmt_date(a.decide_by))
            rows.append((labels.fmt_date(a.received_date) + (self.tr("（口头）") if a.oral else ""), a.applicant,
                         f"{recusal_labels.challenged_role(a.challenged_role)}{a.challenged_name}",
                         "；".join(recusal_labels.recusal_ground(g) for g in a.grounds), recusal_labels.timeliness(a.timeliness),
                         recusal_labels.recusal_status(a.status), decision))
        fill_rows(self.table, rows)
        self.table.resizeRowsToContents()
        self._update_buttons()

    def selected(self) -> RecusalInfo | None:
        row = self.table.currentRow()
        if self.data is None or not 0 <= row < len(self.data.applications):
            return None
        return self.data.applications[row]

    def _update_buttons(self) -> None:
        open_case = self.data is not None and self.data.state in REGISTERED_OPEN_STATES
        a = self.selected()
        self.apply_button.setEnabled(open_case and self._ctx.may("case.service"))
        self.decide_button.setEnabled(open_case and a is not None and a.status == "pending"
                                      and self._ctx.may("recusal.decide"))
        self.document_button.setEnabled(a is not None and a.document_id is not None)

    # ---- gestures
    def start_application(self, hearing_id: int | None = None) -> RecusalDialog | None:
        if self.data is None:
            return None
        self.dialog = RecusalDialog(self._ctx, self.data, self, hearing_id=hearing_id or None)
        self.dialog.saved.connect(self._on_saved)
        self.dialog.open()
        return self.dialog

    def start_decision(self) -> RecusalDecisionDialog | None:
        a = self.selected()
        if self.data is None or a is None:
            return None
        self.dialog = RecusalDecisionDialog(self._ctx, self.data, a, self._users, self)
        self.dialog.saved.connect(self._on_saved)
        self.dialog.open()
        return self.dialog

    def _on_saved(self, _info: RecusalInfo) -> None:
        if self._detail is not None:
            self.changed.emit(self._detail.id)

    def _on_document_button_clicked(self) -> None:
        a = self.selected()
        if a is None or a.document_id is None:
            return
        ctx = self._ctx
        ctx.runner.run_db(ctx.db(both_files, document_id=a.document_id), owner=self,
                          on_success=lambda files, doc=a.document_id: self._on_files(files, doc))

    def _on_files(self, files: tuple[str, bytes, bytes], document_id: int) -> None:
        name, pdf, docx = files
        self.dialog = PdfPreviewDialog(doc_labels.doc_type("recusal_decision"), pdf, docx, name, self)
        # printed, saved or opened from the preview: an audit entry (issue 13), as on the 文书 tab
        self.dialog.output_made.connect(lambda how, target: record_output(self._ctx, document_id, how, target))
        self.dialog.open()
