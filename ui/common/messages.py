"""Showing a failed core call to the user: the mapped Chinese message, or the error dialog for bugs."""
from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from ui.common import errors
from ui.common.error_dialog import show_unexpected_error
from ui.common.i18n import tr


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    if not errors.is_expected(exc):
        show_unexpected_error(exc, parent)
        return
    box = QMessageBox(QMessageBox.Icon.Warning, title or tr("不能完成操作"), errors.message(exc),
                      QMessageBox.StandardButton.Ok, parent)
    box.exec()


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def info(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def ask_keep_draft(parent: QWidget | None) -> str:
    """'keep', 'discard' or 'cancel' (go back to the form)."""
    box = QMessageBox(QMessageBox.Icon.Question, tr("关闭登记窗口"),
                      tr("已填写的内容尚未保存。是否保留为草稿，下次登记时继续？"), parent=parent)
    keep = box.addButton(tr("保留草稿(&K)"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(tr("放弃(&D)"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(tr("继续填写(&C)"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.exec()
    clicked = box.clickedButton()
    if clicked is keep:
        return "keep"
    if clicked is discard:
        return "discard"
    return "cancel"


def ask_restore_draft(parent: QWidget | None, saved_at: str) -> bool:
    answer = QMessageBox.question(
        parent, tr("恢复草稿"),
        tr("发现 %1 保存的未完成登记草稿。是否恢复？\n选择“否”将丢弃该草稿。").replace("%1", saved_at.replace("T", " ")),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
    return answer == QMessageBox.StandardButton.Yes
