"""Every dialog of ui/ fits a 1366×768 laptop at 100 % and at 125 % scaling (1093×614 logical pixels): opened with
real data, fitted to that screen as the application's screen_fit filter does, its buttons lie inside the screen.

The dialogs are found by walking the QDialog subclasses of every ui module, so a new dialog fails
`test_every_dialog_is_opened_here` until it has a factory below (or, for a base class, is listed in BASES)."""
from __future__ import annotations

import importlib
import pkgutil
from datetime import date, datetime
from functools import cached_property

import pytest
from hearing_helpers import REGISTERED, add_room, investigation_case, plan
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QAbstractButton, QDialog, QDialogButtonBox, QWidget
from shots import chinese_font, shot  # noqa: F401 — fixture

import ui
from ui.common import screen_fit

LAPTOP = QRect(0, 0, 1366, 768 - 40)          # 1366×768 without a 40 px task bar
LAPTOP_125 = QRect(0, 0, 1093, 614 - 32)      # the same at 125 % (QT_SCALE_FACTOR=1.25), task bar included

# Base classes: never opened themselves, their subclasses are.
BASES = {"ui.common.form_dialog.FormDialog", "ui.hearings.forms._Form", "ui.recusal.application_dialog.RecusalForm"}


def ui_dialog_classes() -> dict[str, type]:
    for module in pkgutil.walk_packages(ui.__path__, "ui."):
        importlib.import_module(module.name)
    found: dict[str, type] = {}
    todo = [QDialog]
    while todo:
        for sub in todo.pop().__subclasses__():
            todo.append(sub)
            if sub.__module__.startswith("ui."):
                found[f"{sub.__module__}.{sub.__qualname__}"] = sub
    return found


class World:
    """Real records, built through the services only when a factory asks for them."""

    def __init__(self, make_ctx, staff, new_uow, clock):
        self.make_ctx, self.staff, self.new_uow, self.clock = make_ctx, staff, new_uow, clock
        self.today = clock.today()

    @cached_property
    def ctx(self):
        return self.make_ctx(self.staff.officer)

    @cached_property
    def admin_ctx(self):
        return self.make_ctx(self.staff.admin)

    @cached_property
    def head_ctx(self):
        return self.make_ctx(self.staff.dept_head)

    @cached_property
    def case(self):
        """A registered case (立案): what most case dialogs open on."""
        from case_helpers import Driver, at
        c = Driver.new(self.new_uow, self.staff, at(REGISTERED), received=REGISTERED)
        c.panel(at(REGISTERED))
        c.act_approved("register", {"registered_date": REGISTERED}, at(REGISTERED))
        return c

    @cached_property
    def investigated(self):
        """A case whose answer came in, ready for its hearing."""
        return investigation_case(self.new_uow, self.staff)

    @cached_property
    def detail(self):
        return self.case.detail(self.today, viewer=self.staff.officer)

    @cached_property
    def hearing(self):
        from ipcase.queries.hearings import sessions as q
        from ipcase.services.hearings import sessions as hearings
        room = add_room(self.new_uow, self.staff, "第一口审庭", place="三楼", seats=20)
        c = self.investigated
        with self.new_uow() as uow:
            ref = hearings.schedule_hearing(uow, actor_id=self.staff.officer.id, case_id=c.ref.id,
                                            expected_version=c.ref.version,
                                            plan=plan(room.id, datetime(2026, 11, 20, 9), datetime(2026, 11, 20, 11)),
                                            override_reason="当事人同意", now=self.clock.now())
        with self.new_uow() as uow:
            return q.hearing_detail(uow, ref.id, today=self.today)

    @cached_property
    def documents(self):
        from ipcase.queries.documents import register
        with self.new_uow() as uow:
            return register.case_documents(uow, self.case.ref.id)

    @cached_property
    def recusals(self):
        from ipcase.queries.recusal.applications import case_recusals
        with self.new_uow() as uow:
            return case_recusals(uow, self.case.ref.id)

    @cached_property
    def intake(self):
        from intake_helpers import register

        from ipcase.queries.intake.register import item_detail
        ref = register(self.new_uow, self.staff.officer)
        with self.new_uow() as uow:
            return item_detail(uow, ref.id, viewer_id=self.staff.officer.id, today=self.today)

    @cached_property
    def mediation(self):
        from mediation_case_helpers import MedDriver, at
        c = MedDriver.new(self.new_uow, self.staff, at(date(2026, 10, 26)))
        c.register(date(2026, 10, 28))
        from ipcase.queries.mediation.cases import case_detail
        with self.new_uow() as uow:
            return case_detail(uow, c.ref.id, viewer_id=self.staff.officer.id, today=self.today)

    def pdf(self) -> bytes:
        from io import BytesIO

        from reportlab.pdfgen import canvas
        buffer = BytesIO()
        page = canvas.Canvas(buffer)
        page.drawString(72, 720, "preview")
        page.showPage()
        page.save()
        return buffer.getvalue()


