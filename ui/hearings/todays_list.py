"""工作台 › 今日口审: the office's sessions of today — time, room, case, parties, status; double-click opens the case."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QGroupBox, QVBoxLayout, QWidget

from ipcase.dto.hearings import CalendarEntry
from ipcase.queries.hearings import sessions as hearing_queries
from ui.common.plain_table import fill_rows, read_only_table
from ui.hearings import labels as hearing_labels
from ui.shell.context import AppContext

CTX = "TodaysHearings"
HEADERS = (QT_TRANSLATE_NOOP("TodaysHearings", "时间"), QT_TRANSLATE_NOOP("TodaysHearings", "口审庭"),
           QT_TRANSLATE_NOOP("TodaysHearings", "案号"),
           QT_TRANSLATE_NOOP("TodaysHearings", "当事人"), QT_TRANSLATE_NOOP("TodaysHearings", "合议组/书记员"),
           QT_TRANSLATE_NOOP("TodaysHearings", "状态"))


class TodaysHearingsBox(QGroupBox):
    case_open_requested = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.rows: tuple[CalendarEntry, ...] = ()
        self.setObjectName("todays_hearings_box")
        layout = QVBoxLayout(self)
        self.table = read_only_table(CTX, HEADERS, "todays_hearings_table")
        self.table.cellDoubleClicked.connect(lambda row, _c: self.case_open_requested.emit(self.rows[row].case_id))
        layout.addWidget(self.table)
        self.setTitle(self.tr("今日口审"))

    def refresh(self) -> None:
        ctx = self._ctx
        ctx.runner.run_db(ctx.db(hearing_queries.todays_hearings, office_id=ctx.user.office_id,
                                 today=ctx.clock.today()), on_success=self._on_loaded, owner=self)

    def _on_loaded(self, rows: tuple[CalendarEntry, ...]) -> None:
        self.rows = rows
        self.setTitle(self.tr("今日口审（%1）").replace("%1", str(len(rows))))
        fill_rows(self.table, [
            (f"{e.starts_at:%H:%M}–{e.ends_at:%H:%M}", e.room_name + (self.tr("（线上）") if e.online else ""),
             e.case_number, e.title, e.people, hearing_labels.hearing_status(e.status)) for e in rows])
