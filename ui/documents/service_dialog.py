"""登记送达: one service of an issued document on one addressee — method, dates, tracking number, refusal
note, the scanned signed 回证. Electronic service is offered only with the party's recorded consent and never
for rulings and mediation agreements; the core checks the same rules again."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from ipcase.domain.documents.types import BY_KEY, Addressee, service_refusal
from ipcase.domain.enums import ServiceMethod
from ipcase.domain.filenames import safe_name
from ipcase.dto.cases import CaseDetail
from ipcase.dto.documents import CaseDocuments, DocumentInfo, ServiceInput, ToServeRow
from ipcase.files import read_upload
from ipcase.services.documents import service as service_records
from ipcase.services.documents.issue import MAX_ATTACHMENT
from ui.common import labels
from ui.common.fields import date_edit
from ui.common.file_dialogs import open_file
from ui.common.form_dialog import FormDialog
from ui.common.submit import submit
from ui.documents.late_notice_check import check_late_notice
from ui.shell.context import AppContext


class ServiceDialog(FormDialog):
    saved = Signal(object)   # ServiceRecordInfo

    def __init__(self, ctx: AppContext, detail: CaseDetail, documents: CaseDocuments,
                 parent: QWidget | None = None, *, target: ToServeRow | None = None):
        super().__init__(parent, min_width=560)
        self._ctx, self._detail, self._docs = ctx, detail, documents
        self._proof_path: str | None = None   # read in the save's database task, never on the GUI thread
        self.setWindowTitle(self.tr("登记送达 — %1").replace("%1", detail.case_number or ""))
        form = self.form
        self.document_combo = QComboBox()
        self.document_combo.setObjectName("document_combo")
        for d in documents.documents:
            if BY_KEY.get(d.doc_type) and BY_KEY[d.doc_type].served and not d.corrected_by_number:
                self.document_combo.addItem(f"{d.title}　{d.number}", d.id)
        form.addRow(self.tr("文书(&D)："), self.document_combo)
        self.party_combo = QComboBox()
        self.party_combo.setObjectName("party_combo")
        form.addRow(self.tr("受送达人(&R)："), self.party_combo)
        self.addressee_edit = QLineEdit()
        form.addRow(self.tr("受送达单位："), self.addressee_edit)
        self.method_combo = QComboBox()
        self.method_combo.setObjectName("method_combo")
        form.addRow(self.tr("送达方式(&M)："), self.method_combo)
        self.method_note = QLabel()
        self.method_note.setWordWrap(True)
        self.method_note.setStyleSheet("color: #6d4c00;")
        form.addRow("", self.method_note)
        self.sent_edit = date_edit(ctx.clock.today())
        self.received_check = QCheckBox(self.tr("已签收"))
        self.received_check.setChecked(True)
        self.received_edit = date_edit(ctx.clock.today())
        row = QHBoxLayout()
        row.addWidget(self.received_check)
        row.addWidget(self.received_edit, 1)
        form.addRow(self.tr("发出日期(&S)："), self.sent_edit)
        form.addRow(self.tr("签收日期："), row)
        self.tracking_edit = QLineEdit()
        form.addRow(self.tr("邮件单号："), self.tracking_edit)
        self.refusal_edit = QLineEdit()
        self.refusal_edit.setPlaceholderText(self.tr("留置送达：拒收人、见证人、留置地点"))
        form.addRow(self.tr("拒收情况："), self.refusal_edit)
        self.note_edit = QLineEdit()
        form.addRow(self.tr("备注："), self.note_edit)
        proof_row = QHBoxLayout()
        self.proof_label = QLabel(self.tr("（未附）"))
        self.proof_button = QPushButton(self.tr("选择回证扫描件(&F)…"))
        self.proof_button.clicked.connect(self._on_proof_button_clicked)
        proof_row.addWidget(self.proof_label, 1)
        proof_row.addWidget(self.proof_button)
        form.addRow(self.tr("回证扫描件："), proof_row)
        for key, w in (("method", self.method_combo), ("party_id", self.party_combo), ("sent_date", self.sent_edit),
                       ("received_date", self.received_edit), ("refusal_note", self.refusal_edit),
                       ("addressee", self.addressee_edit), ("proof", self.proof_label)):
            self.field_errors.register(key, w)
        self.add_buttons(self._on_button_box_accepted)
        self.ok_button = self.button_box.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("登记(&O)"))
        self.document_combo.currentIndexChanged.connect(self._on_document_changed)
        self.party_combo.currentIndexChanged.connect(self._on_party_changed)
        self.method_combo.currentIndexChanged.connect(self._on_method_changed)
        self.received_check.toggled.connect(self.received_edit.setEnabled)
        if target is not None and (i := self.document_combo.findData(target.document_id)) >= 0:
            self.document_combo.setCurrentIndex(i)
        self._on_document_changed()
        if target is not None and target.party_id is not None:
            self.party_combo.setCurrentIndex(max(0, self.party_combo.findData(target.party_id)))

    def _document(self) -> DocumentInfo | None:
        return next((d for d in self._docs.documents if d.id == self.document_combo.currentData()), None)

    def _on_document_changed(self, *_args) -> None:
        d = self._document()
        self.party_combo.clear()
        dt = BY_KEY.get(d.doc_type) if d else None
        external = dt is not None and dt.addressee == Addressee.EXTERNAL
        if dt is not None and dt.addressee == Addressee.PARTIES:
            for p in self._detail.parties:
                self.party_combo.addItem(f"{labels.party_role(p.role)}：{p.name}", p.id)
        elif d is not None and d.party_id is not None:
            self.party_combo.addItem(d.addressee, d.party_id)
        self.addressee_edit.setText(d.addressee if d and external else "")
        self.form.setRowVisible(self.party_combo, not external)
        self.form.setRowVisible(self.addressee_edit, external)
        self._on_party_changed()

    def _on_party_changed(self, *_args) -> None:
        d = self._document()
        dt = BY_KEY.get(d.doc_type) if d else None
        consent = {c.party_id for c in self._docs.consents}
        current = self.method_combo.currentData()
        self.method_combo.clear()
        notes = []
        for m in ServiceMethod:
            code = service_refusal(dt, m, has_consent=self.party_combo.currentData() in consent) if dt else None
            if code is None:
                self.method_combo.addItem(labels.service_method(m), m.value)
            elif m == ServiceMethod.ELECTRONIC and code == "no_electronic_consent":
                notes.append(self.tr("电子送达须受送达人书面同意（在“送达”页登记同意）。"))
            elif m == ServiceMethod.ELECTRONIC:
                notes.append(self.tr("裁决书、调解协议书不得电子送达。"))
            elif m == ServiceMethod.LEFT:
                notes.append(self.tr("调解协议书不得留置送达。"))
        self.method_combo.setCurrentIndex(max(0, self.method_combo.findData(current)))
        self.method_note.setText("".join(notes))
        self.method_note.setVisible(bool(notes))
        self._on_method_changed()

    def _on_method_changed(self, *_args) -> None:
        method = self.method_combo.currentData()
        public = method == ServiceMethod.PUBLIC_NOTICE
        self.received_check.setVisible(not public)
        self.received_edit.setVisible(not public)
        if public:
            self.method_note.setText(self.tr("公告送达：发出日期填公告之日，期满视为送达，相关期限届时自动起算。"))
            self.method_note.show()
        self.received_check.setChecked(method != ServiceMethod.POST)

    def _on_proof_button_clicked(self) -> None:
        path = open_file(self, self.tr("选择回证扫描件"),
                         self.tr("扫描件 (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)"))
        if path:
            self.set_proof(path)

    def set_proof(self, path: str) -> None:
        """The chosen scan: only its name now; its size is checked and its bytes read when the record is saved."""
        self._proof_path = path
        self.proof_label.setText(safe_name(Path(path).name))

    def service_input(self) -> ServiceInput:
        method = self.method_combo.currentData() or ""
        received = self.received_edit.date().toPython() \
            if self.received_check.isChecked() and method != ServiceMethod.PUBLIC_NOTICE else None
        return ServiceInput(document_id=self.document_combo.currentData(), method=method,
                            party_id=self.party_combo.currentData() if self.party_combo.count() else None,
                            addressee=self.addressee_edit.text(), sent_date=self.sent_edit.date().toPython(),
                            received_date=received, tracking_no=self.tracking_edit.text(),
                            refusal_note=self.refusal_edit.text(), note=self.note_edit.text())

    def _on_button_box_accepted(self) -> None:
        self.field_errors.clear()
        if self.document_combo.currentData() is None:
            return
        ctx, data, path, now = self._ctx, self.service_input(), self._proof_path, self._ctx.clock.now()
        document = self._document()
        # A hearing notice served too late for its hearing: the warning first (service is received, else sent:
        # a notice whose receipt is not known yet arrives no earlier than it was sent).
        check_late_notice(self, ctx, case_id=self._detail.id, doc_type=document.doc_type if document else "",
                          day=data.received_date or data.sent_date, serving=True,
                          proceed=lambda: self._record(data, path, now))

    def _record(self, data: ServiceInput, path: str | None, now) -> None:
        ctx = self._ctx

        def task():
            # Off the GUI thread: a scan is stat-ed before it is read (too large: refused unread), and one moved
            # or deleted since it was chosen is named next to the field.
            proof = data
            if path is not None:
                name, content = read_upload(path, field="proof", limit=MAX_ATTACHMENT)
                proof = replace(data, proof_name=name, proof_data=content)
            return ctx.db(service_records.record_service, actor_id=ctx.user_id, data=proof, now=now)()

        submit(self, ctx.runner, task, field_errors=self.field_errors, lock=self.button_box,
               on_success=self._on_saved)

    def _on_saved(self, info) -> None:
        self.saved.emit(info)
        self.accept()
