"""The feature catalogue: which sections the window shows, in which order, to whom, and how the features lead
into one another (a statistics figure → the case list, a 工作台 row → the case …).

The shell (ui/shell/main_window.py) knows no feature: the composition root hands it `Sections`, which builds
the feature screens, and the shell lays them out (navigation bar, Ctrl+1…, menus, status bar). Features only
emit signals ("open this case", "this case changed"); the links between them are made here and nowhere else.
A new feature adds its screen to `entries` and connects its signals in `_connect`; a feature that shows a page in
the case detail adds it in `case_detail_view` (the case detail imports no feature either)."""
from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QStackedWidget

from ipcase.dto.cases import CaseDetail, CaseRef
from ipcase.dto.mediation import MediationHost
from ui.admin.section import SettingsView
from ui.audit.section import AuditView
from ui.cases.detail import CaseDetailView
from ui.cases.list_section import CaseListView
from ui.cases.pages import CasePage
from ui.cases.request_dialog import RequestDialog
from ui.common.i18n import tr
from ui.credit.case_flag import CaseCreditFlag
from ui.credit.case_tab import EnforcementTab
from ui.credit.section import CreditRegisterView
from ui.documents import late_notice_check
from ui.documents.case_tab import DocumentsTab
from ui.documents.section import DocumentsView
from ui.documents.service_tab import ServiceTab
from ui.evidence.case_tab import EvidenceTab
from ui.hearings import late_notice_flow
from ui.hearings.calendar_section import HearingCalendarView
from ui.hearings.case_tab import CaseHearingsTab
from ui.intake.case_tab import CaseIntakeTab
from ui.intake.section import IntakeView
from ui.ledger.imports_dialog import LedgerImportsDialog
from ui.ledger.wizard import LedgerWizard
from ui.mediation.host_tab import MediationPanel
from ui.mediation.section import MediationCasesView
from ui.publication.case_tab import PublicationTab
from ui.publication.section import PublicationView
from ui.recusal.applications_list import RecusalBox
from ui.satisfaction.section import SatisfactionView
from ui.shell.context import AppContext
from ui.shell.main_window import MainWindow, Section
from ui.statistics.section import StatisticsView
from ui.sync.markers import LaptopBanner, RecordCheckoutLine
from ui.sync.section import SyncView
from ui.workbench.section import DashboardView


def case_detail_view(ctx: AppContext) -> CaseDetailView:
    """The case detail with the pages the other features add to it, in their order, and the links between them."""
    recusal = RecusalBox(ctx)
    evidence = EvidenceTab(ctx)
    hearings = CaseHearingsTab(ctx)
    mediation = MediationPanel(ctx)
    documents = DocumentsTab(ctx)
    service = ServiceTab(ctx)
    intake = CaseIntakeTab(ctx)
    enforcement = EnforcementTab(ctx)
    credit_flag = CaseCreditFlag(ctx)
    checkout_line = RecordCheckoutLine(ctx, "case")
    publication = PublicationTab(ctx)
    saved = tr("文书/送达已保存。")
    view = CaseDetailView(ctx, [
        # 失信: the flag of a party on the credit list, under the header whichever tab is open (credit)
        CasePage("credit_flag", credit_flag, show=credit_flag.set_detail, banner=True),
        # 外出办案: the case is out on an officer's laptop — who, which laptop, since, until (sync)
        CasePage("checkout", checkout_line, show=checkout_line.set_detail, banner=True),
        # 回避: applications against the panel's members, shown under the panel they concern (recusal)
        CasePage("recusal", recusal, show=recusal.set_detail, saved=recusal.changed, saved_message=saved),
        # 证据: the evidence register, investigation records and evidence periods (evidence)
        CasePage("evidence", evidence, tr("证据"), evidence.set_detail, evidence.changed, saved,
                 reveal=evidence.reveal),
        # 口审: the hearing sessions, their people, 回执 and postponements; it schedules and closes them (hearings)
        CasePage("hearings", hearings, tr("口审"), hearings.set_detail, hearings.changed, saved,
                 takes_action=hearings.takes_case_action, start_action=hearings.start_case_action,
                 reveal=hearings.reveal),
        # 调解: sessions, settlement talks, the agreement and what follows it (mediation, hosted by the case)
        CasePage("mediation", mediation, tr("调解"), lambda d: mediation.set_host(MediationHost.case(d.id)),
                 mediation.changed, tr("调解记录已保存。")),
        # 文书 and 送达: issued documents and their service (documents); 送达 shows what 文书 loads
        CasePage("documents", documents, tr("文书"), documents.set_detail, documents.changed, saved,
                 reveal=documents.reveal),
        CasePage("service", service, tr("送达"), saved=service.changed, saved_message=saved),
        # 收案: the intake item the case came from, 重复侵权 and the same matter (intake)
        CasePage("intake", intake, tr("收案"), intake.set_detail),
        # 执行: the enforcement of the ruling (D15) and the credit list resting on the case (credit)
        CasePage("enforcement", enforcement, tr("执行"), enforcement.set_detail, enforcement.changed,
                 tr("已记录。")),
        # 公开: the ruling's published versions (redaction, approval) and the 典型案例 mark (publication)
        CasePage("publication", publication, tr("公开"), publication.set_detail, publication.changed,
                 tr("公开版本已保存。")),
    ])
    documents.documents_loaded.connect(lambda data: service.set_documents(view.detail, data))

    def print_mediation_document(doc_key: str) -> None:
        view.show_page("documents")
        documents.new_document(doc_key)
    mediation.print_requested.connect(print_mediation_document)
    return view


