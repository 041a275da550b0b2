"""Deadlines (DeadlineInfo DTOs) as a table: the cross-case "my deadlines" list and a case's 期限 tab.

Rows are coloured by urgency (overdue red, due within 3 working days amber); a date in a year whose official
holidays are not entered yet is shown as "（暂定）" with a tooltip; a stopped closing clock shows 暂停.
"""
from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QColor

from ipcase.domain.enums import DeadlineStatus
from ipcase.domain.numbering import DEFAULT_CASE_PATTERN
from ipcase.dto.cases import DeadlineInfo
from ui.common import labels, texts
from ui.common.i18n import tr
from ui.common.table_model import Col, DtoTableModel

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


def urgency_background(d: DeadlineInfo) -> QColor | None:
    return {"overdue": OVERDUE_BACKGROUND, "due_soon": DUE_SOON_BACKGROUND}.get(urgency_of(d))


def urgency_foreground(d: DeadlineInfo) -> QColor | None:
    u = urgency_of(d)
    if u in ("", "paused", "lapsed"):
        return INACTIVE_FOREGROUND
    return {"overdue": OVERDUE_FOREGROUND, "due_soon": DUE_SOON_FOREGROUND}.get(u)


def due_tooltip(d: DeadlineInfo) -> str:
    return provisional_tooltip(d) if d.provisional else d.basis


def status_tooltip(d: DeadlineInfo) -> str | None:
    if d.paused:
        return tr("案件处于不计入结案期限的期间（中止、公告、鉴定等），结案期限暂停计算。")
    if urgency_of(d) == "lapsed":
        return tr("这是当事人的期间，已经届满；不是本机关的办理期限。")
    return None


def _col(header: str, display, raw, tooltip=None, least=None) -> Col:
    """Every cell of a row takes the row's urgency colours."""
    return Col(header, display, raw=raw, tooltip=tooltip, foreground=urgency_foreground,
               background=urgency_background, least=least)


COLUMNS = {
    Column.DUE: _col(QT_TRANSLATE_NOOP("DeadlineTableModel", "到期日"),
                     lambda d: labels.provisional_date(d.due_date, d.provisional), lambda d: d.due_date,
                     tooltip=due_tooltip),
    Column.REMAINING: _col(QT_TRANSLATE_NOOP("DeadlineTableModel", "剩余"), remaining_text,
                           lambda d: d.days_remaining),
    Column.CODE: _col(QT_TRANSLATE_NOOP("DeadlineTableModel", "期限"), lambda d: texts.deadline_code(d.code),
                      lambda d: d.code, tooltip=lambda d: d.basis),
    Column.CASE_NUMBER: _col(QT_TRANSLATE_NOOP("DeadlineTableModel", "案号"),
                             lambda d: d.case_number or d.intake_number or tr("未立案"), lambda d: d.case_number,
                             least=labels.number_sample(DEFAULT_CASE_PATTERN)),
    Column.PATENT_NUMBER: _col(QT_TRANSLATE_NOOP("DeadlineTableModel", "专利号"), lambda d: d.patent_number,
                               lambda d: d.patent_number),
    Column.PARTY: _col(QT_TRANSLATE_NOOP("DeadlineTableModel", "当事人"), lambda d: d.party_name,
                       lambda d: d.party_name),
    Column.OFFICER: _col(QT_TRANSLATE_NOOP("DeadlineTableModel", "承办人"), lambda d: d.officer_name,
                         lambda d: d.officer_name),
    Column.START: _col(QT_TRANSLATE_NOOP("DeadlineTableModel", "起算日"), lambda d: labels.fmt_date(d.start_date),
                       lambda d: d.start_date),
    Column.STATUS: _col(QT_TRANSLATE_NOOP("DeadlineTableModel", "状态"), status_text, lambda d: d.status,
                        tooltip=status_tooltip),
    Column.BASIS: _col(QT_TRANSLATE_NOOP("DeadlineTableModel", "计算依据"), lambda d: d.basis, lambda d: d.basis,
                       tooltip=lambda d: d.basis),
}


class DeadlineTableModel(DtoTableModel):
    columns, specs, context = Column, COLUMNS, "DeadlineTableModel"

    def other_data(self, row: DeadlineInfo, role: int):
        return urgency_of(row) if role == URGENCY_ROLE else None
