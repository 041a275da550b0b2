"""The 送达 tab of a case: periods waiting for service, documents still to serve, every service record;
record a service, a mailed document's receipt, the scanned signed 回证, a party's consent to electronic
service."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ipcase.dto.cases import CaseDetail
from ipcase.dto.documents import CaseDocuments, ToServeRow
from ipcase.files import read_upload
from ipcase.queries.documents import register as doc_queries
from ipcase.services.documents import service as service_records
from ipcase.services.documents.issue import MAX_ATTACHMENT
from ui.common import labels, messages, texts
from ui.common.fields import date_edit
from ui.common.file_dialogs import open_file
from ui.common.plain_table import fill, text_table
from ui.documents.service_dialog import ServiceDialog
from ui.shell.context import AppContext


class ServiceTab(QWidget):
    changed = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.detail: CaseDetail | None = None
        self.data: CaseDocuments | None = None
        self.to_serve: tuple[ToServeRow, ...] = ()
        self.dialog: QDialog | None = None
        layout = QVBoxLayout(self)
        buttons = QHBoxLayout()
        layout.addLayout(buttons)
        self.serve_button = QPushButton(self.tr("登记送达(&S)…"))
        self.serve_button.setObjectName("serve_button")
        self.receipt_button = QPushButton(self.tr("登记签收(&R)…"))
        self.proof_button = QPushButton(self.tr("附回证扫描件(&F)…"))
        self.consent_button = QPushButton(self.tr("电子送达同意(&E)…"))
        for b in (self.serve_button, self.receipt_button, self.proof_button, self.consent_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.waiting_label = QLabel()
        self.waiting_label.setObjectName("waiting_label")
        self.waiting_label.setWordWrap(True)
        self.waiting_label.setStyleSheet("background: #fff3e0; color: #8d4a00; padding: 6px;")
        layout.addWidget(self.waiting_label)
        splitter = QSplitter(Qt.Orientation.Vertical)
        layout.addWidget(splitter, 1)
        self.pending_table = text_table([self.tr("待送达文书"), self.tr("文号"), self.tr("受送达人"), self.tr("签发时间"),
                                     self.tr("公告期满视为送达")], "pending_table")
        self.pending_table.doubleClicked.connect(lambda _i: self.serve())
        splitter.addWidget(self.pending_table)
        self.records_table = text_table([self.tr("文书"), self.tr("文号"), self.tr("受送达人"), self.tr("方式"),
                                     self.tr("发出"), self.tr("签收/视为送达"), self.tr("单号"), self.tr("回证"),
                                     self.tr("登记人")], "service_table")
        splitter.addWidget(self.records_table)
        self.serve_button.clicked.connect(lambda: self.serve())
        self.receipt_button.clicked.connect(self._on_receipt_button_clicked)
        self.proof_button.clicked.connect(self._on_proof_button_clicked)
        self.consent_button.clicked.connect(self._on_consent_button_clicked)

    def set_documents(self, detail: CaseDetail, data: CaseDocuments) -> None:
        self.detail, self.data = detail, data
        if data.waiting:
            lines = [self.tr("等待送达：%1（%2）— %3送达后自动起算").replace("%1", w.party_name)
                     .replace("%2", w.document_title).replace("%3", "、".join(texts.deadline_code(c) for c in w.periods))
                     for w in data.waiting]
            self.waiting_label.setText("\n".join(lines))
        self.waiting_label.setVisible(bool(data.waiting))
        fill(self.records_table, [[r.document_title, r.document_number, r.addressee, labels.service_method(r.method),
                                   labels.fmt_date(r.sent_date),
                                   labels.fmt_date(r.received_date) or (self.tr("%1（视为）").replace(
                                       "%1", labels.fmt_date(r.deemed_date)) if r.deemed_date else self.tr("未签收")),
                                   r.tracking_no, r.proof_name or "—", r.recorded_by] for r in data.services])
        ctx = self._ctx
        ctx.runner.run_db(ctx.db(doc_queries.to_serve, office_id=ctx.user.office_id, case_id=detail.id),
                          on_success=self._on_to_serve_loaded, owner=self)

    def _on_to_serve_loaded(self, rows) -> None:
        self.to_serve = rows
        fill(self.pending_table, [[r.title, r.number, r.addressee, labels.fmt_date(r.issued_at),
                                   labels.fmt_date(r.pending_deemed)] for r in rows])

    def _selected(self, table, rows):
        picked = {i.row() for i in table.selectedIndexes()}
        return rows[min(picked)] if picked and rows else None

    def serve(self) -> ServiceDialog | None:
        if self.detail is None or self.data is None:
            return None
        target = self._selected(self.pending_table, self.to_serve)
        self.dialog = ServiceDialog(self._ctx, self.detail, self.data, self, target=target)
        self.dialog.saved.connect(lambda _info: self.changed.emit(self.detail.id))
        self.dialog.open()
        return self.dialog

    def _selected_record(self):
        return self._selected(self.records_table, self.data.services if self.data else ())

    def _on_receipt_button_clicked(self) -> None:
        record = self._selected_record()
        if record is None or record.received_date is not None:
            messages.info(self, self.tr("登记签收"), self.tr("请先在下表选择一条尚未签收的送达记录。"))
            return
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("登记签收"))
        form = QFormLayout(dialog)
        received = date_edit(self._ctx.clock.today())
        tracking = QLineEdit(record.tracking_no)
        form.addRow(self.tr("签收日期："), received)
        form.addRow(self.tr("邮件单号："), tracking)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(dialog.accept)
        box.rejected.connect(dialog.reject)
        form.addRow(box)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.record_receipt(record.id, received.date().toPython(), tracking.text())

    def record_receipt(self, service_id: int, day, tracking: str = "") -> None:
        ctx = self._ctx
        ctx.runner.run_db(ctx.db(service_records.record_receipt, actor_id=ctx.user_id, service_id=service_id,
                                 received_date=day, tracking_no=tracking, now=ctx.clock.now()),
                          on_success=lambda _r: self.changed.emit(self.detail.id),
                          on_failure=lambda exc: messages.show_error(self, exc), owner=self)

    def _on_proof_button_clicked(self) -> None:
        record = self._selected_record()
        if record is None:
            messages.info(self, self.tr("回证扫描件"), self.tr("请先在下表选择一条送达记录。"))
            return
        path = open_file(self, self.tr("选择回证扫描件"),
                         self.tr("扫描件 (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)"))
        if path:
            ctx, service_id = self._ctx, record.id

            def task():
                name, data = read_upload(path, field="proof", limit=MAX_ATTACHMENT)
                return ctx.db(service_records.attach_proof, actor_id=ctx.user_id, service_id=service_id,
                              name=name, data=data)()

            ctx.runner.run_db(task,
                              on_success=lambda _r: self.changed.emit(self.detail.id),
                              on_failure=lambda exc: messages.show_error(self, exc), owner=self)

    def _on_consent_button_clicked(self) -> None:
        if self.detail is None:
            return
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("电子送达同意"))
        form = QFormLayout(dialog)
        party = QComboBox()
        for p in self.detail.parties:
            party.addItem(f"{labels.party_role(p.role)}：{p.name}", p.id)
        day = date_edit(self._ctx.clock.today())
        address = QLineEdit()
        address.setPlaceholderText(self.tr("电子邮箱或送达平台账号；留空表示撤回同意"))
        form.addRow(self.tr("当事人："), party)
        form.addRow(self.tr("书面同意日期："), day)
        form.addRow(self.tr("电子送达地址："), address)
        form.addRow(QLabel(self.tr("依《专利纠纷行政裁决和调解办法》，电子送达须经受送达人书面同意；"
                                   "裁决书、调解协议书不适用电子送达。")))
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(dialog.accept)
        box.rejected.connect(dialog.reject)
        form.addRow(box)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            ctx = self._ctx
            ctx.runner.run_db(ctx.db(service_records.set_consent, actor_id=ctx.user_id, party_id=party.currentData(),
                                     consented_on=day.date().toPython(), address=address.text(), now=ctx.clock.now()),
                              on_success=lambda _r: self.changed.emit(self.detail.id),
                              on_failure=lambda exc: messages.show_error(self, exc), owner=self)
