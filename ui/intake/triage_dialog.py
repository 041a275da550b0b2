"""分流处理: the officer decides an intake item. The dialog shows the suggested track (which rule, why) to accept
or override with a reason, the records already held on the same patent and respondent (重复侵权 first, in red),
and the outcomes allowed now, each with the fields it needs. 'Register as a case' continues in the pre-filled
request form (IntakeCaseDialog)."""
from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ipcase.domain.enums import RefusalReason
from ipcase.domain.intake.items import CloseReason, TriageOutcome
from ipcase.domain.intake.routing import Track
from ipcase.dto.intake import IntakeDetail, IntakeRef, TriageInput
from ipcase.queries.intake import register as intake_queries
from ipcase.services.intake import items as intake_services
from ui.common import labels, messages
from ui.common.field_errors import FieldErrors
from ui.common.fields import date_edit, from_qdate
from ui.common.submit import submit
from ui.documents.document_dialog import office_template_dir
from ui.intake import labels as intake_labels
from ui.intake.case_dialog import IntakeCaseDialog
from ui.intake.mediation_dialog import IntakeMediationDialog
from ui.intake.rule_text import condition_text
from ui.shell.context import AppContext

OC = TriageOutcome
DEFAULT_CORRECTION_DAYS = 15   # a period the officer adjusts; M25 art 16 sets none


def _lines(edit: QPlainTextEdit) -> tuple[str, ...]:
    return tuple(x.strip() for x in edit.toPlainText().splitlines() if x.strip())