def _action_dialog(w: World):
    from ui.cases.action_dialog import ActionDialog
    return ActionDialog(w.ctx, w.detail, "suspend")


def _approval_dialog(w: World):
    from case_helpers import Driver, at
    from ipcase.queries.cases.approvals import pending_approvals
    from ui.cases.approval_dialog import ApprovalDialog
    c = Driver.new(w.new_uow, w.staff, at(REGISTERED), received=REGISTERED)
    c.panel(at(REGISTERED))
    c.act("register", {"registered_date": REGISTERED}, at(REGISTERED))   # waits for the 部门负责人
    with w.new_uow() as uow:
        approval = pending_approvals(uow, viewer_id=w.staff.dept_head.id)[0]
    return ApprovalDialog(w.head_ctx, approval)


def _user_dialog(w: World):
    from ui.admin.users_tab import UserDialog
    return UserDialog(w.admin_ctx)


def _account_rules(w: World):
    from ipcase.queries.admin.accounts import account_rules_page
    from ui.admin.account_rules_dialog import AccountRulesDialog
    with w.new_uow() as uow:
        page = account_rules_page(uow, office_id=w.staff.office.id)
    return AccountRulesDialog(w.admin_ctx, page)


def _step_dialog(w: World):
    from ui.common.i18n import tr_ctx
    from ui.common.step_dialog import StepDialog, StepField
    # Its callers pass their labels translated (self.tr in the calling page), as the mediation panel's are here.
    return StepDialog(w.ctx, "登记", [StepField("day", tr_ctx("MediationPanel", "日期"), "date"),
                                     StepField("note", tr_ctx("MediationPanel", "说明"), "longtext")],
                      lambda values: (lambda: None))


def _evidence_form(w: World):
    from ipcase.domain.machine import Field, FieldKind
    from ui.evidence.form_dialog import EvidenceFormDialog
    fields = (Field("title", FieldKind.TEXT, required=True), Field("received_date", FieldKind.DATE),
              Field("description", FieldKind.LONGTEXT))
    return EvidenceFormDialog(w.ctx, "登记证据", fields, lambda values: (lambda: None))


def _storage_failure(w: World):
    from ipcase.errors import StorageReadOnly
    from ui.shell.storage_dialog import StorageFailureDialog
    return StorageFailureDialog(StorageReadOnly(where="/data/ipcase.db"), None)


def _correction_decision(w: World):
    from ipcase.domain.enums import PartyRole
    from ipcase.dto.corrections import PartyCorrectionInput
    from ipcase.queries.cases.corrections import party_corrections
    from ipcase.services.cases import corrections
    from ui.cases.correction_dialog import CorrectionDecisionDialog
    c = w.case
    party = c.party_ids(PartyRole.RESPONDENT, w.today)[0]
    with w.new_uow() as uow:
        c.ref = corrections.file_party_correction(
            uow, actor_id=w.staff.officer.id, case_id=c.ref.id, expected_version=c.detail(w.today).version,
            data=PartyCorrectionInput(party, "义乌市鼎盛贸易有限公司", "营业执照记载的名称已变更"), now=w.clock.now())
    with w.new_uow() as uow:
        item = party_corrections(uow, case_id=c.ref.id, viewer_id=w.staff.dept_head.id)[0]
    return CorrectionDecisionDialog(w.head_ctx, item)


