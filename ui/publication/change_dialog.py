"""案件 › 公开 › 登记变更/撤销: the ruling was changed or revoked after a court suit; its publication falls due
within 20 working days (D13, M25 art 83). The rules are the core's (ipcase.services.publication.changes)."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from ipcase.domain.publication.rules import ChangeKind
from ipcase.services.publication import changes
from ui.common.fields import date_edit
from ui.common.form_dialog import FormDialog
from ui.common.i18n import tr_ctx
from ui.common.submit import submit
from ui.publication.labels import CHANGE_KIND
from ui.shell.context import AppContext


class RulingChangeDialog(FormDialog):
    saved = Signal(int)   # case id

    def __init__(self, ctx: AppContext, case_id: int, case_number: str, parent: QWidget | None = None):
        super().__init__(parent, min_width=520)
        self._ctx, self._case_id = ctx, case_id
        self.setObjectName("ruling_change_dialog")
        self.setWindowTitle(self.tr("登记裁决变更/撤销 — %1").replace("%1", case_number))
        note = QLabel(self.tr("裁决因行政诉讼被变更或撤销的，应自变更或撤销之日起20个工作日内公开（制作新的公开版本，"
                              "更正并替代已公开的版本）。"))
        note.setWordWrap(True)
        self.add_above(note)
        self.kind_combo = self.add_row(self.tr("类别(&K)："), QComboBox(), "kind")
        for kind in ChangeKind:
            self.kind_combo.addItem(tr_ctx("labels", CHANGE_KIND[kind.value]), kind.value)
        today = ctx.clock.today()
        self.date_edit = self.add_row(self.tr("变更/撤销日期(&D)："), date_edit(today, latest=today), "decided_on")
        self.court_edit = self.add_row(self.tr("人民法院(&C)："), QLineEdit(), "court")
        self.court_edit.setObjectName("court_edit")
        self.reference_edit = self.add_row(self.tr("判决书案号(&R)："), QLineEdit(), "reference")
        self.reference_edit.setObjectName("reference_edit")
        self.note_edit = self.add_row(self.tr("备注(&N)："), QLineEdit(), "note")
        self.add_buttons(self._on_button_box_accepted)

    def _on_button_box_accepted(self) -> None:
        self.field_errors.clear()
        ctx = self._ctx
        task = ctx.db(changes.record_ruling_change, actor_id=ctx.user_id, case_id=self._case_id,
                      kind=ChangeKind(self.kind_combo.currentData()), decided_on=self.date_edit.value(),
                      court=self.court_edit.text(), reference=self.reference_edit.text(), note=self.note_edit.text(),
                      now=ctx.clock.now())
        submit(self, ctx.runner, task, field_errors=self.field_errors, on_success=self._on_saved,
               lock=self.button_box)

    def _on_saved(self, _result) -> None:
        self.saved.emit(self._case_id)
        self.accept()
