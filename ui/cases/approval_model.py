"""Pending approvals (ApprovalInfo DTOs) as a table."""
from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    Qt,
)

from ipcase.dto.cases import ApprovalInfo
from ui.common import labels, texts
from ui.common.i18n import tr
from ui.common.table_model import RAW_ROLE, ROW_ROLE, DtoTableModel, Index  # noqa: F401


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


class ApprovalTableModel(DtoTableModel):
    columns, headers, context = Column, HEADERS, "ApprovalTableModel"


    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        a = self._rows[index.row()]
        col = Column(index.column())
        if role == ROW_ROLE:
            return a
        if role == Qt.ItemDataRole.ToolTipRole and col == Column.CONTENT:
            return texts.describe(a.payload, kind=a.action)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col == Column.REQUESTED_AT:
            return labels.fmt_date(a.requested_at)
        if col == Column.CASE_NUMBER:
            return a.case_number or tr("未立案")
        if col == Column.PATENT_NUMBER:
            return a.patent_number
        if col == Column.ACTION:
            return texts.action(a.action)
        if col == Column.REQUESTED_BY:
            return a.requested_by
        if col == Column.CONTENT:
            return texts.describe(a.payload, kind=a.action).replace("\n", "；")
        if col == Column.REVIEW:
            return review_text(a)
        return ""
