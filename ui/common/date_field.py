"""The application's one date field: a line edit that reads dates the way people type them, and a calendar.

QDateEdit edits a date section by section: typing into an empty-looking field ("未填写" is its special value)
appends to the placeholder, Ctrl+A then "2016-04-22" lands in the sections one by one (1985-04-22), Tab walks the
sections instead of leaving the field, and its calendar opens at the minimum date. This field is plain text:
"未填写" is a placeholder, the text is read as a whole (`parse_date`) when it is typed or left, Tab leaves, and the
calendar (the button, or Alt+↓/F4) opens at the field's date, else at the related date (`near`), else today.

A value it cannot take (unreadable, after `latest`, before `earliest`) is said under the field and marks it; the
field keeps its last good date and the typed text, so nothing is silently replaced.

`DateTimeField` is the same field for a moment (收到时间, a service's time): "2026-12-06 09:30", "2026/12/6 9:30",
"20261206 0930", "2026年12月6日9时30分", "2026-12-6 下午3点"; a date typed alone keeps the time the field had."""
from __future__ import annotations

import operator
import re
import unicodedata
from collections.abc import Callable
from datetime import date, datetime, time

from PySide6.QtCore import QDate, QDateTime, QEvent, QLocale, QPoint, Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.common.i18n import tr
from ui.common.labels import fmt_date

# Year, month, day with any of the separators people use; the day's 日 is optional ("2016年4月22日").
_SEPARATED = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")
# A time of day: 9:30, 9：30, 9点30, 9时30分, 9点半, 下午3点, 0930 (four digits), 9 (an hour alone).
_HOUR_MINUTE = re.compile(r"(?:(上午|早上|中午|下午|晚上)\s*)?(\d{1,2})(?:\s*[:：时点]\s*(?:(\d{1,2}|半)\s*分?)?)?"
                          r"(?:\s*[:：]\s*\d{1,2}\s*秒?)?")   # seconds pasted from a spreadsheet are dropped
_COMPACT_TIME = re.compile(r"(\d{2})(\d{2})")
_AFTERNOON = frozenset({"下午", "晚上"})
# A time typed far enough to take while typing (9:30, 0930, 9点半, 9时30分); "9" or "9:3" waits for the field
# to be left, so the form's checks do not run on 09:00 and 09:03 on the way to 09:30.
_TIME_COMPLETE = re.compile(r"(?:\d{4}|.*[:：时点]\s*(?:\d{2}|半)\s*分?)")

PROBLEM_STYLE = "color: #b71c1c;"


def parse_date(text: str) -> date | None:
    """The date in `text` (2016-04-22, 2016/4/22, 2016.4.22, 20160422, 2016年4月22日, full-width digits too);
    None for an empty text; ValueError when it is not a date."""
    cleaned = unicodedata.normalize("NFKC", text).strip()
    if not cleaned:
        return None
    match = _SEPARATED.fullmatch(cleaned) or _COMPACT.fullmatch(cleaned)
    if match is None:
        raise ValueError(text)
    year, month, day = (int(g) for g in match.groups())
    return date(year, month, day)   # ValueError for 2016-02-30


def parse_time(text: str) -> time:
    """The time of day in `text` (9:30, 0930, 9时30分, 9点半, 下午3点…); ValueError when it is not one."""
    cleaned = unicodedata.normalize("NFKC", text).strip()
    compact = _COMPACT_TIME.fullmatch(cleaned)
    if compact is not None:
        return time(int(compact.group(1)), int(compact.group(2)))
    match = _HOUR_MINUTE.fullmatch(cleaned)
    if match is None:
        raise ValueError(text)
    part, hour, minute = match.groups()
    hour = int(hour) + (12 if part in _AFTERNOON and int(hour) < 12 else 0)
    return time(hour, 30 if minute == "半" else int(minute or 0))   # ValueError for 25:00 or 9:75


def complete_time(text: str) -> bool:
    """Whether a time being typed is whole (see _TIME_COMPLETE)."""
    return _TIME_COMPLETE.fullmatch(unicodedata.normalize("NFKC", text).strip()) is not None


