"""The filter bar above the case list: text search, states, officer, patent type, flags, date ranges."""
from __future__ import annotations

from datetime import date

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCheckBox, QComboBox, QMenu, QPushButton, QWidget

from ipcase.domain.enums import (
    CLOSED_STATES,
    PRE_REGISTRATION_STATES,
    REGISTERED_OPEN_STATES,
    CaseState,
    PatentType,
)
from ipcase.dto.admin import UserInfo
from ipcase.dto.cases import CaseFilter
from ui.common import labels
from ui.common.date_range import DateRange
from ui.common.filter_bar import ListFilterBar, clear_range


class CaseFilterBar(ListFilterBar):
    def __init__(self, today: date, parent: QWidget | None = None):
        super().__init__(parent)
        row1, row2 = self.row1, self.row2
        self.search_edit = self._search_edit(
            "search_edit", self.tr("搜索：案号、当事人名称（可只输一两个字）、专利号  Ctrl+F"), 320)

        self.state_button = QPushButton()
        self.state_button.setObjectName("state_button")
        self.state_button.setMinimumWidth(130)
        self.state_menu = QMenu(self.state_button)
        self._state_actions: dict[CaseState, QAction] = {}
        for title, group in ((self.tr("未立案"), PRE_REGISTRATION_STATES),
                             (self.tr("办理中（已立案）"), REGISTERED_OPEN_STATES),
                             (self.tr("已结案"), CLOSED_STATES)):
            preset = self.state_menu.addAction(self.tr("只看%1").replace("%1", title))
            preset.triggered.connect(lambda _=False, g=group: self._select_states(g))
        self.state_menu.addSeparator()
        for state in CaseState:
            action = self.state_menu.addAction(labels.case_state(state))
            action.setCheckable(True)
            action.toggled.connect(self._on_state_action_toggled)
            self._state_actions[state] = action
        self.state_menu.addSeparator()
        self.state_menu.addAction(self.tr("全部状态"), lambda: self._select_states(()))
        self.state_button.setMenu(self.state_menu)
        row1.addWidget(self.state_button)

        self.officer_combo = self._user_combo()
        self.officer_combo.setObjectName("officer_combo")
        self.officer_combo.currentIndexChanged.connect(self._emit_changed)
        row1.addWidget(self.officer_combo)

        self.patent_type_combo = QComboBox()
        self.patent_type_combo.setObjectName("patent_type_combo")
        self.patent_type_combo.addItem(self.tr("全部专利类型"), None)
        for pt in PatentType:
            self.patent_type_combo.addItem(labels.patent_type(pt), pt)
        self.patent_type_combo.currentIndexChanged.connect(self._emit_changed)
        row1.addWidget(self.patent_type_combo)

        self.foreign_check, self.ecommerce_check, self.trade_fair_check = self._feature_checks()
        self.suspended_check = QCheckBox(self.tr("中止中"))
        for check in (self.foreign_check, self.ecommerce_check, self.trade_fair_check, self.suspended_check):
            check.toggled.connect(self._emit_changed)
            row1.addWidget(check)

        self.received_range = DateRange(self.tr("收到日期"), today)
        self.registered_range = DateRange(self.tr("立案日期"), today)
        for rng in (self.received_range, self.registered_range):
            rng.changed.connect(self._emit_changed)
            row2.addWidget(rng)
        row2.addStretch(1)
        self.reset_button = QPushButton(self.tr("清除筛选(&R)"))
        self.reset_button.clicked.connect(self.reset)
        row2.addWidget(self.reset_button)
        self._update_state_button()

    # ---- public
    def set_officers(self, users: tuple[UserInfo, ...]) -> None:
        self._fill_users(self.officer_combo, users)

    def selected_states(self) -> tuple[CaseState, ...]:
        return tuple(s for s, a in self._state_actions.items() if a.isChecked())

    def make_filter(self, *, sort: str, descending: bool, limit: int, offset: int, after: tuple | None = None,
                    count: bool = True) -> CaseFilter:
        received = self.received_range.value()
        registered = self.registered_range.value()
        return CaseFilter(
            states=self.selected_states(),
            officer_id=self.officer_combo.currentData(),
            patent_type=self.patent_type_combo.currentData(),
            flag_foreign=True if self.foreign_check.isChecked() else None,
            flag_ecommerce=True if self.ecommerce_check.isChecked() else None,
            flag_trade_fair=True if self.trade_fair_check.isChecked() else None,
            suspended=True if self.suspended_check.isChecked() else None,
            received_from=received[0], received_to=received[1],
            registered_from=registered[0], registered_to=registered[1],
            text=self.search_edit.text().strip(),
            sort=sort, descending=descending, limit=limit, offset=offset, after=after, count=count,
        )

    def reset(self) -> None:
        widgets = (self.officer_combo, self.patent_type_combo, self.foreign_check, self.ecommerce_check,
                   self.trade_fair_check, self.suspended_check, self.received_range, self.registered_range,
                   self.search_edit, *self._state_actions.values())
        self._reset_quietly(widgets, self._clear)

    def _clear(self) -> None:
        self.officer_combo.setCurrentIndex(0)
        self.patent_type_combo.setCurrentIndex(0)
        for check in (self.foreign_check, self.ecommerce_check, self.trade_fair_check, self.suspended_check):
            check.setChecked(False)
        clear_range(self.received_range)
        clear_range(self.registered_range)
        self.search_edit.clear()
        for action in self._state_actions.values():
            action.setChecked(False)
        self._update_state_button()

    # ---- internals
    def _select_states(self, states) -> None:
        for state, action in self._state_actions.items():
            action.blockSignals(True)
            action.setChecked(state in states)
            action.blockSignals(False)
        self._update_state_button()
        self.filter_changed.emit()

    def _on_state_action_toggled(self, _on: bool) -> None:
        self._update_state_button()
        self.filter_changed.emit()

    def _update_state_button(self) -> None:
        chosen = self.selected_states()
        if not chosen:
            text = self.tr("状态：全部")
        elif len(chosen) == 1:
            text = self.tr("状态：%1").replace("%1", labels.case_state(chosen[0]))
        else:
            text = self.tr("状态：%1 项").replace("%1", str(len(chosen)))
        self.state_button.setText(text)

    def _emit_changed(self, *_args) -> None:
        self.filter_changed.emit()
