"""The intake register (IntakeRow DTOs) as a table: the next running time limit coloured by urgency, and
重复侵权 in red with the earlier ruling's 案号."""
from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ipcase.dto.intake import IntakeRow
from ui.common import labels, texts
from ui.common.deadline_model import (
    DUE_SOON_BACKGROUND,
    DUE_SOON_FOREGROUND,
    OVERDUE_BACKGROUND,
    OVERDUE_FOREGROUND,
)
from ui.common.i18n import tr
from ui.common.scrolling_table import FetchingModel
from ui.common.table_model import Col, sort_fields
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


def due_background(r: IntakeRow):
    return {"overdue": OVERDUE_BACKGROUND, "due_soon": DUE_SOON_BACKGROUND}.get(r.urgency)


def due_foreground(r: IntakeRow):
    return {"overdue": OVERDUE_FOREGROUND, "due_soon": DUE_SOON_FOREGROUND}.get(r.urgency)


def _repeat(r: IntakeRow) -> bool:
    return r.repeat_case_number is not None


def repeat_tooltip(r: IntakeRow) -> str | None:
    if not _repeat(r):
        return None
    return tr("被请求人已被生效裁决认定侵犯同一专利权（《专利纠纷行政裁决和调解办法》第三十四条）")

# The sort fields are the ones the database can sort by (IntakeFilter.sort).
COLUMNS = {
    Column.NUMBER: Col(QT_TRANSLATE_NOOP("IntakeTableModel", "收案编号"), lambda r: r.number,
                       raw=lambda r: r.number, tooltip=lambda r: labels.provisional_number_tip(r.number),
                       sort_field="number"),
    Column.RECEIVED: Col(QT_TRANSLATE_NOOP("IntakeTableModel", "收到时间"), lambda r: labels.fmt_date(r.received_at),
                         raw=lambda r: r.received_at, sort_field="received_at"),
    Column.KIND: Col(QT_TRANSLATE_NOOP("IntakeTableModel", "事项"), lambda r: intake_labels.intake_kind(r.kind),
                     raw=lambda r: r.kind, sort_field="kind"),
    Column.STATE: Col(QT_TRANSLATE_NOOP("IntakeTableModel", "状态"), lambda r: intake_labels.intake_state(r.state),
                      raw=lambda r: r.state, sort_field="state"),
    Column.DUE: Col(QT_TRANSLATE_NOOP("IntakeTableModel", "期限"), due_text, raw=lambda r: r.next_due,
                    foreground=due_foreground, background=due_background),
    Column.TARGETS: Col(QT_TRANSLATE_NOOP("IntakeTableModel", "对象/被请求人"), lambda r: r.targets,
                        raw=lambda r: r.targets, sort_field="targets"),
    Column.FLAGS: Col(QT_TRANSLATE_NOOP("IntakeTableModel", "提示"), flags_text, raw=lambda r: r.repeat_case_number,
                      foreground=lambda r: OVERDUE_FOREGROUND if _repeat(r) else None,
                      tooltip=repeat_tooltip),
    Column.CHANNEL: Col(QT_TRANSLATE_NOOP("IntakeTableModel", "渠道"),
                        lambda r: intake_labels.intake_channel(r.channel), raw=lambda r: r.channel,
                        sort_field="channel"),
    Column.SUBMITTER: Col(QT_TRANSLATE_NOOP("IntakeTableModel", "来件人"),
                          lambda r: tr("（匿名）") if r.anonymous else r.submitter, raw=lambda r: r.submitter),
    Column.PATENTS: Col(QT_TRANSLATE_NOOP("IntakeTableModel", "专利号"), lambda r: r.patents,
                        raw=lambda r: r.patents),
    Column.TRACK: Col(QT_TRANSLATE_NOOP("IntakeTableModel", "程序"),
                      lambda r: intake_labels.track(r.track) if r.track else "", raw=lambda r: r.track,
                      sort_field="track"),
    Column.HANDLER: Col(QT_TRANSLATE_NOOP("IntakeTableModel", "承办人"), lambda r: r.handler_name or tr("（未分配）"),
                        raw=lambda r: r.handler_name, sort_field="handler_name"),
}
SORT_FIELD = sort_fields(COLUMNS)


class IntakeTableModel(FetchingModel):
    columns, specs, context = Column, COLUMNS, "IntakeTableModel"
