"""A date range a list can be filtered by: a checkbox that switches it on, and from/to date edits (the case list's
收到日期/立案日期, the intake register's 收到日期)."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QWidget

from ui.common.fields import date_edit, from_qdate


class DateRange(QWidget):
    """A checkbox that switches the range on, and from/to date edits."""
    changed = Signal()

    def __init__(self, title: str, today: date, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.check = QCheckBox(title)
        self.from_edit = date_edit(date(today.year - 1, today.month, min(today.day, 28)))
        self.to_edit = date_edit(today)
        for edit in (self.from_edit, self.to_edit):
            edit.setEnabled(False)
            edit.dateChanged.connect(self._on_date_changed)
        self.check.toggled.connect(self._on_check_toggled)
        layout.addWidget(self.check)
        layout.addWidget(self.from_edit)
        layout.addWidget(QLabel(self.tr("至")))
        layout.addWidget(self.to_edit)

    def value(self) -> tuple[date | None, date | None]:
        if not self.check.isChecked():
            return None, None
        return from_qdate(self.from_edit.date()), from_qdate(self.to_edit.date())

    def reset(self) -> None:
        self.check.setChecked(False)

    def _on_check_toggled(self, on: bool) -> None:
        self.from_edit.setEnabled(on)
        self.to_edit.setEnabled(on)
        self.changed.emit()

    def _on_date_changed(self, _d) -> None:
        if self.check.isChecked():
            self.changed.emit()
