"""One editor widget per state-machine Field kind (ipcase.domain.machine.FieldKind), so a single generic dialog
can ask for the values of any action. Each editor has `.widget` and `.value()` (the payload value)."""
from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from ipcase.domain.enums import PartyRole
from ipcase.domain.machine import Field, FieldKind
from ipcase.dto.cases import PartyInfo
from ui.common import labels
from ui.common.date_field import DateField, DateTimeField
from ui.common.i18n import tr
from ui.common.labels import FieldScope


def to_qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def from_qdate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def date_edit(value: date | None, *, latest: date | None = None, optional: bool = False,
              near: date | None = None, weekday: bool = False) -> DateField:
    """The application's date field (ui.common.date_field): typed dates, a calendar, yyyy-MM-dd."""
    return DateField(value, optional=optional, latest=latest, near=near, weekday=weekday)


class Editor:
    widget: QWidget

    def value(self):
        raise NotImplementedError

    def focus_widget(self) -> QWidget:
        return self.widget


class DateEditor(Editor):
    def __init__(self, f: Field, today: date):
        self.widget = date_edit(f.default if isinstance(f.default, date) else today,
                                latest=today if f.past_only else None)

    def value(self) -> date:
        return from_qdate(self.widget.date())


class DateTimeEditor(Editor):
    def __init__(self, f: Field, today: date):
        start = f.default if isinstance(f.default, datetime) else datetime.combine(today, time(9, 30))
        self.widget = DateTimeField(start, latest=today if f.past_only else None)

    def value(self) -> datetime:
        return self.widget.value()


class TextEditor(Editor):
    def __init__(self, f: Field):
        self.widget = QLineEdit(str(f.default or ""))

    def value(self) -> str:
        return self.widget.text().strip()


class LongTextEditor(Editor):
    def __init__(self, f: Field):
        self.widget = QPlainTextEdit(str(f.default or ""))
        self.widget.setTabChangesFocus(True)
        self.widget.setMinimumHeight(70)

    def value(self) -> str:
        return self.widget.toPlainText().strip()


class ChoiceEditor(Editor):
    def __init__(self, f: Field, names: FieldScope, preferred=None):
        self.widget = QComboBox()
        self.widget.addItem(tr("请选择…") if f.required else tr("（无）"), None)
        for choice in f.choices:
            self.widget.addItem(names.choice(f.name, choice), choice)
        initial = preferred if preferred is not None else f.default
        index = self.widget.findData(initial) if initial is not None else -1
        self.widget.setCurrentIndex(max(index, 0))

    def value(self):
        return self.widget.currentData()


class MultiChoiceEditor(Editor):
    def __init__(self, f: Field, names: FieldScope):
        self.widget = QListWidget()
        self.widget.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for choice in f.choices:
            item = QListWidgetItem(names.choice(f.name, choice))
            item.setData(Qt.ItemDataRole.UserRole, choice)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.widget.addItem(item)
        self.widget.setMinimumHeight(min(24 * len(f.choices) + 8, 220))
        # Space toggles the current item's check box, so the list works without a mouse.
        self.widget.itemActivated.connect(
            lambda item: item.setCheckState(Qt.CheckState.Unchecked if item.checkState() == Qt.CheckState.Checked
                                            else Qt.CheckState.Checked))

    def value(self) -> list[str]:
        out = []
        for i in range(self.widget.count()):
            item = self.widget.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(item.data(Qt.ItemDataRole.UserRole))
        return out


class BoolEditor(Editor):
    def __init__(self, f: Field, names: FieldScope):
        self.widget = QCheckBox(names.field(f.name))
        self.widget.setChecked(bool(f.default))

    def value(self) -> bool:
        return self.widget.isChecked()


class IntEditor(Editor):
    def __init__(self, f: Field):
        self.widget = QSpinBox()
        self.widget.setRange(0, 999)
        self.widget.setValue(int(f.default or 0))

    def value(self) -> int:
        return self.widget.value()


def parties_for(f: Field, parties: tuple[PartyInfo, ...]) -> list[PartyInfo]:
    if f.parties in ("", "all"):
        return [p for p in parties if p.role in (PartyRole.REQUESTER, PartyRole.RESPONDENT)]
    return [p for p in parties if p.role == f.parties]


class PartyDatesEditor(Editor):
    """One row per party: a check box (served or not) and the date it was served."""

    def __init__(self, f: Field, parties: tuple[PartyInfo, ...], today: date, already: dict[int, date]):
        self.widget = QWidget()
        grid = QGridLayout(self.widget)
        grid.setContentsMargins(0, 0, 0, 0)
        self.rows: list[tuple[PartyInfo, QCheckBox, DateField]] = []
        chosen = parties_for(f, parties)
        for r, p in enumerate(chosen):
            check = QCheckBox(f"{labels.party_role(p.role)}：{p.name}")
            done = already.get(p.id)
            edit = date_edit(done or today, latest=today if f.past_only else None)
            check.setChecked(done is None)
            edit.setEnabled(done is None)
            check.toggled.connect(edit.setEnabled)
            grid.addWidget(check, r, 0)
            grid.addWidget(edit, r, 1)
            if done is not None:
                grid.addWidget(QLabel(tr("已于 %1 送达").replace("%1", labels.fmt_date(done))), r, 2)
            self.rows.append((p, check, edit))
        if not chosen:
            grid.addWidget(QLabel(tr("（本案没有相应的当事人）")), 0, 0)

    def value(self) -> dict[int, date]:
        return {p.id: from_qdate(edit.date()) for p, check, edit in self.rows if check.isChecked()}

    def focus_widget(self) -> QWidget:
        return self.rows[0][1] if self.rows else self.widget


class PartyEditor(Editor):
    def __init__(self, f: Field, parties: tuple[PartyInfo, ...]):
        self.widget = QComboBox()
        chosen = parties_for(f, parties)
        if len(chosen) != 1:
            self.widget.addItem(tr("请选择…"), None)
        for p in chosen:
            self.widget.addItem(p.name, p.id)

    def value(self):
        return self.widget.currentData()


def make_editor(f: Field, *, names: FieldScope, today: date, parties: tuple[PartyInfo, ...] = (),
                served: dict[int, date] | None = None, preferred=None) -> Editor:
    """The editor of one workflow field; `names` are the field names and choice labels of the feature asking."""
    kind = f.kind
    if kind == FieldKind.DATE:
        return DateEditor(f, today)
    if kind == FieldKind.DATETIME:
        return DateTimeEditor(f, today)
    if kind == FieldKind.TEXT:
        return TextEditor(f)
    if kind == FieldKind.LONGTEXT:
        return LongTextEditor(f)
    if kind == FieldKind.CHOICE:
        return ChoiceEditor(f, names, preferred)
    if kind == FieldKind.MULTICHOICE:
        return MultiChoiceEditor(f, names)
    if kind == FieldKind.BOOL:
        return BoolEditor(f, names)
    if kind == FieldKind.INT:
        return IntEditor(f)
    if kind == FieldKind.PARTY_DATES:
        return PartyDatesEditor(f, parties, today, served or {})
    if kind == FieldKind.PARTY:
        return PartyEditor(f, parties)
    raise ValueError(f"no editor for field kind {kind!r}")
