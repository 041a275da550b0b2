"""The one generic dialog for every workflow action, built from its Transition's field spec.

The values are checked with the same pure function the service uses (machine.validate_payload), so most
mistakes are shown next to their field before anything is sent; the service checks again (guards, versions).
Actions that need an approval are filed for the 部门负责人 ("提交审批") instead of being carried out.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QWidget,
)

from ipcase.domain.cases.patent_type_rules import suspension_ground_refusal
from ipcase.domain.cases.workflow import BY_ACTION, CaseAction
from ipcase.domain.enums import PauseKind
from ipcase.domain.extensions import closing_limit
from ipcase.domain.machine import FieldKind, validate_payload
from ipcase.dto.cases import CaseDetail, CaseRef
from ipcase.errors import ConcurrentModification, ValidationErrors, ValidationFailed
from ipcase.services.cases import actions as case_services
from ui.cases import labels as cases_labels
from ui.common import errors, messages
from ui.common.fields import Editor, make_editor
from ui.common.form_dialog import FormDialog
from ui.common.submit import Conflict, submit
from ui.shell.context import AppContext

# Which party date column a PARTY_DATES action fills, to show what was already served.
_SERVED_COLUMN = {
    CaseAction.SERVE_REGISTRATION_NOTICE: "notice_served",
    CaseAction.SERVE_COPY: "copy_served",
    CaseAction.RECORD_RULING_SERVICE: "ruling_served",
}


class ActionDialog(FormDialog):
    case_saved = Signal(object)      # CaseRef
    reload_requested = Signal()      # someone else changed the case: the owner reloads it

    def __init__(self, ctx: AppContext, detail: CaseDetail, action: str, parent: QWidget | None = None):
        super().__init__(parent, min_width=520)
        self._ctx = ctx
        self._detail = detail
        self._expected_version = detail.version
        self.transition = BY_ACTION[CaseAction(action)]
        self.editors: dict[str, Editor] = {}
        today = ctx.clock.today()
        number = detail.case_number or self.tr("未立案")
        self.setWindowTitle(f"{cases_labels.action(action)} — {number}")

        self.add_above(QLabel(f"<b>{cases_labels.action(action)}</b>　{number}　{detail.patent_number}"))
        if self.transition.approval:
            self.approval_note = QLabel(self.tr(
                "此事项须经部门负责人批准：点击“提交审批”后进入待审批，批准后才生效。"))
            self.approval_note.setObjectName("approval_note")
            self.approval_note.setWordWrap(True)
            self.approval_note.setStyleSheet("background: #fffde7; color: #6d4c00; padding: 6px;")
            self.add_above(self.approval_note)
        hint = self._hint()
        if hint:
            hint_label = QLabel(hint)
            hint_label.setWordWrap(True)
            hint_label.setStyleSheet("color: #555;")
            self.add_above(hint_label)

        for f in self.transition.fields:
            editor = make_editor(f, names=cases_labels.SCOPE, today=today, parties=detail.parties, served=self._served(),
                                 preferred=self._preferred(f.name, today))
            if f.name == "correction_due":
                # The notice gives the requester a period to cure; 15 days is the usual choice.
                editor.widget.setDate(editor.widget.date().addDays(15))
            self.editors[f.name] = editor
            label_text = cases_labels.field(f.name) + ("" if f.required or f.kind == FieldKind.BOOL else self.tr("（选填）"))
            if f.kind == FieldKind.BOOL:
                self.form.addRow("", editor.widget)
            else:
                self.form.addRow(label_text + "：", editor.widget)
                label = self.form.labelForField(editor.widget)
                if isinstance(label, QLabel):
                    label.setBuddy(editor.focus_widget())
            editor.widget.setObjectName(f"{f.name}_field")
            self.field_errors.register(f.name, editor.widget)
            if f.name == "ground":
                self._disable_grounds_of_other_types(editor.widget)
        if not self.transition.fields:
            self.body.addWidget(QLabel(self.tr("确认对本案进行“%1”？").replace("%1", cases_labels.action(action))))

        self.add_buttons(self._on_button_box_accepted)
        self.ok_button = self.button_box.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("提交审批(&S)") if self.transition.approval else self.tr("确定(&O)"))
        if self.editors:
            next(iter(self.editors.values())).focus_widget().setFocus()

    def _disable_grounds_of_other_types(self, combo: QComboBox) -> None:
        """中止事由 the core refuses for this patent's type (an invention and the 实用新型/外观设计 invalidation
        ground) stay listed but disabled, with the core's refusal as the reason (tooltip and a line below)."""
        model = combo.model()
        reasons = []
        for i in range(combo.count()):
            code = suspension_ground_refusal(self._detail.patent_type, combo.itemData(i)) \
                if combo.itemData(i) is not None else None
            if code is None:
                continue
            reason = errors.reason_text(ValidationFailed("ground", code))
            model.item(i).setEnabled(False)
            combo.setItemData(i, reason, Qt.ItemDataRole.ToolTipRole)
            reasons.append(self.tr("“%1”不可选：%2").replace("%1", combo.itemText(i)).replace("%2", reason))
            if combo.currentIndex() == i:
                combo.setCurrentIndex(0)
        if reasons:
            self.ground_note = QLabel("\n".join(reasons))
            self.ground_note.setObjectName("ground_note")
            self.ground_note.setWordWrap(True)
            self.ground_note.setStyleSheet("color: #8a5300;")
            self.form.addRow("", self.ground_note)

    # ---- what to pre-fill
    def _served(self) -> dict[int, date]:
        column = _SERVED_COLUMN.get(self.transition.action)
        if not column:
            return {}
        return {p.id: getattr(p, column) for p in self._detail.parties if getattr(p, column)}

    def _preferred(self, name: str, today: date):
        if name == "pause_kind" and self.transition.action == CaseAction.END_PAUSE:
            running = [p.kind for p in self._detail.pauses if p.end_date is None and p.kind != PauseKind.SUSPENSION]
            return running[0] if running else None
        if name == "unit":
            return "months"
        if name == "method":
            return "direct"
        return None

    def _hint(self) -> str:
        a = self.transition.action
        if a == CaseAction.EXTEND_CLOSING:
            if self._detail.extensions:
                return self.tr("第二次延长：不超过%1，须经上级部门批准（填写其批准文号）。").replace(
                    "%1", closing_limit(2).words)
            return self.tr("第一次延长：不超过%1，由部门负责人批准。").replace("%1", closing_limit(1).words)
        if a == CaseAction.REGISTER and self._detail.panel_problems:
            return self.tr("注意：合议组尚未依法组成，立案前请先在“合议组”页指定合议组。")
        if a == CaseAction.START_PAUSE:
            return self.tr("公告、检验鉴定、管辖权异议、当事人申请延长举证期限、和解的期间不计入结案期限。")
        return ""

    def reject(self) -> None:
        """Esc or 取消 with text typed: ask first, so a reason or an opinion is not lost by accident."""
        typed = any(f.kind in (FieldKind.TEXT, FieldKind.LONGTEXT) and str(self.editors[f.name].value() or "").strip()
                    for f in self.transition.fields)
        if typed and not messages.confirm(self, self.tr("放弃输入"), self.tr("已填写的内容尚未提交，确定放弃吗？")):
            return
        super().reject()

    # ---- submit
    def payload(self) -> dict:
        return {name: editor.value() for name, editor in self.editors.items()}

    def _on_button_box_accepted(self) -> None:
        self.field_errors.clear()
        payload = self.payload()
        try:
            validate_payload(self.transition, payload, self._ctx.clock.today())
        except (ValidationErrors, ValidationFailed) as exc:
            self.field_errors.show(exc)
            return
        ctx = self._ctx
        # On a conflict the form keeps what was typed; the user looks at the reloaded case and submits again.
        submit(self, ctx.runner,
               ctx.db(case_services.act, actor_id=ctx.user_id, case_id=self._detail.id,
                      expected_version=self._expected_version, action=self.transition.action.value,
                      payload=payload, now=ctx.clock.now()),
               field_errors=self.field_errors, on_success=self._on_saved, lock=self.button_box,
               conflict=Conflict(self._keep_newer_version, self.tr("此案件已被他人修改"), self.reload_requested.emit))

    def _keep_newer_version(self, exc: ConcurrentModification) -> None:
        self._expected_version = exc.actual_version

    def _on_saved(self, ref: CaseRef) -> None:
        self.case_saved.emit(ref)
        self.accept()

    def set_detail(self, detail: CaseDetail) -> None:
        """The case was reloaded while the dialog is open: submit against the new version."""
        self._detail = detail
        self._expected_version = detail.version