def _time_part(text: str) -> str:
    """What follows the date in a typed moment ("" when only a date, or no date, is typed)."""
    cleaned = unicodedata.normalize("NFKC", text).strip()
    match = _SEPARATED.match(cleaned) or _COMPACT.match(cleaned)
    return cleaned[match.end():].strip().lstrip("Tt").strip() if match else ""


def parse_datetime(text: str, *, time_of_day: time | None = None) -> datetime | None:
    """The moment in `text`: a date as parse_date reads it, then a time as parse_time reads it (a space or "T"
    between them, or nothing after 日). A date alone takes `time_of_day` (the field's time) and is refused without
    one. None for an empty text; ValueError when it is not a moment."""
    cleaned = unicodedata.normalize("NFKC", text).strip()
    if not cleaned:
        return None
    match = _SEPARATED.match(cleaned) or _COMPACT.match(cleaned)
    if match is None:
        raise ValueError(text)
    day = date(*(int(g) for g in match.groups()))
    rest = cleaned[match.end():].strip().lstrip("Tt").strip()
    if not rest:
        if time_of_day is None:
            raise ValueError(text)
        return datetime.combine(day, time_of_day)
    return datetime.combine(day, parse_time(rest))


def _as_date(value: QDate | date | None) -> date | None:
    if isinstance(value, QDate):
        return value.toPython() if value.isValid() else None
    return value


def _as_datetime(value: QDateTime | datetime | None) -> datetime | None:
    if isinstance(value, QDateTime):
        return value.toPython().replace(second=0, microsecond=0) if value.isValid() else None
    return value.replace(second=0, microsecond=0) if value is not None else None


def _comparable(value: date, bound: date) -> tuple[date, date]:
    """A moment and a day compare by their days (a datetime and a date cannot be compared directly)."""
    if isinstance(value, datetime) != isinstance(bound, datetime):
        return (value.date() if isinstance(value, datetime) else value,
                bound.date() if isinstance(bound, datetime) else bound)
    return value, bound