def _decide_postponement(w: World):
    from ipcase.domain.enums import PartyRole
    from ipcase.queries.hearings import sessions as q
    from ipcase.services.hearings import requests
    from ui.hearings.forms import DecidePostponementDialog
    hearing = w.hearing
    party = w.investigated.party_ids(PartyRole.RESPONDENT, w.today)[0]
    with w.new_uow() as uow:
        requests.file_postponement(uow, actor_id=w.staff.officer.id, hearing_id=hearing.id, party_id=party,
                                   received_on=w.today, reason="代理人出差", now=w.clock.now())
    with w.new_uow() as uow:
        hearing = q.hearing_detail(uow, hearing.id, today=w.today)
    return DecidePostponementDialog(w.ctx, hearing, hearing.postponements[0])


def _recusal_decision(w: World):
    from recusal_helpers import application

    from ipcase.queries.admin import users as user_queries
    from ipcase.queries.recusal.applications import case_recusals
    from ipcase.services.recusal.applications import apply_for_recusal
    from ui.recusal.decision_dialog import RecusalDecisionDialog
    c = w.case
    with w.new_uow() as uow:
        apply_for_recusal(uow, actor_id=w.staff.officer.id, case_id=c.ref.id,
                          data=application(c, w.staff, received=w.today, learned=w.today), now=w.clock.now())
    with w.new_uow() as uow:
        data = case_recusals(uow, c.ref.id)
        users = tuple(user_queries.list_users(uow))
    return RecusalDecisionDialog(w.head_ctx, data, data.applications[0], users)


def _intake_case(w: World):
    from ipcase.domain.intake.routing import Track
    from ipcase.queries.intake.register import request_input_for
    from ui.intake.case_dialog import IntakeCaseDialog
    with w.new_uow() as uow:
        request = request_input_for(uow, w.intake.id)
    return IntakeCaseDialog(w.ctx, None, item=w.intake, request=request, track=Track.STANDARD,
                            track_reason="", decided=w.today)


def _intake_mediation(w: World):
    from ipcase.domain.intake.routing import Track
    from ipcase.queries.intake.register import mediation_request_for
    from ui.intake.mediation_dialog import IntakeMediationDialog
    with w.new_uow() as uow:
        request = mediation_request_for(uow, w.intake.id, "赔偿数额")
    return IntakeMediationDialog(w.ctx, None, item=w.intake, request=request, track=Track.STANDARD,
                                 track_reason="", decided=w.today, reason_text="当事人请求调解")


def _agreement(w: World):
    from ipcase.dto.mediation import MediationHost
    from ui.mediation.agreement_dialog import AgreementDialog
    return AgreementDialog(w.ctx, MediationHost.mediation_case(w.mediation.id))


def _mediation_document(w: World):
    from ipcase.services.mediation import case_documents
    from ui.mediation.case_documents_tab import MediationDocumentDialog
    detail = w.mediation
    with w.new_uow() as uow:
        defaults = case_documents.draft_defaults(uow, case_id=detail.id)
    return MediationDocumentDialog(w.ctx, detail, "mediation_session_notice", defaults)


