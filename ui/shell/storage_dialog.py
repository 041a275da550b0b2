"""The start-up dialog for a database that cannot be used — damaged, truncated or not a database, read-only,
on a full disk, or out of reach: what is wrong, what to do, and the latest good backup with a button to restore
it. Never a traceback: the technical message is in a copyable box for the administrator."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ipcase.errors import StorageFailed
from ui.common.i18n import tr
from ui.common.storage_texts import cause_texts


class StorageFailureDialog(QDialog):
    """`exec()` returns Accepted when the user chose to restore `backup` (None: nothing to offer). An encrypted
    backup asks for its recovery key (or the database passphrase) in the dialog: `secret()`, and `show_wrong_key()`
    when the restore refused it."""

    def __init__(self, exc: StorageFailed, backup=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("storage_failure_dialog")
        self.setWindowTitle(tr("数据库无法使用"))
        self.setMinimumWidth(560)
        self.resize(640, 0)
        layout = QVBoxLayout(self)
        # Word-wrapped labels with long paths: the dialog grows to their wrapped height instead of overlapping.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        problem, advice = cause_texts(exc)
        self.problem_label = QLabel(problem)
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("font-weight: bold;")
        layout.addWidget(self.problem_label)
        self.advice_label = QLabel(advice if exc.cause == "not_a_database" else advice + tr("然后重新启动本程序。"))
        self.advice_label.setWordWrap(True)
        layout.addWidget(self.advice_label)
        self.backup_label = QLabel(self._backup_text(backup))
        self.backup_label.setWordWrap(True)
        layout.addWidget(self.backup_label)
        self._key_kind = getattr(backup, "key", None)
        self.key_edit: QLineEdit | None = None
        self.key_error_label: QLabel | None = None
        if backup is not None and backup.encrypted:
            form = QFormLayout()
            self.key_edit = QLineEdit()
            self.key_edit.setObjectName("key_edit")
            self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
            if self._key_kind != "database":
                self.key_edit.setPlaceholderText("ABCD-EFGH-IJKL-…")
            key_label = tr("数据库口令(&K)：") if self._key_kind == "database" else tr("恢复密钥(&K)：")
            form.addRow(key_label, self.key_edit)
            self.key_error_label = QLabel()
            self.key_error_label.setObjectName("key_error_label")
            self.key_error_label.setStyleSheet("color: #b00020;")
            self.key_error_label.hide()
            form.addRow("", self.key_error_label)
            layout.addLayout(form)
        self.details_edit = QPlainTextEdit(exc.detail or str(exc))
        self.details_edit.setReadOnly(True)
        self.details_edit.setMaximumHeight(80)
        layout.addWidget(self.details_edit)
        self.button_box = QDialogButtonBox()
        self.restore_button: QPushButton | None = None
        if backup is not None:
            self.restore_button = self.button_box.addButton(tr("用此备份恢复(&R)"),
                                                            QDialogButtonBox.ButtonRole.AcceptRole)
            self.restore_button.setDefault(True)
        quit_button = self.button_box.addButton(tr("退出(&Q)"), QDialogButtonBox.ButtonRole.RejectRole)
        if self.restore_button is None:
            quit_button.setDefault(True)
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)
        layout.addWidget(self.button_box)

    def secret(self) -> str | None:
        """What was typed to open an encrypted backup (None for a plain one)."""
        if self.key_edit is None:
            return None
        # A recovery code is forgiving of spaces; a passphrase is taken exactly as typed.
        return (self.key_edit.text() if self._key_kind == "database" else self.key_edit.text().strip()) or None

    def accept(self) -> None:
        if self.key_edit is not None and not self.secret():
            self._say_key(tr("这是加密的备份：请输入恢复密钥或数据库口令。"))
            return
        super().accept()

    def show_wrong_key(self) -> None:
        self._say_key(tr("恢复密钥或口令不正确，未作任何恢复。请重新输入。"))

    def _say_key(self, text: str) -> None:
        self.key_error_label.setText(text)
        self.key_error_label.show()
        self.key_edit.selectAll()
        self.key_edit.setFocus()

    @staticmethod
    def _backup_text(backup) -> str:
        if backup is None:
            return tr("没有找到备份。请联系管理员，用其他位置保存的备份恢复。")
        when = backup.created_at.strftime("%Y-%m-%d %H:%M")
        if backup.encrypted:
            return (tr("最近的完好备份（%2，已加密）：\n%1\n恢复前请输入备份时记下的恢复密钥（加密数据库的备份用数据库口令）。")
                    .replace("%1", str(backup.path)).replace("%2", when))
        return tr("最近的完好备份：%1（%2）。").replace("%1", str(backup.path)).replace("%2", when)


__all__ = ["StorageFailureDialog"]
