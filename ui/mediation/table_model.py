"""Mediation cases (MediationCaseRow DTOs) as a table: the 调解 section's list, the next time limit coloured
like the deadline lists."""
from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ipcase.domain.numbering import DEFAULT_MEDIATION_PATTERN
from ipcase.dto.mediation import MediationCaseRow
from ui.common import deadline_model as dl
from ui.common import labels, texts
from ui.common.i18n import tr
from ui.common.scrolling_table import FetchingModel
from ui.common.table_model import Col, sort_fields
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


def state_text(r: MediationCaseRow) -> str:
    return mediation_case_labels.mediation_state(r.state) + (tr("（延长待批）") if r.extension_pending else "")


def next_due_text(r: MediationCaseRow) -> str:
    return f"{labels.fmt_date(r.next_due)} {texts.deadline_code(r.next_due_code)}" if r.next_due else ""


def _shown(header: str, display) -> Col:
    """A column whose raw value is its text."""
    return Col(header, display, raw=display)


COLUMNS = {
    Column.NUMBER: Col(QT_TRANSLATE_NOOP("MediationCaseTableModel", "案号"), lambda r: r.case_number or tr("未立案"),
                       raw=lambda r: r.case_number or tr("未立案"),
                       tooltip=lambda r: labels.provisional_number_tip(r.case_number),
                       least=labels.number_sample(DEFAULT_MEDIATION_PATTERN)),
    Column.KIND: _shown(QT_TRANSLATE_NOOP("MediationCaseTableModel", "类别"),
                        lambda r: mediation_case_labels.mediation_kind(r.kind)),
    Column.STATE: _shown(QT_TRANSLATE_NOOP("MediationCaseTableModel", "状态"), state_text),
    Column.REQUESTERS: _shown(QT_TRANSLATE_NOOP("MediationCaseTableModel", "请求人"), lambda r: r.requesters),
    Column.RESPONDENTS: _shown(QT_TRANSLATE_NOOP("MediationCaseTableModel", "被请求人"), lambda r: r.respondents),
    Column.PATENT: _shown(QT_TRANSLATE_NOOP("MediationCaseTableModel", "专利号"), lambda r: r.patent_number),
    Column.OFFICER: _shown(QT_TRANSLATE_NOOP("MediationCaseTableModel", "承办人"), lambda r: r.officer_name),
    Column.RECEIVED: Col(QT_TRANSLATE_NOOP("MediationCaseTableModel", "收到日期"),
                         lambda r: labels.fmt_date(r.received_date), raw=lambda r: r.received_date,
                         sort_field="received_date"),
    Column.NEXT_DUE: Col(QT_TRANSLATE_NOOP("MediationCaseTableModel", "最近期限"), next_due_text,
                         raw=lambda r: r.next_due,
                         background=lambda r: {"overdue": dl.OVERDUE_BACKGROUND,
                                               "due_soon": dl.DUE_SOON_BACKGROUND}.get(r.urgency),
                         tooltip=lambda r: texts.deadline_code(r.next_due_code) if r.next_due_code else None),
}
SORT_FIELD = sort_fields(COLUMNS)   # the database sorts by 收到日期 only (its index)


class MediationCaseTableModel(FetchingModel):
    columns, specs, context = Column, COLUMNS, "MediationCaseTableModel"
