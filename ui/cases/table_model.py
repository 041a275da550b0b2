"""The case list as a Qt table model over CaseListRow DTOs.

Sorting is done by the database: clicking a header emits `sort_requested(field, descending)` and the view
re-queries with that field; the model only remembers which column is sorted.
"""
from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QColor

from ipcase.domain.numbering import DEFAULT_CASE_PATTERN
from ipcase.dto.cases import CaseListRow
from ui.common import labels
from ui.common.i18n import tr, tr_ctx
from ui.common.scrolling_table import FetchingModel
from ui.common.table_model import Col, sort_fields

GREY = QColor("#757575")
SUSPENDED_ORANGE = QColor("#e65100")


class Column(IntEnum):
    CASE_NUMBER = 0
    STATE = 1
    PATENT_NUMBER = 2
    PATENT_TITLE = 3
    REQUESTERS = 4
    RESPONDENTS = 5
    OFFICER = 6
    RECEIVED = 7
    REGISTERED = 8
    CLOSING_DUE = 9
    FLAGS = 10
    MATCHED = 11   # shown while the list is searched


# Why a row was found: the field the search text is in (CaseListRow.matched).
MATCHED_FIELD = {
    "case_number": QT_TRANSLATE_NOOP("CaseTableModel", "案号"),
    "patent_number": QT_TRANSLATE_NOOP("CaseTableModel", "专利号"),
    "requesters": QT_TRANSLATE_NOOP("CaseTableModel", "请求人"),
    "respondents": QT_TRANSLATE_NOOP("CaseTableModel", "被请求人"),
    "agent": QT_TRANSLATE_NOOP("CaseTableModel", "代理人"),
    "credit_code": QT_TRANSLATE_NOOP("CaseTableModel", "统一社会信用代码"),
}


def matched_text(row: CaseListRow) -> str:
    if not row.matched:
        return ""
    return tr_ctx("CaseTableModel", MATCHED_FIELD.get(row.matched, row.matched))


def flags_text(row: CaseListRow) -> str:
    bits = []
    if row.suspended:
        bits.append(tr("中止"))
    if row.flag_foreign:
        bits.append(tr("涉外"))
    if row.flag_ecommerce:
        bits.append(tr("电商"))
    if row.flag_trade_fair:
        bits.append(tr("展会"))
    return " ".join(bits)


def state_text(row: CaseListRow) -> str:
    text = labels.case_state(row.state)
    return f"{text}（{tr('中止')}）" if row.suspended else text


def closing_due_text(row: CaseListRow) -> str:
    if row.closed_date:
        return tr("已结 %1").replace("%1", labels.fmt_date(row.closed_date))
    return labels.provisional_date(row.closing_due, row.closing_due_provisional)


def closing_due_tooltip(row: CaseListRow) -> str | None:
    if row.closing_due_provisional:
        return tr("该日期所在年份的法定节假日尚未录入，暂按周末计算；录入后会自动重新计算。")
    return None


def _text(field: str, header: str, *, tooltip: bool = False) -> Col:
    """A column showing one text field of the row as it is (sorted by that field)."""
    def value(row):
        return getattr(row, field)
    return Col(header, value, raw=value, tooltip=value if tooltip else None, sort_field=field)


def _date(field: str, header: str) -> Col:
    return Col(header, lambda r: labels.fmt_date(getattr(r, field)), raw=lambda r: getattr(r, field),
               sort_field=field)


# The sort fields are CaseListRow fields the query service can sort by.
COLUMNS = {
    Column.CASE_NUMBER: Col(QT_TRANSLATE_NOOP("CaseTableModel", "案号"), lambda r: r.case_number or tr("未立案"),
                            raw=lambda r: r.case_number, foreground=lambda r: None if r.case_number else GREY,
                            tooltip=lambda r: labels.provisional_number_tip(r.case_number), sort_field="case_number",
                            least=labels.number_sample(DEFAULT_CASE_PATTERN)),
    Column.STATE: Col(QT_TRANSLATE_NOOP("CaseTableModel", "状态"), state_text, raw=lambda r: r.state,
                      foreground=lambda r: SUSPENDED_ORANGE if r.suspended else None, sort_field="state"),
    Column.PATENT_NUMBER: _text("patent_number", QT_TRANSLATE_NOOP("CaseTableModel", "专利号")),
    Column.PATENT_TITLE: _text("patent_title", QT_TRANSLATE_NOOP("CaseTableModel", "专利名称"), tooltip=True),
    Column.REQUESTERS: _text("requesters", QT_TRANSLATE_NOOP("CaseTableModel", "请求人"), tooltip=True),
    Column.RESPONDENTS: _text("respondents", QT_TRANSLATE_NOOP("CaseTableModel", "被请求人"), tooltip=True),
    Column.OFFICER: _text("officer_name", QT_TRANSLATE_NOOP("CaseTableModel", "承办人")),
    Column.RECEIVED: _date("received_date", QT_TRANSLATE_NOOP("CaseTableModel", "收到日期")),
    Column.REGISTERED: _date("registered_date", QT_TRANSLATE_NOOP("CaseTableModel", "立案日期")),
    Column.CLOSING_DUE: Col(QT_TRANSLATE_NOOP("CaseTableModel", "结案期限"), closing_due_text,
                            raw=lambda r: r.closing_due, tooltip=closing_due_tooltip, sort_field="closing_due"),
    Column.FLAGS: Col(QT_TRANSLATE_NOOP("CaseTableModel", "特征"), flags_text,
                      raw=lambda r: (r.suspended, r.flag_foreign, r.flag_ecommerce, r.flag_trade_fair)),
    Column.MATCHED: Col(QT_TRANSLATE_NOOP("CaseTableModel", "匹配项"), matched_text, raw=lambda r: r.matched),
}
SORT_FIELD = sort_fields(COLUMNS)


class CaseTableModel(FetchingModel):
    columns, specs, context = Column, COLUMNS, "CaseTableModel"
    sort_requested = Signal(str, bool)  # field, descending

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        field = SORT_FIELD.get(Column(column))
        if field:
            self.sort_requested.emit(field, order == Qt.SortOrder.DescendingOrder)