def _publication(name: str):
    """The publication dialogs open on their DTOs (a ruling's text long enough to scroll)."""
    def make(w: World):
        from datetime import datetime

        from ipcase.dto.publication import MaskItem, PublicationRow, RedactionDraft
        text = "测试市市场监督管理局\n专利侵权纠纷案件行政裁决书\n" + "被请求人张伟民在其经营场所销售被诉侵权产品。\n" * 80
        if name == "redaction":
            from ui.publication.redaction_dialog import RedactionDialog
            masks = tuple(MaskItem(f"张伟{i}", f"张某{i}", "name", True, "当事人") for i in range(12))
            return RedactionDialog(w.ctx, RedactionDraft(1, "测知裁字〔2026〕1号", 1, "专利侵权纠纷案件行政裁决书", text,
                                                         "裁决书", masks, 3, 1))
        if name == "decision":
            from ui.publication.decision_dialog import PublicationDecisionDialog
            row = PublicationRow(1, 1, "测知裁字〔2026〕1号", 2, "pending", "行政裁决书", "裁决书", "https://x.gov.cn/1", 6,
                                 True, "张伟", datetime(2026, 11, 2, 10), "", None, 1, None, "补充隐去地址")
            return PublicationDecisionDialog(w.head_ctx, row, text)
        if name == "change":
            from ui.publication.change_dialog import RulingChangeDialog
            return RulingChangeDialog(w.ctx, 1, "测知裁字〔2026〕1号")
        if name == "confidentiality":
            from ui.publication.confidentiality_dialog import ConfidentialityDialog
            return ConfidentialityDialog(w.ctx, 1, "测知裁字〔2026〕1号",
                                         [(1, "请求人　宁波华辰科技有限公司"), (2, "被请求人　张伟民")])
        from ui.publication.typical_dialog import TypicalCaseDialog
        return TypicalCaseDialog(w.head_ctx, 1, "测知裁字〔2026〕1号", 2026)
    return make


def _credit(name: str):
    """The credit and satisfaction dialogs: on the registered case, or on a listing / survey row as listed."""
    def make(w: World):
        from ipcase.dto.credit import ListingInfo
        from ipcase.dto.satisfaction import SurveyTarget
        if name == "enforcement":
            from ui.credit.enforcement_dialog import EnforcementStepDialog
            return EnforcementStepDialog(w.ctx, w.detail)
        if name == "identify":
            from ui.credit.identify_dialog import IdentifyDialog
            return IdentifyDialog(w.ctx, w.detail)
        if name == "step":
            from ui.credit.step_dialog import ListingStepDialog
            row = ListingInfo(1, 1, "repeat_infringement", "proposed", "义乌市鼎盛贸易商行" * 3, "", "", 1,
                              "测知裁字〔2026〕1号", "事实" * 200, w.today, w.today, None, None, None, None, None,
                              "", "", "proposal", w.today)
            return ListingStepDialog(w.head_ctx, row, "decide")
        if name == "settings":
            from ipcase.domain.credit.listing import CreditSettings
            from ui.credit.settings_dialog import CreditSettingsDialog
            return CreditSettingsDialog(w.admin_ctx, CreditSettings(), 0)
        if name == "target":
            from ui.satisfaction.target_dialog import TargetDialog
            return TargetDialog(w.admin_ctx, 85.0, 0)
        from ui.satisfaction.survey_dialog import SurveyDialog
        return SurveyDialog(w.ctx, SurveyTarget(1, "测知裁字〔2026〕1号", 1, "宁波华辰科技有限公司", "requester",
                                                "0574-88886666", w.today, None, None))
    return make


def _hearing_form(name: str):
    def make(w: World):
        from ui.hearings import forms
        return getattr(forms, name)(w.ctx, w.hearing)
    return make


