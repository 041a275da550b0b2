"""设置 › 口审庭: the office's hearing rooms (name, place, seats, recording equipment, online-capable, in use)
and the hearing rules that are the office's interpretation ([U]: announcement, 回执 and postponement days)."""
from __future__ import annotations

from dataclasses import fields

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ipcase.dto.hearings import HearingRules, HearingSettings, RoomInfo, RoomInput
from ipcase.errors import ConcurrentModification
from ipcase.queries.hearings import sessions as hearing_queries
from ipcase.services.hearings import rooms as hearing_rooms
from ui.common import labels, messages
from ui.common.field_errors import FieldErrors
from ui.common.i18n import tr_ctx
from ui.common.plain_table import fill_rows, read_only_table
from ui.hearings import labels as hearing_labels
from ui.shell.context import AppContext

CTX = "HearingRoomsPage"
HEADERS = (QT_TRANSLATE_NOOP("HearingRoomsPage", "名称"), QT_TRANSLATE_NOOP("HearingRoomsPage", "地点"),
           QT_TRANSLATE_NOOP("HearingRoomsPage", "座位"),
           QT_TRANSLATE_NOOP("HearingRoomsPage", "录音录像"), QT_TRANSLATE_NOOP("HearingRoomsPage", "可线上口审"),
           QT_TRANSLATE_NOOP("HearingRoomsPage", "启用"))
SETTING_NOTES = {
    "announcement_working_days": QT_TRANSLATE_NOOP("HearingRoomsPage", "公开审理须提前公告的工作日数（办案指南；〔暂定解释〕按“之间”计算）"),
    "return_slip_days": QT_TRANSLATE_NOOP("HearingRoomsPage", "当事人自收到口审通知之日起寄回回执的日数（办案指南文书样式）"),
    "postpone_days_before": QT_TRANSLATE_NOOP("HearingRoomsPage", "延期口审申请须在口审前提出的日数（“提前3日”）"),
    "default_minutes": QT_TRANSLATE_NOOP("HearingRoomsPage", "新安排口审的默认时长（分钟）"),
}


class HearingRoomsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.rooms: tuple[RoomInfo, ...] = ()
        layout = QVBoxLayout(self)
        self.table = read_only_table(CTX, HEADERS, "rooms_table")
        self.table.itemSelectionChanged.connect(self._on_table_selection_changed)
        layout.addWidget(self.table, 1)

        box = QGroupBox(self.tr("口审庭"))
        form = QFormLayout(box)
        self.name_edit, self.place_edit = QLineEdit(), QLineEdit()
        self.name_edit.setObjectName("room_name_edit")
        self.seats_spin = QSpinBox()
        self.seats_spin.setRange(0, 500)
        self.recording_check = QCheckBox(self.tr("配备录音录像设备"))
        self.online_check = QCheckBox(self.tr("可进行线上口审"))
        self.active_check = QCheckBox(self.tr("启用（停用后不能再安排，已有记录保留）"))
        self.active_check.setChecked(True)
        form.addRow(self.tr("名称(&N)"), self.name_edit)
        form.addRow(self.tr("地点(&L)"), self.place_edit)
        form.addRow(self.tr("座位数(&S)"), self.seats_spin)
        for check in (self.recording_check, self.online_check, self.active_check):
            form.addRow("", check)
        self.summary_label = QLabel()
        form.addRow(self.summary_label)
        self.errors = FieldErrors(self.summary_label)
        self.errors.register("name", self.name_edit)
        self.errors.register("seats", self.seats_spin)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("新增(&A)"))
        self.new_button.clicked.connect(self._on_new_button_clicked)
        self.save_button = QPushButton(self.tr("保存口审庭(&V)"))
        self.save_button.setObjectName("save_room_button")
        self.save_button.clicked.connect(self.save_room)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        form.addRow(buttons)
        layout.addWidget(box)

        rules = QGroupBox(self.tr("口审规则（本机关确定的做法；口审通知提前工作日数见“期限规则”）"))
        rules_form = QFormLayout(rules)
        self.setting_spins: dict[str, QSpinBox] = {}
        for f in fields(HearingSettings):
            spin = QSpinBox()
            spin.setRange(0, 600)
            spin.setToolTip(tr_ctx(CTX, SETTING_NOTES[f.name]))
            rules_form.addRow(hearing_labels.field(f.name), spin)
            self.setting_spins[f.name] = spin
        self.rules_summary = QLabel()
        rules_form.addRow(self.rules_summary)
        self.rules_errors = FieldErrors(self.rules_summary)
        for name, spin in self.setting_spins.items():
            self.rules_errors.register(name, spin)
        self.save_rules_button = QPushButton(self.tr("保存口审规则(&R)"))
        self.save_rules_button.clicked.connect(self.save_rules)
        rules_form.addRow(self.save_rules_button)
        layout.addWidget(rules)
        self._editing: int | None = None
        self._editing_version: int | None = None   # of the room in the form (optimistic locking)
        self._settings_version = 0                 # of the hearing settings shown
        self._reselect: int | None = None          # a room to show again once the list is reloaded

    def refresh(self) -> None:
        ctx = self._ctx
        ctx.runner.run_db(ctx.db(hearing_queries.rooms, office_id=ctx.user.office_id, include_inactive=True),
                          on_success=self._on_rooms_loaded, owner=self)
        ctx.runner.run_db(ctx.db(hearing_queries.hearing_rules, office_id=ctx.user.office_id),
                          on_success=self._on_settings_loaded, owner=self)

    def _on_rooms_loaded(self, rooms: tuple[RoomInfo, ...]) -> None:
        self.rooms = rooms
        fill_rows(self.table, [(room.name, room.place, room.seats or "", labels.yes_no(room.recording),
                                labels.yes_no(room.online_capable), labels.yes_no(room.active)) for room in rooms])
        row = next((i for i, room in enumerate(rooms) if room.id == self._reselect), None)
        self._reselect = None
        if row is not None:
            self.table.clearSelection()
            self.table.selectRow(row)   # fills the form with what is stored now

    def _on_settings_loaded(self, page: HearingRules) -> None:
        self._settings_version = page.version
        for name, spin in self.setting_spins.items():
            spin.setValue(getattr(page.settings, name))

    def _on_table_selection_changed(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.rooms):
            return
        room = self.rooms[row]
        self._editing, self._editing_version = room.id, room.version
        self.name_edit.setText(room.name)
        self.place_edit.setText(room.place)
        self.seats_spin.setValue(room.seats)
        self.recording_check.setChecked(room.recording)
        self.online_check.setChecked(room.online_capable)
        self.active_check.setChecked(room.active)

    def _on_new_button_clicked(self) -> None:
        self._editing = self._editing_version = None
        self.table.clearSelection()
        for edit in (self.name_edit, self.place_edit):
            edit.clear()
        self.seats_spin.setValue(0)
        self.recording_check.setChecked(False)
        self.online_check.setChecked(False)
        self.active_check.setChecked(True)
        self.name_edit.setFocus()

    def save_room(self) -> None:
        ctx = self._ctx
        data = RoomInput(self.name_edit.text(), self.place_edit.text(), self.seats_spin.value(),
                         self.recording_check.isChecked(), self.online_check.isChecked(), self.active_check.isChecked())
        self.errors.clear()
        ctx.runner.run_db(ctx.db(hearing_rooms.save_room, actor_id=ctx.user_id, data=data, room_id=self._editing,
                                 expected_version=self._editing_version),
                          on_success=self._on_room_saved, on_failure=self._on_failed, owner=self)

    def _on_room_saved(self, room: RoomInfo) -> None:
        self._editing, self._editing_version = room.id, room.version
        self.refresh()

    def save_rules(self) -> None:
        ctx = self._ctx
        settings = HearingSettings(**{name: spin.value() for name, spin in self.setting_spins.items()})
        self.rules_errors.clear()
        ctx.runner.run_db(ctx.db(hearing_rooms.update_hearing_settings, actor_id=ctx.user_id, settings=settings,
                                 expected_version=self._settings_version),
                          on_success=self._on_rules_saved, on_failure=self._on_rules_failed, owner=self)

    def _on_rules_saved(self, _result) -> None:
        self._settings_version += 1   # this save counted once (services.setting_locks.claim_group)
        messages.info(self, self.tr("口审规则"), self.tr("已保存。"))

    def _on_rules_failed(self, exc: Exception) -> None:
        if isinstance(exc, ConcurrentModification):
            self._settings_version = exc.actual_version   # the typed values stay; keeping them saves over theirs
            if messages.ask_reload(self, exc, self.tr("口审规则已被他人修改")):
                self._ctx.runner.run_db(self._ctx.db(hearing_queries.hearing_rules, office_id=self._ctx.user.office_id),
                                        on_success=self._on_settings_loaded, owner=self)
            return
        if not self.rules_errors.show(exc):
            messages.show_error(self, exc)

    def _on_failed(self, exc: Exception) -> None:
        if isinstance(exc, ConcurrentModification):
            self._editing_version = exc.actual_version   # the typed room stays; keeping it saves over theirs
            if messages.ask_reload(self, exc, self.tr("口审庭信息已被他人修改")):
                self._reselect = self._editing
                self.refresh()
            return
        if not self.errors.show(exc):
            messages.show_error(self, exc)
