"""The three tables of the hearing-record editor: who attended (tick-offs per person), the cross-examination of
each evidence item, and the claim-by-claim feature comparison. Each has `set_rows`, `rows()` (frozen DTOs for
the service) and a `changed` signal for the editor's autosave."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ipcase.domain.hearings.record import Comparison, Opinion
from ipcase.dto.hearings import Attendee, CrossExam, EvidenceChoice, FeatureRow
from ui.common.i18n import tr_ctx
from ui.hearings import record_labels

CTX = "RecordTables"
RAW = Qt.ItemDataRole.UserRole


def _text(value: str, *, editable: bool = True, raw=None) -> QTableWidgetItem:
    item = QTableWidgetItem(value)
    if not editable:
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if raw is not None:
        item.setData(RAW, raw)
    return item


def _check(on: bool) -> QTableWidgetItem:
    item = QTableWidgetItem()
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
    item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
    return item


class _Table(QTableWidget):
    changed = Signal()
    HEADERS: tuple[str, ...] = ()
    WIDTHS: tuple[int, ...] = ()

    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(0, len(self.HEADERS), parent)
        self.setObjectName(name)
        self.setHorizontalHeaderLabels([tr_ctx(CTX, h) for h in self.HEADERS])
        self.verticalHeader().hide()
        self.setWordWrap(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.horizontalHeader().setStretchLastSection(True)
        self.itemChanged.connect(lambda _item: self.changed.emit())

    def _combo(self, row: int, col: int, choices: dict, value: str, name: str) -> None:
        combo = QComboBox()
        combo.setObjectName(f"{name}_{row}")
        for key, text in choices.items():
            combo.addItem(text, key)
        combo.setCurrentIndex(max(0, combo.findData(value)))
        combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.setCellWidget(row, col, combo)

    def _value(self, row: int, col: int) -> str:
        widget = self.cellWidget(row, col)
        if isinstance(widget, QComboBox):
            return widget.currentData() or ""
        item = self.item(row, col)
        return item.text().strip() if item else ""

    def choose_row_with(self, text: str) -> bool:
        """Choose (and scroll to) the first row with `text` in one of its typed cells, case-insensitively (a hit
        of the case's 搜索 in the 质证 opinions or the feature comparison); False when none has it."""
        needle = text.lower()
        for r in range(self.rowCount()):
            for c in range(self.columnCount()):
                item = self.item(r, c)
                if item is not None and needle in item.text().lower():
                    self.selectRow(r)
                    self.scrollToItem(item)
                    return True
        return False

    def set_editable(self, on: bool) -> None:
        self.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers if on
                             else QAbstractItemView.EditTrigger.NoEditTriggers)
        for r in range(self.rowCount()):
            for c in range(self.columnCount()):
                widget = self.cellWidget(r, c)
                if widget is not None:
                    widget.setEnabled(on)
                item = self.item(r, c)
                if item is not None and item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                    flags = item.flags() | Qt.ItemFlag.ItemIsEnabled if on else item.flags() & ~Qt.ItemFlag.ItemIsEnabled
                    item.setFlags(flags)

    def _fit(self) -> None:
        self.resizeColumnsToContents()
        for col, width in enumerate(self.WIDTHS):   # room to type in, however short the first rows are
            self.setColumnWidth(col, max(self.columnWidth(col), width))
        self.horizontalHeader().setSectionResizeMode(self.columnCount() - 1, QHeaderView.ResizeMode.Stretch)
        self.resizeRowsToContents()


class AttendanceTable(_Table):
    HEADERS = (QT_TRANSLATE_NOOP("RecordTables", "方别"), QT_TRANSLATE_NOOP("RecordTables", "身份"),
               QT_TRANSLATE_NOOP("RecordTables", "姓名/名称"),
               QT_TRANSLATE_NOOP("RecordTables", "所属当事人"), QT_TRANSLATE_NOOP("RecordTables", "到庭"),
               QT_TRANSLATE_NOOP("RecordTables", "身份已核对"),
               QT_TRANSLATE_NOOP("RecordTables", "拒绝签名"), QT_TRANSLATE_NOOP("RecordTables", "拒签情况"))

    def __init__(self, parent: QWidget | None = None):
        super().__init__("attendance_table", parent)
        self._parties: dict[int, str] = {}

    def set_rows(self, rows: tuple[Attendee, ...], parties: dict[int, str]) -> None:
        self._parties = parties
        self.blockSignals(True)
        self.setRowCount(0)
        for a in rows:
            self._append(a)
        self.blockSignals(False)
        self._fit()

    def _append(self, a: Attendee) -> None:
        r = self.rowCount()
        self.insertRow(r)
        self.setItem(r, 0, _text(record_labels.record_side(a.side), editable=False, raw=a.side))
        self.setItem(r, 1, _text(record_labels.record_capacity(a.capacity), editable=False, raw=a.capacity))
        self.setItem(r, 2, _text(a.name, raw=(a.party_id, a.user_id)))
        self.setItem(r, 3, _text(self._parties.get(a.party_id, ""), editable=False))
        for c, on in ((4, a.present), (5, a.identity_checked), (6, a.refused_to_sign)):
            self.setItem(r, c, _check(on))
        self.setItem(r, 7, _text(a.refusal_note))

    def add_person(self, side: str, capacity: str) -> None:
        """A witness, interpreter or appraiser who came to the hearing: present, name to be typed."""
        self._append(Attendee(side, capacity, "", present=True))
        self.setCurrentCell(self.rowCount() - 1, 2)
        self.changed.emit()

    def rows(self) -> tuple[Attendee, ...]:
        out = []
        for r in range(self.rowCount()):
            party_id, user_id = self.item(r, 2).data(RAW)
            checked = [self.item(r, c).checkState() == Qt.CheckState.Checked for c in (4, 5, 6)]
            out.append(Attendee(self.item(r, 0).data(RAW), self.item(r, 1).data(RAW), self._value(r, 2), party_id,
                                user_id, *checked, self._value(r, 7)))
        return tuple(out)


