"""Deadlines (DeadlineInfo DTOs) as a table: the cross-case "my deadlines" list and a case's 期限 tab.

Rows are coloured by urgency (overdue red, due within 3 working days amber); a date in a year whose official
holidays are not entered yet is shown as "（暂定）" with a tooltip; a stopped closing clock shows 暂停.
"""
from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from ipcase.domain.enums import DeadlineStatus
from ipcase.dto.cases import DeadlineInfo
from ui.common import labels, texts
from ui.common.i18n import tr
from ui.common.table_model import RAW_ROLE, ROW_ROLE, DtoTableModel, Index  # noqa: F401

URGENCY_ROLE = Qt.ItemDataRole.UserRole + 3


OVERDUE_BACKGROUND = QColor("#ffcdd2")
OVERDUE_FOREGROUND = QColor("#b71c1c")
DUE_SOON_BACKGROUND = QColor("#ffe082")
DUE_SOON_FOREGROUND = QColor("#5d4000")
INACTIVE_FOREGROUND = QColor("#757575")




class Column(IntEnum):
    DUE = 0
    REMAINING = 1
    CODE = 2
    CASE_NUMBER = 3
    PATENT_NUMBER = 4
    PARTY = 5
    OFFICER = 6
    START = 7
    STATUS = 8
    BASIS = 9


HEADERS = {
    Column.DUE: QT_TRANSLATE_NOOP("DeadlineTableModel", "到期日"),
    Column.REMAINING: QT_TRANSLATE_NOOP("DeadlineTableModel", "剩余"),
    Column.CODE: QT_TRANSLATE_NOOP("DeadlineTableModel", "期限"),
    Column.CASE_NUMBER: QT_TRANSLATE_NOOP("DeadlineTableModel", "案号"),
    Column.PATENT_NUMBER: QT_TRANSLATE_NOOP("DeadlineTableModel", "专利号"),
    Column.PARTY: QT_TRANSLATE_NOOP("DeadlineTableModel", "当事人"),
    Column.OFFICER: QT_TRANSLATE_NOOP("DeadlineTableModel", "承办人"),
    Column.START: QT_TRANSLATE_NOOP("DeadlineTableModel", "起算日"),
    Column.STATUS: QT_TRANSLATE_NOOP("DeadlineTableModel", "状态"),
    Column.BASIS: QT_TRANSLATE_NOOP("DeadlineTableModel", "计算依据"),
}

DASHBOARD_COLUMNS = (Column.DUE, Column.REMAINING, Column.CODE, Column.CASE_NUMBER, Column.PATENT_NUMBER,
                     Column.PARTY, Column.OFFICER, Column.STATUS)
CASE_COLUMNS = (Column.CODE, Column.PARTY, Column.START, Column.DUE, Column.REMAINING, Column.STATUS,
                Column.BASIS)


def urgency_of(d: DeadlineInfo) -> str:
    """'overdue', 'due_soon', 'normal', 'lapsed' (a party's period that ended), 'paused' or '' (done)."""
    if d.status != DeadlineStatus.OPEN:
        return ""
    if d.paused:
        return "paused"
    return d.urgency  # 'lapsed': a party's own period ran out (shown as 已届满, not in red)


def provisional_tooltip(d: DeadlineInfo) -> str:
    return tr("%1 年的法定节假日尚未录入，此日期暂按周末计算；管理员在“设置 › 节假日”录入后会自动重新计算。") \
        .replace("%1", str(d.due_date.year))


def remaining_text(d: DeadlineInfo) -> str:
    if d.status != DeadlineStatus.OPEN:
        return ""
    if d.paused:
        return tr("暂停计算")
    if urgency_of(d) == "lapsed":
        return tr("%1 天前届满").replace("%1", str(-d.days_remaining))
    if d.days_remaining < 0:
        return tr("逾期 %1 天").replace("%1", str(-d.days_remaining))
    if d.days_remaining == 0:
        return tr("今天到期")
    return tr("%1 天（%2 个工作日）").replace("%1", str(d.days_remaining)) \
        .replace("%2", str(d.working_days_remaining))


def status_text(d: DeadlineInfo) -> str:
    if d.status == DeadlineStatus.OPEN:
        u = urgency_of(d)
        if u == "paused":
            return tr("暂停")
        if u == "lapsed":
            return tr("期间已届满")
        return labels.urgency(u) if u else labels.deadline_status(d.status)
    if d.status == DeadlineStatus.MET and d.met_date:
        return tr("已完成（%1）").replace("%1", labels.fmt_date(d.met_date))
    return labels.deadline_status(d.status)


class DeadlineTableModel(DtoTableModel):
    columns, headers, context = Column, HEADERS, "DeadlineTableModel"


    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        d = self._rows[index.row()]
        col = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(d, col)
        if role == RAW_ROLE:
            return self._raw(d, col)
        if role == ROW_ROLE:
            return d
        u = urgency_of(d)
        if role == URGENCY_ROLE:
            return u
        if role == Qt.ItemDataRole.BackgroundRole:
            if u == "overdue":
                return QBrush(OVERDUE_BACKGROUND)
            if u == "due_soon":
                return QBrush(DUE_SOON_BACKGROUND)
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if u in ("", "paused", "lapsed"):
                return QBrush(INACTIVE_FOREGROUND)
            if u == "overdue":
                return QBrush(OVERDUE_FOREGROUND)
            if u == "due_soon":
                return QBrush(DUE_SOON_FOREGROUND)
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == Column.DUE and d.provisional:
                return provisional_tooltip(d)
            if col in (Column.BASIS, Column.DUE, Column.CODE):
                return d.basis
            if col == Column.STATUS and d.paused:
                return tr("案件处于不计入结案期限的期间（中止、公告、鉴定等），结案期限暂停计算。")
            if col == Column.STATUS and u == "lapsed":
                return tr("这是当事人的期间，已经届满；不是本机关的办理期限。")
        return None

    @staticmethod
    def _display(d: DeadlineInfo, col: Column) -> str:
        if col == Column.DUE:
            return labels.provisional_date(d.due_date, d.provisional)
        if col == Column.REMAINING:
            return remaining_text(d)
        if col == Column.CODE:
            return texts.deadline_code(d.code)
        if col == Column.CASE_NUMBER:
            return d.case_number or d.intake_number or tr("未立案")
        if col == Column.PATENT_NUMBER:
            return d.patent_number
        if col == Column.PARTY:
            return d.party_name
        if col == Column.OFFICER:
            return d.officer_name
        if col == Column.START:
            return labels.fmt_date(d.start_date)
        if col == Column.STATUS:
            return status_text(d)
        if col == Column.BASIS:
            return d.basis
        return ""

    @staticmethod
    def _raw(d: DeadlineInfo, col: Column):
        return {
            Column.DUE: d.due_date, Column.REMAINING: d.days_remaining, Column.CODE: d.code,
            Column.CASE_NUMBER: d.case_number, Column.PATENT_NUMBER: d.patent_number,
            Column.PARTY: d.party_name, Column.OFFICER: d.officer_name, Column.START: d.start_date,
            Column.STATUS: d.status, Column.BASIS: d.basis,
        }[col]
