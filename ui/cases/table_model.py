"""The case list as a Qt table model over CaseListRow DTOs.

Sorting is done by the database: clicking a header emits `sort_requested(field, descending)` and the view
re-queries with that field; the model only remembers which column is sorted.
"""
from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from ipcase.dto.cases import CaseListRow
from ui.common import labels
from ui.common.i18n import tr
from ui.common.table_model import RAW_ROLE, ROW_ROLE, DtoTableModel, Index  # noqa: F401


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


HEADERS = {
    Column.CASE_NUMBER: QT_TRANSLATE_NOOP("CaseTableModel", "案号"),
    Column.STATE: QT_TRANSLATE_NOOP("CaseTableModel", "状态"),
    Column.PATENT_NUMBER: QT_TRANSLATE_NOOP("CaseTableModel", "专利号"),
    Column.PATENT_TITLE: QT_TRANSLATE_NOOP("CaseTableModel", "专利名称"),
    Column.REQUESTERS: QT_TRANSLATE_NOOP("CaseTableModel", "请求人"),
    Column.RESPONDENTS: QT_TRANSLATE_NOOP("CaseTableModel", "被请求人"),
    Column.OFFICER: QT_TRANSLATE_NOOP("CaseTableModel", "承办人"),
    Column.RECEIVED: QT_TRANSLATE_NOOP("CaseTableModel", "收到日期"),
    Column.REGISTERED: QT_TRANSLATE_NOOP("CaseTableModel", "立案日期"),
    Column.CLOSING_DUE: QT_TRANSLATE_NOOP("CaseTableModel", "结案期限"),
    Column.FLAGS: QT_TRANSLATE_NOOP("CaseTableModel", "特征"),
}

# Column → CaseListRow field the query service can sort by (None: not sortable).
SORT_FIELD = {
    Column.CASE_NUMBER: "case_number",
    Column.STATE: "state",
    Column.PATENT_NUMBER: "patent_number",
    Column.PATENT_TITLE: "patent_title",
    Column.REQUESTERS: "requesters",
    Column.RESPONDENTS: "respondents",
    Column.OFFICER: "officer_name",
    Column.RECEIVED: "received_date",
    Column.REGISTERED: "registered_date",
    Column.CLOSING_DUE: "closing_due",
    Column.FLAGS: None,
}

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


class CaseTableModel(DtoTableModel):
    columns, headers, context = Column, HEADERS, "CaseTableModel"
    sort_requested = Signal(str, bool)  # field, descending


    # ---- data in


    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        col = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col)
        if role == RAW_ROLE:
            return self._raw(row, col)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == Column.CLOSING_DUE and row.closing_due_provisional:
                return tr("该日期所在年份的法定节假日尚未录入，暂按周末计算；录入后会自动重新计算。")
            if col in (Column.REQUESTERS, Column.RESPONDENTS, Column.PATENT_TITLE):
                return self._display(row, col)
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == Column.CASE_NUMBER and not row.case_number:
                return QBrush(QColor("#757575"))
            if col == Column.STATE and row.suspended:
                return QBrush(QColor("#e65100"))
        return None

    def _display(self, row: CaseListRow, col: Column) -> str:
        if col == Column.CASE_NUMBER:
            return row.case_number or tr("未立案")
        if col == Column.STATE:
            text = labels.case_state(row.state)
            return f"{text}（{tr('中止')}）" if row.suspended else text
        if col == Column.PATENT_NUMBER:
            return row.patent_number
        if col == Column.PATENT_TITLE:
            return row.patent_title
        if col == Column.REQUESTERS:
            return row.requesters
        if col == Column.RESPONDENTS:
            return row.respondents
        if col == Column.OFFICER:
            return row.officer_name
        if col == Column.RECEIVED:
            return labels.fmt_date(row.received_date)
        if col == Column.REGISTERED:
            return labels.fmt_date(row.registered_date)
        if col == Column.CLOSING_DUE:
            if row.closed_date:
                return tr("已结 %1").replace("%1", labels.fmt_date(row.closed_date))
            return labels.provisional_date(row.closing_due, row.closing_due_provisional)
        if col == Column.FLAGS:
            return flags_text(row)
        return ""

    @staticmethod
    def _raw(row: CaseListRow, col: Column):
        return {
            Column.CASE_NUMBER: row.case_number,
            Column.STATE: row.state,
            Column.PATENT_NUMBER: row.patent_number,
            Column.PATENT_TITLE: row.patent_title,
            Column.REQUESTERS: row.requesters,
            Column.RESPONDENTS: row.respondents,
            Column.OFFICER: row.officer_name,
            Column.RECEIVED: row.received_date,
            Column.REGISTERED: row.registered_date,
            Column.CLOSING_DUE: row.closing_due,
            Column.FLAGS: (row.suspended, row.flag_foreign, row.flag_ecommerce, row.flag_trade_fair),
        }[col]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        field = SORT_FIELD.get(Column(column))
        if field:
            self.sort_requested.emit(field, order == Qt.SortOrder.DescendingOrder)