class DateField(QWidget):
    """`value()` is the date (None when an optional field is empty); `date()`/`setDate()`/`dateChanged` and the
    minimum/maximum setters keep QDateEdit's names for the forms written against it."""

    dateChanged = Signal(QDate)      # a new valid date (never for an emptied field)
    valueChanged = Signal(object)    # date | None, also when an optional field is emptied

    # What the field holds; DateTimeField changes these.
    SAMPLE = "2026-12-31"
    HINT = "可输入 2016-04-22、2016/4/22、20160422 或 2016年4月22日；Alt+↓ 打开日历"
    UNREADABLE = "无法识别的日期，请按 2016-04-22 的格式填写"

    def __init__(self, value: date | QWidget | None = None, *, optional: bool = False, latest: date | None = None,
                 earliest: date | None = None, near: date | Callable[[], date | None] | None = None,
                 weekday: bool = False, parent: QWidget | None = None):
        if isinstance(value, QWidget):   # a Designer form builds it as DateField(parent)
            value, parent = None, value
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)   # the red frame of a wrong field shows
        self._optional = optional
        self._latest, self._earliest, self._near = latest, earliest, near
        self._value: date | None = None
        self._problem = ""
        self.edit = QLineEdit()
        self.edit.setObjectName("date_text")
        self.edit.setPlaceholderText(tr("未填写") if optional else "")
        self.edit.setToolTip(tr(self.HINT))
        self.edit.setMaxLength(30)
        self.edit.installEventFilter(self)
        self.calendar_button = QToolButton()
        self.calendar_button.setObjectName("date_calendar_button")
        self.calendar_button.setText("▾")
        self.calendar_button.setToolTip(tr("选择日期"))
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the next field, not here
        self.calendar_button.clicked.connect(self.open_calendar)
        self.problem_label = QLabel()
        self.problem_label.setObjectName("date_problem_label")
        self.problem_label.setStyleSheet(PROBLEM_STYLE)
        self.problem_label.setWordWrap(True)
        self.problem_label.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.edit, 1)
        row.addWidget(self.calendar_button)
        self.weekday_label: QLabel | None = None
        if weekday:   # a hearing day is chosen by its weekday too
            self.weekday_label = QLabel()
            self.weekday_label.setObjectName("date_weekday_label")
            row.addWidget(self.weekday_label)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(row)
        column.addWidget(self.problem_label)
        self.setFocusProxy(self.edit)
        self.edit.setMinimumWidth(self.edit.fontMetrics().horizontalAdvance(self.SAMPLE) + 24)
        self.calendar: QCalendarWidget | None = None
        self._popup: QFrame | None = None
        self.edit.textEdited.connect(self._on_text_edited)
        self.edit.editingFinished.connect(self._on_editing_finished)
        self.set_value(value)

    # ---- value
    def value(self) -> date | None:
        return self._value

    def set_value(self, value: QDate | date | None) -> None:
        """Set the date from code (a loaded record, a draft); None empties an optional field."""
        day = self._coerce(value)
        if day is None and not self._optional:
            day = self._value
        self.edit.setText(fmt_date(day))
        self._set_problem("")
        self._accept(day)

    def problem(self) -> str:
        """What is wrong with the typed text ("" when nothing): shown under the field."""
        return self._problem

    # QDateEdit's names, for the forms written against it.
    def date(self) -> QDate:
        return QDate(self._value) if self._value is not None else QDate()

    def setDate(self, value: QDate | date | None) -> None:  # noqa: N802 — Qt's name
        self.set_value(value)

    def setMaximumDate(self, value: QDate | date | None) -> None:  # noqa: N802
        self._latest = _as_date(value)

    def setMinimumDate(self, value: QDate | date | None) -> None:  # noqa: N802
        self._earliest = _as_date(value)

    def setDateRange(self, earliest: QDate | date | None, latest: QDate | date | None) -> None:  # noqa: N802
        self.setMinimumDate(earliest)
        self.setMaximumDate(latest)

    def maximumDate(self) -> QDate:  # noqa: N802
        return QDate(self._latest) if self._latest else QDate()

    def minimumDate(self) -> QDate:  # noqa: N802
        return QDate(self._earliest) if self._earliest else QDate()

    def set_optional(self, optional: bool) -> None:
        """An optional field may be left empty ("未填写" shows in it)."""
        self._optional = optional
        self.edit.setPlaceholderText(tr("未填写") if optional else "")

    def set_near(self, near: date | Callable[[], date | None] | None) -> None:
        """The date the calendar opens at while the field is empty (a related date, or today)."""
        self._near = near

    # ---- what the field holds (DateTimeField overrides these)
    def _coerce(self, value):
        return _as_date(value)

    def _read(self, text: str):
        return parse_date(text)

    def _day(self, value) -> date:
        return value

    def _changed(self, value) -> None:
        if value is not None:
            self.dateChanged.emit(QDate(value))

    def _picked(self, day: date):
        return day

    def _typed_far_enough(self, text: str) -> bool:
        return True

    # ---- typing
    def _judge(self, text: str) -> tuple[date | None, str]:
        """(the date, "") or (None, what is wrong) for a typed text."""
        try:
            day = self._read(text)
        except ValueError:
            return None, tr(self.UNREADABLE)
        if day is None:
            return None, "" if self._optional else tr("请填写日期")
        if self._latest is not None and operator.gt(*_comparable(day, self._latest)):
            return None, tr("日期不能晚于 %1").replace("%1", fmt_date(self._latest))
        if self._earliest is not None and operator.lt(*_comparable(day, self._earliest)):
            return None, tr("日期不能早于 %1").replace("%1", fmt_date(self._earliest))
        return day, ""

    def _on_text_edited(self, text: str) -> None:
        # While typing, a complete good date is taken at once (the form's checks see it); a half-typed one is
        # only judged when the field is left, so no message flickers under the user's fingers.
        day, problem = self._judge(text)
        if not problem and (day is not None or self._optional) and self._typed_far_enough(text):
            self._set_problem("")
            self._accept(day)

    def _on_editing_finished(self) -> None:
        day, problem = self._judge(self.edit.text())
        self._set_problem(problem)
        if problem:
            return
        self.edit.setText(fmt_date(day))
        self._accept(day)

    def _accept(self, day: date | None) -> None:
        if day == self._value:
            return
        self._value = day
        if self.weekday_label is not None:
            self.weekday_label.setText(QLocale().dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)
                                       if day is not None else "")
        self._changed(day)
        self.valueChanged.emit(day)

    def _set_problem(self, text: str) -> None:
        self._problem = text
        self.problem_label.setText(text)
        self.problem_label.setVisible(bool(text))
        if bool(self.edit.property("error")) != bool(text):
            self.edit.setProperty("error", bool(text))
            self.edit.style().unpolish(self.edit)
            self.edit.style().polish(self.edit)

    # ---- the calendar
    def eventFilter(self, watched, event) -> bool:  # noqa: N802 — Qt's name
        if watched is self.edit and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            alt_down = event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
            if alt_down or event.key() == Qt.Key.Key_F4:
                self.open_calendar()
                return True
        return super().eventFilter(watched, event)

    def opening_date(self) -> date:
        """Where the calendar opens: the field's date, else the related date, else today."""
        if self._value is not None:
            return self._day(self._value)
        near = self._near() if callable(self._near) else self._near
        if near is not None:
            return near.date() if isinstance(near, datetime) else near
        today = QDate.currentDate().toPython()
        latest = self._latest.date() if isinstance(self._latest, datetime) else self._latest
        return min(today, latest) if latest else today

    def open_calendar(self) -> QCalendarWidget:
        if self._popup is None:
            self._popup = QFrame(self, Qt.WindowType.Popup)
            self._popup.setFrameShape(QFrame.Shape.StyledPanel)
            self.calendar = QCalendarWidget(self._popup)
            self.calendar.setObjectName("date_calendar")
            self.calendar.setGridVisible(True)
            self.calendar.clicked.connect(self._on_calendar_picked)
            self.calendar.activated.connect(self._on_calendar_picked)
            layout = QVBoxLayout(self._popup)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(self.calendar)
        calendar = self.calendar
        earliest, latest = (b.date() if isinstance(b, datetime) else b for b in (self._earliest, self._latest))
        calendar.setMinimumDate(QDate(earliest) if earliest else QDate(1900, 1, 1))
        calendar.setMaximumDate(QDate(latest) if latest else QDate(2200, 12, 31))
        calendar.setSelectedDate(QDate(self.opening_date()))
        self._popup.adjustSize()
        self._popup.move(self.mapToGlobal(QPoint(0, self.edit.height())))
        self._popup.show()
        calendar.setFocus()
        return calendar

    def _on_calendar_picked(self, picked: QDate) -> None:
        if self._popup is not None:
            self._popup.hide()
        self.set_value(self._picked(picked.toPython()))
        self.edit.setFocus()