class Sections(QObject):
    def __init__(self, ctx: AppContext, shell: MainWindow):
        super().__init__(shell)
        self._ctx = ctx
        self._shell = shell
        # The 文书 dialogs warn of a late hearing notice through the hearings feature (they cannot import it).
        late_notice_check.install(ctx, late_notice_flow)

        self.dashboard_view = DashboardView(ctx)
        self.intake_view = IntakeView(ctx)
        self.case_list_view = CaseListView(ctx)
        self.case_detail_view = case_detail_view(ctx)
        self.cases_stack = QStackedWidget()
        self.cases_stack.addWidget(self.case_list_view)
        self.cases_stack.addWidget(self.case_detail_view)
        self.hearing_calendar_view = HearingCalendarView(ctx)
        self.mediation_cases_view = MediationCasesView(ctx)
        self.documents_view = DocumentsView(ctx)
        self.credit_view = CreditRegisterView(ctx)
        self.satisfaction_view = SatisfactionView(ctx)
        self.publication_view = PublicationView(ctx)
        self.sync_view = SyncView(ctx)
        # 外出办案 under an intake item's and a mediation case's header, as under a case's (sync)
        intake_line, mediation_line = RecordCheckoutLine(ctx, "intake"), RecordCheckoutLine(ctx, "mediation")
        self.intake_view.detail_panel.add_banner(intake_line, intake_line.set_record)
        self.mediation_cases_view.detail_view.add_banner(mediation_line, mediation_line.set_record)
        # On a laptop copy, a line across the window says so (and what waits to be sent).
        self.laptop_banner = LaptopBanner(ctx)
        shell.add_banner(self.laptop_banner)
        self.statistics_view = StatisticsView(ctx) if ctx.may("statistics.view") else None
        self.settings_view = SettingsView(ctx) if ctx.may("settings.edit") else None

        # The navigation bar of ARCHITECTURE.md: 工作台, 收案登记, 案件, 口审日程, 调解, 文书, 统计, 设置.
        self.entries: list[Section] = [
            self._section(self.tr("工作台"), self.dashboard_view),
            self._section(self.tr("收案登记"), self.intake_view),
            Section(self.tr("案件"), self.cases_stack, self._refresh_cases),
            self._section(self.tr("口审日程"), self.hearing_calendar_view),
            self._section(self.tr("调解"), self.mediation_cases_view),
            self._section(self.tr("文书"), self.documents_view),
            self._section(self.tr("失信名单"), self.credit_view),
            self._section(self.tr("满意度"), self.satisfaction_view),
            self._section(self.tr("公开"), self.publication_view),
            self._section(self.tr("外出办案"), self.sync_view),
        ]
        if self.statistics_view is not None:
            self.entries.append(self._section(self.tr("统计"), self.statistics_view))
        if self.settings_view is not None:
            self.entries.append(self._section(self.tr("设置"), self.settings_view))
        # 审计: the 审计员's section (三员分立). A read-only role sees it alone: nothing else is offered to change.
        self.audit_view = AuditView(ctx) if ctx.may("audit.read") else None
        if self.audit_view is not None:
            audit = self._section(self.tr("审计"), self.audit_view)
            self.entries = [audit] if not ctx.may("record.change") else [*self.entries, audit]

        self._build_actions()
        self._connect()

    @staticmethod
    def _section(title: str, widget) -> Section:
        return Section(title, widget, widget.refresh)

    # ---- what the features add to the shell's menus
    def _build_actions(self) -> None:
        shell = self._shell
        self.new_request_action = QAction(self.tr("登记处理请求(&N)…"), shell)
        self.new_request_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_request_action.setEnabled(self._ctx.may("case.register"))
        self.new_request_action.triggered.connect(self.new_request)
        self.file_actions = [self.new_request_action]
        # 导入台账 (issue 18): an office's Excel ledger brought in as cases, and its imports with 撤销导入
        if self._ctx.may("ledger.import"):
            self.import_ledger_action = QAction(self.tr("导入台账(&L)…"), shell)
            self.import_ledger_action.triggered.connect(self.import_ledger)
            self.ledger_imports_action = QAction(self.tr("台账导入记录(&U)…"), shell)
            self.ledger_imports_action.triggered.connect(self.show_ledger_imports)
            self.file_actions += [self.import_ledger_action, self.ledger_imports_action]

        self.search_action = QAction(self.tr("搜索案件(&S)"), shell)
        self.search_action.setShortcut(QKeySequence.StandardKey.Find)
        self.search_action.triggered.connect(self.focus_search)
        self.view_actions = [self.search_action]

        case_menu = QMenu(self.tr("案件(&C)"), shell)
        case_menu.addMenu(self.case_detail_view.actions_menu)
        self.edit_request_action = case_menu.addAction(self.tr("修改请求信息(&E)…"))
        self.edit_request_action.setShortcut(QKeySequence("Ctrl+E"))
        self.edit_request_action.triggered.connect(self._on_edit_request_action_triggered)
        back = case_menu.addAction(self.tr("返回案件列表(&B)"))
        back.triggered.connect(self.show_case_list)
        case_menu.aboutToShow.connect(self._on_case_menu_about_to_show)
        self.menus = [case_menu]

    # ---- the links between features
    def _connect(self) -> None:
        case_intake_tab = self.case_detail_view.page("intake")
        for view in (self.dashboard_view, self.intake_view, case_intake_tab, self.case_list_view,
                     self.documents_view, self.mediation_cases_view, self.hearing_calendar_view,
                     self.publication_view):
            view.case_open_requested.connect(self.open_case)
        for view in (self.credit_view, self.satisfaction_view, self.sync_view):
            view.case_open_requested.connect(self.open_case)
        self.sync_view.intake_open_requested.connect(self.open_intake)
        self.sync_view.mediation_case_open_requested.connect(self.open_mediation_case)
        self.sync_view.status_loaded.connect(self.laptop_banner.update_from)
        self.sync_view.changed.connect(self._on_sync_changed)
        for view in (self.dashboard_view, case_intake_tab, self.mediation_cases_view):
            view.intake_open_requested.connect(self.open_intake)
        for view in (self.dashboard_view, self.intake_view):
            view.mediation_case_open_requested.connect(self.open_mediation_case)
        for view in (self.dashboard_view, self.hearing_calendar_view, self.documents_view, self.case_detail_view):
            view.case_changed.connect(self._on_case_changed)
        self.intake_view.item_changed.connect(self._on_intake_item_changed)
        self.mediation_cases_view.changed.connect(lambda _id: self.dashboard_view.refresh())
        if self.statistics_view is not None:
            self.statistics_view.drilldown_requested.connect(self.show_drilldown)
            self.statistics_view.intake_drilldown_requested.connect(self.show_intake_drilldown)
            self.statistics_view.satisfaction_requested.connect(self.show_satisfaction)
        self.case_detail_view.back_requested.connect(self.show_case_list)
        self.case_detail_view.edit_requested.connect(self._on_case_detail_view_edit_requested)
        self.case_detail_view.status_message.connect(self._shell.show_message)
        if self.settings_view is not None:
            self.settings_view.holidays_changed.connect(self._on_settings_view_holidays_changed)
            self.settings_view.office_saved.connect(self._shell.set_office)

    def start(self) -> None:
        self.case_list_view.load_officers()
        self.laptop_banner.refresh()

    def save_state(self) -> None:
        self.dashboard_view.save_state()
        self.case_list_view.save_state()
        self.intake_view.save_state()

    # ---- navigation
    def _refresh_cases(self) -> None:
        if self.cases_stack.currentWidget() is self.case_detail_view:
            self.case_detail_view.reload()
        else:
            self.case_list_view.refresh()

    def open_case(self, case_id: int) -> None:
        self._shell.show_section(self.cases_stack)
        self.cases_stack.setCurrentWidget(self.case_detail_view)
        self.case_detail_view.show_case(case_id)

    def open_intake(self, item_id: int) -> None:
        self._shell.show_section(self.intake_view)
        self.intake_view.open_item(item_id)

    def open_mediation_case(self, case_id: int) -> None:
        self._shell.show_section(self.mediation_cases_view)
        self.mediation_cases_view.open_case(case_id)

    def show_drilldown(self, flt, description: str) -> None:
        """The cases behind a statistics figure, in the case list."""
        self.show_case_list()
        self.case_list_view.show_drilldown(flt, description)

    def show_intake_drilldown(self, flt, description: str) -> None:
        """The intake items behind a statistics figure, in the 收案登记 register."""
        self._shell.show_section(self.intake_view)
        self.intake_view.show_drilldown(flt, description)

    def show_satisfaction(self, start, end) -> None:
        """The 满意度 page's results of a period (from the 统计 dashboard's 保护社会满意度 line)."""
        self._shell.show_section(self.satisfaction_view)
        self.satisfaction_view.show_period(start, end)

    def show_case_list(self) -> None:
        self._shell.show_section(self.cases_stack)
        self.cases_stack.setCurrentWidget(self.case_list_view)
        self.case_list_view.table.setFocus()

    def focus_search(self) -> None:
        self.show_case_list()
        self.case_list_view.focus_search()

    # ---- requests
    def new_request(self) -> RequestDialog | None:
        if not self.new_request_action.isEnabled():
            return None
        dialog = RequestDialog(self._ctx, self._shell)
        dialog.offer_draft(self._shell, discard_declined=True)
        dialog.case_saved.connect(self._on_request_saved)
        dialog.open()
        return dialog

    def _on_request_saved(self, ref: CaseRef) -> None:
        self._shell.show_message(self.tr("请求已登记。"))
        self.case_list_view.refresh()
        self.dashboard_view.refresh()
        self.open_case(ref.id)

    def _on_case_detail_view_edit_requested(self, detail: CaseDetail) -> None:
        dialog = RequestDialog(self._ctx, self._shell, detail=detail)
        dialog.offer_draft(self._shell)
        dialog.case_saved.connect(lambda ref: self._on_case_changed(ref.id))
        dialog.case_saved.connect(lambda _ref: self.case_detail_view.reload())
        dialog.open()

    def _on_edit_request_action_triggered(self) -> None:
        detail = self.case_detail_view.detail
        if detail is not None and not self.case_detail_view.edit_button.isHidden():
            self._on_case_detail_view_edit_requested(detail)

    def _on_case_menu_about_to_show(self) -> None:
        in_detail = (self._shell.current_section() is self.cases_stack
                     and self.cases_stack.currentWidget() is self.case_detail_view)
        self.case_detail_view.actions_menu.setEnabled(in_detail)
        self.edit_request_action.setEnabled(in_detail and not self.case_detail_view.edit_button.isHidden())

    # ---- the ledger import
    def import_ledger(self) -> LedgerWizard:
        wizard = LedgerWizard(self._ctx, self._shell)
        wizard.imported.connect(self._on_ledger_imported)
        wizard.open()
        return wizard

    def show_ledger_imports(self) -> LedgerImportsDialog:
        dialog = LedgerImportsDialog(self._ctx, self._shell)
        dialog.changed.connect(self._on_ledger_imported)
        dialog.import_requested.connect(self.import_ledger)
        dialog.open()
        return dialog

    def _on_ledger_imported(self, _result=None) -> None:
        self.case_list_view.refresh()
        self.dashboard_view.refresh()

    # ---- changes elsewhere
    def _on_case_changed(self, case_id: int) -> None:
        self._recount_outbox()
        self.dashboard_view.refresh()
        self.case_list_view.refresh()
        detail = self.case_detail_view.detail
        if detail is not None and detail.id == case_id and self.case_detail_view.isVisible():
            self.case_detail_view.reload()

    def _on_sync_changed(self) -> None:
        # A check-out, check-in or conflict decision: records went out, came back or changed.
        self.dashboard_view.refresh()
        self.case_list_view.refresh()
        self.intake_view.refresh()
        self.mediation_cases_view.refresh()

    def _recount_outbox(self) -> None:
        if self.laptop_banner.laptop is not None:   # on a laptop copy, every change waits to be sent
            self.laptop_banner.refresh()

    def _on_intake_item_changed(self, _item_id: int) -> None:
        self._recount_outbox()
        # A decided item may have become a case, and its time limits leave (or join) "my deadlines".
        self.dashboard_view.refresh()
        self.case_list_view.refresh()
        self.mediation_cases_view.refresh()

    def _on_settings_view_holidays_changed(self) -> None:
        self._shell.check_provisional_years()
        self.dashboard_view.refresh()
