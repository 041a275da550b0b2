"""Pending approvals (ApprovalInfo DTOs) as a table."""
from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ipcase.dto.cases import ApprovalInfo
from ui.common import labels, texts
from ui.common.i18n import tr
from ui.common.table_model import Col, DtoTableModel


class Column(IntEnum):
    REQUESTED_AT = 0
    CASE_NUMBER = 1
    PATENT_NUMBER = 2
    ACTION = 3
    REQUESTED_BY = 4
    CONTENT = 5
    REVIEW = 6


def review_text(a: ApprovalInfo) -> str:
    if not a.review_opinion:
        return ""
    return f"{a.review_opinion}（{a.reviewed_by}）" if a.reviewed_by else a.review_opinion


def content_text(a: ApprovalInfo) -> str:
    return texts.describe(a.payload, kind=a.action)


COLUMNS = {
    Column.REQUESTED_AT: Col(QT_TRANSLATE_NOOP("ApprovalTableModel", "提请时间"),
                             lambda a: labels.fmt_date(a.requested_at)),
    Column.CASE_NUMBER: Col(QT_TRANSLATE_NOOP("ApprovalTableModel", "案号"), lambda a: a.case_number or tr("未立案")),
    Column.PATENT_NUMBER: Col(QT_TRANSLATE_NOOP("ApprovalTableModel", "专利号"), lambda a: a.patent_number),
    Column.ACTION: Col(QT_TRANSLATE_NOOP("ApprovalTableModel", "审批事项"), lambda a: texts.action(a.action)),
    Column.REQUESTED_BY: Col(QT_TRANSLATE_NOOP("ApprovalTableModel", "提请人"), lambda a: a.requested_by),
    Column.CONTENT: Col(QT_TRANSLATE_NOOP("ApprovalTableModel", "内容"),
                        lambda a: content_text(a).replace("\n", "；"), tooltip=content_text),
    Column.REVIEW: Col(QT_TRANSLATE_NOOP("ApprovalTableModel", "处(科)室审核意见"), review_text),
}


class ApprovalTableModel(DtoTableModel):
    columns, specs, context = Column, COLUMNS, "ApprovalTableModel"
