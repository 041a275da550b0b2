"""The filters of the 统计 section: the period (a preset or any dates, selected by 立案 or by 结案 date), office,
officer, patent type and flags."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QWidget

from ipcase.domain.enums import PatentType
from ipcase.domain.periods import add_months
from ipcase.domain.statistics.counting import period_containing
from ipcase.dto.statistics import StatsFilter, StatsScope
from ui.common import labels
from ui.common.fields import date_edit
from ui.common.flow_layout import FlowLayout


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def preset_range(preset: str, today: date) -> tuple[date, date]:
    """本月 / 上月 / 本季度 / 上季度 / 本年 (to today) / 上年 / 近12个月."""
    if preset == "last12":
        return add_months(today.replace(day=1), -11), today
    kind = {"month": "month", "last_month": "month", "quarter": "quarter", "last_quarter": "quarter",
            "year": "year", "last_year": "year"}[preset]
    period = period_containing(kind, today)
    if preset.startswith("last_"):
        period = period.previous()
        return period.start, period.end
    return period.start, today


class StatsFilterBar(QWidget):
    changed = Signal()

    def __init__(self, today: date, parent: QWidget | None = None):
        super().__init__(parent)
        self._today = today
        # The filters wrap onto a second line on a narrow screen (1366×768 at 125 %) instead of widening the window.
        row = FlowLayout(self)

        self.preset_combo = QComboBox()
        self.preset_combo.setObjectName("preset_combo")
        for key, text in (("year", self.tr("本年")), ("month", self.tr("本月")), ("last_month", self.tr("上月")),
                          ("quarter", self.tr("本季度")), ("last_quarter", self.tr("上季度")),
                          ("last12", self.tr("近12个月")), ("last_year", self.tr("上年")),
                          ("custom", self.tr("自定义"))):
            self.preset_combo.addItem(text, key)
        row.addWidget(QLabel(self.tr("期间(&P)：")))
        row.itemAt(row.count() - 1).widget().setBuddy(self.preset_combo)
        row.addWidget(self.preset_combo)
        self.from_edit, self.to_edit = date_edit(today), date_edit(today)
        self.from_edit.setObjectName("from_edit")
        self.to_edit.setObjectName("to_edit")
        row.addWidget(self.from_edit)
        row.addWidget(QLabel(self.tr("至")))
        row.addWidget(self.to_edit)
        self.basis_combo = QComboBox()
        self.basis_combo.setObjectName("basis_combo")
        self.basis_combo.addItem(self.tr("按结案日期"), "closed")
        self.basis_combo.addItem(self.tr("按立案日期"), "registered")
        self.basis_combo.setToolTip(self.tr("期间按哪个日期选取案件：结案方式、按期结案率、办案周期、专利类型和标记"
                                            "统计期间内结案的案件，或期间内立案的案件。"))
        row.addWidget(self.basis_combo)

        self.office_combo = QComboBox()
        self.office_combo.setObjectName("office_combo")
        self.officer_combo = QComboBox()
        self.officer_combo.setObjectName("officer_combo")
        self.patent_type_combo = QComboBox()
        self.patent_type_combo.setObjectName("patent_type_combo")
        self.patent_type_combo.addItem(self.tr("全部专利类型"), None)
        for pt in PatentType:
            self.patent_type_combo.addItem(labels.patent_type(pt), pt)
        for combo in (self.office_combo, self.officer_combo, self.patent_type_combo):
            row.addWidget(combo)
        self.foreign_check = QCheckBox(self.tr("涉外"))
        self.ecommerce_check = QCheckBox(self.tr("电商"))
        self.trade_fair_check = QCheckBox(self.tr("展会"))
        for check in (self.foreign_check, self.ecommerce_check, self.trade_fair_check):
            row.addWidget(check)
        self.set_scope(None)
        self._apply_preset()

        self.preset_combo.currentIndexChanged.connect(self._on_preset_combo_current_index_changed)
        for edit in (self.from_edit, self.to_edit):
            edit.dateChanged.connect(self._on_date_changed)
        for combo in (self.basis_combo, self.office_combo, self.officer_combo, self.patent_type_combo):
            combo.currentIndexChanged.connect(self._emit)
        for check in (self.foreign_check, self.ecommerce_check, self.trade_fair_check):
            check.toggled.connect(self._emit)

    # ---- public
    def set_scope(self, scope: StatsScope | None) -> None:
        """Offices (the viewer's and its sub-offices) and officers to choose from."""
        for combo in (self.office_combo, self.officer_combo):
            combo.blockSignals(True)
            combo.clear()
        self.office_combo.addItem(self.tr("本机关及下级") if scope and scope.sub_offices else self.tr("本机关"), ())
        self.officer_combo.addItem(self.tr("全部承办人"), None)
        if scope is not None:
            if scope.sub_offices:
                for office in scope.offices:
                    self.office_combo.addItem(office.name, (office.id,))
            for person in scope.officers:
                self.officer_combo.addItem(person.name, person.id)
        self.office_combo.setVisible(bool(scope and scope.sub_offices))
        for combo in (self.office_combo, self.officer_combo):
            combo.blockSignals(False)

    def value(self) -> StatsFilter:
        return StatsFilter(
            date_from=_pydate(self.from_edit.date()), date_to=_pydate(self.to_edit.date()),
            basis=self.basis_combo.currentData(), office_ids=tuple(self.office_combo.currentData() or ()),
            officer_id=self.officer_combo.currentData(), patent_type=self.patent_type_combo.currentData(),
            flag_foreign=True if self.foreign_check.isChecked() else None,
            flag_ecommerce=True if self.ecommerce_check.isChecked() else None,
            flag_trade_fair=True if self.trade_fair_check.isChecked() else None)

    def set_preset(self, key: str) -> None:
        self.preset_combo.setCurrentIndex(self.preset_combo.findData(key))

    def set_range(self, lo: date, hi: date) -> None:
        """Any dates (the preset becomes 自定义)."""
        self.preset_combo.blockSignals(True)
        self.preset_combo.setCurrentIndex(self.preset_combo.findData("custom"))
        self.preset_combo.blockSignals(False)
        self._set_dates(lo, hi)
        self.changed.emit()

    # ---- internals
    def _set_dates(self, lo: date, hi: date) -> None:
        for edit, value in ((self.from_edit, lo), (self.to_edit, hi)):
            edit.blockSignals(True)
            edit.setDate(_qdate(value))
            edit.blockSignals(False)

    def _apply_preset(self) -> None:
        key = self.preset_combo.currentData()
        if key != "custom":
            self._set_dates(*preset_range(key, self._today))

    def _on_preset_combo_current_index_changed(self, _index: int) -> None:
        self._apply_preset()
        self.changed.emit()

    def _on_date_changed(self, _value) -> None:
        self.preset_combo.blockSignals(True)
        self.preset_combo.setCurrentIndex(self.preset_combo.findData("custom"))
        self.preset_combo.blockSignals(False)
        self.changed.emit()

    def _emit(self, *_args) -> None:
        self.changed.emit()
