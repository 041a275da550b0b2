"""The intake register (IntakeRow DTOs) as a table: the next running time limit coloured by urgency, and
重复侵权 in red with the earlier ruling's 案号."""
from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush

from ipcase.dto.intake import IntakeRow
from ui.common import labels, texts
from ui.common.deadline_model import (
    DUE_SOON_BACKGROUND,
    DUE_SOON_FOREGROUND,
    OVERDUE_BACKGROUND,
    OVERDUE_FOREGROUND,
)
from ui.common.i18n import tr
from ui.common.table_model import RAW_ROLE, ROW_ROLE, DtoTableModel, Index
from ui.intake import labels as intake_labels


class Column(IntEnum):
    # What the officer triages by comes first: the limit and the 重复侵权 hint before the details.
    NUMBER = 0
    RECEIVED = 1
    KIND = 2
    STATE = 3
    DUE = 4
    TARGETS = 5
    FLAGS = 6
    CHANNEL = 7
    SUBMITTER = 8
    PATENTS = 9
    TRACK = 10
    HANDLER = 11


HEADERS = {
    Column.NUMBER: QT_TRANSLATE_NOOP("IntakeTableModel", "收案编号"),
    Column.RECEIVED: QT_TRANSLATE_NOOP("IntakeTableModel", "收到时间"),
    Column.KIND: QT_TRANSLATE_NOOP("IntakeTableModel", "事项"),
    Column.CHANNEL: QT_TRANSLATE_NOOP("IntakeTableModel", "渠道"),
    Column.SUBMITTER: QT_TRANSLATE_NOOP("IntakeTableModel", "来件人"),
    Column.TARGETS: QT_TRANSLATE_NOOP("IntakeTableModel", "对象/被请求人"),
    Column.PATENTS: QT_TRANSLATE_NOOP("IntakeTableModel", "专利号"),
    Column.STATE: QT_TRANSLATE_NOOP("IntakeTableModel", "状态"),
    Column.DUE: QT_TRANSLATE_NOOP("IntakeTableModel", "期限"),
    Column.TRACK: QT_TRANSLATE_NOOP("IntakeTableModel", "程序"),
    Column.HANDLER: QT_TRANSLATE_NOOP("IntakeTableModel", "承办人"),
    Column.FLAGS: QT_TRANSLATE_NOOP("IntakeTableModel", "提示"),
}

# Columns the database can sort by (IntakeFilter.sort).
SORT_FIELD = {Column.NUMBER: "number", Column.RECEIVED: "received_at", Column.KIND: "kind",
              Column.CHANNEL: "channel", Column.STATE: "state", Column.TRACK: "track",
              Column.HANDLER: "handler_name", Column.TARGETS: "targets"}


def due_text(r: IntakeRow) -> str:
    if r.next_due is None:
        return ""
    return f"{labels.provisional_date(r.next_due, r.next_due_provisional)} {texts.deadline_code(r.next_due_code)}"


def flags_text(r: IntakeRow) -> str:
    bits = []
    if r.repeat_case_number is not None:
        bits.append(tr("重复侵权（%1）").replace("%1", r.repeat_case_number or tr("未立案")))
    if r.case_number:
        bits.append(tr("案号 %1").replace("%1", r.case_number))
    return "；".join(bits)


class IntakeTableModel(DtoTableModel):
    columns, headers, context = Column, HEADERS, "IntakeTableModel"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r: IntakeRow = self._rows[index.row()]
        col = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, col)
        if role == RAW_ROLE:
            return self._raw(r, col)
        if role == ROW_ROLE:
            return r
        if col == Column.DUE and role == Qt.ItemDataRole.BackgroundRole:
            if r.urgency == "overdue":
                return QBrush(OVERDUE_BACKGROUND)
            if r.urgency == "due_soon":
                return QBrush(DUE_SOON_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == Column.DUE and r.urgency in ("overdue", "due_soon"):
                return QBrush(OVERDUE_FOREGROUND if r.urgency == "overdue" else DUE_SOON_FOREGROUND)
            if col == Column.FLAGS and r.repeat_case_number is not None:
                return QBrush(OVERDUE_FOREGROUND)
        if role == Qt.ItemDataRole.ToolTipRole and col == Column.FLAGS and r.repeat_case_number is not None:
            return tr("被请求人已被生效裁决认定侵犯同一专利权（《专利纠纷行政裁决和调解办法》第三十四条）")
        return None

    @staticmethod
    def _display(r: IntakeRow, col: Column) -> str:
        if col == Column.NUMBER:
            return r.number
        if col == Column.RECEIVED:
            return labels.fmt_date(r.received_at)
        if col == Column.KIND:
            return intake_labels.intake_kind(r.kind)
        if col == Column.CHANNEL:
            return intake_labels.intake_channel(r.channel)
        if col == Column.SUBMITTER:
            return tr("（匿名）") if r.anonymous else r.submitter
        if col == Column.TARGETS:
            return r.targets
        if col == Column.PATENTS:
            return r.patents
        if col == Column.STATE:
            return intake_labels.intake_state(r.state)
        if col == Column.DUE:
            return due_text(r)
        if col == Column.TRACK:
            return intake_labels.track(r.track) if r.track else ""
        if col == Column.HANDLER:
            return r.handler_name or tr("（未分配）")
        if col == Column.FLAGS:
            return flags_text(r)
        return ""

    @staticmethod
    def _raw(r: IntakeRow, col: Column):
        return {
            Column.NUMBER: r.number, Column.RECEIVED: r.received_at, Column.KIND: r.kind,
            Column.CHANNEL: r.channel, Column.SUBMITTER: r.submitter, Column.TARGETS: r.targets,
            Column.PATENTS: r.patents, Column.STATE: r.state, Column.DUE: r.next_due, Column.TRACK: r.track,
            Column.HANDLER: r.handler_name, Column.FLAGS: r.repeat_case_number,
        }[col]
