"""案件 › 公开: the published versions of the case's ruling (M25 art 83) and its 典型案例 mark.

编辑公开版本 opens the redaction editor on the issued ruling (a correction once a version is published);
审批 is the 部门负责人's; 查看 shows a published version's PDF as published (打印, 另存为 PDF/DOCX)."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ipcase.domain.enums import CaseState
from ipcase.domain.publication.rules import PUBLISHABLE_STATES, PublicationStatus
from ipcase.dto.cases import CaseDetail
from ipcase.dto.publication import ConfidentialityRow, PublicationRow
from ipcase.queries.publication.confidentiality import confidentiality_requests
from ipcase.queries.publication.editor import redaction_draft
from ipcase.queries.publication.register import for_decision, published_files, published_register
from ipcase.queries.publication.typical import typical_cases
from ipcase.services.publication import confidentiality
from ui.common import labels, messages
from ui.common.i18n import tr_ctx
from ui.common.pdf_preview import PdfPreviewDialog
from ui.common.plain_table import fill, fill_rows, text_table
from ui.publication.change_dialog import RulingChangeDialog
from ui.publication.confidentiality_dialog import ConfidentialityDialog
from ui.publication.decision_dialog import PublicationDecisionDialog
from ui.publication.labels import STATUS
from ui.publication.redaction_dialog import RedactionDialog
from ui.publication.typical_dialog import TypicalCaseDialog
from ui.shell.context import AppContext

_CLOSED = {CaseState.CLOSED_RULING_INFRINGEMENT, CaseState.CLOSED_RULING_REJECTED, CaseState.CLOSED_MEDIATED,
           CaseState.CLOSED_REVOKED, CaseState.ARCHIVED}


class PublicationTab(QWidget):
    changed = Signal(int)   # case id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._detail: CaseDetail | None = None
        self._rows: tuple[PublicationRow, ...] = ()
        self._typical = None
        self.dialog: QWidget | None = None   # the dialog opened last (tests drive it)
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("裁决书应自作出之日起20个工作日内公开（M25 第八十三条），隐去个人隐私、商业秘密和当事人"
                              "申请不予公开的内容；公开须经部门负责人批准，已公开的版本不能修改，更正时制作新版本。"))
        note.setWordWrap(True)
        layout.addWidget(note)
        bar = QHBoxLayout()
        self.edit_button = QPushButton(self.tr("编辑公开版本(&E)…"))
        self.edit_button.setObjectName("edit_publication_button")
        self.decide_button = QPushButton(self.tr("审批(&D)…"))
        self.decide_button.setObjectName("decide_publication_button")
        self.view_button = QPushButton(self.tr("查看/打印(&V)"))
        self.view_button.setObjectName("view_publication_button")
        self.typical_button = QPushButton(self.tr("典型案例(&T)…"))
        self.typical_button.setObjectName("typical_case_button")
        self.change_button = QPushButton(self.tr("登记变更/撤销(&C)…"))
        self.change_button.setObjectName("ruling_change_button")
        self.change_button.setToolTip(self.tr("裁决因行政诉讼被变更或撤销：其公开期限自变更或撤销之日起计算"))
        for b in (self.edit_button, self.decide_button, self.view_button, self.typical_button, self.change_button):
            bar.addWidget(b)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.table = text_table([self.tr("版本"), self.tr("状态"), self.tr("隐去项"), self.tr("报请人"),
                                 self.tr("批准人"), self.tr("公开日期"), self.tr("公开网址或地点"), self.tr("替代")],
                                "publications_table")
        layout.addWidget(self.table, 1)
        self.typical_label = QLabel()
        self.typical_label.setWordWrap(True)
        layout.addWidget(self.typical_label)
        # what the parties asked to keep confidential: proposed ticked by the redaction editor
        asked_bar = QHBoxLayout()
        asked_bar.addWidget(QLabel(self.tr("当事人申请不予公开的内容：")))
        asked_bar.addStretch(1)
        self.confidential_button = QPushButton(self.tr("登记申请(&S)…"))
        self.confidential_button.setObjectName("confidentiality_button")
        self.remove_confidential_button = QPushButton(self.tr("删除申请"))
        self.remove_confidential_button.setObjectName("remove_confidentiality_button")
        asked_bar.addWidget(self.confidential_button)
        asked_bar.addWidget(self.remove_confidential_button)
        layout.addLayout(asked_bar)
        self.confidential_table = text_table([self.tr("申请日期"), self.tr("申请人"), self.tr("不予公开的内容"),
                                              self.tr("金额"), self.tr("登记人"), self.tr("理由或备注")],
                                             "confidentiality_table")
        self.confidential_table.setMaximumHeight(140)
        layout.addWidget(self.confidential_table)
        self.confidential_button.clicked.connect(self._on_confidential_button_clicked)
        self.remove_confidential_button.clicked.connect(self._on_remove_confidential_button_clicked)
        self.confidential_table.itemSelectionChanged.connect(self._enable)
        self._requests: tuple[ConfidentialityRow, ...] = ()
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.decide_button.clicked.connect(self._on_decide_button_clicked)
        self.view_button.clicked.connect(self._on_view_button_clicked)
        self.typical_button.clicked.connect(self._on_typical_button_clicked)
        self.change_button.clicked.connect(self._on_change_button_clicked)
        self.table.itemSelectionChanged.connect(self._enable)
        self._enable()

    def set_detail(self, d: CaseDetail) -> None:
        self._detail = d
        self._load()

    def _load(self) -> None:
        d = self._detail
        if d is None:
            return
        ctx = self._ctx

        def loaded(result) -> None:
            self._rows, typical, self._requests = result
            fill(self.confidential_table, [
                [r.requested_on.isoformat(), r.party_name, "；".join(r.items), "；".join(r.amounts), r.recorded_by,
                 r.note] for r in self._requests])
            self._typical = typical[0] if typical else None
            fill_rows(self.table, [(r.version, tr_ctx("labels", STATUS.get(r.status, r.status)), r.masks,
                                    r.requested_by, r.decided_by, r.published_on, r.place,
                                    r.replaces_version or "") for r in self._rows])
            self.typical_label.setText(
                self.tr("典型案例（%1年度）：%2").replace("%1", str(self._typical.year)).replace("%2", self._typical.title)
                if self._typical else self.tr("本案未标记为典型案例。"))
            self._enable()

        def both(uow):
            return (published_register(uow, case_id=d.id), typical_cases(uow, case_id=d.id),
                    confidentiality_requests(uow, case_id=d.id))
        ctx.runner.run_db(ctx.db(both), on_success=loaded, owner=self)

    def _selected(self) -> PublicationRow | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self._rows[rows[0].row()] if rows and rows[0].row() < len(self._rows) else None

    def _enable(self) -> None:
        d, ctx = self._detail, self._ctx
        ruled = d is not None and d.state in PUBLISHABLE_STATES
        pending = any(r.status == PublicationStatus.PENDING for r in self._rows)
        self.edit_button.setEnabled(ruled and not pending and ctx.may("publication.file"))
        self.decide_button.setEnabled(pending and ctx.may("publication.approve"))
        sel = self._selected()
        self.view_button.setEnabled(sel is not None and sel.status == PublicationStatus.PUBLISHED)
        self.typical_button.setEnabled(d is not None and d.state in _CLOSED and ctx.may("typical.mark"))
        self.change_button.setEnabled(ruled and ctx.may("publication.file"))
        # a party may ask during the proceedings: recorded whenever the case is open to the officer
        self.confidential_button.setEnabled(d is not None and ctx.may("publication.file"))
        self.remove_confidential_button.setEnabled(self._selected_request() is not None
                                                   and ctx.may("publication.file"))

    def _selected_request(self) -> ConfidentialityRow | None:
        rows = self.confidential_table.selectionModel().selectedRows()
        return self._requests[rows[0].row()] if rows and rows[0].row() < len(self._requests) else None

    # ---- gestures
    def _on_edit_button_clicked(self) -> None:
        d, ctx = self._detail, self._ctx

        def opened(draft) -> None:
            self.dialog = dialog = RedactionDialog(ctx, draft, self)
            dialog.saved.connect(lambda _ref: self._saved())
            dialog.open()
        ctx.runner.run_db(ctx.db(redaction_draft, case_id=d.id), on_success=opened,
                          on_failure=lambda exc: messages.show_error(self, exc), owner=self)

    def _on_decide_button_clicked(self) -> None:
        row = next((r for r in self._rows if r.status == PublicationStatus.PENDING), None)
        if row is None:
            return
        ctx = self._ctx

        def opened(found) -> None:
            current, text = found
            self.dialog = dialog = PublicationDecisionDialog(ctx, current, text, self)
            dialog.saved.connect(lambda _ref: self._saved())
            dialog.open()
        ctx.runner.run_db(ctx.db(for_decision, publication_id=row.id), on_success=opened,
                          on_failure=lambda exc: messages.show_error(self, exc), owner=self)

    def _on_view_button_clicked(self) -> None:
        row = self._selected()
        if row is None:
            return
        ctx = self._ctx

        def opened(files) -> None:
            self.dialog = PdfPreviewDialog(row.title, files.pdf, files.docx, file_stem=files.file_name, parent=self,
                                           note=self.tr("公开版第%1版").replace("%1", str(row.version)))
            self.dialog.open()
        ctx.runner.run_db(ctx.db(published_files, publication_id=row.id), on_success=opened,
                          on_failure=lambda exc: messages.show_error(self, exc), owner=self)

    def _on_typical_button_clicked(self) -> None:
        d = self._detail
        self.dialog = dialog = TypicalCaseDialog(self._ctx, d.id, d.case_number or "", self._ctx.clock.today().year,
                                                 self._typical, self)
        dialog.saved.connect(lambda _id: self._saved())
        dialog.open()

    def _on_change_button_clicked(self) -> None:
        d = self._detail
        self.dialog = dialog = RulingChangeDialog(self._ctx, d.id, d.case_number or "", self)
        dialog.saved.connect(lambda _id: self._saved())
        dialog.open()

    def _on_confidential_button_clicked(self) -> None:
        d = self._detail
        parties = [(p.id, f"{labels.party_role(p.role)}　{p.name}") for p in d.parties]
        self.dialog = dialog = ConfidentialityDialog(self._ctx, d.id, d.case_number or "", parties, self)
        dialog.saved.connect(lambda _id: self._saved())
        dialog.open()

    def _on_remove_confidential_button_clicked(self) -> None:
        request, ctx = self._selected_request(), self._ctx
        if request is None or not messages.confirm(
                self, self.tr("删除申请"), self.tr("删除%1于%2提出的不予公开申请吗？已报请的公开版本不受影响。")
                .replace("%1", request.party_name).replace("%2", request.requested_on.isoformat())):
            return
        ctx.runner.run_db(ctx.db(confidentiality.remove_confidentiality_request, actor_id=ctx.user_id,
                                 request_id=request.id, now=ctx.clock.now()),
                          on_success=lambda _r: self._saved(),
                          on_failure=lambda exc: messages.show_error(self, exc), owner=self)

    def _saved(self) -> None:
        if self._detail is not None:
            self.changed.emit(self._detail.id)