def _sync(name: str):
    """The field laptop's dialogs (ui/sync), on a check-out and a conflict as the 外出办案 page lists them."""
    def make(w: World):
        from ipcase.dto.sync_status import CheckedOutRecord, CheckoutStatus, ConflictEntry
        since = datetime(2026, 10, 31, 9)
        if name == "end":
            from ui.sync.end_dialog import EndCheckoutDialog
            records = tuple(CheckedOutRecord("case", i, f"测知裁字〔2026〕{i}号", None) for i in range(1, 12))
            return EndCheckoutDialog(w.head_ctx, CheckoutStatus(
                1, 1, 1, 1, "张伟", "执法笔记本-01", since, "张伟", date(2026, 11, 6), "out", None, None, "", "",
                records, 0, 2, False, False), None)
        if name == "void":
            from ui.sync.void_numbers_dialog import VoidNumbersDialog
            return VoidNumbersDialog(w.head_ctx, CheckoutStatus(
                1, 2, 1, 1, "张伟", "执法笔记本-01", since, "张伟", date(2026, 11, 6), "ended", None,
                datetime(2026, 11, 8, 9), "刘洋", "笔记本在外出途中遗失，已向公安机关报案", (), 0, 9, False, False,
                reserved_left=5), None)
        if name == "settings":
            from ui.sync.settings_dialog import SyncSettingsDialog
            return SyncSettingsDialog(w.admin_ctx, 7, 0)
        if name == "checkin":
            from ipcase.dto.sync_status import CheckinLine, CheckinSummary
            from ui.sync.checkin_dialog import CheckinResultDialog
            lines = tuple(CheckinLine(i, "evidence.add_investigation_record", "case", i % 5, f"测知裁字〔2026〕{i % 5}号",
                                      False, "conflict" if i % 3 else "applied", "changed_at_office" if i % 3 else "",
                                      "", i if i % 3 else None, since) for i in range(1, 60))
            return CheckinResultDialog(CheckinSummary(1, "执法笔记本-01", lines, "out", 2, 1, 1), None)
        if name == "checkout":
            from ipcase.domain.documents.types import CATALOG
            from ipcase.queries.sync.candidates import Candidate, CheckoutChoices, DocumentKind
            from ui.sync.checkout_dialog import CheckoutDialog
            records = tuple(Candidate("case", i, f"测知裁字〔2026〕{i}号", "宁波华辰科技有限公司 诉 义乌市鼎盛贸易商行" * 2,
                                      "张伟", "registered", frozenset({w.staff.officer.id})) for i in range(1, 30))
            return CheckoutDialog(w.ctx, CheckoutChoices(records, ((w.staff.officer.id, "张伟"),), tuple(
                DocumentKind(d.key, d.title, i < 6) for i, d in enumerate(CATALOG))), None)
        from ui.sync.conflict_dialog import ConflictDialog
        changes = [{"at": "2026-11-01T10:00:00", "user": "刘洋", "kind": "document_issued", "version": 9}] * 12
        return ConflictDialog(w.ctx, ConflictEntry(
            1, 1, 1, "执法笔记本-01", "op-1", 1, "evidence.add_investigation_record",
            {"actor_id": 1, "case_id": 1, "data": {"place": "义乌市国际商贸城" * 3, "record": "现场检查记录。" * 60}},
            since, "张伟", "case", 1, "测知裁字〔2026〕1号", "changed_at_office", "case:1:5->6",
            {"kind": "case", "id": 1, "number": "测知裁字〔2026〕1号", "state": "registered", "version": 6,
             "expected_version": 5, "changes": changes}, {"seen": {"case:1": 5}}, "open", "", None, ""), None)
    return make


