"""The start-up dialog for a database that cannot be used — damaged, truncated or not a database, read-only,
on a full disk, or out of reach: what is wrong, what to do, and the latest good backup with a button to restore
it. Never a traceback: the technical message is in a copyable box for the administrator."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ipcase.errors import StorageFailed
from ui.common.i18n import tr
from ui.common.storage_texts import cause_texts


class StorageFailureDialog(QDialog):
    """`exec()` returns Accepted when the user chose to restore `backup` (None: nothing to offer)."""

    def __init__(self, exc: StorageFailed, backup=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("storage_failure_dialog")
        self.setWindowTitle(tr("数据库无法使用"))
        self.setMinimumWidth(560)
        self.resize(640, 0)
        layout = QVBoxLayout(self)
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
        self.details_edit = QPlainTextEdit(exc.detail or str(exc))
        self.details_edit.setReadOnly(True)
        self.details_edit.setMaximumHeight(80)
        layout.addWidget(self.details_edit)
        self.button_box = QDialogButtonBox()
        self.restore_button: QPushButton | None = None
        if backup is not None and not backup.encrypted:
            self.restore_button = self.button_box.addButton(tr("用此备份恢复(&R)"),
                                                            QDialogButtonBox.ButtonRole.AcceptRole)
            self.restore_button.setDefault(True)
        quit_button = self.button_box.addButton(tr("退出(&Q)"), QDialogButtonBox.ButtonRole.RejectRole)
        if self.restore_button is None:
            quit_button.setDefault(True)
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)
        layout.addWidget(self.button_box)

    @staticmethod
    def _backup_text(backup) -> str:
        if backup is None:
            return tr("没有找到备份。请联系管理员，用其他位置保存的备份恢复。")
        when = backup.created_at.strftime("%Y-%m-%d %H:%M")
        if backup.encrypted:
            return (tr("最近的完好备份：%1（%2，已加密）。加密备份须输入恢复密钥，请管理员运行：python main.py restore \"%1\"")
                    .replace("%1", str(backup.path)).replace("%2", when))
        return tr("最近的完好备份：%1（%2）。").replace("%1", str(backup.path)).replace("%2", when)


__all__ = ["StorageFailureDialog"]