class DateTimeField(DateField):
    """A moment typed as people type it (see the module's text); `value()` is a datetime to the minute.
    QDateTimeEdit's `dateTime()/setDateTime()/dateTimeChanged/setMaximumDateTime` are kept; `latest`/`earliest`
    may be moments (not after now) or days. Picking a day in the calendar keeps the field's time (else
    `default_time`)."""

    dateTimeChanged = Signal(QDateTime)

    SAMPLE = "2026-12-31 23:59"
    HINT = "可输入 2026-12-06 09:30、2026/12/6 9:30、20261206 0930 或 2026年12月6日9时30分；Alt+↓ 打开日历"
    UNREADABLE = "无法识别的时间，请按 2026-12-06 09:30 的格式填写"

    def __init__(self, value: datetime | QWidget | None = None, *, default_time: time = time(9, 0), **kw):
        self._default_time = default_time
        super().__init__(value, **kw)

    def _coerce(self, value):
        if isinstance(value, QDateTime | datetime) or value is None:
            return _as_datetime(value)
        return datetime.combine(_as_date(value), self._time_of_day())   # a day alone keeps the time

    def _read(self, text: str):
        return parse_datetime(text, time_of_day=self._value.time() if self._value is not None else None)

    def _day(self, value) -> date:
        return value.date()

    def _changed(self, value) -> None:
        if value is not None:
            self.dateChanged.emit(QDate(value.date()))
            self.dateTimeChanged.emit(QDateTime(QDate(value.date()), QTime(value.hour, value.minute)))

    def _picked(self, day: date):
        return datetime.combine(day, self._time_of_day())

    def _typed_far_enough(self, text: str) -> bool:
        rest = _time_part(text)
        return not rest or complete_time(rest)

    def _time_of_day(self) -> time:
        return self._value.time() if self._value is not None else self._default_time

    # QDateTimeEdit's names
    def dateTime(self) -> QDateTime:  # noqa: N802
        v = self._value
        return QDateTime(QDate(v.date()), QTime(v.hour, v.minute)) if v is not None else QDateTime()

    def setDateTime(self, value: QDateTime | datetime | None) -> None:  # noqa: N802
        self.set_value(value)

    def setMaximumDateTime(self, value: QDateTime | datetime | None) -> None:  # noqa: N802
        self._latest = _as_datetime(value)

    def setMinimumDateTime(self, value: QDateTime | datetime | None) -> None:  # noqa: N802
        self._earliest = _as_datetime(value)

    def date(self) -> QDate:
        return QDate(self._value.date()) if self._value is not None else QDate()


