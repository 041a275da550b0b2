"""Preview of a PDF in the application (QtPdf), printing through the system print dialog, and "open in
Word/WPS" for the DOCX (the system's application for .docx, through QDesktopServices)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ipcase.files import write_for_opening
from ui.common.file_dialogs import proposed_name, save_file


def load_pdf(data: bytes, parent) -> QPdfDocument:
    """A QPdfDocument over bytes; the buffer is parented to the document so it lives as long."""
    document = QPdfDocument(parent)
    buffer = QBuffer(document)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    return document


def print_pdf(document: QPdfDocument, printer: QPrinter) -> int:
    """Draw every page onto the printer at its resolution; returns the pages printed."""
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    count = document.pageCount()
    for i in range(count):
        if i:
            printer.newPage()
        rect = printer.pageRect(QPrinter.Unit.DevicePixel)
        image = document.render(i, rect.size().toSize())
        painter.drawImage(QRectF(0, 0, rect.width(), rect.height()), image)
    painter.end()
    return count


def open_externally(data: bytes, file_name: str) -> Path:
    """Write the file to a temporary folder and open it with the system's application (Word, WPS …). The name
    may come from a shared database: write_for_opening keeps it a plain name inside that folder."""
    path = write_for_opening(data, file_name)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    return path


class PdfPreviewDialog(QDialog):
    # how ("print", "save", "open") and the file name: the document left the application (the audit trail records it)
    output_made = Signal(str, str)

    def __init__(self, title: str, pdf: bytes, docx: bytes | None = None, file_stem: str = "",
                 parent: QWidget | None = None, note: str = "", case_number: str = ""):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(820, 960)   # an A4 page at a readable size; capped to the screen by ui.common.screen_fit
        # The proposed file name names the case (case_number, unless the stem already does).
        self._pdf, self._docx, self._stem = pdf, docx, proposed_name(case_number, file_stem or title)
        layout = QVBoxLayout(self)
        if note:
            label = QLabel(note)
            label.setWordWrap(True)
            label.setStyleSheet("background: #fffde7; color: #6d4c00; padding: 6px;")
            layout.addWidget(label)
        self.document = load_pdf(pdf, self)
        self.view = QPdfView(self)
        self.view.setObjectName("pdf_view")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        layout.addWidget(self.view, 1)
        row = QHBoxLayout()
        self.pages_label = QLabel(self.tr("共 %1 页").replace("%1", str(self.document.pageCount())))
        row.addWidget(self.pages_label)
        row.addStretch(1)
        self.print_button = QPushButton(self.tr("打印(&P)…"))
        self.print_button.clicked.connect(self.print_document)
        self.save_button = QPushButton(self.tr("另存为(&S)…"))
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.word_button = QPushButton(self.tr("用 Word/WPS 打开(&W)"))
        self.word_button.setVisible(docx is not None)
        self.word_button.clicked.connect(self._on_word_button_clicked)
        for button in (self.print_button, self.save_button, self.word_button):
            row.addWidget(button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row.addWidget(buttons)
        layout.addLayout(row)

    def print_document(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            print_pdf(self.document, printer)
            self.output_made.emit("print", "")

    def _on_word_button_clicked(self) -> None:
        open_externally(self._docx, f"{self._stem}.docx")
        self.output_made.emit("open", f"{self._stem}.docx")

    def _on_save_button_clicked(self) -> None:
        path = save_file(self, self.tr("另存为"), f"{self._stem}.pdf",
                         self.tr("PDF 文件 (*.pdf);;Word 文档 (*.docx)"))
        if not path:
            return
        if path.lower().endswith(".docx") and self._docx is not None:
            Path(path).write_bytes(self._docx)
        else:
            Path(path).write_bytes(self._pdf)
        self.output_made.emit("save", path)
