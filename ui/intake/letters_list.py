"""The 文书 tab of an intake item: its issued letters (转交函), with the same preview / print / open in
Word-WPS dialog as a case's documents, and saving the PDF or DOCX to a chosen file."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ipcase.dto.documents import DocumentInfo
from ipcase.queries.intake.letters import item_letters
from ui.common import labels
from ui.common.file_dialogs import save_file
from ui.common.pdf_preview import PdfPreviewDialog, open_externally
from ui.common.plain_table import fill, text_table
from ui.documents import labels as doc_labels
from ui.documents.case_tab import both_files, record_output
from ui.shell.context import AppContext


class IntakeLettersBox(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._item_id: int | None = None
        self.letters: tuple[DocumentInfo, ...] = ()
        self.preview_dialog: PdfPreviewDialog | None = None
        layout = QVBoxLayout(self)
        self.table = text_table([self.tr("文书"), self.tr("文号"), self.tr("接收机关"), self.tr("签发时间"),
                             self.tr("签发人"), self.tr("页数")], "intake_letters_table")
        self.table.doubleClicked.connect(lambda _i: self.preview_selected())
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.preview_button = QPushButton(self.tr("预览/打印(&V)"))
        self.word_button = QPushButton(self.tr("用 Word/WPS 打开(&W)"))
        self.save_button = QPushButton(self.tr("另存为(&S)…"))
        for b in (self.preview_button, self.word_button, self.save_button):
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        self.preview_button.clicked.connect(self.preview_selected)
        self.word_button.clicked.connect(lambda: self._with_files(self._open_in_word))
        self.save_button.clicked.connect(lambda: self._with_files(self._save))

    def show_item(self, item_id: int) -> None:
        self._item_id = item_id
        ctx = self._ctx
        ctx.runner.run_db(ctx.db(item_letters, item_id), on_success=self._on_loaded, owner=self)

    def _on_loaded(self, letters: tuple[DocumentInfo, ...]) -> None:
        self.letters = letters
        fill(self.table, [[doc_labels.doc_type(d.doc_type), d.number, d.addressee, labels.fmt_date(d.issued_at),
                           d.issued_by, str(d.pages)] for d in letters])
        if letters:
            self.table.selectRow(0)
        for b in (self.preview_button, self.word_button, self.save_button):
            b.setEnabled(bool(letters))

    def selected(self) -> DocumentInfo | None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        return self.letters[min(rows)] if rows and self.letters else None

    def _with_files(self, then) -> None:
        d = self.selected()
        if d is None:
            return
        ctx = self._ctx
        ctx.runner.run_db(ctx.db(both_files, document_id=d.id), owner=self,
                          on_success=lambda files, d=d: then(d, *files))

    def preview_selected(self) -> None:
        self._with_files(self._show)

    def _show(self, d: DocumentInfo, stem: str, pdf: bytes, docx: bytes) -> None:
        self.preview_dialog = PdfPreviewDialog(f"{d.title} {d.number}", pdf, docx, stem, self,
                                               note=self.tr("已签发的文书不能修改。"))
        # printed, saved or opened from the preview: an audit entry (issue 13), as on the 文书 tab
        self.preview_dialog.output_made.connect(lambda how, target, d=d: record_output(self._ctx, d.id, how, target))
        self.preview_dialog.open()

    def _open_in_word(self, d: DocumentInfo, stem: str, pdf: bytes, docx: bytes) -> None:
        opened = open_externally(docx, f"{stem}.docx")
        record_output(self._ctx, d.id, "open", str(opened))

    def _save(self, d: DocumentInfo, stem: str, pdf: bytes, docx: bytes) -> None:
        path = save_file(self, self.tr("另存为"), f"{stem}.pdf", self.tr("PDF (*.pdf);;Word (*.docx)"))
        if path:
            Path(path).write_bytes(docx if path.lower().endswith(".docx") else pdf)
            record_output(self._ctx, d.id, "save", path)
