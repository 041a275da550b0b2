"""案件 › 公开 › 审批: the 部门负责人 reads the redacted text and approves publishing it (the files are made now)
or sends it back with a reason."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QRadioButton, QWidget

from ipcase.dto.publication import PublicationRow
from ipcase.services.publication import rulings
from ui.common.form_dialog import FormDialog
from ui.common.submit import submit
from ui.shell.context import AppContext


class PublicationDecisionDialog(FormDialog):
    saved = Signal(object)   # PublicationRef

    def __init__(self, ctx: AppContext, row: PublicationRow, text: str, parent: QWidget | None = None):
        super().__init__(parent, min_width=760, scroll=True)
        self._ctx, self._row = ctx, row
        self.setObjectName("publication_decision_dialog")
        self.setWindowTitle(self.tr("审批公开裁决书 — %1").replace("%1", row.case_number))
        head = self.tr("第%1版，隐去 %2 项；报请人 %3。").replace("%1", str(row.version)).replace(
            "%2", str(row.masks)).replace("%3", row.requested_by)
        if row.unredacted:
            head += self.tr("注意：报请人确认按原文公开（未隐去任何内容）。")
        if row.replaces_version:
            head += self.tr("更正并替代第%1版，理由：%2").replace("%1", str(row.replaces_version)).replace(
                "%2", row.reason)
        summary = QLabel(head)
        summary.setWordWrap(True)
        self.add_above(summary)
        self.text_view = QPlainTextEdit(text)
        self.text_view.setObjectName("published_text_view")
        self.text_view.setReadOnly(True)
        self.text_view.setMinimumHeight(260)
        self.add_above(self.text_view)
        self.approve_radio = self.add_row("", QRadioButton(self.tr("批准公开(&A)")))
        self.approve_radio.setChecked(True)
        self.refuse_radio = self.add_row("", QRadioButton(self.tr("退回(&R)")))
        self.place_edit = self.add_row(self.tr("公开网址或地点(&P)："), QLineEdit(row.place), "place")
        self.place_edit.setObjectName("place_edit")
        self.opinion_edit = self.add_row(self.tr("意见(&O)："), QLineEdit(), "opinion")
        self.opinion_edit.setObjectName("opinion_edit")
        self.add_buttons(self._on_button_box_accepted)

    def _on_button_box_accepted(self) -> None:
        self.field_errors.clear()
        ctx = self._ctx
        task = ctx.db(rulings.decide_publication, actor_id=ctx.user_id, publication_id=self._row.id,
                      approve=self.approve_radio.isChecked(), opinion=self.opinion_edit.text(),
                      place=self.place_edit.text(), now=ctx.clock.now())
        submit(self, ctx.runner, task, field_errors=self.field_errors, on_success=self._on_decided,
               lock=self.button_box)

    def _on_decided(self, ref) -> None:
        self.saved.emit(ref)
        self.accept()
