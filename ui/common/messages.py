"""Showing a failed core call to the user: the mapped Chinese message, or the error dialog for bugs."""
from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from ipcase.errors import ConcurrentModification
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


def ask_reload(parent: QWidget | None, exc: ConcurrentModification, title: str | None) -> bool:
    """Someone saved the settings this page shows since it loaded them: load theirs (True), or keep what was
    typed (False: saving again then replaces theirs, knowingly)."""
    title = title or tr("设置已被他人修改")
    who = exc.changes[0] if exc.changes else ""
    text = title + tr("：") + (tr("在您打开此页之后，%1 保存了新的设置。").replace("%1", who) if who
                              else tr("在您打开此页之后，他人保存了新的设置。"))
    text += "\n\n" + tr("载入最新设置：放弃您填写的内容，显示对方保存的设置。") + "\n" + \
        tr("保留我的内容：您填写的内容仍在窗口中；再次保存将替换对方保存的设置。")
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
    box.setObjectName("conflict_box")
    reload = box.addButton(tr("载入最新设置(&R)"), QMessageBox.ButtonRole.AcceptRole)
    keep = box.addButton(tr("保留我的内容(&K)"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.exec()
    return box.clickedButton() is reload


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
