"""案件 › 执行 › 失信认定: the officer names the respondent, the ground (重复专利侵权行为 / 不依法执行行政裁决) and
the facts, and the 签发人 of the 列入严重失信主体名单告知书 the step issues (a leader allowed to sign, as in the 文书
dialog); the 告知书 is served next (案件 › 送达) and the party may state its case before the listing is proposed."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QPlainTextEdit, QWidget

from ipcase.domain.credit.listing import Ground
from ipcase.domain.enums import PartyRole
from ipcase.dto.cases import CaseDetail
from ipcase.errors import ValidationFailed
from ipcase.queries.documents.signatories import signatory_choice
from ipcase.services.credit.listings import identify
from ui.common.form_dialog import FormDialog
from ui.common.i18n import tr_ctx
from ui.common.submit import submit
from ui.credit.labels import GROUND
from ui.shell.context import AppContext


def _refuse_without_signatory(uow) -> None:
    raise ValidationFailed("signed_by", "required")


class IdentifyDialog(FormDialog):
    saved = Signal(object)

    def __init__(self, ctx: AppContext, detail: CaseDetail, parent: QWidget | None = None):
        super().__init__(parent, min_width=620)
        self._ctx, self._detail = ctx, detail
        self.setObjectName("credit_identify_dialog")
        self.setWindowTitle(self.tr("失信认定 — %1").replace("%1", detail.case_number or ""))
        self.party_combo = self.add_row(self.tr("当事人(&P)："), QComboBox(), "party_id")
        for p in detail.parties:
            if p.role == PartyRole.RESPONDENT:
                self.party_combo.addItem(p.name, p.id)
        self.ground_combo = self.add_row(self.tr("失信行为(&G)："), QComboBox(), "ground")
        for g in Ground:
            self.ground_combo.addItem(tr_ctx("labels", GROUND[g.value]), g.value)
        self.facts_edit = self.add_row(self.tr("认定事实(&F)："), QPlainTextEdit(), "facts")
        self.facts_edit.setObjectName("facts_edit")
        self.facts_edit.setMinimumHeight(140)
        self.signatory_combo = self.add_row(self.tr("告知书签发人(&S)："), QComboBox(), "signed_by")
        self.signatory_combo.setObjectName("signatory_combo")
        self._leaders: tuple = ()
        self.add_buttons(self._on_button_box_accepted)
        ctx.runner.run_db(ctx.db(signatory_choice, case_id=detail.id, doc_type_key="credit_listing_notice"),
                          on_success=self._on_signatories_loaded, owner=self)

    def _on_signatories_loaded(self, choice) -> None:
        self._leaders = choice.choices
        self.signatory_combo.clear()
        self.signatory_combo.addItem(self.tr("（请选择）"), None)
        for user_id, name in choice.choices:
            self.signatory_combo.addItem(name, user_id)

    def _on_button_box_accepted(self) -> None:
        self.field_errors.clear()
        ctx, d = self._ctx, self._detail
        signed_by = self.signatory_combo.currentData()
        if signed_by is None and self._leaders:   # the notice goes out in the office's name: a leader signs it
            task = ctx.db(_refuse_without_signatory)
        else:
            task = ctx.db(identify, actor_id=ctx.user_id, case_id=d.id, party_id=self.party_combo.currentData(),
                          ground=Ground(self.ground_combo.currentData()), facts=self.facts_edit.toPlainText(),
                          now=ctx.clock.now(), signed_by=signed_by)
        submit(self, ctx.runner, task, field_errors=self.field_errors, on_success=self._on_saved,
               lock=self.button_box)

    def _on_saved(self, ref) -> None:
        self.saved.emit(ref)
        self.accept()
