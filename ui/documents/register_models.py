"""The 文书 section's two registers as scrolling tables (issue 19): documents issued (DocumentInfo rows) and what
is waiting to be served (ToServeRow rows, one an addressee); both sorted by the database on 签发时间."""
from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ipcase.domain.numbering import DEFAULT_CASE_PATTERN
from ui.common import labels
from ui.common.scrolling_table import FetchingModel
from ui.common.table_model import Col, sort_fields


def _shown(header: str, display) -> Col:
    """A column whose raw value is its text."""
    return Col(header, display, raw=display)


def _case_number(r) -> str:
    return r.case_number or ""


def _document_columns(columns: type[IntEnum], *, case: str, title: str, number: str, addressee: str,
                      issued: str) -> dict[IntEnum, Col]:
    """The columns both registers show of a document (DocumentInfo and ToServeRow both carry these fields), keyed
    by the members of the same names in `columns`, headed by the given headers (marked in the model's context)."""
    return {
        columns.CASE: Col(case, _case_number, raw=_case_number, least=labels.number_sample(DEFAULT_CASE_PATTERN)),
        columns.TITLE: _shown(title, lambda r: r.title),
        columns.NUMBER: _shown(number, lambda r: r.number),
        columns.ADDRESSEE: _shown(addressee, lambda r: r.addressee),
        columns.ISSUED: Col(issued, lambda r: labels.fmt_date(r.issued_at), raw=lambda r: r.issued_at,
                            sort_field="issued_at"),
    }


class IssuedColumn(IntEnum):
    CASE = 0
    TITLE = 1
    NUMBER = 2
    ADDRESSEE = 3
    ISSUED = 4
    SIGNED_BY = 5
    ISSUED_BY = 6
    SERVED = 7


ISSUED_COLUMNS = {
    **_document_columns(
        IssuedColumn, case=QT_TRANSLATE_NOOP("IssuedDocumentsModel", "案号"),
        title=QT_TRANSLATE_NOOP("IssuedDocumentsModel", "文书"), number=QT_TRANSLATE_NOOP("IssuedDocumentsModel", "文号"),
        addressee=QT_TRANSLATE_NOOP("IssuedDocumentsModel", "受送达人/对象"),
        issued=QT_TRANSLATE_NOOP("IssuedDocumentsModel", "签发时间")),
    IssuedColumn.SIGNED_BY: _shown(QT_TRANSLATE_NOOP("IssuedDocumentsModel", "签发人"), lambda d: d.signed_by),
    IssuedColumn.ISSUED_BY: _shown(QT_TRANSLATE_NOOP("IssuedDocumentsModel", "制作人"), lambda d: d.issued_by),
    IssuedColumn.SERVED: _shown(QT_TRANSLATE_NOOP("IssuedDocumentsModel", "送达记录"), lambda d: str(d.served_count)),
}
ISSUED_SORT = sort_fields(ISSUED_COLUMNS)   # by 签发时间 only (index ix_documents_office_issued)


class IssuedDocumentsModel(FetchingModel):
    columns, specs, context = IssuedColumn, ISSUED_COLUMNS, "IssuedDocumentsModel"


class PendingColumn(IntEnum):
    CASE = 0
    TITLE = 1
    NUMBER = 2
    ADDRESSEE = 3
    ISSUED = 4
    DEEMED = 5


PENDING_COLUMNS = {
    **_document_columns(
        PendingColumn, case=QT_TRANSLATE_NOOP("PendingServiceModel", "案号"),
        title=QT_TRANSLATE_NOOP("PendingServiceModel", "文书"), number=QT_TRANSLATE_NOOP("PendingServiceModel", "文号"),
        addressee=QT_TRANSLATE_NOOP("PendingServiceModel", "受送达人"),
        issued=QT_TRANSLATE_NOOP("PendingServiceModel", "签发时间")),
    PendingColumn.DEEMED: Col(QT_TRANSLATE_NOOP("PendingServiceModel", "公告期满视为送达"),
                              lambda r: labels.fmt_date(r.pending_deemed), raw=lambda r: r.pending_deemed),
}
PENDING_SORT = sort_fields(PENDING_COLUMNS)


class PendingServiceModel(FetchingModel):
    columns, specs, context = PendingColumn, PENDING_COLUMNS, "PendingServiceModel"
