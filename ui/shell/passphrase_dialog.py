"""The passphrase of an encrypted embedded database, asked before the login window (and again, with the
reason next to the field, after a wrong one)."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget


class PassphraseDialog(QDialog):
    def __init__(self, path: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("打开加密的数据库"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("本机数据库已加密：%1\n请输入数据库口令。").replace("%1", path))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setObjectName("passphrase_edit")
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("口令(&P)："), self.passphrase_edit)
        self.error_label = QLabel()
        self.error_label.setObjectName("error_label")
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()
        form.addRow("", self.error_label)
        layout.addLayout(form)
        self.button_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                           | QDialogButtonBox.StandardButton.Cancel)
        self.button_box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("打开"))
        self.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("退出"))
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)
        layout.addWidget(self.button_box)

    def passphrase(self) -> str:
        return self.passphrase_edit.text()

    def show_wrong(self) -> None:
        self.error_label.setText(self.tr("口令不正确，请重新输入。"))
        self.error_label.show()
        self.passphrase_edit.selectAll()
        self.passphrase_edit.setFocus()
