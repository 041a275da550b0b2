"""登记处理请求: register a request for adjudication, or correct it before 立案 (update_request).

Everything typed is written to a draft file on every change, so a dialog closed by accident (or a crash)
loses nothing; closing with content asks whether to keep the draft, and the next dialog offers it back.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ipcase.domain.cases.patent_type_rules import unlawful_acts
from ipcase.domain.enums import InfringingAct, PatentType
from ipcase.domain.identifiers import parse_patent_number
from ipcase.domain.permissions import may
from ipcase.dto.cases import CaseDetail, CaseRef, PatentInput, RequestInput
from ipcase.errors import ConcurrentModification, ValidationFailed
from ipcase.queries.admin import users as user_queries
from ipcase.queries.credit.register import party_credit_flags
from ipcase.services.cases import actions as case_services
from ui.common import errors, labels
from ui.common.check_line import replace_with_check_line
from ui.common.date_field import DateField
from ui.common.draft_form import DraftFormMixin
from ui.common.field_errors import FieldErrors
from ui.common.fields import from_qdate, to_qdate
from ui.common.party_editor import PartyListEditor
from ui.common.submit import Conflict, submit
from ui.common.tabs import number_shortcuts
from ui.credit.case_tab import flag_text
from ui.generated.ui_request_dialog import Ui_RequestDialog
from ui.shell.context import AppContext


class RequestDialog(DraftFormMixin, QDialog):
    case_saved = Signal(object)  # CaseRef

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, detail: CaseDetail | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._detail = detail
        self._expected_version = detail.version if detail else None
        self.keep_drafts(ctx, f"request_case_{detail.id}" if detail else "request_new")
        self._loading = True
        self._saved = False
        self._pending_officer: int | None = None
        self.ui = Ui_RequestDialog()
        self.ui.setupUi(self)
        self.draft_label = self.ui.draft_label
        if detail:
            self.setWindowTitle(self.tr("修改请求信息 — %1").replace("%1", detail.patent_number))
        self.field_errors = FieldErrors(self.ui.summary_error_label)
        today = ctx.clock.today()

        ui = self.ui
        ui.received_date_edit.setDate(to_qdate(today))
        ui.received_date_edit.setMaximumDate(to_qdate(today))
        for edit in (ui.filing_date_edit, ui.grant_date_edit):
            edit.set_optional(True)   # shows "未填写" until a date is typed or picked
            edit.setMaximumDate(today)
        # The grant's calendar opens near the filing date once there is one.
        ui.grant_date_edit.set_near(lambda: ui.filing_date_edit.value() or today)
        ui.patent_type_combo.addItem(self.tr("（按专利号自动识别）"), None)
        for pt in PatentType:
            ui.patent_type_combo.addItem(labels.patent_type(pt), pt.value)
        ui.officer_combo.addItem(self.tr("（登记人）"), None)
        self.act_checks = {InfringingAct.MAKE: ui.act_make_check, InfringingAct.USE: ui.act_use_check,
                           InfringingAct.OFFER: ui.act_offer_check, InfringingAct.SELL: ui.act_sell_check,
                           InfringingAct.IMPORT: ui.act_import_check}

        # 被控侵权行为 the patent's type excludes (a design's 使用): disabled, the reason beside them (the core's rule).
        self.acts_hint = QLabel()
        self.acts_hint.setObjectName("acts_hint_label")
        self.acts_hint.setWordWrap(True)
        self.acts_hint.setStyleSheet("color: #8a5300;")
        acts_row, _role = ui.content_form_layout.getLayoutPosition(ui.acts_layout)
        ui.content_form_layout.insertRow(acts_row + 1, "", self.acts_hint)

        self.requesters = PartyListEditor("requesters", self.tr("请求人"), self.field_errors)
        self.respondents = PartyListEditor("respondents", self.tr("被请求人"), self.field_errors)
        for container, editor in ((ui.requesters_container, self.requesters),
                                  (ui.respondents_container, self.respondents)):
            layout = container.layout()
            if layout is None:
                layout = QVBoxLayout(container)
                layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(editor)

        # Its line is reserved: one line high, empty until typed, a long message cut with "…" (whole in the
        # tooltip), so the form below it never moves — not even after a refused save.
        ui.patent_number_status_label = replace_with_check_line(ui.patent_number_status_label)
        for key, widget in (("received_date", ui.received_date_edit), ("officer_id", ui.officer_combo),
                            ("patent.number", ui.patent_number_edit), ("patent_number", ui.patent_number_edit),
                            ("patent.patent_type", ui.patent_type_combo), ("patent.title", ui.patent_title_edit),
                            ("patent.patentee", ui.patentee_edit), ("patent.filing_date", ui.filing_date_edit),
                            ("patent.grant_date", ui.grant_date_edit), ("claims_asserted", ui.claims_asserted_edit),
                            ("accused_product", ui.accused_product_edit), ("acts", ui.act_make_check),
                            ("request_summary", ui.request_summary_edit)):
            # The patent number's live check line is also where the core's refusal of it goes: said once.
            self.field_errors.register(key, widget, ui.patent_number_status_label if widget is ui.patent_number_edit
                                       else None)

        save = ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("保存(&S)") if detail else self.tr("登记(&S)"))
        ui.button_box.accepted.connect(self._on_button_box_accepted)
        ui.button_box.rejected.connect(self.reject)
        ui.patent_number_edit.textChanged.connect(self._on_patent_number_edit_changed)
        ui.patent_type_combo.currentIndexChanged.connect(self._apply_patent_type)
        self._connect_changes()

        if detail:
            self._fill_from_detail(detail)
        else:
            self.requesters.add_party({})
            self.respondents.add_party({})
        self._apply_patent_type()
        self._initial = self.form_data()
        self._loading = False
        self._load_officers()
        ui.tab_widget.setCurrentIndex(0)
        self.tab_shortcuts = number_shortcuts(ui.tab_widget)   # Alt+1 … Alt+4 (the titles show no digits)
        ui.received_date_edit.setFocus()

    # ---- loading
    def _load_officers(self) -> None:
        self._ctx.runner.run_db(self._ctx.db(user_queries.list_users), on_success=self._on_users_loaded, owner=self)

    def _on_users_loaded(self, users) -> None:
        combo = self.ui.officer_combo
        wanted = combo.currentData()
        if wanted is None and self._detail is not None:
            wanted = self._detail.officer_id
        if wanted is None and self._ctx.may("registration.self_assign"):
            wanted = self._ctx.user.id
        was_clean = not self._loading and not self.is_dirty()
        self._loading, was_loading = True, self._loading
        combo.clear()
        combo.addItem(self.tr("（登记人）"), None)
        for u in users:
            if may(u.role, "case.handle"):
                combo.addItem(f"{u.full_name}（{labels.role(u.role)}）", u.id)
        combo.setCurrentIndex(max(combo.findData(wanted), 0) if wanted is not None else 0)
        if self._pending_officer is not None:
            combo.setCurrentIndex(max(combo.findData(self._pending_officer), 0))
            self._pending_officer = None
        self._loading = was_loading
        if was_clean:
            # Filling the list is not an edit: the form stays "unchanged" and no draft is written.
            self._initial = self.form_data()

    def _fill_from_detail(self, d: CaseDetail) -> None:
        ui = self.ui
        ui.received_date_edit.setDate(to_qdate(d.received_date))
        ui.patent_number_edit.setText(d.patent_number)
        ui.patent_type_combo.setCurrentIndex(max(ui.patent_type_combo.findData(d.patent_type.value), 0))
        ui.patent_title_edit.setText(d.patent_title)
        ui.patentee_edit.setText(d.patentee)
        self._set_optional_date(ui.filing_date_edit, d.filing_date)
        self._set_optional_date(ui.grant_date_edit, d.grant_date)
        ui.flag_foreign_check.setChecked(d.flag_foreign)
        ui.flag_ecommerce_check.setChecked(d.flag_ecommerce)
        ui.flag_trade_fair_check.setChecked(d.flag_trade_fair)
        ui.claims_asserted_edit.setText(d.claims_asserted)
        ui.accused_product_edit.setText(d.accused_product)
        ui.request_summary_edit.setPlainText(d.request_summary)
        for act, check in self.act_checks.items():
            check.setChecked(act.value in d.acts)
        for p in d.parties:
            if p.role == "requester":
                self.requesters.add_party(info=p)
            elif p.role == "respondent":
                self.respondents.add_party(info=p)
        self._pending_officer = d.officer_id

    @staticmethod
    def _set_optional_date(edit: DateField, value: date | None) -> None:
        edit.set_value(value)

    @staticmethod
    def _optional_date(edit: DateField) -> date | None:
        return edit.value()

    # ---- live patent number check
    def _on_patent_number_edit_changed(self, text: str) -> None:
        label = self.ui.patent_number_status_label
        self.field_errors.clear_key("patent.number")
        if not text.strip():
            label.clear()
            return
        try:
            number = parse_patent_number(text, current_year=self._ctx.clock.today().year)
        except ValidationFailed as exc:
            label.setStyleSheet("color: #b71c1c;")
            label.setText(errors.reason_text(exc))
            return
        label.setStyleSheet("color: #1b5e20;")
        label.setText(self.tr("✓ %1，%2").replace("%1", str(number))
                      .replace("%2", labels.patent_type(number.patent_type)))
        combo = self.ui.patent_type_combo
        combo.setCurrentIndex(max(combo.findData(number.patent_type.value), 0))

    def _apply_patent_type(self, *_args) -> None:
        """The acts that cannot infringe a patent of the chosen type are unticked and disabled, with the reason
        (the core's refusal text) as tooltip and on the line below."""
        barred = set(unlawful_acts(self.ui.patent_type_combo.currentData(), [a.value for a in self.act_checks]))
        reason = errors.reason_text(ValidationFailed("acts", "act_not_for_patent_type")) if barred else ""
        for act, check in self.act_checks.items():
            if act.value in barred:
                check.setChecked(False)
            check.setEnabled(act.value not in barred)
            check.setToolTip(reason if act.value in barred else "")
        self.acts_hint.setText(reason)
        self.acts_hint.setVisible(bool(barred))

    # ---- the form as data (for drafts and for the service)
    def form_data(self) -> dict:
        ui = self.ui
        filing, grant = self._optional_date(ui.filing_date_edit), self._optional_date(ui.grant_date_edit)
        return {
            "received_date": from_qdate(ui.received_date_edit.date()).isoformat(),
            "officer_id": ui.officer_combo.currentData(),
            "patent": {"number": ui.patent_number_edit.text(), "patent_type": ui.patent_type_combo.currentData(),
                       "title": ui.patent_title_edit.text(), "patentee": ui.patentee_edit.text(),
                       "filing_date": filing.isoformat() if filing else None,
                       "grant_date": grant.isoformat() if grant else None},
            "requesters": self.requesters.to_list(),
            "respondents": self.respondents.to_list(),
            "claims_asserted": ui.claims_asserted_edit.text(),
            "accused_product": ui.accused_product_edit.text(),
            "acts": [a.value for a, check in self.act_checks.items() if check.isChecked()],
            "request_summary": ui.request_summary_edit.toPlainText(),
            "flags": {"foreign": ui.flag_foreign_check.isChecked(), "ecommerce": ui.flag_ecommerce_check.isChecked(),
                      "trade_fair": ui.flag_trade_fair_check.isChecked()},
        }

    def set_form_data(self, data: dict) -> None:
        ui = self.ui
        self._loading = True
        try:
            if data.get("received_date"):
                ui.received_date_edit.setDate(to_qdate(date.fromisoformat(data["received_date"])))
            patent = data.get("patent", {})
            ui.patent_number_edit.setText(patent.get("number", ""))
            ui.patent_type_combo.setCurrentIndex(max(ui.patent_type_combo.findData(patent.get("patent_type")), 0))
            ui.patent_title_edit.setText(patent.get("title", ""))
            ui.patentee_edit.setText(patent.get("patentee", ""))
            for edit, key in ((ui.filing_date_edit, "filing_date"), (ui.grant_date_edit, "grant_date")):
                self._set_optional_date(edit, date.fromisoformat(patent[key]) if patent.get(key) else None)
            self.requesters.set_list(data.get("requesters", []))
            self.respondents.set_list(data.get("respondents", []))
            ui.claims_asserted_edit.setText(data.get("claims_asserted", ""))
            ui.accused_product_edit.setText(data.get("accused_product", ""))
            for act, check in self.act_checks.items():
                check.setChecked(act.value in data.get("acts", []))
            self._apply_patent_type()
            ui.request_summary_edit.setPlainText(data.get("request_summary", ""))
            flags = data.get("flags", {})
            ui.flag_foreign_check.setChecked(bool(flags.get("foreign")))
            ui.flag_ecommerce_check.setChecked(bool(flags.get("ecommerce")))
            ui.flag_trade_fair_check.setChecked(bool(flags.get("trade_fair")))
            officer = data.get("officer_id")
            index = ui.officer_combo.findData(officer)
            if index >= 0:
                ui.officer_combo.setCurrentIndex(index)
            else:
                self._pending_officer = officer
        finally:
            self._loading = False

    def request_input(self) -> RequestInput:
        d = self.form_data()
        p = d["patent"]
        return RequestInput(
            received_date=date.fromisoformat(d["received_date"]),
            patent=PatentInput(number=p["number"].strip(),
                               patent_type=PatentType(p["patent_type"]) if p["patent_type"] else None,
                               title=p["title"].strip(), patentee=p["patentee"].strip(),
                               filing_date=date.fromisoformat(p["filing_date"]) if p["filing_date"] else None,
                               grant_date=date.fromisoformat(p["grant_date"]) if p["grant_date"] else None),
            requesters=self.requesters.inputs(), respondents=self.respondents.inputs(),
            claims_asserted=d["claims_asserted"].strip(), accused_product=d["accused_product"].strip(),
            acts=tuple(d["acts"]), request_summary=d["request_summary"].strip(),
            flag_foreign=d["flags"]["foreign"], flag_ecommerce=d["flags"]["ecommerce"],
            flag_trade_fair=d["flags"]["trade_fair"], officer_id=d["officer_id"],
        )

    # ---- drafts
    def _connect_changes(self) -> None:
        ui = self.ui
        for edit in (ui.patent_number_edit, ui.patent_title_edit, ui.patentee_edit, ui.claims_asserted_edit,
                     ui.accused_product_edit):
            edit.textChanged.connect(self._on_form_changed)
        ui.request_summary_edit.textChanged.connect(self._on_form_changed)
        for edit in (ui.received_date_edit, ui.filing_date_edit, ui.grant_date_edit):
            edit.valueChanged.connect(self._on_form_changed)
        for combo in (ui.patent_type_combo, ui.officer_combo):
            combo.currentIndexChanged.connect(self._on_form_changed)
        for check in (*self.act_checks.values(), ui.flag_foreign_check, ui.flag_ecommerce_check,
                      ui.flag_trade_fair_check):
            check.toggled.connect(self._on_form_changed)
        self.requesters.changed.connect(self._on_form_changed)
        self.respondents.changed.connect(self._on_form_changed)
        # The 失信 flag next to a party typed in that matches the credit list (looked up off the GUI thread
        # once the typing pauses).
        self._credit_timer = QTimer(self)
        self._credit_timer.setSingleShot(True)
        self._credit_timer.setInterval(400)
        self._credit_timer.timeout.connect(self.check_credit)
        self.requesters.changed.connect(self._credit_timer.start)
        self.respondents.changed.connect(self._credit_timer.start)

    def check_credit(self) -> None:
        forms = [*self.requesters.forms, *self.respondents.forms]
        ctx = self._ctx
        ctx.runner.run_db(ctx.db(party_credit_flags, parties=[f.identity() for f in forms]),
                          on_success=lambda flags: self._show_credit(forms, flags), owner=self)

    def _show_credit(self, forms, flags) -> None:
        current = {id(f) for f in (*self.requesters.forms, *self.respondents.forms)}
        for form, found in zip(forms, flags, strict=True):
            if id(form) in current:   # not removed meanwhile
                form.set_notice(self.tr("失信提示：") + flag_text(found).replace("\n", "；") if found else "")

    # ---- saving
    def save_task(self, data: RequestInput):
        """The service call that saves the form (a new request, or the case's changed one)."""
        ctx = self._ctx
        if self._detail is None:
            return ctx.db(case_services.register_request, actor_id=ctx.user_id, data=data, now=ctx.clock.now())
        return ctx.db(case_services.update_request, actor_id=ctx.user_id, case_id=self._detail.id,
                      expected_version=self._expected_version, data=data, now=ctx.clock.now())

    def _on_button_box_accepted(self) -> None:
        self.field_errors.clear()
        submit(self, self._ctx.runner, self.save_task(self.request_input()), field_errors=self.field_errors,
               on_success=self._on_saved, lock=self.ui.button_box, tabs=self.ui.tab_widget,
               conflict=Conflict(self._keep_newer_version, self.tr("此案件已被他人修改")))

    def _keep_newer_version(self, exc: ConcurrentModification) -> None:
        self._expected_version = exc.actual_version

    def _on_saved(self, ref: CaseRef) -> None:
        self._saved = True
        self.discard_draft()
        self.case_saved.emit(ref)
        self.accept()
