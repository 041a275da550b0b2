"""案件 › 公开 › 典型案例: a 处(科)室负责人 or 部门负责人 marks a closed case as typical and writes its summary."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from ipcase.dto.publication import TypicalCaseInput, TypicalCaseRow
from ipcase.services.publication import typical
from ui.common.form_dialog import FormDialog
from ui.common.submit import submit
from ui.shell.context import AppContext


class TypicalCaseDialog(FormDialog):
    saved = Signal(object)

    def __init__(self, ctx: AppContext, case_id: int, case_number: str, year: int,
                 current: TypicalCaseRow | None = None, parent: QWidget | None = None):
        super().__init__(parent, min_width=640)
        self._ctx, self._case_id = ctx, case_id
        self.setObjectName("typical_case_dialog")
        self.setWindowTitle(self.tr("典型案例 — %1").replace("%1", case_number))
        self.year_spin = self.add_row(self.tr("年度(&Y)："), QSpinBox(), "year")
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setValue(current.year if current else year)
        self.title_edit = self.add_row(self.tr("案例标题(&T)："), QLineEdit(current.title if current else ""), "title")
        self.title_edit.setObjectName("title_edit")
        self.summary_edit = self.add_row(self.tr("案例要旨(&S)："), QPlainTextEdit(current.summary if current else ""),
                                         "summary")
        self.summary_edit.setObjectName("summary_edit")
        self.summary_edit.setMinimumHeight(200)
        self.add_buttons(self._on_button_box_accepted)

    def values(self) -> TypicalCaseInput:
        return TypicalCaseInput(self._case_id, self.year_spin.value(), self.title_edit.text(),
                                self.summary_edit.toPlainText())

    def _on_button_box_accepted(self) -> None:
        self.field_errors.clear()
        ctx = self._ctx
        task = ctx.db(typical.mark_typical, actor_id=ctx.user_id, data=self.values(), now=ctx.clock.now())
        submit(self, ctx.runner, task, field_errors=self.field_errors, on_success=self._on_saved,
               lock=self.button_box)

    def _on_saved(self, _result) -> None:
        self.saved.emit(self._case_id)
        self.accept()