FACTORIES = {
    "ui.admin.account_rules_dialog.AccountRulesDialog": _account_rules,
    "ui.admin.password_dialog.PasswordDialog": lambda w: __import__(
        "ui.admin.password_dialog", fromlist=["x"]).PasswordDialog(w.ctx),
    "ui.admin.users_tab.UserDialog": _user_dialog,
    "ui.admin.sub_office_dialog.SubOfficeDialog": lambda w: __import__(
        "ui.admin.sub_office_dialog", fromlist=["x"]).SubOfficeDialog(w.admin_ctx),
    "ui.admin.first_run.WelcomeDialog": lambda w: __import__(
        "ui.admin.first_run", fromlist=["x"]).WelcomeDialog(w.ctx.runner, w.ctx.config, w.clock),
    "ui.admin.user_edit_dialog.UserEditDialog": lambda w: __import__(
        "ui.admin.user_edit_dialog", fromlist=["x"]).UserEditDialog(w.admin_ctx, w.staff.officer),
    "ui.cases.action_dialog.ActionDialog": _action_dialog,
    "ui.cases.approval_dialog.ApprovalDialog": _approval_dialog,
    "ui.cases.correction_dialog.CorrectionDecisionDialog": _correction_decision,
    "ui.hearings.forms.DecidePostponementDialog": _decide_postponement,
    "ui.recusal.decision_dialog.RecusalDecisionDialog": _recusal_decision,
    "ui.intake.case_dialog.IntakeCaseDialog": _intake_case,
    "ui.intake.mediation_dialog.IntakeMediationDialog": _intake_mediation,
    "ui.mediation.agreement_dialog.AgreementDialog": _agreement,
    "ui.mediation.case_documents_tab.MediationDocumentDialog": _mediation_document,
    "ui.cases.correction_dialog.PartyCorrectionDialog": lambda w: __import__(
        "ui.cases.correction_dialog", fromlist=["x"]).PartyCorrectionDialog(w.ctx, w.detail),
    "ui.cases.request_dialog.RequestDialog": lambda w: __import__(
        "ui.cases.request_dialog", fromlist=["x"]).RequestDialog(w.ctx),
    "ui.common.error_dialog.ErrorDialog": lambda w: __import__(
        "ui.common.error_dialog", fromlist=["x"]).ErrorDialog("出现意外错误。" * 20, "Traceback …\n" * 200),
    "ui.common.pdf_preview.PdfPreviewDialog": lambda w: __import__(
        "ui.common.pdf_preview", fromlist=["x"]).PdfPreviewDialog("预览", w.pdf(), b"docx", "预览"),
    "ui.common.step_dialog.StepDialog": _step_dialog,
    "ui.credit.enforcement_dialog.EnforcementStepDialog": _credit("enforcement"),
    "ui.credit.identify_dialog.IdentifyDialog": _credit("identify"),
    "ui.credit.step_dialog.ListingStepDialog": _credit("step"),
    "ui.satisfaction.survey_dialog.SurveyDialog": _credit("survey"),
    "ui.credit.settings_dialog.CreditSettingsDialog": _credit("settings"),
    "ui.satisfaction.target_dialog.TargetDialog": _credit("target"),
    "ui.documents.document_dialog.DocumentDialog": lambda w: __import__(
        "ui.documents.document_dialog", fromlist=["x"]).DocumentDialog(w.ctx, w.detail, doc_key="ruling"),
    "ui.documents.service_dialog.ServiceDialog": lambda w: __import__(
        "ui.documents.service_dialog", fromlist=["x"]).ServiceDialog(w.ctx, w.detail, w.documents),
    "ui.evidence.form_dialog.EvidenceFormDialog": _evidence_form,
    "ui.hearings.close_dialog.CloseRecordDialog": lambda w: __import__(
        "ui.hearings.close_dialog", fromlist=["x"]).CloseRecordDialog(
        requester_absent=True, respondent_absent=True, hearing_day=w.today, today=w.today),
    "ui.hearings.forms.CloseSessionDialog": _hearing_form("CloseSessionDialog"),
    "ui.hearings.forms.PostponementDialog": _hearing_form("PostponementDialog"),
    "ui.hearings.forms.ReturnSlipDialog": _hearing_form("ReturnSlipDialog"),
    "ui.hearings.record_window.HearingRecordEditor": lambda w: __import__(
        "ui.hearings.record_window", fromlist=["x"]).HearingRecordEditor(w.ctx, w.hearing.id),
    "ui.hearings.schedule_dialog.HearingDialog": lambda w: __import__(
        "ui.hearings.schedule_dialog", fromlist=["x"]).HearingDialog(w.ctx, w.case.ref.id),
    "ui.intake.entry_dialog.IntakeEntryDialog": lambda w: __import__(
        "ui.intake.entry_dialog", fromlist=["x"]).IntakeEntryDialog(w.ctx),
    "ui.intake.routing_rule_dialog.RoutingRuleDialog": lambda w: __import__(
        "ui.intake.routing_rule_dialog", fromlist=["x"]).RoutingRuleDialog(),
    "ui.intake.triage_dialog.IntakeTriageDialog": lambda w: __import__(
        "ui.intake.triage_dialog", fromlist=["x"]).IntakeTriageDialog(w.ctx, w.intake),
    "ui.ledger.imports_dialog.LedgerImportsDialog": lambda w: __import__(
        "ui.ledger.imports_dialog", fromlist=["x"]).LedgerImportsDialog(w.head_ctx),
    "ui.ledger.wizard.LedgerWizard": lambda w: __import__("ui.ledger.wizard", fromlist=["x"]).LedgerWizard(w.head_ctx),
    "ui.mediation.action_dialog.MediationActionDialog": lambda w: __import__(
        "ui.mediation.action_dialog", fromlist=["x"]).MediationActionDialog(w.ctx, w.mediation, "extend_limit"),
    "ui.mediation.mediator_pick_dialog.MediatorPickDialog": lambda w: __import__(
        "ui.mediation.mediator_pick_dialog", fromlist=["x"]).MediatorPickDialog(w.ctx, w.mediation),
    "ui.mediation.mediators_tab.MediatorDialog": lambda w: __import__(
        "ui.mediation.mediators_tab", fromlist=["x"]).MediatorDialog(w.ctx, ()),
    "ui.mediation.request_dialog.MediationRequestDialog": lambda w: __import__(
        "ui.mediation.request_dialog", fromlist=["x"]).MediationRequestDialog(w.ctx),
    "ui.publication.change_dialog.RulingChangeDialog": _publication("change"),
    "ui.publication.confidentiality_dialog.ConfidentialityDialog": _publication("confidentiality"),
    "ui.publication.decision_dialog.PublicationDecisionDialog": _publication("decision"),
    "ui.publication.redaction_dialog.RedactionDialog": _publication("redaction"),
    "ui.publication.typical_dialog.TypicalCaseDialog": _publication("typical"),
    "ui.recusal.application_dialog.RecusalDialog": lambda w: __import__(
        "ui.recusal.application_dialog", fromlist=["x"]).RecusalDialog(w.ctx, w.recusals),
    "ui.shell.idle_lock.LockDialog": lambda w: __import__("ui.shell.idle_lock", fromlist=["x"]).LockDialog(w.ctx),
    "ui.shell.login_dialog.LoginDialog": lambda w: __import__(
        "ui.shell.login_dialog", fromlist=["x"]).LoginDialog(w.make_ctx(None)),
    "ui.shell.passphrase_dialog.PassphraseDialog": lambda w: __import__(
        "ui.shell.passphrase_dialog", fromlist=["x"]).PassphraseDialog("/home/user/.local/share/ipcase/ipcase.db"),
    "ui.shell.storage_dialog.StorageFailureDialog": _storage_failure,
    "ui.sync.checkin_dialog.CheckinResultDialog": _sync("checkin"),
    "ui.sync.checkout_dialog.CheckoutDialog": _sync("checkout"),
    "ui.sync.conflict_dialog.ConflictDialog": _sync("conflict"),
    "ui.sync.end_dialog.EndCheckoutDialog": _sync("end"),
    "ui.sync.void_numbers_dialog.VoidNumbersDialog": _sync("void"),
    "ui.sync.settings_dialog.SyncSettingsDialog": _sync("settings"),
    "ui.sync.open_package_dialog.OpenPackageDialog": lambda w: __import__(
        "ui.sync.open_package_dialog", fromlist=["x"]).OpenPackageDialog(w.head_ctx, "移送-甲市市场监督管理局.ipcpkg"),
    "ui.statistics.report_dialog.ReportDialog": lambda w: __import__(
        "ui.statistics.report_dialog", fromlist=["x"]).ReportDialog(w.head_ctx),
}

