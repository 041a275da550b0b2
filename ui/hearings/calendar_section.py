"""口审日程: the office's hearings by week (drag a session to move it) or by month, for every room, one room or
one person; beside it the 回执 that are overdue and the postponement requests waiting for the panel."""
from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ipcase.domain.permissions import may
from ipcase.dto.hearings import CalendarEntry, HearingDetail, PendingItem
from ipcase.queries.admin import holidays as holiday_queries
from ipcase.queries.admin import users as user_queries
from ipcase.queries.hearings import sessions as hearing_queries
from ui.common import labels
from ui.common.list_output import Cells, ListOutput
from ui.hearings import labels as hearing_labels
from ui.hearings.schedule_dialog import HearingDialog
from ui.hearings.week_grid import TODAY_FILL, WeekGrid
from ui.shell.context import AppContext


def monday_of(d: date) -> date:
    return d - timedelta(days=d.weekday())


def opening_day(today: date) -> date:
    """The day the calendar opens on: today, or on a Saturday or Sunday the coming Monday — the week one plans."""
    return today + timedelta(days=7 - today.weekday()) if today.weekday() >= 5 else today


class HearingCalendarView(QWidget):
    case_open_requested = Signal(int)
    case_changed = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.anchor = opening_day(ctx.clock.today())
        self.move_dialog: HearingDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        bar = QHBoxLayout()
        layout.addLayout(bar)
        self.week_button = QPushButton(self.tr("周(&W)"))
        self.month_button = QPushButton(self.tr("月(&Y)"))
        for b in (self.week_button, self.month_button):
            b.setCheckable(True)
            bar.addWidget(b)
        self.week_button.setChecked(True)
        self.week_button.clicked.connect(lambda: self.set_mode("week"))
        self.month_button.clicked.connect(lambda: self.set_mode("month"))
        self.prev_button, self.today_button, self.next_button = (
            QPushButton(self.tr("◀ 上一页")), QPushButton(self.tr("今天(&T)")), QPushButton(self.tr("下一页 ▶")))
        self.prev_button.clicked.connect(lambda: self._step(-1))
        self.next_button.clicked.connect(lambda: self._step(1))
        self.today_button.clicked.connect(self._on_today_button_clicked)
        for b in (self.prev_button, self.today_button, self.next_button):
            bar.addWidget(b)
        self.range_label = QLabel()
        self.range_label.setObjectName("range_label")
        self.range_label.setMinimumWidth(220)
        bar.addWidget(self.range_label)
        bar.addStretch(1)
        filter_label = QLabel(self.tr("显示(&F)："))
        bar.addWidget(filter_label)
        self.filter_combo = QComboBox()
        filter_label.setBuddy(self.filter_combo)
        self.filter_combo.setObjectName("filter_combo")
        self.filter_combo.setMinimumWidth(200)
        self.filter_combo.addItem(self.tr("全部口审"), None)
        self.filter_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        bar.addWidget(self.filter_combo)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        layout.addWidget(splitter, 1)
        self.pages = QStackedWidget()
        splitter.addWidget(self.pages)
        self.week_grid = WeekGrid()
        self.week_grid.move_requested.connect(self._on_week_grid_move_requested)
        self.week_grid.opened.connect(lambda e: self.case_open_requested.emit(e.case_id))
        scroll = QScrollArea()
        scroll.setWidget(self.week_grid)
        scroll.setWidgetResizable(True)
        self.pages.addWidget(scroll)
        self.month_table = QTableWidget(6, 7)
        self.month_table.setObjectName("month_table")
        self.month_table.setHorizontalHeaderLabels(
            [QLocale().dayName(weekday, QLocale.FormatType.ShortFormat) for weekday in range(1, 8)])
        self.month_table.verticalHeader().hide()
        self.month_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.month_table.setWordWrap(True)
        self.month_table.cellDoubleClicked.connect(self._on_month_table_cell_double_clicked)
        self.pages.addWidget(self.month_table)
        # the sessions of the week or month shown, for the room or person chosen: the 口审 register on paper
        # (over the side list, so the top bar stays narrow enough for a 1366×768 screen at 125 %)
        self.output = ListOutput(ctx, self._shown_sessions, title=lambda: self.tr("口头审理登记"),
                                 subtitle=self._output_subtitle, file_stem=lambda: self.tr("口头审理登记"))
        side_column = QWidget()
        side_column_layout = QVBoxLayout(side_column)
        side_column_layout.setContentsMargins(0, 0, 0, 0)
        side_column_layout.addWidget(self.output)
        side = QGroupBox(self.tr("待办：回执与延期申请"))
        side_column_layout.addWidget(side, 1)
        side_layout = QVBoxLayout(side)
        self.pending_list = QListWidget()
        self.pending_list.setObjectName("pending_list")
        # long party names wrap onto more lines instead of running out of the list
        self.pending_list.setWordWrap(True)
        self.pending_list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.pending_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.pending_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side.setMinimumWidth(240)
        self.pending_list.itemDoubleClicked.connect(
            lambda item: self.case_open_requested.emit(item.data(Qt.ItemDataRole.UserRole).case_id))
        side_layout.addWidget(self.pending_list)
        splitter.addWidget(side_column)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        self.mode = "week"
        self.entries: tuple[CalendarEntry, ...] = ()
        self._month_cells: dict[tuple[int, int], date] = {}
        self._filters_loaded = False

    # ---- navigation
    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self.week_button.setChecked(mode == "week")
        self.month_button.setChecked(mode == "month")
        self.pages.setCurrentIndex(0 if mode == "week" else 1)
        self.refresh()

    def _step(self, direction: int) -> None:
        if self.mode == "week":
            self.anchor += timedelta(days=7 * direction)
        else:
            first = self.anchor.replace(day=1)
            self.anchor = (first + timedelta(days=32 * direction if direction > 0 else -1)).replace(day=1)
        self.refresh()

    def _on_today_button_clicked(self) -> None:
        self.anchor = opening_day(self._ctx.clock.today())
        self.refresh()

    def show_week_of(self, day: date) -> None:
        self.anchor = day
        self.set_mode("week")

    def _range(self) -> tuple[date, date]:
        if self.mode == "week":
            start = monday_of(self.anchor)
            return start, start + timedelta(days=6)
        first = monday_of(self.anchor.replace(day=1))
        return first, first + timedelta(days=41)

    # ---- loading
    def refresh(self) -> None:
        ctx = self._ctx
        if not self._filters_loaded:
            self._filters_loaded = True
            ctx.runner.run_db(ctx.db(hearing_queries.rooms, office_id=ctx.user.office_id, include_inactive=True),
                              on_success=self._on_rooms_loaded, owner=self)
            ctx.runner.run_db(ctx.db(user_queries.list_users), on_success=self._on_users_loaded, owner=self)
        start, end = self._range()
        kind, ident = self.filter_combo.currentData() or (None, None)
        ctx.runner.run_db(ctx.db(hearing_queries.calendar, office_id=ctx.user.office_id, start=start, end=end,
                                 room_id=ident if kind == "room" else None,
                                 user_id=ident if kind == "user" else None),
                          on_success=self._on_entries_loaded, owner=self)
        ctx.runner.run_db(ctx.db(holiday_queries.holiday_years, years=sorted({start.year, end.year})),
                          on_success=self._on_years_loaded, owner=self)
        ctx.runner.run_db(ctx.db(hearing_queries.pending_items, office_id=ctx.user.office_id, today=ctx.clock.today()),
                          on_success=self._on_pending_loaded, owner=self)

    def _on_rooms_loaded(self, rooms) -> None:
        for r in rooms:
            self.filter_combo.addItem(self.tr("口审庭：%1").replace("%1", r.name), ("room", r.id))

    def _on_users_loaded(self, users) -> None:
        for u in users:
            if u.active and may(u.role, "panel.sit"):   # whose hearings one may look up
                self.filter_combo.addItem(self.tr("人员：%1").replace("%1", u.full_name), ("user", u.id))

    def _on_years_loaded(self, infos) -> None:
        start, end = self._range()
        rest = set()
        holidays = {d for i in infos for d, _n in i.holidays}
        workdays = {d for i in infos for d, _n in i.workdays}
        d = start
        while d <= end:
            if d in holidays or (d.weekday() >= 5 and d not in workdays):
                rest.add(d)
            d += timedelta(days=1)
        self._rest = rest
        self.week_grid.set_week(monday_of(self.anchor), self.week_grid.entries, rest, self._ctx.clock.today())

    def _on_entries_loaded(self, entries: tuple[CalendarEntry, ...]) -> None:
        self.entries = entries
        start, end = self._range()
        if self.mode == "week":
            self.range_label.setText(f"{start:%Y-%m-%d} — {end:%Y-%m-%d}")
            self.week_grid.set_week(start, entries, getattr(self, "_rest", set()), self._ctx.clock.today())
            return
        self.range_label.setText(self.tr("%1年%2月").replace("%1", str(self.anchor.year))
                                 .replace("%2", str(self.anchor.month)))
        by_day: dict[date, list[CalendarEntry]] = {}
        for e in entries:
            by_day.setdefault(e.starts_at.date(), []).append(e)
        self._month_cells.clear()
        for i in range(42):
            day = start + timedelta(days=i)
            row, col = divmod(i, 7)
            self._month_cells[row, col] = day
            lines = [f"{e.starts_at:%H:%M} {e.room_name} {e.case_number or ''}" for e in by_day.get(day, [])]
            is_today = day == self._ctx.clock.today()
            head = self.tr("%1 今天").replace("%1", str(day.day)) if is_today else str(day.day)
            item = QTableWidgetItem("\n".join([head] + lines))
            if day.month != self.anchor.month:
                item.setForeground(Qt.GlobalColor.gray)
            if is_today:
                item.setBackground(TODAY_FILL)
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            item.setToolTip("\n".join(f"{hearing_labels.hearing_when(e.starts_at, e.ends_at)} {e.room_name}\n"
                                      f"{e.case_number or ''} {e.title}\n{e.people}" for e in by_day.get(day, [])))
            self.month_table.setItem(row, col, item)
        self.month_table.resizeRowsToContents()

    def _on_pending_loaded(self, items: tuple[PendingItem, ...]) -> None:
        self.pending_list.clear()
        for p in items:
            text = (f"{hearing_labels.pending_kind(p.kind)}：{p.case_number or ''} {p.party_name}"
                    f"（口审 {labels.fmt_date(p.starts_at)}，{labels.fmt_date(p.due)}）")
            item = QListWidgetItem(text)
            item.setToolTip(text)
            item.setData(Qt.ItemDataRole.UserRole, p)
            self.pending_list.addItem(item)
        if not items:
            self.pending_list.addItem(self.tr("（无）"))

    # ---- export and print
    def register_cells(self) -> Cells:
        """The sessions shown (the range and the room or person chosen), one line each, in time order."""
        headers = [self.tr("时间"), self.tr("口审庭"), self.tr("案号"), self.tr("当事人"), self.tr("第几次"),
                   self.tr("人员"), self.tr("状态"), self.tr("公开")]
        rows = [[hearing_labels.hearing_when(e.starts_at, e.ends_at), e.room_name, e.case_number or self.tr("未立案"),
                 e.title, str(e.session_no), e.people, hearing_labels.hearing_status(e.status),
                 labels.yes_no(e.public)] for e in self.entries]
        return headers, rows

    def _shown_sessions(self, _owner: QWidget, then) -> None:
        then(self.register_cells())

    def _output_subtitle(self) -> str:
        start, end = self._range()
        bits = [self.tr("%1 至 %2").replace("%1", labels.fmt_date(start)).replace("%2", labels.fmt_date(end)),
                self.filter_combo.currentText() if self.filter_combo.currentData() else "",
                self.tr("导出时间：%1").replace("%1", labels.fmt_date(self._ctx.clock.now()))]
        return "；".join(b for b in bits if b)

    # ---- moving by drag
    def _on_month_table_cell_double_clicked(self, row: int, col: int) -> None:
        self.show_week_of(self._month_cells.get((row, col), self.anchor))

    def _on_week_grid_move_requested(self, entry: CalendarEntry, starts_at: datetime) -> None:
        ctx = self._ctx
        ctx.runner.run_db(ctx.db(hearing_queries.hearing_detail, entry.hearing_id, today=ctx.clock.today()),
                          on_success=lambda h: self._open_move(h, starts_at), owner=self)

    def _open_move(self, hearing: HearingDetail, starts_at: datetime) -> None:
        dialog = HearingDialog(self._ctx, hearing.case_id, self, hearing=hearing, starts_at=starts_at)
        dialog.saved.connect(lambda ref: (self.refresh(), self.case_changed.emit(ref.case_id)))
        self.move_dialog = dialog
        dialog.open()
