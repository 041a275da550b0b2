"""An error message with its technical details in a read-only, copyable text box, and the one way to report an error
nobody planned for (the failed task, the uncaught exception)."""
from __future__ import annotations

import logging
import traceback

from PySide6.QtCore import QThread
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.common import errors
from ui.common.i18n import tr

log = logging.getLogger(__name__)


class ErrorDialog(QDialog):
    def __init__(self, message: str, details: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("程序错误"))
        self.resize(640, 420)
        layout = QVBoxLayout(self)
        intro = QLabel(tr("程序遇到了意外错误，本次操作可能没有完成。请把下面的详细信息复制给系统管理员。"))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.message_label = QLabel(message)
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet("font-weight: bold;")
        layout.addWidget(self.message_label)
        self.details_edit = QPlainTextEdit(details)
        self.details_edit.setReadOnly(True)
        self.details_edit.setObjectName("details_edit")
        layout.addWidget(self.details_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy_button = QPushButton(tr("复制详细信息(&C)"))
        buttons.addButton(copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        copy_button.clicked.connect(self._on_copy_button_clicked)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(f"{self.message_label.text()}\n\n{self.details_edit.toPlainText()}")


def show_unexpected_error(exc: BaseException, parent: QWidget | None = None) -> None:
    """Log and show an error nobody planned for, with the details copyable (only logged off the GUI thread)."""
    details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    log.error("unexpected error:\n%s", details)
    if QApplication.instance() is None or QThread.currentThread() is not QApplication.instance().thread():
        return
    ErrorDialog(errors.message(exc), details, parent).exec()
