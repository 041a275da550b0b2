"""The fields of an intake item in one keyboard-friendly column, and the item as data (for drafts and for the
service). Used by the quick-entry dialog, for new items and for corrections."""
from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ipcase.domain.enums import PartyKind
from ipcase.domain.identifiers import parse_patent_number
from ipcase.domain.intake.items import ANONYMOUS_KINDS, IntakeChannel, IntakeKind, channel_flags
from ipcase.domain.permissions import may
from ipcase.dto.intake import IntakeDetail, IntakeInput
from ipcase.errors import ValidationFailed
from ui.common import errors, labels
from ui.common.date_field import DateTimeField
from ui.common.field_errors import FieldErrors, check_line
from ui.common.file_dialogs import open_files
from ui.intake import labels as intake_labels
from ui.intake.targets import TargetListEditor

# Numbers are separated by commas, semicolons, 、 or new lines; spaces belong to the number ("ZL 2021 2 …").
_SPLIT = re.compile(r"[，,；;、\n]+")


def split_patent_numbers(text: str) -> list[str]:
    """'ZL 2021 2 1234567.X，202130000001.2' → the two numbers."""
    return [p.strip() for p in _SPLIT.split(text.strip()) if p.strip()]


class IntakeForm(QWidget):
    changed = Signal()          # anything typed or chosen (not while the form is being filled)
    matter_changed = Signal()   # the patents or the targets: time to look for the same matter again

    def __init__(self, now: datetime, field_errors: FieldErrors, *, with_attachments: bool,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.loading = True
        self.pending_handler: int | None = None
        self._today = now.date()
        self.attachment_paths: list[str] = []
        form = self.form = QFormLayout(self)
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("kind_combo")
        for kind in IntakeKind:
            self.kind_combo.addItem(intake_labels.intake_kind(kind), kind.value)
        self.channel_combo = QComboBox()
        self.channel_combo.setObjectName("channel_combo")
        for channel in IntakeChannel:
            self.channel_combo.addItem(intake_labels.intake_channel(channel), channel.value)
        self.received_edit = DateTimeField(now, latest=now.date())   # typed "2026-12-06 09:30", "20261206 0930"…
        self.received_edit.setObjectName("received_edit")
        top = QHBoxLayout()
        for w in (self.kind_combo, self.channel_combo, self.received_edit):
            top.addWidget(w, 2)
        form.addRow(self.tr("事项/渠道/收到时间："), top)

        self.anonymous_check = QCheckBox(self.tr("匿名举报(&A)"))
        self.submitter_edit = QLineEdit()
        self.submitter_edit.setPlaceholderText(self.tr("来件人（请求人、投诉举报人）名称或姓名"))
        self.submitter_kind_combo = QComboBox()
        for kind in (PartyKind.NATURAL, PartyKind.LEGAL, PartyKind.UNINCORPORATED, PartyKind.INDIVIDUAL_BUSINESS):
            self.submitter_kind_combo.addItem(labels.party_kind(kind), kind.value)
        who = QHBoxLayout()
        who.addWidget(self.submitter_edit, 3)
        who.addWidget(self.submitter_kind_combo, 1)
        who.addWidget(self.anonymous_check)
        form.addRow(self.tr("来件人："), who)
        self.submitter_code_edit = QLineEdit()
        self.submitter_code_edit.setPlaceholderText(self.tr("单位来件时填写统一社会信用代码"))
        form.addRow(self.tr("统一社会信用代码："), self.submitter_code_edit)
        self.phone_edit = QLineEdit()
        self.phone_edit.setPlaceholderText(self.tr("电话"))
        self.address_edit = QLineEdit()
        self.address_edit.setPlaceholderText(self.tr("地址"))
        contact = QHBoxLayout()
        contact.addWidget(self.phone_edit, 1)
        contact.addWidget(self.address_edit, 2)
        form.addRow(self.tr("联系方式："), contact)
        self.referred_by_edit = QLineEdit()
        self.referred_by_edit.setPlaceholderText(self.tr("移送的部门或地区"))
        form.addRow(self.tr("移送机关："), self.referred_by_edit)
        self.targets = TargetListEditor(field_errors)
        form.addRow(self.tr("对象/被请求人："), self.targets)

        self.patents_edit = QLineEdit()
        self.patents_edit.setObjectName("patents_edit")
        self.patents_edit.setPlaceholderText(self.tr("专利号，多个用逗号分开，如 ZL202121234567.X"))
        self.patents_status = check_line()   # the live check's line, reserved; the core's refusal writes there too
        form.addRow(self.tr("专利号："), self.patents_edit)
        form.addRow("", self.patents_status)
        self.title_edit = QLineEdit()
        self.patentee_edit = QLineEdit()
        self.patentee_edit.setPlaceholderText(self.tr("（同来件人时可不填）"))
        form.addRow(self.tr("专利名称："), self.title_edit)
        form.addRow(self.tr("专利权人："), self.patentee_edit)
        self.report_check = QCheckBox(self.tr("已提交专利权评价报告（实用新型、外观设计）"))
        form.addRow("", self.report_check)
        self.product_edit = QLineEdit()
        form.addRow(self.tr("涉案产品："), self.product_edit)
        self.description_edit = QPlainTextEdit()
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(70)
        self.description_edit.setPlaceholderText(self.tr("请求事项、投诉举报的事实，或咨询的问题"))
        form.addRow(self.tr("情况描述："), self.description_edit)
        self.foreign_check = QCheckBox(self.tr("涉外/港澳台"))
        self.ecommerce_check = QCheckBox(self.tr("电商"))
        self.trade_fair_check = QCheckBox(self.tr("展会"))
        flags = QHBoxLayout()
        for check in (self.foreign_check, self.ecommerce_check, self.trade_fair_check):
            flags.addWidget(check)
        flags.addStretch(1)
        form.addRow(self.tr("标记："), flags)
        self.handler_combo = QComboBox()
        self.handler_combo.setObjectName("handler_combo")
        self.handler_combo.addItem(self.tr("（暂不分配）"), None)
        form.addRow(self.tr("承办人："), self.handler_combo)

        self.attachment_list = QListWidget()
        self.attachment_list.setFixedHeight(54)
        self.add_file_button = QPushButton(self.tr("添加附件(&F)…"))
        self.add_file_button.clicked.connect(self._on_add_file_button_clicked)
        self.remove_file_button = QPushButton(self.tr("移除"))
        self.remove_file_button.clicked.connect(self._on_remove_file_button_clicked)
        files = QHBoxLayout()
        files.addWidget(self.attachment_list, 1)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_file_button)
        buttons.addWidget(self.remove_file_button)
        files.addLayout(buttons)
        self.files_row = QWidget()
        self.files_row.setLayout(files)
        form.addRow(self.tr("附件："), self.files_row)
        form.setRowVisible(self.files_row, with_attachments)   # later files: from the item's detail

        for key, widget in (("intake_kind", self.kind_combo), ("intake_channel", self.channel_combo),
                            ("received_at", self.received_edit), ("anonymous", self.anonymous_check),
                            ("submitter_name", self.submitter_edit), ("submitter_credit_code", self.submitter_code_edit),
                            ("submitter_phone", self.phone_edit), ("referred_by", self.referred_by_edit),
                            ("handler_id", self.handler_combo), ("attachments", self.attachment_list)):
            field_errors.register(key, widget)
        field_errors.register("patents", self.patents_edit, label=self.patents_status)
        self._field_errors = field_errors
        self._connect_changes()

    # ---- choices that come from the database
    def set_handlers(self, users, default: int | None) -> None:
        wanted = self.pending_handler or default
        self.pending_handler = None
        was_loading, self.loading = self.loading, True
        self.handler_combo.clear()
        self.handler_combo.addItem(self.tr("（暂不分配）"), None)
        for u in users:
            if may(u.role, "intake.triage"):   # the 承办人 decides what becomes of the item
                self.handler_combo.addItem(f"{u.full_name}（{labels.role(u.role)}）", u.id)
        self.handler_combo.setCurrentIndex(max(self.handler_combo.findData(wanted), 0) if wanted else 0)
        self.loading = was_loading

    # ---- the item as data
    def form_data(self) -> dict:
        return {
            "kind": self.kind_combo.currentData(), "channel": self.channel_combo.currentData(),
            "received_at": self.received_edit.value().isoformat(),
            "anonymous": self.anonymous_check.isChecked(), "submitter_name": self.submitter_edit.text(),
            "submitter_kind": self.submitter_kind_combo.currentData(),
            "submitter_credit_code": self.submitter_code_edit.text(), "submitter_phone": self.phone_edit.text(),
            "submitter_address": self.address_edit.text(), "referred_by": self.referred_by_edit.text(),
            "targets": self.targets.to_list(), "patents": self.patents_edit.text(),
            "patent_title": self.title_edit.text(), "patentee": self.patentee_edit.text(),
            "evaluation_report": self.report_check.isChecked(), "product": self.product_edit.text(),
            "description": self.description_edit.toPlainText(),
            "flags": {"foreign": self.foreign_check.isChecked(), "ecommerce": self.ecommerce_check.isChecked(),
                      "trade_fair": self.trade_fair_check.isChecked()},
            "handler_id": self.handler_combo.currentData(), "attachments": list(self.attachment_paths),
        }

    def set_form_data(self, d: dict) -> None:
        """Fill the form from a draft, an item, or the part of the last item kept for the next one."""
        was_loading, self.loading = self.loading, True
        try:
            self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(d.get("kind")), 0))
            self.channel_combo.setCurrentIndex(max(self.channel_combo.findData(d.get("channel")), 0))
            if d.get("received_at"):
                at = datetime.fromisoformat(d["received_at"])
                self.received_edit.set_value(at)
            self.anonymous_check.setChecked(bool(d.get("anonymous")))
            self.submitter_edit.setText(d.get("submitter_name", ""))
            self.submitter_kind_combo.setCurrentIndex(
                max(self.submitter_kind_combo.findData(d.get("submitter_kind")), 0))
            self.submitter_code_edit.setText(d.get("submitter_credit_code", ""))
            self.phone_edit.setText(d.get("submitter_phone", ""))
            self.address_edit.setText(d.get("submitter_address", ""))
            self.referred_by_edit.setText(d.get("referred_by", ""))
            self.targets.set_list(d.get("targets") or [{}])
            self.patents_edit.setText(d.get("patents", ""))
            self.title_edit.setText(d.get("patent_title", ""))
            self.patentee_edit.setText(d.get("patentee", ""))
            self.report_check.setChecked(bool(d.get("evaluation_report")))
            self.product_edit.setText(d.get("product", ""))
            self.description_edit.setPlainText(d.get("description", ""))
            flags = d.get("flags", {})
            self.foreign_check.setChecked(bool(flags.get("foreign")))
            self.ecommerce_check.setChecked(bool(flags.get("ecommerce")))
            self.trade_fair_check.setChecked(bool(flags.get("trade_fair")))
            index = self.handler_combo.findData(d.get("handler_id"))
            self.handler_combo.setCurrentIndex(max(index, 0))
            # The list of handlers may still be loading: set_handlers() picks this one then.
            self.pending_handler = d.get("handler_id") if index < 0 else None
            self.attachment_paths = list(d.get("attachments", []))
            self._show_attachments()
            self.update_visibility()
            self._on_patents_edit_changed(self.patents_edit.text())
        finally:
            self.loading = was_loading

    def fill_from_detail(self, d: IntakeDetail) -> None:
        self.set_form_data({
            "kind": d.kind.value, "channel": d.channel.value, "received_at": d.received_at.isoformat(),
            "anonymous": d.anonymous, "submitter_name": d.submitter_name, "submitter_kind": d.submitter_kind.value,
            "submitter_credit_code": d.submitter_credit_code, "submitter_phone": d.submitter_phone,
            "submitter_address": d.submitter_address, "referred_by": d.referred_by,
            "targets": [{"name": t.name, "kind": t.kind.value, "credit_code": t.credit_code, "address": t.address,
                         "shop_url": t.shop_url, "booth": t.booth} for t in d.targets],
            "patents": "，".join(d.patent_numbers), "patent_title": d.patent_title, "patentee": d.patentee,
            "evaluation_report": d.evaluation_report, "product": d.product, "description": d.description,
            "flags": {"foreign": d.flag_foreign, "ecommerce": d.flag_ecommerce, "trade_fair": d.flag_trade_fair},
            "handler_id": d.handler_id})

    def intake_input(self) -> IntakeInput:
        d = self.form_data()
        return IntakeInput(
            kind=IntakeKind(d["kind"]), channel=IntakeChannel(d["channel"]),
            received_at=datetime.fromisoformat(d["received_at"]), anonymous=d["anonymous"],
            submitter_name=d["submitter_name"].strip(), submitter_kind=PartyKind(d["submitter_kind"]),
            submitter_credit_code=d["submitter_credit_code"].strip(), submitter_phone=d["submitter_phone"].strip(),
            submitter_address=d["submitter_address"].strip(), referred_by=d["referred_by"].strip(),
            targets=self.targets.inputs(), patent_numbers=tuple(split_patent_numbers(d["patents"])),
            patent_title=d["patent_title"].strip(), patentee=d["patentee"].strip(),
            evaluation_report=d["evaluation_report"], product=d["product"].strip(),
            description=d["description"].strip(), flag_foreign=d["flags"]["foreign"],
            flag_ecommerce=d["flags"]["ecommerce"], flag_trade_fair=d["flags"]["trade_fair"],
            handler_id=d["handler_id"])

    # ---- reacting to typing
    def _connect_changes(self) -> None:
        for edit in (self.submitter_edit, self.submitter_code_edit, self.phone_edit, self.address_edit,
                     self.referred_by_edit, self.patents_edit, self.title_edit, self.patentee_edit,
                     self.product_edit):
            edit.textChanged.connect(self._on_form_changed)
        self.description_edit.textChanged.connect(self._on_form_changed)
        self.received_edit.dateTimeChanged.connect(self._on_form_changed)
        for combo in (self.kind_combo, self.submitter_kind_combo, self.handler_combo):
            combo.currentIndexChanged.connect(self._on_form_changed)
        self.channel_combo.currentIndexChanged.connect(self._on_channel_combo_changed)
        for check in (self.anonymous_check, self.report_check, self.foreign_check, self.ecommerce_check,
                      self.trade_fair_check):
            check.toggled.connect(self._on_form_changed)
        self.targets.changed.connect(self._on_form_changed)
        self.targets.changed.connect(self.matter_changed)
        self.patents_edit.textChanged.connect(self._on_patents_edit_changed)
        self.patents_edit.textChanged.connect(self.matter_changed)
        self.kind_combo.currentIndexChanged.connect(lambda: self._on_patents_edit_changed(self.patents_edit.text()))

    def _on_channel_combo_changed(self, *_args) -> None:
        if not self.loading:
            flags = channel_flags(IntakeChannel(self.channel_combo.currentData()))
            # A channel implies its flag (a fair item is a fair case); it never clears one set by hand.
            self.trade_fair_check.setChecked(self.trade_fair_check.isChecked() or flags["flag_trade_fair"])
            self.ecommerce_check.setChecked(self.ecommerce_check.isChecked() or flags["flag_ecommerce"])
        self._on_form_changed()

    def update_visibility(self) -> None:
        kind = IntakeKind(self.kind_combo.currentData())
        self.anonymous_check.setEnabled(kind in ANONYMOUS_KINDS)
        if kind not in ANONYMOUS_KINDS and self.anonymous_check.isChecked():
            self.anonymous_check.setChecked(False)
        anonymous = self.anonymous_check.isChecked()
        for widget in (self.submitter_edit, self.submitter_kind_combo, self.submitter_code_edit, self.phone_edit,
                       self.address_edit):
            widget.setEnabled(not anonymous)
        natural = self.submitter_kind_combo.currentData() == PartyKind.NATURAL
        self.form.setRowVisible(self.submitter_code_edit, not natural)
        self.form.setRowVisible(self.referred_by_edit, self.channel_combo.currentData() == IntakeChannel.REFERRAL)

    def _on_form_changed(self, *_args) -> None:
        if self.loading:
            return
        self.update_visibility()
        self.changed.emit()

    def _on_patents_edit_changed(self, text: str) -> None:
        self._field_errors.clear_prefix("patents")   # before the live check writes the line again
        counterfeit = self.kind_combo.currentData() == IntakeKind.COUNTERFEIT
        lines, ok = [], True
        for raw in split_patent_numbers(text):
            try:
                number = parse_patent_number(raw, current_year=self._today.year)
                lines.append(self.tr("✓ %1 %2").replace("%1", str(number))
                             .replace("%2", labels.patent_type(number.patent_type)))
            except ValidationFailed as exc:
                ok = ok and counterfeit   # a 假冒 report may name a number that does not exist
                lines.append(f"✗ {raw}：{errors.reason_text(exc)}")
        self.patents_status.setStyleSheet("color: #1b5e20;" if ok else "color: #b71c1c;")
        self.patents_status.setText("　".join(lines))

    # ---- attachments (read when saving, off the GUI thread)
    def _show_attachments(self) -> None:
        self.attachment_list.clear()
        for path in self.attachment_paths:
            self.attachment_list.addItem(Path(path).name)

    def _on_add_file_button_clicked(self) -> None:
        paths = open_files(self, self.tr("选择附件"))
        if paths:
            self.add_attachments(paths)

    def add_attachments(self, paths: list[str]) -> None:
        self.attachment_paths += [p for p in paths if p not in self.attachment_paths]
        self._show_attachments()
        self._on_form_changed()

    def _on_remove_file_button_clicked(self) -> None:
        row = self.attachment_list.currentRow()
        if 0 <= row < len(self.attachment_paths):
            del self.attachment_paths[row]
            self._show_attachments()
            self._on_form_changed()
