"""Mediation cases (MediationCaseRow DTOs) as a table: the 调解 section's list, the next time limit coloured
like the deadline lists."""
from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush

from ipcase.dto.mediation import MediationCaseRow
from ui.common import deadline_model as dl
from ui.common import labels, texts
from ui.common.i18n import tr
from ui.common.table_model import RAW_ROLE, ROW_ROLE, DtoTableModel, Index
from ui.mediation import case_labels as mediation_case_labels


class Column(IntEnum):
    NUMBER = 0
    KIND = 1
    STATE = 2
    REQUESTERS = 3
    RESPONDENTS = 4
    PATENT = 5
    OFFICER = 6
    RECEIVED = 7
    NEXT_DUE = 8


HEADERS = {
    Column.NUMBER: QT_TRANSLATE_NOOP("MediationCaseTableModel", "案号"),
    Column.KIND: QT_TRANSLATE_NOOP("MediationCaseTableModel", "类别"),
    Column.STATE: QT_TRANSLATE_NOOP("MediationCaseTableModel", "状态"),
    Column.REQUESTERS: QT_TRANSLATE_NOOP("MediationCaseTableModel", "请求人"),
    Column.RESPONDENTS: QT_TRANSLATE_NOOP("MediationCaseTableModel", "被请求人"),
    Column.PATENT: QT_TRANSLATE_NOOP("MediationCaseTableModel", "专利号"),
    Column.OFFICER: QT_TRANSLATE_NOOP("MediationCaseTableModel", "承办人"),
    Column.RECEIVED: QT_TRANSLATE_NOOP("MediationCaseTableModel", "收到日期"),
    Column.NEXT_DUE: QT_TRANSLATE_NOOP("MediationCaseTableModel", "最近期限"),
}


class MediationCaseTableModel(DtoTableModel):
    columns, headers, context = Column, HEADERS, "MediationCaseTableModel"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r: MediationCaseRow = self._rows[index.row()]
        col = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, col)
        if role == ROW_ROLE:
            return r
        if role == RAW_ROLE:
            return {Column.RECEIVED: r.received_date, Column.NEXT_DUE: r.next_due}.get(col, self._display(r, col))
        if col == Column.NEXT_DUE and role == Qt.ItemDataRole.BackgroundRole:
            return {"overdue": QBrush(dl.OVERDUE_BACKGROUND), "due_soon": QBrush(dl.DUE_SOON_BACKGROUND)}.get(r.urgency)
        if col == Column.NEXT_DUE and role == Qt.ItemDataRole.ToolTipRole and r.next_due_code:
            return texts.deadline_code(r.next_due_code)
        return None

    @staticmethod
    def _display(r: MediationCaseRow, col: Column) -> str:
        if col == Column.NUMBER:
            return r.case_number or tr("未立案")
        if col == Column.KIND:
            return mediation_case_labels.mediation_kind(r.kind)
        if col == Column.STATE:
            return mediation_case_labels.mediation_state(r.state) + (tr("（延长待批）") if r.extension_pending else "")
        if col == Column.NEXT_DUE:
            return f"{labels.fmt_date(r.next_due)} {texts.deadline_code(r.next_due_code)}" if r.next_due else ""
        return {Column.REQUESTERS: r.requesters, Column.RESPONDENTS: r.respondents, Column.PATENT: r.patent_number,
                Column.OFFICER: r.officer_name, Column.RECEIVED: labels.fmt_date(r.received_date)}[col]
