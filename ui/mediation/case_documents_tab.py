"""The 文书 tab of a mediation case: the documents issued (preview / print, Word-WPS, save) and the ones that
make sense now, each issued from a small form that starts from what the app can already say."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ipcase.domain.documents.types import Addressee, doc_type
from ipcase.dto.documents import DocumentDraft
from ipcase.dto.mediation import MediationCaseDetail
from ipcase.queries.mediation import cases as mediation_queries
from ipcase.services.audit import outputs
from ipcase.services.mediation import case_documents as doc_services
from ui.common import labels
from ui.common.file_dialogs import save_file
from ui.common.form_dialog import FormDialog
from ui.common.pdf_preview import PdfPreviewDialog, open_externally
from ui.common.plain_table import fill, text_table
from ui.common.submit import submit
from ui.documents import labels as doc_labels
from ui.documents.document_dialog import office_template_dir
from ui.shell.context import AppContext


class MediationDocumentDialog(FormDialog):
    """Fields of one document type (pre-filled), its addressee, preview, issue."""
    issued = Signal(object)   # MediationDocInfo

    def __init__(self, ctx: AppContext, detail: MediationCaseDetail, key: str, defaults: dict[str, str],
                 parent: QWidget | None = None):
        super().__init__(parent, min_width=560)
        self._ctx, self._detail, self.dt = ctx, detail, doc_type(key)
        self.preview_dialog: PdfPreviewDialog | None = None
        self.setWindowTitle(self.tr("制作%1 — %2").replace("%1", doc_labels.doc_type(key))
                            .replace("%2", detail.case_number or self.tr("未立案")))
        self.party_combo = QComboBox()
        role = {Addressee.REQUESTER: "requester", Addressee.RESPONDENT: "respondent"}.get(self.dt.addressee)
        for p in detail.parties:
            if p.role == role:
                self.party_combo.addItem(p.name, p.id)
        if role:
            self.add_row(self.tr("受送达人："), self.party_combo, "party_id")
        self.edits: dict[str, QLineEdit | QPlainTextEdit] = {}
        for f in self.dt.fields:
            text = defaults.get(f.source, "") if f.source else ""
            edit = QPlainTextEdit(text) if f.multiline else QLineEdit(text)
            if isinstance(edit, QPlainTextEdit):
                edit.setTabChangesFocus(True)
                edit.setFixedHeight(90)
            self.edits[f.name] = self.add_row(
                doc_labels.doc_field(f.name) + ("" if f.required else self.tr("（选填）")) + "：", edit, f"fields.{f.name}")
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.preview_button = box.addButton(self.tr("预览(&V)"), QDialogButtonBox.ButtonRole.ActionRole)
        self.issue_button = box.addButton(self.tr("签发(&I)"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.preview_button.clicked.connect(self.preview)
        self.add_buttons(self.issue, box)

    def draft(self) -> DocumentDraft:
        values = {k: (e.toPlainText() if isinstance(e, QPlainTextEdit) else e.text()).strip()
                  for k, e in self.edits.items()}
        return DocumentDraft(self.dt.key, values, party_id=self.party_combo.currentData())

    def preview(self) -> None:
        ctx = self._ctx
        self.field_errors.clear()
        submit(self, ctx.runner, ctx.db(doc_services.preview, case_id=self._detail.id, draft=self.draft(),
                                        now=ctx.clock.now(), office_dir=office_template_dir(ctx)),
               field_errors=self.field_errors, on_success=self._show_preview)

    def _show_preview(self, rendered) -> None:
        self.preview_dialog = PdfPreviewDialog(rendered.title, rendered.pdf, rendered.docx, rendered.title, self,
                                               note=self.tr("草稿：签发时编号。"))
        self.preview_dialog.open()

    def issue(self) -> None:
        ctx = self._ctx
        self.field_errors.clear()
        submit(self, ctx.runner, ctx.db(doc_services.issue, actor_id=ctx.user_id, case_id=self._detail.id,
                                        draft=self.draft(), now=ctx.clock.now(), office_dir=office_template_dir(ctx)),
               field_errors=self.field_errors, lock=self.button_box, on_success=self._on_issued)

    def _on_issued(self, info) -> None:
        self.issued.emit(info)
        self.accept()


class MediationDocumentsTab(QWidget):
    issued = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.detail: MediationCaseDetail | None = None
        self.dialog: MediationDocumentDialog | None = None
        self.preview_dialog: PdfPreviewDialog | None = None
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.type_combo = QComboBox()
        self.type_combo.setObjectName("mediation_doc_type_combo")
        self.make_button = QPushButton(self.tr("制作文书(&N)…"))
        self.make_button.clicked.connect(lambda: self.start(self.type_combo.currentData()))
        bar.addWidget(QLabel(self.tr("可制作：")))
        bar.addWidget(self.type_combo, 1)
        bar.addWidget(self.make_button)
        layout.addLayout(bar)
        self.table = text_table([self.tr("文书"), self.tr("文号"), self.tr("受送达人"), self.tr("签发时间"),
                             self.tr("签发人"), self.tr("页数")], "mediation_documents_table")
        self.table.doubleClicked.connect(lambda _i: self._with_files(self._show))
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        for text, slot in ((self.tr("预览/打印(&V)"), lambda: self._with_files(self._show)),
                           (self.tr("用 Word/WPS 打开(&W)"),
                            lambda: self._with_files(self._open_in_word)),
                           (self.tr("另存为(&S)…"), lambda: self._with_files(self._save))):
            button = QPushButton(text)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)

    def set_detail(self, d: MediationCaseDetail) -> None:
        self.detail = d
        self.type_combo.clear()
        for key in d.documents_offered:
            self.type_combo.addItem(doc_labels.doc_type(key), key)
        self.make_button.setEnabled(bool(d.documents_offered))
        fill(self.table, [[doc_labels.doc_type(x.doc_type), x.number, x.addressee, labels.fmt_date(x.issued_at),
                           x.issued_by, str(x.pages)] for x in d.documents])

    def start(self, key: str | None) -> None:
        if self.detail is None or not key:
            return
        ctx, detail = self._ctx, self.detail
        ctx.runner.run_db(ctx.db(doc_services.draft_defaults, case_id=detail.id),
                          on_success=lambda defaults: self._open(detail, key, defaults), owner=self)

    def _open(self, detail: MediationCaseDetail, key: str, defaults: dict) -> None:
        self.dialog = MediationDocumentDialog(self._ctx, detail, key, defaults, self)
        self.dialog.issued.connect(lambda _info: self.issued.emit())
        self.dialog.open()

    def _with_files(self, then) -> None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        if self.detail is None or not rows:
            return
        doc = self.detail.documents[min(rows)]
        ctx = self._ctx
        ctx.runner.run_db(ctx.db(mediation_queries.document_file, document_id=doc.id),
                          on_success=lambda files, doc_id=doc.id: then(doc_id, *files), owner=self)

    def _record(self, document_id: int, how: str, target: str) -> None:
        """Printed, saved or opened outside: an audit entry (issue 13), written on the database lane."""
        ctx = self._ctx
        ctx.runner.run_db(ctx.db(outputs.record_mediation_output, actor_id=ctx.user_id, document_id=document_id,
                                 how=how, target=target, now=ctx.clock.now()), on_failure=lambda exc: None)

    def _show(self, document_id: int, stem: str, pdf: bytes, docx: bytes) -> None:
        self.preview_dialog = PdfPreviewDialog(stem, pdf, docx, stem, self, note=self.tr("已签发的文书不能修改。"))
        self.preview_dialog.output_made.connect(lambda how, target: self._record(document_id, how, target))
        self.preview_dialog.open()

    def _open_in_word(self, document_id: int, stem: str, pdf: bytes, docx: bytes) -> None:
        self._record(document_id, "open", str(open_externally(docx, f"{stem}.docx")))

    def _save(self, document_id: int, stem: str, pdf: bytes, docx: bytes) -> None:
        path = save_file(self, self.tr("另存为"), f"{stem}.pdf", self.tr("PDF (*.pdf);;Word (*.docx)"))
        if path:
            Path(path).write_bytes(docx if path.lower().endswith(".docx") else pdf)
            self._record(document_id, "save", path)
