"""Pending approvals (ApprovalInfo DTOs) as a table: who asked, for what, in which case between whom, where its
review stands and the 审核意见, then a one-line summary of the content (the whole of it in the tooltip and in the
工作台's detail pane)."""
from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QColor

from ipcase.dto.cases import ApprovalInfo
from ui.common import labels, texts
from ui.common.i18n import tr
from ui.common.table_model import Col, DtoTableModel

SUMMARY_LENGTH = 40   # characters of the content shown in its column
DONE_GREY = QColor("#757575")


class Column(IntEnum):
    REQUESTED_AT = 0
    CASE_NUMBER = 1
    PARTIES = 2
    ACTION = 3
    REQUESTED_BY = 4
    REVIEW_STATE = 5
    REVIEW = 6
    CONTENT = 7
    PATENT_NUMBER = 8


def review_text(a: ApprovalInfo) -> str:
    if not a.review_opinion:
        return ""
    return f"{a.review_opinion}（{a.reviewed_by}）" if a.reviewed_by else a.review_opinion


def review_state(a: ApprovalInfo) -> str:
    """Where the approval stands on its way: 待审核 (the 处(科)室负责人), then 待审批 (the 部门负责人)."""
    if a.mediation_case_id is not None or a.publication_id is not None:   # the 部门负责人's alone: no review line
        return tr("待审批")
    if a.review_opinion or a.reviewed_by:
        return tr("已审核，待审批")
    return tr("待审核")


def content_text(a: ApprovalInfo) -> str:
    return texts.describe(a.payload, kind=a.action)


def content_summary(a: ApprovalInfo) -> str:
    text = content_text(a).replace("\n", "；")
    return text if len(text) <= SUMMARY_LENGTH else text[:SUMMARY_LENGTH] + "…"


def _grey_when_done(a: ApprovalInfo):
    # in a reviewer's queue, what she has already reviewed stays listed but no longer asks for her
    return None if a.awaits_viewer else DONE_GREY


def _col(header: str, display, **kw) -> Col:
    return Col(header, display, foreground=_grey_when_done, **kw)


COLUMNS = {
    Column.REQUESTED_AT: _col(QT_TRANSLATE_NOOP("ApprovalTableModel", "提请时间"),
                              lambda a: labels.fmt_date(a.requested_at)),
    Column.CASE_NUMBER: _col(QT_TRANSLATE_NOOP("ApprovalTableModel", "案号"),
                             lambda a: a.case_number or tr("未立案")),
    Column.PARTIES: _col(QT_TRANSLATE_NOOP("ApprovalTableModel", "当事人"), lambda a: a.parties,
                         tooltip=lambda a: a.parties),
    Column.ACTION: _col(QT_TRANSLATE_NOOP("ApprovalTableModel", "审批事项"), lambda a: texts.action(a.action)),
    Column.REQUESTED_BY: _col(QT_TRANSLATE_NOOP("ApprovalTableModel", "提请人"), lambda a: a.requested_by),
    Column.REVIEW_STATE: _col(QT_TRANSLATE_NOOP("ApprovalTableModel", "审核状态"), review_state),
    Column.REVIEW: _col(QT_TRANSLATE_NOOP("ApprovalTableModel", "处(科)室审核意见"), review_text,
                        tooltip=review_text),
    Column.CONTENT: _col(QT_TRANSLATE_NOOP("ApprovalTableModel", "内容摘要"), content_summary,
                         tooltip=content_text),
    Column.PATENT_NUMBER: _col(QT_TRANSLATE_NOOP("ApprovalTableModel", "专利号"), lambda a: a.patent_number),
}


class ApprovalTableModel(DtoTableModel):
    columns, specs, context = Column, COLUMNS, "ApprovalTableModel"
