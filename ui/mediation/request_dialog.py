"""登记调解请求: a mediation request (调解请求书) — the kind of dispute, the parties, what is to be mediated, the
patent, and for a damages mediation the ruling that found infringement (a ruling of this register, or an
external one with its copy). Every wrong field is named next to it; everything typed goes to a draft file, so a
dialog closed by accident (or a crash) loses nothing."""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ipcase.domain.extensions import ExtensionKind, limit
from ipcase.domain.filenames import safe_name
from ipcase.domain.mediation.cases import MediationKind
from ipcase.domain.permissions import may
from ipcase.dto.cases import PartyInput
from ipcase.dto.mediation import MediationCaseDetail, MediationRequestInput
from ipcase.errors import ConcurrentModification
from ipcase.files import read_upload
from ipcase.queries.admin import users as user_queries
from ipcase.queries.mediation import cases as mediation_queries
from ipcase.services.mediation import cases as mediation_services
from ipcase.services.mediation.case_support import MAX_COPY_BYTES
from ui.common.draft_form import DraftFormMixin
from ui.common.field_errors import FieldErrors
from ui.common.fields import date_edit, from_qdate, to_qdate
from ui.common.file_dialogs import open_file
from ui.common.party_editor import PartyListEditor
from ui.common.screen_fit import form_scrolling
from ui.common.submit import Conflict, submit
from ui.common.tabs import PageTabs
from ui.mediation import case_labels as mediation_case_labels
from ui.shell.context import AppContext


def _party(p: PartyInput) -> dict:
    return {"name": p.name, "kind": str(p.kind), "credit_code": p.credit_code, "id_number": p.id_number,
            "legal_rep": p.legal_rep, "legal_rep_title": p.legal_rep_title, "address": p.address, "phone": p.phone,
            "agents": [{"name": a.name, "organization": a.organization, "phone": a.phone, "address": a.address}
                       for a in p.agents]}