class CrossExamTable(_Table):
    HEADERS = (QT_TRANSLATE_NOOP("RecordTables", "证据"), QT_TRANSLATE_NOOP("RecordTables", "真实性"),
               QT_TRANSLATE_NOOP("RecordTables", "合法性"),
               QT_TRANSLATE_NOOP("RecordTables", "关联性"), QT_TRANSLATE_NOOP("RecordTables", "对方质证意见"),
               QT_TRANSLATE_NOOP("RecordTables", "合议组意见"))
    WIDTHS = (220, 100, 100, 100, 240)

    def __init__(self, parent: QWidget | None = None):
        super().__init__("cross_exam_table", parent)

    def set_rows(self, evidence: tuple[EvidenceChoice, ...], saved: tuple[CrossExam, ...]) -> None:
        """One row per item of the register, in 质证 order, with what was said about it so far (an item no
        longer in the register keeps its saved row)."""
        by_item = {c.evidence_item_id: c for c in saved}
        rows = [by_item.pop(e.id, CrossExam(e.id, e.label)) for e in evidence] + list(by_item.values())
        choices = {o: record_labels.opinion(o) for o in ("", *Opinion)}
        self.blockSignals(True)
        self.setRowCount(len(rows))
        for r, c in enumerate(rows):
            self.setItem(r, 0, _text(c.label, editable=False, raw=c.evidence_item_id))
            for col, value in ((1, c.authenticity), (2, c.legality), (3, c.relevance)):
                self._combo(r, col, choices, value, f"opinion_{col}")
            self.setItem(r, 4, _text(c.opinion))
            self.setItem(r, 5, _text(c.panel_note))
        self.blockSignals(False)
        self._fit()

    def rows(self) -> tuple[CrossExam, ...]:
        return tuple(CrossExam(self.item(r, 0).data(RAW), self.item(r, 0).text(), self._value(r, 1),
                               self._value(r, 2), self._value(r, 3), self._value(r, 4), self._value(r, 5))
                     for r in range(self.rowCount()))


class FeatureTable(_Table):
    HEADERS = (QT_TRANSLATE_NOOP("RecordTables", "权利要求"), QT_TRANSLATE_NOOP("RecordTables", "技术特征"),
               QT_TRANSLATE_NOOP("RecordTables", "被控侵权产品对应特征"), QT_TRANSLATE_NOOP("RecordTables", "比对"),
               QT_TRANSLATE_NOOP("RecordTables", "合议组认定"))
    WIDTHS = (70, 240, 240, 90)

    def __init__(self, parent: QWidget | None = None):
        super().__init__("feature_table", parent)

    def set_rows(self, rows: tuple[FeatureRow, ...]) -> None:
        self.blockSignals(True)
        self.setRowCount(0)
        for f in rows:
            self._append(f)
        self.blockSignals(False)
        self._fit()

    def _append(self, f: FeatureRow) -> None:
        r = self.rowCount()
        self.insertRow(r)
        for col, value in ((0, f.claim_no), (1, f.element), (2, f.accused), (4, f.finding)):
            self.setItem(r, col, _text(value))
        self._combo(r, 3, {c: record_labels.comparison(c) for c in ("", *Comparison)}, f.comparison, "comparison")

    def add_row(self) -> None:
        """A new feature, of the same claim as the row above it."""
        claim = self._value(self.rowCount() - 1, 0) if self.rowCount() else "1"
        self._append(FeatureRow(claim_no=claim))
        self.setCurrentCell(self.rowCount() - 1, 1)
        self.changed.emit()

    def remove_selected(self) -> None:
        row = self.currentRow()
        if row >= 0:
            self.removeRow(row)
            self.changed.emit()

    def rows(self) -> tuple[FeatureRow, ...]:
        return tuple(FeatureRow(self._value(r, 0), self._value(r, 1), self._value(r, 2), self._value(r, 3),
                                self._value(r, 4)) for r in range(self.rowCount()))
