"""The filter bar above the intake register: search, state, kind, channel, handler, received range, flags."""
from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QCheckBox, QComboBox, QPushButton, QWidget

from ipcase.domain.intake.items import IntakeChannel, IntakeKind, IntakeState
from ipcase.dto.admin import UserInfo
from ipcase.dto.intake import IntakeFilter
from ui.common.date_range import DateRange
from ui.common.filter_bar import ListFilterBar, clear_range
from ui.intake import labels as intake_labels

# The state choices: two groups and "all" first, then each state.
STATE_GROUPS = {"open": (IntakeState.OPEN, IntakeState.PENDING_CORRECTION),
                "decided": tuple(s for s in IntakeState if s.is_terminal), "all": ()}


class IntakeFilterBar(ListFilterBar):
    def __init__(self, today: date, parent: QWidget | None = None):
        super().__init__(parent)
        row1, row2 = self.row1, self.row2
        self.search_edit = self._search_edit(
            "intake_search_edit", self.tr("搜索：收案编号、来件人、对象名称或信用代码、专利号、产品、展位"), 300)
        self.state_combo = QComboBox()
        self.state_combo.setObjectName("intake_state_combo")
        self.state_combo.addItem(self.tr("待处理（含补正中）"), "open")
        self.state_combo.addItem(self.tr("已处理"), "decided")
        self.state_combo.addItem(self.tr("全部状态"), "all")
        for state in IntakeState:
            self.state_combo.addItem(intake_labels.intake_state(state), state.value)
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("intake_kind_combo")
        self.kind_combo.addItem(self.tr("全部事项"), None)
        for kind in IntakeKind:
            self.kind_combo.addItem(intake_labels.intake_kind(kind), kind)
        self.channel_combo = QComboBox()
        self.channel_combo.setObjectName("intake_channel_combo")
        self.channel_combo.addItem(self.tr("全部渠道"), None)
        for channel in IntakeChannel:
            self.channel_combo.addItem(intake_labels.intake_channel(channel), channel)
        self.handler_combo = self._user_combo()
        for combo in (self.state_combo, self.kind_combo, self.channel_combo, self.handler_combo):
            combo.currentIndexChanged.connect(self.filter_changed)
            row1.addWidget(combo)
        self.received_range = DateRange(self.tr("收到日期"), today)
        self.received_range.changed.connect(self.filter_changed)
        row2.addWidget(self.received_range)
        self.repeat_check = QCheckBox(self.tr("重复侵权"))
        self.anonymous_check = QCheckBox(self.tr("匿名"))
        self.foreign_check, self.ecommerce_check, self.trade_fair_check = self._feature_checks()
        self.flag_checks = (self.repeat_check, self.anonymous_check, self.foreign_check, self.ecommerce_check,
                            self.trade_fair_check)
        for check in self.flag_checks:
            check.toggled.connect(self.filter_changed)
            row2.addWidget(check)
        row2.addStretch(1)
        self.reset_button = QPushButton(self.tr("清除筛选(&R)"))
        self.reset_button.clicked.connect(lambda: self.reset())
        row2.addWidget(self.reset_button)

    def set_handlers(self, users: tuple[UserInfo, ...]) -> None:
        self._fill_users(self.handler_combo, users)

    def selected_states(self) -> tuple[IntakeState, ...]:
        chosen = self.state_combo.currentData()
        return STATE_GROUPS[chosen] if chosen in STATE_GROUPS else (IntakeState(chosen),)

    def make_filter(self, *, sort: str, descending: bool, limit: int, offset: int) -> IntakeFilter:
        received = self.received_range.value()
        kind, channel = self.kind_combo.currentData(), self.channel_combo.currentData()
        return IntakeFilter(
            states=self.selected_states(), kinds=(kind,) if kind else (),
            channels=(channel,) if channel else (), handler_id=self.handler_combo.currentData(),
            received_from=received[0], received_to=received[1],
            repeat=True if self.repeat_check.isChecked() else None,
            anonymous=True if self.anonymous_check.isChecked() else None,
            flag_foreign=True if self.foreign_check.isChecked() else None,
            flag_ecommerce=True if self.ecommerce_check.isChecked() else None,
            flag_trade_fair=True if self.trade_fair_check.isChecked() else None,
            text=self.search_edit.text().strip(), sort=sort, descending=descending, limit=limit, offset=offset)

    def reset(self, *, states: str = "open") -> None:
        widgets = (self.state_combo, self.kind_combo, self.channel_combo, self.handler_combo, self.received_range,
                   *self.flag_checks, self.search_edit)
        self._reset_quietly(widgets, lambda: self._clear(states))

    def _clear(self, states: str) -> None:
        for combo in (self.kind_combo, self.channel_combo, self.handler_combo):
            combo.setCurrentIndex(0)
        self.state_combo.setCurrentIndex(max(self.state_combo.findData(states), 0))
        clear_range(self.received_range)
        for check in self.flag_checks:
            check.setChecked(False)
        self.search_edit.clear()