# Dialogs not opened here yet, each with what it needs that this test does not build (empty: every dialog is).
NOT_YET: dict[str, str] = {}


def test_every_dialog_is_opened_here():
    missing = set(ui_dialog_classes()) - set(FACTORIES) - set(NOT_YET) - BASES
    assert not missing, f"new dialogs without a size check: add a factory to FACTORIES: {sorted(missing)}"
    assert not (set(FACTORIES) | set(NOT_YET)) - set(ui_dialog_classes()), "a listed dialog no longer exists"


def _buttons(dialog: QWidget) -> list[QAbstractButton]:
    boxes = dialog.findChildren(QDialogButtonBox)
    inside = [b for box in boxes for b in box.buttons() if b.isVisibleTo(dialog)]
    return inside or [b for b in dialog.findChildren(QAbstractButton) if b.isVisibleTo(dialog)]


def _problems(dialog: QDialog, area: QRect) -> list[str]:
    dialog.resize(max(dialog.width(), 1200), max(dialog.height(), 1000))   # a size made for a large monitor
    dialog.move(0, 0)
    screen_fit.fit(dialog, area)
    out = []
    if not area.contains(dialog.frameGeometry()):
        out.append(f"window {dialog.frameGeometry().getRect()} outside the screen {area.getRect()} "
                   f"(its minimum {dialog.minimumSizeHint().width()}×{dialog.minimumSizeHint().height()})")
    buttons = _buttons(dialog)
    if not buttons:
        out.append("no visible button")
    for b in buttons:
        rect = QRect(b.mapTo(dialog, b.rect().topLeft()) + dialog.geometry().topLeft(), b.size())
        if not area.contains(rect) or not dialog.geometry().contains(rect):
            out.append(f"button {b.text()!r} at {rect.getRect()} off the screen {area.getRect()}")
    return out


