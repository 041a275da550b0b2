"""满意度 › 目标: the office's 保护社会满意度 target (85 by default), an administrator's setting."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDoubleSpinBox, QWidget

from ipcase.services.satisfaction.settings import update_satisfaction_target
from ui.common.form_dialog import FormDialog
from ui.common.submit import Conflict, submit
from ui.shell.context import AppContext


class TargetDialog(FormDialog):
    saved = Signal(object)

    def __init__(self, ctx: AppContext, target: float, version: int, parent: QWidget | None = None):
        super().__init__(parent, min_width=380)
        self._ctx, self._version = ctx, version
        self.setObjectName("satisfaction_target_dialog")
        self.setWindowTitle(self.tr("满意度目标"))
        self.target_spin = self.add_row(self.tr("目标分值(&T)："), QDoubleSpinBox(), "target")
        self.target_spin.setRange(0, 100)
        self.target_spin.setDecimals(1)
        self.target_spin.setValue(target)
        self.add_buttons(self._on_button_box_accepted)

    def _on_button_box_accepted(self) -> None:
        self.field_errors.clear()
        ctx = self._ctx
        task = ctx.db(update_satisfaction_target, actor_id=ctx.user_id, target=self.target_spin.value(),
                      expected_version=self._version)
        submit(self, ctx.runner, task, field_errors=self.field_errors, on_success=self._on_saved,
               lock=self.button_box,
               conflict=Conflict(lambda e: setattr(self, "_version", e.actual_version), self.tr("满意度目标")))

    def _on_saved(self, version: int) -> None:
        self.saved.emit(version)
        self.accept()
