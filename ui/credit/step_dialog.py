"""信用名单 › a step on one listing: 告知书送达, 陈述申辩, 报请列入, 审批列入, 期满移出, 信用修复申请, 信用修复决定.
One dialog: the rows shown depend on the step (a date, a text, approve/refuse with an opinion, the 签发人 of the
移出决定书 期满移出 issues)."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit, QRadioButton, QWidget

from ipcase.dto.credit import ListingInfo
from ipcase.errors import ValidationFailed
from ipcase.queries.documents.signatories import signatory_choice
from ipcase.services.credit import listings
from ui.common.fields import date_edit
from ui.common.form_dialog import FormDialog
from ui.common.i18n import tr_ctx
from ui.common.submit import submit
from ui.credit.labels import ACTION, GROUND
from ui.shell.context import AppContext

# step → (service, needs a date, the text field's key or "", a decision)
STEPS = {
    "notice": (listings.record_notice_served, True, "", False),
    "statement": (listings.record_statement, True, "statement", False),
    "propose": (listings.propose, False, "", False),
    "decide": (listings.decide, False, "opinion", True),
    "remove": (listings.remove, False, "", False),
    "apply_repair": (listings.apply_repair, True, "reason", False),
    "decide_repair": (listings.decide_repair, False, "opinion", True),
}
_ACTION_KEY = {"notice": "credit.record_notice_served", "statement": "credit.record_statement",
               "propose": "credit.propose", "decide": "credit.decide", "remove": "credit.remove",
               "apply_repair": "credit.apply_repair", "decide_repair": "credit.decide_repair"}


def _refuse_without_signatory(uow) -> None:
    raise ValidationFailed("signed_by", "required")


class ListingStepDialog(FormDialog):
    saved = Signal(object)

    def __init__(self, ctx: AppContext, row: ListingInfo, step: str, parent: QWidget | None = None):
        super().__init__(parent, min_width=600)
        self._ctx, self._row, self._step = ctx, row, step
        self.setObjectName("listing_step_dialog")
        self.setWindowTitle(tr_ctx("labels", ACTION[_ACTION_KEY[step]]) + " — " + row.party_name)
        _fn, dated, text_key, decision = STEPS[step]
        about = QLabel(self.tr("当事人：%1　失信行为：%2　依据案号：%3").replace("%1", row.party_name)
                       .replace("%2", tr_ctx("labels", GROUND.get(row.ground, row.ground))).replace("%3", row.case_number))
        about.setWordWrap(True)
        self.add_above(about)
        today = ctx.clock.now().date()
        self.day_edit = self.add_row(self.tr("日期(&D)："), date_edit(today, latest=today), "day") if dated else None
        self.approve_radio = self.refuse_radio = None
        if decision:
            self.approve_radio = self.add_row(self.tr("决定(&A)："), QRadioButton(self.tr("同意")), "approve")
            self.refuse_radio = self.add_row("", QRadioButton(self.tr("不同意")), "")
            self.approve_radio.setChecked(True)
        labels = {"statement": self.tr("陈述申辩意见(&T)："), "opinion": self.tr("意见(&O)："),
                  "reason": self.tr("申请理由(&R)：")}
        self.text_edit = self.add_row(labels[text_key], QPlainTextEdit(), text_key) if text_key else None
        if self.text_edit is not None:
            self.text_edit.setMinimumHeight(110)
        self.signatory_combo = None
        self._leaders: tuple = ()
        if step == "remove":   # the 移出决定书 goes out in the office's name: a leader signs it
            self.signatory_combo = self.add_row(self.tr("决定书签发人(&S)："), QComboBox(), "signed_by")
            self.signatory_combo.setObjectName("signatory_combo")
            ctx.runner.run_db(ctx.db(signatory_choice, case_id=row.case_id, doc_type_key="credit_removal_decision"),
                              on_success=self._on_signatories_loaded, owner=self)
        self.add_buttons(self._on_button_box_accepted)

    def _on_signatories_loaded(self, choice) -> None:
        self._leaders = choice.choices
        self.signatory_combo.clear()
        self.signatory_combo.addItem(self.tr("（请选择）"), None)
        for user_id, name in choice.choices:
            self.signatory_combo.addItem(name, user_id)

    def _on_button_box_accepted(self) -> None:
        self.field_errors.clear()
        ctx, row = self._ctx, self._row
        fn, dated, text_key, decision = STEPS[self._step]
        inputs = {}
        if dated:
            inputs["day"] = self.day_edit.value()
        if text_key:
            inputs[text_key] = self.text_edit.toPlainText()
        if decision:
            inputs["approve"] = self.approve_radio.isChecked()
        if self.signatory_combo is not None:
            inputs["signed_by"] = self.signatory_combo.currentData()
        if self.signatory_combo is not None and inputs["signed_by"] is None and self._leaders:
            task = ctx.db(_refuse_without_signatory)
        else:
            task = ctx.db(fn, actor_id=ctx.user_id, listing_id=row.id, expected_version=row.version,
                          now=ctx.clock.now(), **inputs)
        submit(self, ctx.runner, task, field_errors=self.field_errors, on_success=self._on_saved,
               lock=self.button_box)

    def _on_saved(self, ref) -> None:
        self.saved.emit(ref)
        self.accept()
