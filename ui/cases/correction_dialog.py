"""当事人 › 更正当事人信息: the officer files a 更正 of a party's data after 立案 (the 部门负责人 decides it), and the
部门负责人's decision on one. The rules are the core's (ipcase.services.cases.corrections)."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QRadioButton, QWidget

from ipcase.dto.cases import CaseDetail, PartyInfo
from ipcase.dto.corrections import CORRECTABLE, PartyCorrectionInfo, PartyCorrectionInput
from ipcase.services.cases import corrections
from ui.common import labels
from ui.common.form_dialog import FormDialog
from ui.common.i18n import tr
from ui.common.submit import submit
from ui.shell.context import AppContext


def correction_lines(before: dict, after: dict) -> str:
    """'名称/姓名：旧 → 新', one line per corrected field, in the form's order."""
    return "\n".join(f"{labels.COMMON.field(k)}：{before.get(k) or '—'} → {after.get(k) or '—'}"
                     for k in CORRECTABLE if k in after)


class PartyCorrectionDialog(FormDialog):
    saved = Signal(object)   # the CaseRef after filing

    def __init__(self, ctx: AppContext, detail: CaseDetail, parent: QWidget | None = None,
                 party_id: int | None = None):
        super().__init__(parent, min_width=560)
        self._ctx, self._detail = ctx, detail
        self.setObjectName("party_correction_dialog")
        self.setWindowTitle(self.tr("更正当事人信息 — %1").replace("%1", detail.case_number or ""))
        note = QLabel(self.tr("立案后当事人信息的更正须经部门负责人批准；批准后，此后制发的文书使用更正后的信息，"
                              "时间线记录更正前后的内容。身份证号留空表示不变。"))
        note.setWordWrap(True)
        note.setObjectName("note_label")
        self.add_above(note)
        self.party_combo = self.add_row(self.tr("当事人(&P)："), QComboBox(), "party_id")
        self.party_combo.setObjectName("party_combo")
        for p in detail.parties:
            self.party_combo.addItem(f"{labels.party_role(p.role)}　{p.name}", p.id)
        self.edits: dict[str, QLineEdit] = {}
        for key, text in (("name", self.tr("名称/姓名(&N)：")), ("credit_code", self.tr("统一社会信用代码(&C)：")),
                          ("id_number", self.tr("身份证号(&I)：")), ("legal_rep", self.tr("法定代表人(&L)：")),
                          ("legal_rep_title", self.tr("职务(&T)：")), ("address", self.tr("地址(&A)：")),
                          ("phone", self.tr("电话(&H)："))):
            edit = QLineEdit()
            edit.setObjectName(f"{key}_edit")
            self.edits[key] = self.add_row(text, edit, key)
        self.reason_edit = self.add_row(self.tr("更正理由(&R)："), QPlainTextEdit(), "reason")
        self.reason_edit.setObjectName("reason_edit")
        self.reason_edit.setFixedHeight(70)
        self.add_buttons(self._on_button_box_accepted)
        self.party_combo.currentIndexChanged.connect(self._on_party_combo_current_index_changed)
        if party_id is not None and self.party_combo.findData(party_id) >= 0:
            self.party_combo.setCurrentIndex(self.party_combo.findData(party_id))
        self._on_party_combo_current_index_changed()

    def _party(self) -> PartyInfo | None:
        pid = self.party_combo.currentData()
        return next((p for p in self._detail.parties if p.id == pid), None)

    def _on_party_combo_current_index_changed(self, *_args) -> None:
        p = self._party()
        if p is None:
            return
        for key, edit in self.edits.items():
            edit.setText("" if key == "id_number" else getattr(p, key))
        self.edits["id_number"].setPlaceholderText(p.id_number_masked)

    def values(self) -> PartyCorrectionInput:
        return PartyCorrectionInput(party_id=self.party_combo.currentData(),
                                    reason=self.reason_edit.toPlainText(),
                                    **{k: e.text() for k, e in self.edits.items()})

    def _on_button_box_accepted(self) -> None:
        self.field_errors.clear()
        ctx, d = self._ctx, self._detail
        task = ctx.db(corrections.file_party_correction, actor_id=ctx.user_id, case_id=d.id,
                      expected_version=d.version, data=self.values(), now=ctx.clock.now())
        submit(self, ctx.runner, task, field_errors=self.field_errors, on_success=self._on_filed,
               lock=self.button_box)

    def _on_filed(self, ref) -> None:
        self.saved.emit(ref)
        self.accept()


class CorrectionDecisionDialog(FormDialog):
    saved = Signal(object)

    def __init__(self, ctx: AppContext, item: PartyCorrectionInfo, parent: QWidget | None = None):
        super().__init__(parent, min_width=520)
        self._ctx, self._item = ctx, item
        self.setObjectName("correction_decision_dialog")
        self.setWindowTitle(self.tr("审批当事人信息更正"))
        summary = QLabel(tr("当事人：%1").replace("%1", item.party_name) + "\n"
                         + correction_lines(item.before, item.after) + "\n"
                         + tr("更正理由：%1").replace("%1", item.reason) + "\n"
                         + tr("报请人：%1").replace("%1", item.requested_by))
        summary.setObjectName("summary_label")
        summary.setWordWrap(True)
        self.add_above(summary)
        self.approve_radio = QRadioButton(self.tr("批准(&Y)"))
        self.approve_radio.setObjectName("approve_radio")
        self.approve_radio.setChecked(True)
        self.refuse_radio = QRadioButton(self.tr("不予批准(&N)"))
        self.refuse_radio.setObjectName("refuse_radio")
        self.add_row(self.tr("决定："), self.approve_radio)
        self.add_row("", self.refuse_radio)
        self.opinion_edit = self.add_row(self.tr("意见(&O)："), QPlainTextEdit(), "opinion")
        self.opinion_edit.setObjectName("opinion_edit")
        self.opinion_edit.setFixedHeight(70)
        self.add_buttons(self._on_button_box_accepted)

    def _on_button_box_accepted(self) -> None:
        self.field_errors.clear()
        ctx = self._ctx
        task = ctx.db(corrections.decide_party_correction, actor_id=ctx.user_id, correction_id=self._item.id,
                      approve=self.approve_radio.isChecked(), opinion=self.opinion_edit.toPlainText(),
                      now=ctx.clock.now())
        submit(self, ctx.runner, task, field_errors=self.field_errors, on_success=self._on_decided,
               lock=self.button_box)

    def _on_decided(self, ref) -> None:
        self.saved.emit(ref)
        self.accept()