class MediationRequestDialog(DraftFormMixin, QDialog):
    case_saved = Signal(object)   # MediationCaseRef (or, for an intake item, its IntakeRef)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, detail: MediationCaseDetail | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._detail = detail
        self._expected_version = detail.version if detail else 0
        self.keep_drafts(ctx, f"mediation_case_{detail.id}" if detail else "mediation_new")
        self._copy_path: str | None = None   # the chosen copy, read in the save's database task
        self._loading, self._saved = True, False
        self._users_loaded, self._wanted_officer = False, None
        self.setObjectName("mediation_request_dialog")
        self.setWindowTitle(self.tr("修改调解请求") if detail else self.tr("登记调解请求"))
        self.resize(760, 640)
        layout = QVBoxLayout(self)
        self.tabs = PageTabs()   # Alt+1 … Alt+3
        layout.addWidget(self.tabs, 1)
        self.summary_label = QLabel()
        self.field_errors = FieldErrors(self.summary_label)

        page = QWidget()
        form = QFormLayout(page)
        self.kind_combo = QComboBox()
        for k in MediationKind:
            self.kind_combo.addItem(mediation_case_labels.mediation_kind(k), k.value)
        today = ctx.clock.today()
        self.received_edit = date_edit(today, latest=today)
        self.officer_combo = QComboBox()
        self.officer_combo.addItem(self.tr("（登记人）"), None)
        self.subject_edit = QPlainTextEdit()
        self.subject_edit.setTabChangesFocus(True)
        self.subject_edit.setFixedHeight(60)
        self.subject_edit.setPlaceholderText(self.tr("如：确认某专利权归请求人所有；赔偿数额；职务发明报酬"))
        self.facts_edit = QPlainTextEdit()
        self.facts_edit.setTabChangesFocus(True)
        self.facts_edit.setFixedHeight(80)
        self.amount_edit = QLineEdit()
        self.amount_edit.setPlaceholderText(self.tr("如：30万元（赔偿、报酬、使用费）"))
        self.patent_edit = QLineEdit()
        self.patent_edit.setPlaceholderText(self.tr("ZL2022 1 0001234.5（可不填）"))
        self.title_edit = QLineEdit()
        self.patentee_edit = QLineEdit()
        self.grant_edit = date_edit(None, optional=True, latest=today, near=today)
        self.ruling_combo = QComboBox()
        self.ruling_combo.addItem(self.tr("（外部裁决或判决，填写文号并附副本）"), None)
        self.ruling_ref_edit = QLineEdit()
        self.ruling_ref_edit.setPlaceholderText(self.tr("如：（2026）浙01民初123号"))
        copy_row = QHBoxLayout()
        self.copy_label = QLabel(self.tr("未附副本"))
        self.copy_button = QPushButton(self.tr("附上副本…"))
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        copy_row.addWidget(self.copy_label, 1)
        copy_row.addWidget(self.copy_button)
        self.copy_widget = QWidget()
        self.copy_widget.setLayout(copy_row)
        copy_row.setContentsMargins(0, 0, 0, 0)
        self.kind_hint = QLabel()
        self.kind_hint.setWordWrap(True)
        self.kind_hint.setStyleSheet("color: #6d4c00;")
        rows = ((self.tr("调解事项类别："), self.kind_combo, "mediation_kind"), ("", self.kind_hint, ""),
                (self.tr("收到日期："), self.received_edit, "received_date"),
                (self.tr("承办人："), self.officer_combo, "officer_id"),
                (self.tr("请求调解的事项："), self.subject_edit, "mediation_subject"),
                (self.tr("事实和理由："), self.facts_edit, "facts"), (self.tr("请求金额："), self.amount_edit, "amount_claimed"),
                (self.tr("专利号："), self.patent_edit, "patent_number"), (self.tr("专利名称："), self.title_edit, ""),
                (self.tr("专利权人："), self.patentee_edit, ""), (self.tr("授权公告日："), self.grant_edit, "grant_date"),
                (self.tr("认定侵权的裁决："), self.ruling_combo, "ruling_case_id"),
                (self.tr("外部裁决/判决文号："), self.ruling_ref_edit, "ruling_reference"),
                (self.tr("裁决/判决副本："), self.copy_widget, "ruling_copy"))
        for text, widget, key in rows:
            form.addRow(text, widget)
            if key:
                self.field_errors.register(key, widget)
        self.tabs.addTab(form_scrolling(page), self.tr("调解请求"))   # scrolls on a 1366×768 screen at 125 %
        self.requesters = PartyListEditor("requesters", self.tr("请求人"), self.field_errors)
        self.respondents = PartyListEditor("respondents", self.tr("被请求人"), self.field_errors)
        self.tabs.addTab(self.requesters, self.tr("请求人"))
        self.tabs.addTab(self.respondents, self.tr("被请求人"))
        self._form = form

        layout.addWidget(self.summary_label)
        self.draft_label = QLabel()
        self.draft_label.setStyleSheet("color: #757575;")
        layout.addWidget(self.draft_label)
        self.button_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.button_box.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("保存(&S)") if detail else self.tr("登记(&S)"))
        self.button_box.accepted.connect(self._on_button_box_accepted)
        self.button_box.rejected.connect(self.reject)
        layout.addWidget(self.button_box)

        # The choices first: the database lane runs tasks in order, so a stored request finds them filled.
        ctx.runner.run_db(ctx.db(user_queries.list_users), on_success=self._on_users_loaded, owner=self)
        ctx.runner.run_db(ctx.db(mediation_queries.ruling_choices, office_id=ctx.user.office_id),
                          on_success=self._on_rulings_loaded, owner=self)
        if detail is not None:
            ctx.runner.run_db(ctx.db(mediation_queries.request_input, detail.id), on_success=self._fill, owner=self)
        else:
            self.requesters.add_party()
            self.respondents.add_party()
        self._connect_changes()
        self._on_kind_changed()
        self._initial = self.form_data()
        self._loading = False

    # ---- choices loaded off the GUI thread
    def _on_users_loaded(self, users) -> None:
        self._loading, was = True, self._loading
        for u in users:
            if may(u.role, "mediation.mediate"):
                self.officer_combo.addItem(u.full_name, u.id)
        self._users_loaded = True
        self._select_officer()
        self._loading = was

    def _select_officer(self) -> None:
        """Select the wanted officer once the list is there; one who left keeps a placeholder entry."""
        if not self._users_loaded:
            return
        index = self.officer_combo.findData(self._wanted_officer)
        if index < 0 and self._wanted_officer is not None:
            self.officer_combo.addItem(self.tr("（原承办人）"), self._wanted_officer)
            index = self.officer_combo.count() - 1
        self.officer_combo.setCurrentIndex(max(index, 0))

    def _on_rulings_loaded(self, rulings) -> None:
        keep = self.ruling_combo.currentData()
        self._loading, was = True, self._loading
        for r in rulings:
            self.ruling_combo.addItem(f"{r.case_number}　{r.patent_number}　{r.parties}", r.case_id)
        self.ruling_combo.setCurrentIndex(max(self.ruling_combo.findData(keep), 0))
        self._loading = was

    def _fill(self, data: MediationRequestInput) -> None:
        self._loading = True
        self.set_form_data(self.input_to_form(data))
        self._initial = self.form_data()
        self._loading = False

    # ---- kind-dependent rows
    def _on_kind_changed(self, *_args) -> None:
        kind = self.kind_combo.currentData()
        damages = kind == MediationKind.DAMAGES
        for w in (self.ruling_combo, self.ruling_ref_edit, self.copy_widget):
            self._form.setRowVisible(w, damages)
        external = damages and self.ruling_combo.currentData() is None
        self.ruling_ref_edit.setEnabled(external)
        self.copy_widget.setEnabled(external)
        hints = {MediationKind.DAMAGES: self.tr("须有认定侵权成立的裁决或判决（办法第六十四条）：选择本局的裁决，或填写外部文号并附副本。"),
                 MediationKind.PROVISIONAL_FEE: self.tr("只能在专利授权后请求调解：须填写授权公告日。"),
                 MediationKind.OWNERSHIP: self.tr("权属纠纷自立案之日起两个月内结案（经部门负责人批准可延长%1）。").replace(
                     "%1", limit(ExtensionKind.MEDIATION_CLOSING).words)}
        self.kind_hint.setText(hints.get(kind, ""))
        self.kind_hint.setVisible(kind in hints)

    def _on_copy_button_clicked(self) -> None:
        path = open_file(self, self.tr("选择裁决书/判决书副本"),
                         self.tr("PDF 或图片 (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)"))
        if path:
            self.attach_copy(path)

    def attach_copy(self, path: str) -> None:
        """The chosen copy: only its name now; its size is checked and its bytes read when the form is saved."""
        self._copy_path = path
        self.copy_label.setText(safe_name(Path(path).name))
        self._on_form_changed()

    # ---- the form as data (drafts) and as the service's input
    def form_data(self) -> dict:
        grant = self.grant_edit.value()
        return {
            "kind": self.kind_combo.currentData(), "received_date": from_qdate(self.received_edit.date()).isoformat(),
            "officer_id": self.officer_combo.currentData() if self._users_loaded else self._wanted_officer,
            "subject": self.subject_edit.toPlainText(),
            "facts": self.facts_edit.toPlainText(), "amount_claimed": self.amount_edit.text(),
            "patent_number": self.patent_edit.text(), "patent_title": self.title_edit.text(),
            "patentee": self.patentee_edit.text(),
            "grant_date": grant.isoformat() if grant else None,
            "ruling_case_id": self.ruling_combo.currentData(), "ruling_reference": self.ruling_ref_edit.text(),
            "ruling_copy_name": safe_name(Path(self._copy_path).name) if self._copy_path
            else self.copy_label.property("stored") or "",
            "requesters": self.requesters.to_list(), "respondents": self.respondents.to_list(),
        }

    def set_form_data(self, d: dict) -> None:
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(d.get("kind")), 0))
        if d.get("received_date"):
            self.received_edit.setDate(to_qdate(date.fromisoformat(d["received_date"])))
        self._wanted_officer = d.get("officer_id")
        self._select_officer()
        self.subject_edit.setPlainText(d.get("subject", ""))
        self.facts_edit.setPlainText(d.get("facts", ""))
        self.amount_edit.setText(d.get("amount_claimed", ""))
        self.patent_edit.setText(d.get("patent_number", ""))
        self.title_edit.setText(d.get("patent_title", ""))
        self.patentee_edit.setText(d.get("patentee", ""))
        grant = d.get("grant_date")
        self.grant_edit.set_value(date.fromisoformat(grant) if grant else None)
        ruling = d.get("ruling_case_id")
        if ruling is not None and self.ruling_combo.findData(ruling) < 0:
            self.ruling_combo.addItem(self.tr("本局裁决 #%1").replace("%1", str(ruling)), ruling)
        self.ruling_combo.setCurrentIndex(max(self.ruling_combo.findData(ruling), 0))
        self.ruling_ref_edit.setText(d.get("ruling_reference", ""))
        if d.get("ruling_copy_name"):
            self.copy_label.setText(d["ruling_copy_name"])
            self.copy_label.setProperty("stored", d["ruling_copy_name"])
        self.requesters.set_list(d.get("requesters") or [{}])
        self.respondents.set_list(d.get("respondents") or [{}])
        self._on_kind_changed()

    @staticmethod
    def input_to_form(r: MediationRequestInput) -> dict:
        return {"kind": str(r.kind), "received_date": r.received_date.isoformat(), "officer_id": r.officer_id,
                "subject": r.subject, "facts": r.facts, "amount_claimed": r.amount_claimed,
                "patent_number": r.patent_number, "patent_title": r.patent_title, "patentee": r.patentee,
                "grant_date": r.grant_date.isoformat() if r.grant_date else None, "ruling_case_id": r.ruling_case_id,
                "ruling_reference": r.ruling_reference, "ruling_copy_name": r.ruling_copy_name,
                "requesters": [_party(p) for p in r.requesters], "respondents": [_party(p) for p in r.respondents]}

    def request_input(self) -> MediationRequestInput:
        d = self.form_data()
        return MediationRequestInput(
            kind=MediationKind(d["kind"]), received_date=date.fromisoformat(d["received_date"]),
            requesters=self.requesters.inputs(), respondents=self.respondents.inputs(), subject=d["subject"],
            facts=d["facts"], amount_claimed=d["amount_claimed"], patent_number=d["patent_number"],
            patent_title=d["patent_title"], patentee=d["patentee"],
            grant_date=date.fromisoformat(d["grant_date"]) if d["grant_date"] else None,
            ruling_case_id=d["ruling_case_id"], ruling_reference=d["ruling_reference"],
            ruling_copy_name=d["ruling_copy_name"], officer_id=d["officer_id"])

    # ---- drafts
    def _connect_changes(self) -> None:
        for edit in (self.amount_edit, self.patent_edit, self.title_edit, self.patentee_edit, self.ruling_ref_edit):
            edit.textChanged.connect(self._on_form_changed)
        for edit in (self.subject_edit, self.facts_edit):
            edit.textChanged.connect(self._on_form_changed)
        for edit in (self.received_edit, self.grant_edit):
            edit.valueChanged.connect(self._on_form_changed)
        for combo in (self.kind_combo, self.officer_combo, self.ruling_combo):
            combo.currentIndexChanged.connect(self._on_form_changed)
        self.kind_combo.currentIndexChanged.connect(self._on_kind_changed)
        self.ruling_combo.currentIndexChanged.connect(self._on_kind_changed)
        self.requesters.changed.connect(self._on_form_changed)
        self.respondents.changed.connect(self._on_form_changed)

    # ---- saving
    def save_task(self, data: MediationRequestInput):
        ctx = self._ctx
        if self._detail is None:
            return ctx.db(mediation_services.register_request, actor_id=ctx.user_id, data=data, now=ctx.clock.now())
        return ctx.db(mediation_services.update_request, actor_id=ctx.user_id, case_id=self._detail.id,
                      expected_version=self._expected_version, data=data, now=ctx.clock.now())

    def _on_button_box_accepted(self) -> None:
        self.field_errors.clear()
        data, path = self.request_input(), self._copy_path

        def task():
            # Off the GUI thread: the copy is stat-ed before it is read (too large: refused unread), and one moved
            # or deleted since it was chosen is named next to its field.
            payload = data
            if path is not None:
                name, content = read_upload(path, field="ruling_copy", limit=MAX_COPY_BYTES)
                payload = replace(data, ruling_copy_name=name, ruling_copy=content)
            return self.save_task(payload)()

        submit(self, self._ctx.runner, task, field_errors=self.field_errors,
               on_success=self._on_saved, lock=self.button_box, tabs=self.tabs,
               conflict=Conflict(self._keep_newer_version))

    def _keep_newer_version(self, exc: ConcurrentModification) -> None:
        self._expected_version = exc.actual_version

    def _on_saved(self, ref) -> None:
        self._saved = True
        self.discard_draft()
        self.case_saved.emit(ref)
        self.accept()