class IntakeTriageDialog(QDialog):
    decided = Signal(object)   # IntakeRef

    def __init__(self, ctx: AppContext, item: IntakeDetail, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.item = item
        self.case_dialog: IntakeCaseDialog | IntakeMediationDialog | None = None
        self.setObjectName("intake_triage_dialog")
        self.setWindowTitle(self.tr("分流处理 — %1").replace("%1", item.number))
        self.resize(720, 640)
        today = ctx.clock.today()
        layout = QVBoxLayout(self)
        head = QLabel(self.tr("%1　%2　对象：%3　专利：%4")
                      .replace("%1", intake_labels.intake_kind(item.kind)).replace("%2", item.submitter_name or "")
                      .replace("%3", "、".join(t.name for t in item.targets) or "—")
                      .replace("%4", "、".join(item.patent_numbers) or "—"))
        head.setWordWrap(True)
        layout.addWidget(head)
        self.summary_label = QLabel()
        self.field_errors = FieldErrors(self.summary_label)
        self._page_fields: dict[TriageOutcome, dict[str, QWidget]] = {}

        # ---- 繁简分流
        track_box = QGroupBox(self.tr("程序（繁简分流）"))
        track_form = QFormLayout(track_box)
        s = item.suggestion
        why = "；".join(condition_text(c) for c in s.conditions)
        self.suggestion_label = QLabel(
            self.tr("规则建议：%1（%2）").replace("%1", intake_labels.track(s.track)).replace("%2", f"{s.rule_name}：{why}")
            if s.rule_name else self.tr("没有规则命中，建议：%1").replace("%1", intake_labels.track(s.track)))
        self.suggestion_label.setObjectName("suggestion_label")
        self.suggestion_label.setWordWrap(True)
        track_form.addRow(self.suggestion_label)
        self.track_combo = QComboBox()
        self.track_combo.setObjectName("track_combo")
        for t in Track:
            self.track_combo.addItem(intake_labels.track(t), t.value)
        self.track_combo.setCurrentIndex(self.track_combo.findData((item.track or s.track).value))
        self.track_reason_edit = QLineEdit(item.track_reason)
        self.track_reason_edit.setPlaceholderText(self.tr("不采纳建议时须说明理由"))
        track_form.addRow(self.tr("采用："), self.track_combo)
        track_form.addRow(self.tr("理由："), self.track_reason_edit)
        self.track_combo.currentIndexChanged.connect(self._on_track_combo_changed)
        layout.addWidget(track_box)

        # ---- same matter
        if item.matches:
            matches_box = QGroupBox(self.tr("同一专利、同一被请求人的其他记录（%1）").replace("%1", str(len(item.matches))))
            box = QVBoxLayout(matches_box)
            self.matches_list = QListWidget()
            self.matches_list.setMaximumHeight(90)
            for m in item.matches:
                state = labels.case_state(m.state) if m.source == "case" else intake_labels.intake_state(m.state)
                text = f"{m.reference or self.tr('未立案案件')}　{m.party_name}　{m.patent_number}　{state}"
                entry = QListWidgetItem((self.tr("【重复侵权】") if m.repeat else "") + text)
                if m.repeat:
                    entry.setForeground(Qt.GlobalColor.red)
                self.matches_list.addItem(entry)
            box.addWidget(self.matches_list)
            layout.addWidget(matches_box)

        # ---- the outcome
        outcome_box = QGroupBox(self.tr("处理结果"))
        outcome_layout = QVBoxLayout(outcome_box)
        radios = QHBoxLayout()
        radios_col = QVBoxLayout()
        radios.addLayout(radios_col)
        self.outcome_group = QButtonGroup(self)
        self.outcome_buttons: dict[TriageOutcome, QRadioButton] = {}
        self.pages = QStackedWidget()
        radios.addWidget(self.pages, 1)
        for o in item.allowed_outcomes:
            button = QRadioButton(intake_labels.triage_outcome(o))
            button.setObjectName(f"outcome_{o.value}_radio")
            self.outcome_group.addButton(button)
            self.outcome_buttons[o] = button
            radios_col.addWidget(button)
            page = self.pages.addWidget(self._page(o))
            button.toggled.connect(lambda on, page=page: on and self.pages.setCurrentIndex(page))
        radios_col.addStretch(1)
        outcome_layout.addLayout(radios)
        date_row = QFormLayout()
        self.decided_edit = date_edit(today, latest=today)
        date_row.addRow(self.tr("决定日期："), self.decided_edit)
        outcome_layout.addLayout(date_row)
        layout.addWidget(outcome_box, 1)
        for key, widget in (("track", self.track_combo), ("track_reason", self.track_reason_edit),
                            ("decided_date", self.decided_edit)):
            self.field_errors.register(key, widget)
        layout.addWidget(self.summary_label)

        self.button_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.button_box.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("确定(&O)"))
        self.button_box.accepted.connect(self.submit)
        self.button_box.rejected.connect(self.reject)
        layout.addWidget(self.button_box)
        if self.outcome_buttons:
            next(iter(self.outcome_buttons.values())).setChecked(True)
        self._on_track_combo_changed()

    # ---- one page of fields per outcome
    def _page(self, o: TriageOutcome) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        today = self._ctx.clock.today()
        fields = self._page_fields[o] = {}
        if o == OC.CASE:
            note = QLabel(self.tr("点击“确定”后打开处理请求登记表，收案时填写的内容已经填入，核对、补充后登记。"))
            note.setWordWrap(True)
            form.addRow(note)
        elif o == OC.CORRECTION:
            self.defects_edit = QPlainTextEdit()
            self.defects_edit.setTabChangesFocus(True)
            self.defects_edit.setPlaceholderText(self.tr("每行一项，一次性列明全部需补正的事项"))
            self.correction_due_edit = date_edit(today + timedelta(days=DEFAULT_CORRECTION_DAYS))
            form.addRow(self.tr("补正事项："), self.defects_edit)
            form.addRow(self.tr("补正期限："), self.correction_due_edit)
            fields["defects"] = self.defects_edit
            fields["correction_due"] = self.correction_due_edit
        elif o == OC.REFUSE:
            self.refusal_list = QListWidget()
            for r in RefusalReason:
                entry = QListWidgetItem(labels.refusal_reason(r))
                entry.setData(Qt.ItemDataRole.UserRole, r.value)
                entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                entry.setCheckState(Qt.CheckState.Unchecked)
                self.refusal_list.addItem(entry)
            self.refusal_list.itemActivated.connect(
                lambda e: e.setCheckState(Qt.CheckState.Unchecked if e.checkState() == Qt.CheckState.Checked
                                          else Qt.CheckState.Checked))
            self.refuse_text_edit = QPlainTextEdit()
            self.refuse_text_edit.setTabChangesFocus(True)
            form.addRow(self.tr("理由："), self.refusal_list)
            form.addRow(self.tr("说明："), self.refuse_text_edit)
            fields["refusal_reasons"] = self.refusal_list
            fields["reason_text"] = self.refuse_text_edit
        elif o in (OC.FORWARD, OC.ENFORCEMENT):
            authority = QLineEdit()
            text = QPlainTextEdit()
            text.setTabChangesFocus(True)
            if o == OC.FORWARD:
                authority.setPlaceholderText(self.tr("有管辖权的机关，如 某省知识产权局"))
                self.forward_authority_edit, self.forward_text_edit = authority, text
                form.addRow(self.tr("转交机关："), authority)
                form.addRow(self.tr("转交理由："), text)
            else:
                authority.setText(self.tr("市场监管综合执法机构"))
                self.enforcement_authority_edit, self.enforcement_text_edit = authority, text
                form.addRow(self.tr("移交部门："), authority)
                form.addRow(self.tr("线索说明："), text)
            fields["authority"] = authority
            fields["reason_text"] = text
        elif o == OC.CLOSE:
            self.close_reason_combo = QComboBox()
            self.close_reason_combo.addItem(self.tr("请选择…"), None)
            for r in CloseReason:
                self.close_reason_combo.addItem(intake_labels.close_reason(r), r.value)
            self.close_text_edit = QPlainTextEdit()
            self.close_text_edit.setTabChangesFocus(True)
            form.addRow(self.tr("办结理由："), self.close_reason_combo)
            form.addRow(self.tr("说明："), self.close_text_edit)
            fields["close_reason"] = self.close_reason_combo
            fields["reason_text"] = self.close_text_edit
        elif o == OC.MEDIATION:
            note = QLabel(self.tr("点击“确定”后打开调解请求登记表，收案时填写的内容已经填入，选择调解事项类别、核对后登记。"))
            note.setWordWrap(True)
            form.addRow(note)
            self.mediation_text_edit = QPlainTextEdit()
            self.mediation_text_edit.setTabChangesFocus(True)
            self.mediation_text_edit.setPlaceholderText(self.tr("调解事项（赔偿数额、权属、发明人资格、职务发明报酬等）"))
            form.addRow(self.tr("调解事项："), self.mediation_text_edit)
            fields["reason_text"] = self.mediation_text_edit
        return page

    def _on_track_combo_changed(self, *_args) -> None:
        differs = self.track_combo.currentData() != self.item.suggestion.track.value
        self.track_reason_edit.setEnabled(differs)

    def chosen(self) -> TriageOutcome | None:
        return next((o for o, b in self.outcome_buttons.items() if b.isChecked()), None)

    def choose(self, outcome: TriageOutcome) -> None:
        self.outcome_buttons[outcome].setChecked(True)

    def decision(self) -> TriageInput:
        o = self.chosen()
        base = {"outcome": o, "decided_date": from_qdate(self.decided_edit.date()),
                "track": Track(self.track_combo.currentData()),
                "track_reason": self.track_reason_edit.text().strip() if self.track_reason_edit.isEnabled() else ""}
        if o == OC.CORRECTION:
            base.update(defects=_lines(self.defects_edit), correction_due=from_qdate(self.correction_due_edit.date()))
        elif o == OC.REFUSE:
            chosen = [self.refusal_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.refusal_list.count())
                      if self.refusal_list.item(i).checkState() == Qt.CheckState.Checked]
            base.update(refusal_reasons=tuple(chosen), reason_text=self.refuse_text_edit.toPlainText().strip())
        elif o == OC.FORWARD:
            base.update(authority=self.forward_authority_edit.text().strip(),
                        reason_text=self.forward_text_edit.toPlainText().strip())
        elif o == OC.ENFORCEMENT:
            base.update(authority=self.enforcement_authority_edit.text().strip(),
                        reason_text=self.enforcement_text_edit.toPlainText().strip())
        elif o == OC.CLOSE:
            reason = self.close_reason_combo.currentData()
            base.update(close_reason=CloseReason(reason) if reason else None,
                        reason_text=self.close_text_edit.toPlainText().strip())
        elif o == OC.MEDIATION:
            base.update(reason_text=self.mediation_text_edit.toPlainText().strip())
        return TriageInput(**base)

    # ---- submitting
    def submit(self) -> None:
        self.field_errors.clear()
        d = self.decision()
        if d.outcome is None:
            return
        # Several pages have a 'reason_text': errors go next to the chosen page's widgets.
        for key, widget in self._page_fields[d.outcome].items():
            self.field_errors.unregister_prefix(key)
            self.field_errors.register(key, widget)
        ctx = self._ctx
        if d.outcome == OC.CASE:
            ctx.runner.run_db(ctx.db(intake_queries.request_input_for, self.item.id),
                              on_success=lambda request: self._open_case_dialog(request, d),
                              on_failure=lambda exc: messages.show_error(self, exc), owner=self)
            return
        if d.outcome == OC.MEDIATION:
            ctx.runner.run_db(ctx.db(intake_queries.mediation_request_for, self.item.id, d.reason_text),
                              on_success=lambda request: self._open_mediation_dialog(request, d),
                              on_failure=lambda exc: messages.show_error(self, exc), owner=self)
            return
        submit(self, ctx.runner, ctx.db(intake_services.triage, actor_id=ctx.user_id, item_id=self.item.id,
                                        expected_version=self.item.version, decision=d, now=ctx.clock.now(),
                                        office_dir=office_template_dir(ctx)),
               field_errors=self.field_errors, lock=self.button_box, on_success=self._on_decided)

    def _open_case_dialog(self, request, d: TriageInput) -> None:
        dialog = IntakeCaseDialog(self._ctx, self, item=self.item, request=request, track=d.track,
                                  track_reason=d.track_reason, decided=d.decided_date)
        dialog.offer_draft(self)
        dialog.case_saved.connect(self._on_decided)
        self.case_dialog = dialog
        dialog.open()

    def _open_mediation_dialog(self, request, d: TriageInput) -> None:
        dialog = IntakeMediationDialog(self._ctx, self, item=self.item, request=request, track=d.track,
                                       track_reason=d.track_reason, decided=d.decided_date, reason_text=d.reason_text)
        dialog.offer_draft(self)
        dialog.case_saved.connect(self._on_decided)
        self.case_dialog = dialog
        dialog.open()

    def _on_decided(self, ref: IntakeRef) -> None:
        self.decided.emit(ref)
        self.accept()
