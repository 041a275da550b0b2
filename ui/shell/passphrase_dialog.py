"""The passphrase of an encrypted embedded database, asked before the login window (and again, with the
reason next to the field, after a wrong one). "记住在本机的系统密钥库中" keeps it in the operating system's key
store (the office's choice, issue 13); where this machine has none the box is disabled and says why."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


class PassphraseDialog(QDialog):
    def __init__(self, path: str, key_store_missing: str | None = None, parent: QWidget | None = None):
        """`key_store_missing`: None when the OS key store can be used, else its reason (ipcase.keystore)."""
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
        self.remember_box = QCheckBox(self.tr("记住在本机的系统密钥库中（以后启动不再询问）"))
        self.remember_box.setObjectName("remember_box")
        layout.addWidget(self.remember_box)
        self.key_store_note = QLabel()
        self.key_store_note.setObjectName("key_store_note")
        self.key_store_note.setWordWrap(True)
        self.key_store_note.setStyleSheet("color: #555;")
        if key_store_missing is not None:
            self.remember_box.setEnabled(False)
            self.key_store_note.setText(self.tr("本机没有可用的系统密钥库（%1），无法记住口令，每次启动都需输入。")
                                        .replace("%1", key_store_missing))
        else:
            self.key_store_note.setText(self.tr("口令由操作系统保管（Windows 凭据管理器、macOS 钥匙串等）；"
                                                "任何能登录本机这个账户的人都能打开数据库。"))
        layout.addWidget(self.key_store_note)
        self.button_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                           | QDialogButtonBox.StandardButton.Cancel)
        self.button_box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("打开"))
        self.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("退出"))
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)
        layout.addWidget(self.button_box)

    def passphrase(self) -> str:
        return self.passphrase_edit.text()

    def remember(self) -> bool:
        return self.remember_box.isEnabled() and self.remember_box.isChecked()

    def show_wrong(self) -> None:
        self.error_label.setText(self.tr("口令不正确，请重新输入。"))
        self.error_label.show()
        self.passphrase_edit.selectAll()
        self.passphrase_edit.setFocus()