@pytest.mark.usefixtures("chinese_font")
def test_every_dialog_fits_a_laptop_screen(make_ctx, staff, new_uow, clock, qtbot, shown):
    world = World(make_ctx, staff, new_uow, clock)
    failures = {}
    for name, factory in FACTORIES.items():
        dialog = factory(world)
        qtbot.addWidget(dialog)
        dialog.show()
        for label, area in (("100%", LAPTOP), ("125%", LAPTOP_125)):
            problems = _problems(dialog, area)
            if problems:
                failures[f"{name} at {label}"] = problems
        shot(dialog, f"dialog_{name.rsplit('.', 1)[-1]}_1093x614.png")
        dialog.close()
    assert not failures, "\n".join(f"{k}: {v}" for k, v in failures.items())
    assert shown.errors == []


@pytest.mark.usefixtures("chinese_font")
@pytest.mark.parametrize("role", ["officer", "dept_head", "admin"])
def test_the_main_window_fits_a_laptop_screen(make_ctx, staff, qtbot, shown, role):
    from ui.sections import Sections
    from ui.shell.main_window import MainWindow
    window = MainWindow(make_ctx(getattr(staff, role)), Sections)
    qtbot.addWidget(window)
    window.show()
    for area in (LAPTOP, LAPTOP_125):
        window.resize(1600, 1000)
        window.move(0, 0)
        screen_fit.fit(window, area)
        assert area.contains(window.frameGeometry()), (area, window.frameGeometry(), window.minimumSizeHint())
    shot(window, f"main_window_{role}_1093x614.png")


def _interface_texts(dialog: QWidget) -> list[str]:
    """What a dialog itself says, not the data it shows: buttons, group titles, tabs, column headings and the
    labels of its form rows."""
    from PySide6.QtWidgets import QFormLayout, QGroupBox, QHeaderView, QLabel, QTabWidget
    texts = [b.text() for b in dialog.findChildren(QAbstractButton)]
    texts += [box.title() for box in dialog.findChildren(QGroupBox)]
    for tabs in dialog.findChildren(QTabWidget):
        texts += [tabs.tabText(i) for i in range(tabs.count())]
    for header in dialog.findChildren(QHeaderView):
        if header.model() is not None:
            texts += [str(header.model().headerData(i, header.orientation()) or "") for i in range(header.count())]
    for form in dialog.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if item is not None and isinstance(item.widget(), QLabel):
                texts.append(item.widget().text())
    return texts


def test_every_dialog_speaks_english(make_ctx, staff, new_uow, clock, qtbot, shown, qapp):
    """With the English catalogue installed (帮助 › 界面语言, or --lang en), no dialog says anything in Chinese."""
    import re

    from PySide6.QtCore import QCoreApplication, QLocale

    from ui.shell import app as ui_app
    han = re.compile(r"[\u4e00-\u9fff]")
    before = QLocale()
    installed = ui_app.install_translators(qapp, "en")
    try:
        assert installed
        world = World(make_ctx, staff, new_uow, clock)
        chinese = {}
        for name, factory in FACTORIES.items():
            dialog = factory(world)
            qtbot.addWidget(dialog)
            found = sorted({t for t in _interface_texts(dialog) if han.search(t)})
            if found:
                chinese[name] = found
            dialog.close()
        assert not chinese, "\n".join(f"{k}: {v}" for k, v in chinese.items())
    finally:
        for translator in installed:
            QCoreApplication.removeTranslator(translator)
        QLocale.setDefault(before)
