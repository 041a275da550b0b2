"""The application's one date field: a line edit that reads dates the way people type them, and a calendar.

QDateEdit edits a date section by section: typing into an empty-looking field ("未填写" is its special value)
appends to the placeholder, Ctrl+A then "2016-04-22" lands in the sections one by one (1985-04-22), Tab walks the
sections instead of leaving the field, and its calendar opens at the minimum date. This field is plain text:
"未填写" is a placeholder, the text is read as a whole (`parse_date`) when it is typed or left, Tab leaves, and the
calendar (the button, or Alt+↓/F4) opens at the field's date, else at the related date (`near`), else today.

A value it cannot take (unreadable, after `latest`, before `earliest`) is said under the field and marks it; the
field keeps its last good date and the typed text, so nothing is silently replaced."""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QEvent, QLocale, QPoint, Qt, Signal
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


def _as_date(value: QDate | date | None) -> date | None:
    if isinstance(value, QDate):
        return value.toPython() if value.isValid() else None
    return value


class DateField(QWidget):
    """`value()` is the date (None when an optional field is empty); `date()`/`setDate()`/`dateChanged` and the
    minimum/maximum setters keep QDateEdit's names for the forms written against it."""

    dateChanged = Signal(QDate)      # a new valid date (never for an emptied field)
    valueChanged = Signal(object)    # date | None, also when an optional field is emptied

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
        self.edit.setToolTip(tr("可输入 2016-04-22、2016/4/22、20160422 或 2016年4月22日；Alt+↓ 打开日历"))
        self.edit.setMaxLength(20)
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
        self.edit.setMinimumWidth(self.edit.fontMetrics().horizontalAdvance("2026-12-31") + 24)
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
        day = _as_date(value)
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

    # ---- typing
    def _judge(self, text: str) -> tuple[date | None, str]:
        """(the date, "") or (None, what is wrong) for a typed text."""
        try:
            day = parse_date(text)
        except ValueError:
            return None, tr("无法识别的日期，请按 2016-04-22 的格式填写")
        if day is None:
            return None, "" if self._optional else tr("请填写日期")
        if self._latest is not None and day > self._latest:
            return None, tr("日期不能晚于 %1").replace("%1", fmt_date(self._latest))
        if self._earliest is not None and day < self._earliest:
            return None, tr("日期不能早于 %1").replace("%1", fmt_date(self._earliest))
        return day, ""

    def _on_text_edited(self, text: str) -> None:
        # While typing, a complete good date is taken at once (the form's checks see it); a half-typed one is
        # only judged when the field is left, so no message flickers under the user's fingers.
        day, problem = self._judge(text)
        if not problem and (day is not None or self._optional):
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
        if day is not None:
            self.dateChanged.emit(QDate(day))
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
            return self._value
        near = self._near() if callable(self._near) else self._near
        if near is not None:
            return near
        today = QDate.currentDate().toPython()
        return min(today, self._latest) if self._latest else today

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
        calendar.setMinimumDate(QDate(self._earliest) if self._earliest else QDate(1900, 1, 1))
        calendar.setMaximumDate(QDate(self._latest) if self._latest else QDate(2200, 12, 31))
        calendar.setSelectedDate(QDate(self.opening_date()))
        self._popup.adjustSize()
        self._popup.move(self.mapToGlobal(QPoint(0, self.edit.height())))
        self._popup.show()
        calendar.setFocus()
        return calendar

    def _on_calendar_picked(self, picked: QDate) -> None:
        if self._popup is not None:
            self._popup.hide()
        self.set_value(picked)
        self.edit.setFocus()
