"""One dialog for every action of a mediation case, built from its transition's field spec (the same editors
as the adjudication case's action dialog). Values are checked with the service's own pure function first, so
most mistakes show next to their field before anything is sent."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QWidget

from ipcase.domain.extensions import ExtensionKind, limit
from ipcase.domain.machine import FieldKind, validate_payload
from ipcase.domain.mediation.cases import BY_ACTION, MediationAction
from ipcase.dto.mediation import MediationCaseDetail
from ipcase.errors import ValidationErrors, ValidationFailed
from ipcase.services.mediation import cases as mediation_services
from ui.common.fields import Editor, make_editor
from ui.common.form_dialog import FormDialog
from ui.common.submit import submit
from ui.mediation import case_labels as mediation_case_labels
from ui.shell.context import AppContext


class MediationActionDialog(FormDialog):
    saved = Signal(object)   # MediationCaseRef

    def __init__(self, ctx: AppContext, detail: MediationCaseDetail, action: str, parent: QWidget | None = None):
        super().__init__(parent, min_width=480)
        self._ctx = ctx
        self._detail = detail
        self.transition = BY_ACTION[MediationAction(action)]
        self.editors: dict[str, Editor] = {}
        title = mediation_case_labels.mediation_action(action)
        number = detail.case_number or self.tr("未立案")
        self.setWindowTitle(f"{title} — {number}")
        self.body.insertWidget(0, QLabel(f"<b>{title}</b>　{number}"))   # above the form
        hint = self._hint()
        if hint:
            note = QLabel(hint)
            note.setWordWrap(True)
            note.setStyleSheet("background: #fffde7; color: #6d4c00; padding: 6px;")
            self.body.insertWidget(1, note)
        today = ctx.clock.today()
        for f in self.transition.fields:
            editor = make_editor(f, names=mediation_case_labels.SCOPE, today=today, preferred="direct" if f.name == "method" else None)
            self.editors[f.name] = editor
            editor.widget.setObjectName(f"{f.name}_field")
            label = "" if f.kind == FieldKind.BOOL else \
                mediation_case_labels.field(f.name) + ("" if f.required else self.tr("（选填）")) + "："
            self.add_row(label, editor.widget, f.name)
        if not self.transition.fields:
            self.body.addWidget(QLabel(self.tr("确认进行“%1”？").replace("%1", title)))
        self.add_buttons(self.submit)
        self.ok_button = self.button_box.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("提交审批(&S)") if self.transition.approval else self.tr("确定(&O)"))

    def _hint(self) -> str:
        a = self.transition.action
        return {
            MediationAction.SERVE_NOTICE: self.tr("被请求人收到陈述意见通知书之日起十五日内提交意见陈述书。"),
            MediationAction.REGISTER: self.tr("立案后通知双方调解的时间和地点（可签发调解通知书）。"),
            MediationAction.REFUSE: self.tr("被请求人不同意调解或逾期未提交意见陈述书的，不予立案并通知请求人。"),
            MediationAction.EXTEND_LIMIT: self.tr("权属纠纷调解期限为两个月；特殊情况经部门负责人批准可延长%1。").replace(
                "%1", limit(ExtensionKind.MEDIATION_CLOSING).words),
            MediationAction.CLOSE_AGREEMENT: self.tr("以各方已签署的调解协议结案（见“调解”页）。"),
            MediationAction.RECORD_CNIPA_COPY: self.tr("权属纠纷结案后五个工作日内将有关文书抄送国家知识产权局。"),
        }.get(a, "")

    def payload(self) -> dict:
        return {name: editor.value() for name, editor in self.editors.items()}

    def submit(self) -> None:
        self.field_errors.clear()
        payload = self.payload()
        try:
            validate_payload(self.transition, payload, self._ctx.clock.today())  # type: ignore[arg-type]
        except (ValidationErrors, ValidationFailed) as exc:
            self.field_errors.show(exc)
            return
        ctx = self._ctx
        submit(self, ctx.runner, ctx.db(mediation_services.act, actor_id=ctx.user_id, case_id=self._detail.id,
                                        expected_version=self._detail.version, action=self.transition.action.value,
                                        payload=payload, now=ctx.clock.now()),
               field_errors=self.field_errors, lock=self.button_box, on_success=self._on_saved)

    def _on_saved(self, ref) -> None:
        self.saved.emit(ref)
        self.accept()
