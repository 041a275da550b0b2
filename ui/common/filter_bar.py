"""What the filter bars above the database-searched lists (cases, intake) share: two rows, the search box whose
text the list debounces, the 承办人 choice, the 涉外/电商/展会 checks and a reset that emits one change."""
from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from ipcase.dto.admin import UserInfo
from ui.common import labels
from ui.common.date_range import DateRange


class ListFilterBar(QWidget):
    filter_changed = Signal()   # anything but the search text
    text_edited = Signal(str)   # the search text (the view debounces it)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.row1, self.row2 = QHBoxLayout(), QHBoxLayout()
        outer.addLayout(self.row1)
        outer.addLayout(self.row2)

    def _search_edit(self, name: str, placeholder: str, min_width: int) -> QLineEdit:
        """The search box, first on the top row."""
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setClearButtonEnabled(True)
        edit.setPlaceholderText(placeholder)
        edit.setMinimumWidth(min_width)
        edit.textChanged.connect(self.text_edited)
        self.row1.addWidget(edit, 2)
        return edit

    def _user_combo(self) -> QComboBox:
        combo = QComboBox()
        combo.addItem(self.tr("全部承办人"), None)
        return combo

    def _fill_users(self, combo: QComboBox, users: tuple[UserInfo, ...]) -> None:
        """The users to choose from, keeping the one chosen (without a change signal)."""
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("全部承办人"), None)
        for u in users:
            combo.addItem(f"{u.full_name}（{labels.role(u.role)}）", u.id)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)

    def _feature_checks(self) -> tuple[QCheckBox, QCheckBox, QCheckBox]:
        """涉外, 电商, 展会."""
        return QCheckBox(self.tr("涉外")), QCheckBox(self.tr("电商")), QCheckBox(self.tr("展会"))

    def _reset_quietly(self, widgets: Iterable[QObject], reset: Callable[[], None]) -> None:
        """Run `reset` with every widget silent, then tell the list once."""
        widgets = tuple(widgets)
        for w in widgets:
            w.blockSignals(True)
        reset()
        for w in widgets:
            w.blockSignals(False)
        self.filter_changed.emit()


def clear_range(rng: DateRange) -> None:
    """Back to no dates, the date fields off until the range is switched on again."""
    rng.reset()
    rng.from_edit.setEnabled(False)
    rng.to_edit.setEnabled(False)
