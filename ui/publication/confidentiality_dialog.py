"""案件 › 公开 › 当事人申请不予公开: the officer records what a party asked to keep out of the published ruling (M25
art 83) — texts as they stand, amounts by their sum — with the party and the day asked. The redaction editor then
proposes them ticked; the rules are the core's (ipcase.services.publication.confidentiality)."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from ipcase.dto.publication import ConfidentialityInput
from ipcase.services.publication import confidentiality
from ui.common.fields import date_edit
from ui.common.form_dialog import FormDialog
from ui.common.submit import submit
from ui.shell.context import AppContext


def _lines(edit: QPlainTextEdit) -> tuple[str, ...]:
    return tuple(line.strip() for line in edit.toPlainText().splitlines() if line.strip())


class ConfidentialityDialog(FormDialog):
    saved = Signal(int)   # the request's id

    def __init__(self, ctx: AppContext, case_id: int, case_number: str, parties: list[tuple[int, str]],
                 parent: QWidget | None = None):
        super().__init__(parent, min_width=560)
        self._ctx, self._case_id = ctx, case_id
        self.setObjectName("confidentiality_dialog")
        self.setWindowTitle(self.tr("当事人申请不予公开 — %1").replace("%1", case_number))
        note = QLabel(self.tr("公开裁决书时隐去当事人申请不予公开的内容（M25 第八十三条）。登记后，编辑公开版本时这些内容"
                              "默认勾选隐去，仍可逐项审核。金额按数额匹配：申请“50万元”，正文中的“500,000元”也一并隐去。"))
        note.setWordWrap(True)
        self.add_above(note)
        self.party_combo = self.add_row(self.tr("申请人(&P)："), QComboBox(), "party_id")
        self.party_combo.setObjectName("party_combo")
        for party_id, label in parties:
            self.party_combo.addItem(label, party_id)
        today = ctx.clock.today()
        self.date_edit = self.add_row(self.tr("申请日期(&D)："), date_edit(today, latest=today), "requested_on")
        self.texts_edit = self.add_row(self.tr("不予公开的内容(&T)：\n（每行一项，按原文）"), QPlainTextEdit(),
                                       "confidential_texts")
        self.texts_edit.setObjectName("confidential_texts_edit")
        self.texts_edit.setFixedHeight(110)
        self.amounts_edit = self.add_row(self.tr("不予公开的金额(&A)：\n（每行一项，如 50万元）"), QPlainTextEdit(),
                                         "confidential_amounts")
        self.amounts_edit.setObjectName("confidential_amounts_edit")
        self.amounts_edit.setFixedHeight(80)
        self.note_edit = self.add_row(self.tr("理由或备注(&N)："), QLineEdit(), "note")
        self.add_buttons(self._on_button_box_accepted)

    def _on_button_box_accepted(self) -> None:
        self.field_errors.clear()
        ctx = self._ctx
        data = ConfidentialityInput(self._case_id, self.party_combo.currentData() or 0, self.date_edit.value(),
                                    _lines(self.texts_edit), _lines(self.amounts_edit), self.note_edit.text())
        task = ctx.db(confidentiality.record_confidentiality_request, actor_id=ctx.user_id, data=data,
                      now=ctx.clock.now())
        submit(self, ctx.runner, task, field_errors=self.field_errors, on_success=self._on_saved,
               lock=self.button_box)

    def _on_saved(self, request_id: int) -> None:
        self.saved.emit(request_id)
        self.accept()