class TimeField(QWidget):
    """A time of day typed as people type it (9:30, 0930, 9点半, 下午3点), shown HH:mm; Tab leaves it.
    QTimeEdit's `time()/setTime()/timeChanged` are kept. An unreadable text is said under the field and the
    field keeps its last good time."""

    timeChanged = Signal(QTime)

    def __init__(self, value: time | QTime = time(9, 0), parent: QWidget | None = None):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self._value = value.toPython() if isinstance(value, QTime) else value
        self._problem = ""
        self.edit = QLineEdit(f"{self._value:%H:%M}")
        self.edit.setObjectName("time_text")
        self.edit.setToolTip(tr("可输入 9:30、0930、9点半 或 下午3点"))
        self.edit.setMaxLength(12)
        self.edit.setMinimumWidth(self.edit.fontMetrics().horizontalAdvance("23:59") + 24)
        self.problem_label = QLabel()
        self.problem_label.setObjectName("time_problem_label")
        self.problem_label.setStyleSheet(PROBLEM_STYLE)
        self.problem_label.hide()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.edit)
        column.addWidget(self.problem_label)
        self.setFocusProxy(self.edit)
        self.edit.textEdited.connect(self._on_text_edited)
        self.edit.editingFinished.connect(self._on_editing_finished)

    def time(self) -> QTime:
        return QTime(self._value.hour, self._value.minute)

    def setTime(self, value: time | QTime) -> None:  # noqa: N802 — Qt's name
        value = value.toPython() if isinstance(value, QTime) else value
        self.edit.setText(f"{value:%H:%M}")
        self._set_problem("")
        self._accept(value.replace(second=0, microsecond=0))

    def problem(self) -> str:
        return self._problem

    def _on_text_edited(self, text: str) -> None:
        if not complete_time(text):
            return   # a half-typed time is read when the field is left
        try:
            self._accept(parse_time(text))
            self._set_problem("")
        except ValueError:
            pass

    def _on_editing_finished(self) -> None:
        try:
            value = parse_time(self.edit.text())
        except ValueError:
            self._set_problem(tr("无法识别的时间，请按 09:30 的格式填写"))
            return
        self.setTime(value)

    def _accept(self, value: time) -> None:
        if value != self._value:
            self._value = value
            self.timeChanged.emit(self.time())

    def _set_problem(self, text: str) -> None:
        self._problem = text
        self.problem_label.setText(text)
        self.problem_label.setVisible(bool(text))
        self.edit.setProperty("error", bool(text))
        self.edit.style().unpolish(self.edit)
        self.edit.style().polish(self.edit)
