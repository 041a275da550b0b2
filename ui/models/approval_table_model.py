"""Pending approvals (ApprovalInfo DTOs) as a table."""
from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from ipcase.dto import ApprovalInfo
from ui import labels
from ui.i18n import tr, tr_ctx

ROW_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex




class Column(IntEnum):
    REQUESTED_AT = 0
    CASE_NUMBER = 1
    PATENT_NUMBER = 2
    ACTION = 3
    REQUESTED_BY = 4
    CONTENT = 5
    REVIEW = 6


HEADERS = {
    Column.REQUESTED_AT: QT_TRANSLATE_NOOP("ApprovalTableModel", "提请时间"),
    Column.CASE_NUMBER: QT_TRANSLATE_NOOP("ApprovalTableModel", "案号"),
    Column.PATENT_NUMBER: QT_TRANSLATE_NOOP("ApprovalTableModel", "专利号"),
    Column.ACTION: QT_TRANSLATE_NOOP("ApprovalTableModel", "审批事项"),
    Column.REQUESTED_BY: QT_TRANSLATE_NOOP("ApprovalTableModel", "提请人"),
    Column.CONTENT: QT_TRANSLATE_NOOP("ApprovalTableModel", "内容"),
    Column.REVIEW: QT_TRANSLATE_NOOP("ApprovalTableModel", "处(科)室审核意见"),
}


def review_text(a: ApprovalInfo) -> str:
    if not a.review_opinion:
        return ""
    return f"{a.review_opinion}（{a.reviewed_by}）" if a.reviewed_by else a.review_opinion


class ApprovalTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[ApprovalInfo] = []

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> ApprovalInfo | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr_ctx("ApprovalTableModel", HEADERS[Column(section)])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        a = self._rows[index.row()]
        col = Column(index.column())
        if role == ROW_ROLE:
            return a
        if role == Qt.ItemDataRole.ToolTipRole and col == Column.CONTENT:
            return labels.describe_payload(a.payload)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col == Column.REQUESTED_AT:
            return labels.fmt_date(a.requested_at)
        if col == Column.CASE_NUMBER:
            return a.case_number or tr("未立案")
        if col == Column.PATENT_NUMBER:
            return a.patent_number
        if col == Column.ACTION:
            return labels.action(a.action)
        if col == Column.REQUESTED_BY:
            return a.requested_by
        if col == Column.CONTENT:
            return labels.describe_payload(a.payload).replace("\n", "；")
        if col == Column.REVIEW:
            return review_text(a)
        return ""
