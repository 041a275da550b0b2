"""案件 › 执行 › 记录执行环节: one step of the enforcement of a ruling not complied with (D15) — the end of the
suit period without a suit, non-compliance, the 催告书 served, the application to court — with its date."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QPlainTextEdit, QWidget

from ipcase.domain.cases.enforcement import EnforcementStep
from ipcase.dto.cases import CaseDetail
from ipcase.services.credit.enforcement import record_enforcement_step
from ui.common.fields import date_edit
from ui.common.form_dialog import FormDialog
from ui.common.i18n import tr_ctx
from ui.common.submit import submit
from ui.credit.labels import ENFORCEMENT_STEP
from ui.shell.context import AppContext


class EnforcementStepDialog(FormDialog):
    saved = Signal(object)

    def __init__(self, ctx: AppContext, detail: CaseDetail, parent: QWidget | None = None):
        super().__init__(parent, min_width=560)
        self._ctx, self._detail = ctx, detail
        self.setObjectName("enforcement_step_dialog")
        self.setWindowTitle(self.tr("记录执行环节 — %1").replace("%1", detail.case_number or ""))
        self.step_combo = self.add_row(self.tr("环节(&S)："), QComboBox(), "step")
        for step in EnforcementStep:
            self.step_combo.addItem(tr_ctx("labels", ENFORCEMENT_STEP[step.value]), step.value)
        today = ctx.clock.now().date()
        self.day_edit = self.add_row(self.tr("日期(&D)："), date_edit(today, latest=today), "day")
        self.note_edit = self.add_row(self.tr("说明(&N)："), QPlainTextEdit(), "note")
        self.note_edit.setMaximumHeight(90)
        self.add_buttons(self._on_button_box_accepted)

    def _on_button_box_accepted(self) -> None:
        self.field_errors.clear()
        ctx, d = self._ctx, self._detail
        task = ctx.db(record_enforcement_step, actor_id=ctx.user_id, case_id=d.id, expected_version=d.version,
                      step=EnforcementStep(self.step_combo.currentData()), day=self.day_edit.value(),
                      note=self.note_edit.toPlainText(), now=ctx.clock.now())
        submit(self, ctx.runner, task, field_errors=self.field_errors, on_success=self._on_saved,
               lock=self.button_box)

    def _on_saved(self, ref) -> None:
        self.saved.emit(ref)
        self.accept()
