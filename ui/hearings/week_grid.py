"""A week of hearings drawn as blocks on a day × hour grid. A scheduled block can be dragged to another day
or time (snapped to 15 minutes); dropping it asks for the move (`move_requested`) — nothing changes until
the move dialog has re-checked every rule and the officer saved it."""
from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate, QLocale, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from ipcase.dto.hearings import CalendarEntry
from ui.hearings import labels as hearing_labels

FIRST_HOUR, LAST_HOUR = 8, 19
HOUR_PX, LEFT_PX, TOP_PX, SNAP_MIN = 40, 52, 36, 15   # HOUR_PX: the least height of an hour; it grows to fill
# the least width of a day: seven of them beside the side list fit a 1366×768 screen at 125 % (1093 px) without
# scrolling sideways; a day's head wraps onto two lines when the day is that narrow
DAY_PX = 86
TODAY_FILL, TODAY_HEAD = QColor("#fff8e1"), QColor("#ff8f00")
COLOURS = {"scheduled": QColor("#bbdefb"), "held": QColor("#e0e0e0"), "adjourned": QColor("#ffe0b2")}


class WeekGrid(QWidget):
    move_requested = Signal(object, object)   # CalendarEntry, new start (datetime)
    opened = Signal(object)                   # CalendarEntry (double-click)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("week_grid")
        self.setMinimumSize(LEFT_PX + 7 * DAY_PX, TOP_PX + (LAST_HOUR - FIRST_HOUR) * HOUR_PX + 10)
        self.setMouseTracking(False)
        self.monday = date.today()
        self.entries: tuple[CalendarEntry, ...] = ()
        self.rest_days: set[date] = set()
        self.today: date | None = None   # marked when it lies in the week
        self._drag: CalendarEntry | None = None
        self._drag_offset = timedelta()
        self._ghost: datetime | None = None

    def set_week(self, monday: date, entries: tuple[CalendarEntry, ...], rest_days: set[date],
                 today: date | None = None) -> None:
        self.monday, self.entries, self.rest_days = monday, entries, rest_days
        if today is not None:
            self.today = today
        self.update()

    # ---- geometry
    def _day_width(self) -> float:
        return (self.width() - LEFT_PX) / 7

    def hour_px(self) -> float:
        """An hour's height: the grid fills the height it is given (at least HOUR_PX an hour)."""
        # 10 px under the last line keep its hour label inside the widget
        return max(float(HOUR_PX), (self.height() - TOP_PX - 10) / (LAST_HOUR - FIRST_HOUR))

    def point_for(self, at: datetime) -> QPoint:
        """Where `at` lies on the grid (tests drag with it)."""
        day = (at.date() - self.monday).days
        minutes = (at.hour - FIRST_HOUR) * 60 + at.minute
        return QPoint(int(LEFT_PX + (day + 0.5) * self._day_width()), int(TOP_PX + minutes * self.hour_px() / 60) + 2)

    def time_at(self, pos: QPoint) -> datetime | None:
        if pos.x() < LEFT_PX or pos.y() < TOP_PX:
            return None
        day = min(6, int((pos.x() - LEFT_PX) / self._day_width()))
        minutes = (pos.y() - TOP_PX) * 60 / self.hour_px()
        minutes = int(minutes // SNAP_MIN * SNAP_MIN)
        return datetime.combine(self.monday + timedelta(days=day), time(FIRST_HOUR)) + timedelta(minutes=minutes)

    def _rect(self, start: datetime, end: datetime, lane: int = 0, lanes: int = 1) -> QRect:
        day = (start.date() - self.monday).days
        width = self._day_width() / lanes
        top = TOP_PX + ((start.hour - FIRST_HOUR) * 60 + start.minute) * self.hour_px() / 60
        height = max(18.0, (end - start).total_seconds() / 3600 * self.hour_px())
        return QRect(int(LEFT_PX + day * self._day_width() + lane * width) + 2, int(top), int(width) - 4,
                     int(height))

    def _layout(self) -> list[tuple[CalendarEntry, QRect]]:
        """Side-by-side lanes for sessions that overlap on the same day."""
        out = []
        by_day: dict[date, list[CalendarEntry]] = {}
        for e in self.entries:
            by_day.setdefault(e.starts_at.date(), []).append(e)
        for entries in by_day.values():
            lanes: list[datetime] = []
            placed = []
            for e in sorted(entries, key=lambda x: x.starts_at):
                lane = next((i for i, end in enumerate(lanes) if end <= e.starts_at), len(lanes))
                lanes[lane:lane + 1] = [e.ends_at]
                placed.append((e, lane))
            out += [(e, self._rect(e.starts_at, e.ends_at, lane, len(lanes))) for e, lane in placed]
        return out

    def entry_at(self, pos: QPoint) -> CalendarEntry | None:
        return next((e for e, rect in self._layout() if rect.contains(pos)), None)

    # ---- painting
    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), QColor("white"))
        w = self._day_width()
        for d in range(7):
            day = self.monday + timedelta(days=d)
            x = int(LEFT_PX + d * w)
            is_today = day == self.today
            if is_today:
                p.fillRect(QRect(x, 0, int(w), self.height()), TODAY_FILL)
            elif day in self.rest_days:
                p.fillRect(QRect(x, TOP_PX, int(w), self.height() - TOP_PX), QColor("#f5f5f5"))
            p.setPen(QColor("#9e9e9e"))
            p.drawLine(x, 0, x, self.height())
            # The window's locale names the weekday (周一 / Mon); the order of month and day is the language's.
            head = QLocale().toString(QDate(day.year, day.month, day.day), self.tr("M月d日 ddd"))
            if is_today:
                p.fillRect(QRect(x + 1, TOP_PX - 4, int(w) - 1, 4), TODAY_HEAD)
                head = self.tr("今天 %1").replace("%1", head)
            font = p.font()
            font.setBold(is_today)
            p.setFont(font)
            p.setPen(TODAY_HEAD if is_today else QColor("#212121"))
            p.drawText(QRect(x + 2, 0, int(w) - 4, TOP_PX), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, head)
            font.setBold(False)
            p.setFont(font)
        for h in range(FIRST_HOUR, LAST_HOUR + 1):
            y = int(TOP_PX + (h - FIRST_HOUR) * self.hour_px())
            p.setPen(QColor("#e0e0e0"))
            p.drawLine(LEFT_PX, y, self.width(), y)
            p.setPen(QColor("#616161"))
            p.drawText(QRect(0, y - 8, LEFT_PX - 6, 16), Qt.AlignmentFlag.AlignRight, f"{h}:00")
        for e, rect in self._layout():
            p.fillRect(rect, COLOURS.get(e.status, QColor("#bbdefb")))
            p.setPen(QPen(QColor("#1565c0") if e is self._drag else QColor("#90a4ae")))
            p.drawRect(rect)
            p.setPen(QColor("#0d47a1"))
            text = f"{e.starts_at:%H:%M} {e.room_name}\n{e.case_number or ''}\n{e.title}"
            p.drawText(rect.adjusted(3, 2, -2, -2), Qt.TextFlag.TextWordWrap, text)
        if self._drag is not None and self._ghost is not None:
            ghost = self._rect(self._ghost, self._ghost + (self._drag.ends_at - self._drag.starts_at))
            p.setPen(QPen(QColor("#1565c0"), 2, Qt.PenStyle.DashLine))
            p.drawRect(ghost)
        p.end()

    # ---- dragging
    def mousePressEvent(self, event: QMouseEvent) -> None:
        entry = self.entry_at(event.position().toPoint())
        at = self.time_at(event.position().toPoint())
        if entry is not None and entry.status == "scheduled" and at is not None:
            self._drag, self._drag_offset, self._ghost = entry, at - entry.starts_at, entry.starts_at
            self.setToolTip(hearing_labels.hearing_when(entry.starts_at, entry.ends_at))
            self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        at = self.time_at(event.position().toPoint())
        if self._drag is not None and at is not None:
            self._ghost = at - self._drag_offset
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        entry, ghost = self._drag, self._ghost
        self._drag = self._ghost = None
        self.update()
        if entry is not None and ghost is not None and ghost != entry.starts_at:
            self.move_requested.emit(entry, ghost)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        entry = self.entry_at(event.position().toPoint())
        if entry is not None:
            self.opened.emit(entry)
