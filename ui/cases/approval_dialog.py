"""Decide (部门负责人) or review (处(科)室负责人) one pending approval.

A second extension of the closing limit needs the next-higher office's approval (M25 art 37): the dialog
then asks for its reference number and will not approve without it.
"""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ipcase.domain.cases.workflow import CaseAction
from ipcase.domain.extensions import closing_limit
from ipcase.dto.cases import ApprovalInfo
from ipcase.services.cases import actions as case_services
from ui.common import labels, texts
from ui.common.field_errors import FieldErrors
from ui.common.submit import submit
from ui.shell.context import AppContext


class ApprovalDialog(QDialog):
    decided = Signal(int)  # approval id

    def __init__(self, ctx: AppContext, approval: ApprovalInfo, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._approval = approval
        self._deciding = ctx.may("approval.decide")
        self.setWindowTitle(self.tr("审批：%1").replace("%1", texts.action(approval.action)))
        self.resize(560, 460)

        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        form.addRow(self.tr("案号："), QLabel(approval.case_number or self.tr("未立案")))
        form.addRow(self.tr("专利号："), QLabel(approval.patent_number))
        form.addRow(self.tr("审批事项："), QLabel(texts.action(approval.action)))
        form.addRow(self.tr("提请人："), QLabel(f"{approval.requested_by}  {labels.fmt_date(approval.requested_at)}"))
        content = QLabel(texts.describe(approval.payload, kind=approval.action) or self.tr("（无）"))
        content.setWordWrap(True)
        form.addRow(self.tr("内容："), content)
        if approval.review_opinion:
            review = QLabel(f"{approval.review_opinion}（{approval.reviewed_by}）")
            review.setWordWrap(True)
            form.addRow(self.tr("处(科)室审核意见："), review)

        self.opinion_edit = QPlainTextEdit()
        self.opinion_edit.setObjectName("opinion_edit")
        self.opinion_edit.setTabChangesFocus(True)
        self.opinion_edit.setPlaceholderText(self.tr("同意。") if self._deciding else self.tr("审核意见"))
        form.addRow(self.tr("意见(&O)："), self.opinion_edit)
        form.labelForField(self.opinion_edit).setBuddy(self.opinion_edit)

        self.higher_office_ref_edit = QLineEdit()
        self.higher_office_ref_edit.setObjectName("higher_office_ref_edit")
        self.second_extension_label = QLabel()
        self.second_extension_label.setWordWrap(True)
        self.second_extension_label.setStyleSheet("color: #6d4c00;")
        if self._deciding and approval.action == CaseAction.EXTEND_CLOSING:
            form.addRow(self.tr("上级部门批准文号(&H)："), self.higher_office_ref_edit)
            form.labelForField(self.higher_office_ref_edit).setBuddy(self.higher_office_ref_edit)
            form.addRow("", self.second_extension_label)
            self.higher_office_ref_edit.setText(str(approval.payload.get("higher_office_ref") or ""))
            self._show_extension_level(int(approval.payload.get("level") or 1))

        self.summary_label = QLabel()
        layout.addWidget(self.summary_label)
        self.field_errors = FieldErrors(self.summary_label)
        self.field_errors.register("opinion", self.opinion_edit)
        self.field_errors.register("higher_office_ref", self.higher_office_ref_edit)

        buttons = QDialogButtonBox()
        if self._deciding:
            self.approve_button = QPushButton(self.tr("批准(&A)"))
            self.reject_button = QPushButton(self.tr("不予批准(&R)"))
            buttons.addButton(self.approve_button, QDialogButtonBox.ButtonRole.AcceptRole)
            buttons.addButton(self.reject_button, QDialogButtonBox.ButtonRole.ActionRole)
            self.approve_button.clicked.connect(self._on_approve_button_clicked)
            self.reject_button.clicked.connect(self._on_reject_button_clicked)
        else:
            self.review_button = QPushButton(self.tr("提交审核意见(&S)"))
            buttons.addButton(self.review_button, QDialogButtonBox.ButtonRole.AcceptRole)
            self.review_button.clicked.connect(self._on_review_button_clicked)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        self.button_box = buttons
        layout.addWidget(buttons)
        self.opinion_edit.setFocus()

    def _show_extension_level(self, level: int) -> None:
        if level >= 2:
            self.second_extension_label.setText(self.tr(
                "这是第二次延长结案期限：须经上级部门（%1）批准，请填写其批准文号。").replace(
                "%1", self._ctx.extras.get("higher_office") or self.tr("上级管理专利工作的部门")))
        else:
            self.second_extension_label.setText(
                self.tr("第一次延长（不超过%1），由部门负责人批准。").replace("%1", closing_limit(1).words))

    # ---- actions
    def _on_approve_button_clicked(self) -> None:
        self._decide(True)

    def _on_reject_button_clicked(self) -> None:
        self._decide(False)

    def _decide(self, approve: bool) -> None:
        self.field_errors.clear()
        opinion = self.opinion_edit.toPlainText().strip()
        if approve and not opinion:
            opinion = self.tr("同意。")
        self._submit(self._ctx.db(case_services.decide_approval, actor_id=self._ctx.user_id,
                                  approval_id=self._approval.id, approve=approve, opinion=opinion,
                                  higher_office_ref=self.higher_office_ref_edit.text().strip(),
                                  now=self._ctx.clock.now()))

    def _on_review_button_clicked(self) -> None:
        self.field_errors.clear()
        opinion = self.opinion_edit.toPlainText().strip()
        if not opinion:
            self.field_errors.set("opinion", self.tr("请填写审核意见"))
            return
        self._submit(self._ctx.db(case_services.review_approval, actor_id=self._ctx.user_id,
                                  approval_id=self._approval.id, opinion=opinion, now=self._ctx.clock.now()))

    def _submit(self, task) -> None:
        submit(self, self._ctx.runner, task, field_errors=self.field_errors, lock=self.button_box,
               on_success=self._on_done)

    def _on_done(self, _result) -> None:
        self.decided.emit(self._approval.id)
        self.accept()
