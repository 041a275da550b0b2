"""The 文书 tab of a case: issued documents (preview, print, open in Word/WPS, correct), new documents,
the proofs of service in one batch, attachments, and the bound case file (案卷)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ipcase.documents.casefile import bind_case_file
from ipcase.dto.cases import CaseDetail
from ipcase.dto.documents import BatchResult, CaseDocuments, DocumentInfo
from ipcase.files import read_upload
from ipcase.queries.documents import register as doc_queries
from ipcase.services.audit import outputs
from ipcase.services.documents import issue as doc_services
from ui.common import labels, messages
from ui.common.file_dialogs import open_file
from ui.common.pdf_preview import PdfPreviewDialog, open_externally
from ui.common.plain_table import fill, text_table
from ui.documents.document_dialog import DocumentDialog, office_template_dir
from ui.shell.context import AppContext


def both_files(uow, *, document_id: int) -> tuple[str, bytes, bytes]:
    name, pdf = doc_queries.document_file(uow, document_id=document_id, kind="pdf")
    _name, docx = doc_queries.document_file(uow, document_id=document_id, kind="docx")
    return name.removesuffix(".pdf"), pdf, docx


def record_output(ctx: AppContext, document_id: int, how: str, target: str) -> None:
    """An issued document printed, saved or opened outside: the audit trail records it (in the background)."""
    ctx.runner.run_db(ctx.db(outputs.record_output, actor_id=ctx.user.id, document_id=document_id, how=how,
                             target=target, now=ctx.clock.now()), on_failure=lambda exc: None)


class DocumentsTab(QWidget):
    changed = Signal(int)            # case id: something was issued or attached
    documents_loaded = Signal(object)  # CaseDocuments, shared with the 送达 tab

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.detail: CaseDetail | None = None
        self.data: CaseDocuments | None = None
        self.dialog: DocumentDialog | None = None
        self.preview_dialog: PdfPreviewDialog | None = None
        self.progress_dialog: QProgressDialog | None = None
        layout = QVBoxLayout(self)
        buttons = QHBoxLayout()
        layout.addLayout(buttons)
        self.new_button = QPushButton(self.tr("新建文书(&N)…"))
        self.new_button.setObjectName("new_document_button")
        self.preview_button = QPushButton(self.tr("预览/打印(&V)"))
        self.word_button = QPushButton(self.tr("用 Word/WPS 打开(&W)"))
        self.correct_button = QPushButton(self.tr("更正(&C)…"))
        self.proofs_button = QPushButton(self.tr("生成送达回证(&B)"))
        self.proofs_button.setToolTip(self.tr("为本案每份已签发文书的每个受送达人生成一份送达回证"))
        self.attach_button = QPushButton(self.tr("添加附件(&A)…"))
        self.bind_button = QPushButton(self.tr("装订案卷(&K)…"))
        self.bind_button.setObjectName("bind_button")
        for b in (self.new_button, self.preview_button, self.word_button, self.correct_button, self.proofs_button,
                  self.attach_button, self.bind_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        layout.addWidget(splitter, 1)
        # 签发人 is the leader who approved issuing; 制作人 the clerk who made and printed the document.
        self.table = text_table([self.tr("文书"), self.tr("文号"), self.tr("受送达人/对象"), self.tr("签发时间"),
                                 self.tr("签发人"), self.tr("制作人"), self.tr("页数"), self.tr("送达记录"), self.tr("更正")],
                                "documents_table")
        self.table.doubleClicked.connect(lambda _i: self.preview_selected())
        splitter.addWidget(self.table)
        box = QWidget()
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        box_layout.addWidget(QLabel(self.tr("附件（证据等，装订入卷）")))
        self.attachments_table = text_table([self.tr("名称"), self.tr("文件"), self.tr("添加时间"), self.tr("大小")],
                                        "attachments_table")
        box_layout.addWidget(self.attachments_table)
        splitter.addWidget(box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        self.new_button.clicked.connect(lambda: self.new_document())
        self.preview_button.clicked.connect(self.preview_selected)
        self.word_button.clicked.connect(self._on_word_button_clicked)
        self.correct_button.clicked.connect(self._on_correct_button_clicked)
        self.proofs_button.clicked.connect(self.make_proofs_of_service)
        self.attach_button.clicked.connect(self._on_attach_button_clicked)
        self.bind_button.clicked.connect(self.bind)

    # ---- loading
    def set_detail(self, d: CaseDetail) -> None:
        self.detail = d
        self.reload()

    def reload(self) -> None:
        if self.detail is None:
            return
        ctx = self._ctx
        ctx.runner.run_db(ctx.db(doc_queries.case_documents, self.detail.id), on_success=self._on_loaded, owner=self)

    def _on_loaded(self, data: CaseDocuments) -> None:
        self.data = data
        fill(self.table, [[d.title, d.number, d.addressee, labels.fmt_date(d.issued_at), d.signed_by, d.issued_by,
                           str(d.pages) if d.pages else "",   # counted when its files are first made
                           str(d.served_count),
                           (self.tr("更正 %1").replace("%1", d.corrects_number) if d.corrects_number else "")
                           + (self.tr("已被 %1 更正").replace("%1", d.corrected_by_number) if d.corrected_by_number else "")]
                          for d in data.documents])
        fill(self.attachments_table, [[a.title, a.filename, labels.fmt_date(a.added_at), f"{a.size // 1024} KB"]
                                      for a in data.attachments])
        self.documents_loaded.emit(data)

    def selected(self) -> DocumentInfo | None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        if not rows or self.data is None:
            return None
        return self.data.documents[min(rows)]

    # ---- new, preview, correct
    def new_document(self, doc_key: str | None = None, corrects: DocumentInfo | None = None) -> DocumentDialog | None:
        if self.detail is None:
            return None
        self.dialog = DocumentDialog(self._ctx, self.detail, self.data.documents if self.data else (), self,
                                     doc_key=doc_key, corrects=corrects)
        self.dialog.issued.connect(self._on_issued)
        self.dialog.open()
        return self.dialog

    def _on_issued(self, info: DocumentInfo) -> None:
        self.reload()
        self.changed.emit(info.case_id)

    def reveal(self, hit, _text: str) -> QWidget | None:
        """A hit of the case's 搜索 in an issued document: its row chosen and the document opened in the viewer."""
        documents = self.data.documents if self.data is not None else ()
        row = next((i for i, d in enumerate(documents) if d.id == hit.record_id), None)
        if hit.kind != "document" or row is None:
            return None
        self.table.selectRow(row)
        self.preview_dialog = None
        self.preview_selected()
        return self.preview_dialog   # None while the files are read off the GUI thread

    def preview_selected(self) -> None:
        d = self.selected()
        if d is None:
            return
        ctx = self._ctx
        ctx.runner.run_db(ctx.db(both_files, document_id=d.id), owner=self,
                          on_success=lambda files, d=d: self._show(d, *files))

    def _show(self, d: DocumentInfo, stem: str, pdf: bytes, docx: bytes) -> None:
        note = self.tr("已签发的文书不能修改；如有错误请使用“更正”。")
        self.preview_dialog = PdfPreviewDialog(f"{d.title} {d.number}", pdf, docx, stem, self, note=note)
        self.preview_dialog.output_made.connect(lambda how, target, d=d: record_output(self._ctx, d.id, how, target))
        self.preview_dialog.open()

    def _on_word_button_clicked(self) -> None:
        d = self.selected()
        if d is None:
            return
        ctx = self._ctx
        ctx.runner.run_db(ctx.db(both_files, document_id=d.id), owner=self,
                          on_success=lambda files: open_externally(files[2], f"{files[0]}.docx"))

    def _on_correct_button_clicked(self) -> None:
        d = self.selected()
        if d is None:
            return
        if d.corrected_by_number:
            messages.info(self, self.tr("更正"), self.tr("该文书已被 %1 更正，请更正最新的文书。")
                          .replace("%1", d.corrected_by_number))
            return
        self.new_document(corrects=d)

    # ---- batch of proofs of service
    def make_proofs_of_service(self) -> None:
        if self.detail is None:
            return
        ctx = self._ctx
        ctx.runner.run_db(ctx.db(doc_services.proofs_of_service_items, case_id=self.detail.id),
                          on_success=self._start_batch, owner=self)

    def _start_batch(self, items) -> None:
        if not items:
            messages.info(self, self.tr("送达回证"), self.tr("每份已签发文书的送达回证都已生成。"))
            return
        run_batch(self, self._ctx, items, self._on_batch_done)

    def _on_batch_done(self, result: BatchResult) -> None:
        self.reload()
        if result.issued:
            self.changed.emit(result.issued[0].case_id)
        messages.info(self, self.tr("批量生成"), self.tr("已签发 %1 份；取消 %2 份（未编号）。")
                      .replace("%1", str(len(result.issued))).replace("%2", str(result.cancelled)))

    # ---- attachments and the case file
    def _on_attach_button_clicked(self) -> None:
        path = open_file(self, self.tr("添加附件"),
                         self.tr("PDF 或图片 (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.bmp)"))
        if path:
            title, ok = QInputDialog.getText(self, self.tr("添加附件"), self.tr("附件名称："), text=Path(path).stem)
            if ok:
                self.attach(title, path)

    def attach(self, title: str, path: str) -> None:
        """Read the file in the database task (refused by its size before reading), then store it."""
        ctx, case_id = self._ctx, self.detail.id

        def task():
            filename, data = read_upload(path, field="file", limit=doc_services.MAX_ATTACHMENT)
            return ctx.db(doc_services.add_attachment, actor_id=ctx.user_id, case_id=case_id, title=title,
                          filename=filename, data=data, now=ctx.clock.now())()

        ctx.runner.run_db(task,
                          on_success=lambda _a: (self.reload(), self.changed.emit(self.detail.id)),
                          on_failure=lambda exc: messages.show_error(self, exc), owner=self)

    def bind(self) -> None:
        if self.detail is None:
            return
        ctx = self._ctx
        ctx.runner.run_db(ctx.db(doc_queries.case_file_input, case_id=self.detail.id),
                          on_success=self._assemble, owner=self)

    def _assemble(self, data) -> None:
        ctx = self._ctx
        self.progress_dialog = progress_dialog(self, self.tr("正在装订案卷…"), len(data.parts) + 2)
        task = ctx.runner.run_render(
            lambda progress, cancel: bind_case_file(data, today=ctx.clock.today(), progress=progress, cancel=cancel),
            with_progress=True, owner=self, on_progress=self._on_progress,
            on_success=lambda result: self._on_bound(data, *result),
            on_failure=self._on_task_failed)
        self.progress_dialog.canceled.connect(task.token.cancel)

    def _on_progress(self, done: int, total: int, text: str) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.setMaximum(total)
            self.progress_dialog.setValue(done)
            self.progress_dialog.setLabelText(text)

    def _on_task_failed(self, exc: Exception) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.close()
        messages.show_error(self, exc)

    def _on_bound(self, data, pdf: bytes, pages: int) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.close()
        ctx = self._ctx
        ctx.runner.run_db(ctx.db(doc_services.record_case_file, actor_id=ctx.user_id, case_id=self.detail.id,
                                 pages=pages, now=ctx.clock.now()), owner=self,
                          on_success=lambda _r: self.changed.emit(self.detail.id))
        stem = self.tr("案卷-%1").replace("%1", (self.detail.case_number or str(self.detail.id)))
        self.preview_dialog = PdfPreviewDialog(stem, pdf, None, stem, self, note=self.tr(
            "案卷共 %1 件文件、%2 页（连续编号）。请“另存为”保存后归档。").replace("%1", str(len(data.parts)))
            .replace("%2", str(pages)))
        self.preview_dialog.open()


def progress_dialog(parent: QWidget, text: str, total: int) -> QProgressDialog:
    dialog = QProgressDialog(text, parent.tr("取消"), 0, max(total, 1), parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setValue(0)
    return dialog


def run_batch(parent: QWidget, ctx: AppContext, items, on_done) -> QProgressDialog:
    """Issue `items` off the GUI thread with a progress dialog whose Cancel stops before the next document."""
    dialog = progress_dialog(parent, parent.tr("正在签发文书…"), len(items))

    def progress(done: int, total: int, text: str) -> None:
        dialog.setMaximum(total)
        dialog.setValue(done)
        dialog.setLabelText(text)

    def done(result) -> None:
        dialog.close()
        on_done(result)

    def failed(exc: Exception) -> None:
        dialog.close()
        messages.show_error(parent, exc)

    task = ctx.runner.run_db(
        lambda progress, cancel: doc_services.issue_batch(ctx.new_uow, actor_id=ctx.user_id, items=items,
                                                           now=ctx.clock.now(), office_dir=office_template_dir(ctx),
                                                           progress=progress, cancel=cancel),
        with_progress=True, on_progress=progress, on_success=done, on_failure=failed, owner=parent)
    dialog.canceled.connect(task.token.cancel)
    return dialog
