"""外出办案 › 提醒设置: after how many days without a check-in a laptop is flagged on the 外出办案 page and in
`python main.py sync status` (the office's `sync.warn_days`, 7 by default; an administrator's setting)."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QSpinBox, QWidget

from ipcase.loaders.sync import MAX_WARN_DAYS
from ipcase.services.sync.settings import update_sync_settings
from ui.common.form_dialog import FormDialog
from ui.common.submit import Conflict, submit
from ui.shell.context import AppContext


class SyncSettingsDialog(FormDialog):
    saved = Signal(int)

    def __init__(self, ctx: AppContext, warn_days: int, version: int, parent: QWidget | None = None):
        super().__init__(parent, min_width=420)
        self._ctx, self._version = ctx, version
        self.setObjectName("sync_settings_dialog")
        self.setWindowTitle(self.tr("外出办案提醒设置"))
        note = QLabel(self.tr("笔记本超过这些天没有签入时，“外出办案”页和 sync status 会提醒；超过预计返回日期也会提醒。"))
        note.setWordWrap(True)
        self.add_above(note)
        self.days_spin = self.add_row(self.tr("未签入提醒天数(&D)："), QSpinBox(), "warn_days")
        self.days_spin.setRange(1, MAX_WARN_DAYS)
        self.days_spin.setValue(warn_days)
        self.add_buttons(self._on_button_box_accepted)

    def _on_button_box_accepted(self) -> None:
        self.field_errors.clear()
        ctx = self._ctx
        task = ctx.db(update_sync_settings, actor_id=ctx.user_id, warn_days=self.days_spin.value(),
                      expected_version=self._version)
        submit(self, ctx.runner, task, field_errors=self.field_errors, on_success=self._on_saved,
               lock=self.button_box,
               conflict=Conflict(lambda e: setattr(self, "_version", e.actual_version), self.tr("外出办案提醒设置")))

    def _on_saved(self, version: int) -> None:
        self._version = version
        self.saved.emit(version)
        self.accept()
