"""The one window shell: navigation on the left, the section in the centre, menus, status bar."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from ipcase.domain.cases.workflow import SERVICE_ROLES
from ipcase.dto.admin import OfficeInfo
from ipcase.dto.cases import CaseDetail, CaseRef
from ipcase.queries.admin import holidays as holiday_queries
from ipcase.queries.admin import office as office_queries
from ui import labels
from ui.admin.section import SettingsView
from ui.cases.detail import CaseDetailView
from ui.cases.list_section import CaseListView
from ui.cases.request_dialog import RequestDialog
from ui.common import messages
from ui.documents.section import DocumentsView
from ui.hearings.calendar_section import HearingCalendarView
from ui.intake.section import IntakeView
from ui.mediation.section import MediationCasesView
from ui.shell import window_state as ui_settings
from ui.shell.context import AppContext
from ui.statistics.section import StatisticsView
from ui.workbench.section import DashboardView


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.setObjectName("main_window")
        self.setWindowTitle(self.tr("专利侵权纠纷行政裁决案件管理"))
        self.resize(1280, 800)
        ctx.runner.error_handler = lambda exc: messages.show_error(self, exc)

        central = QWidget()
        self.setCentralWidget(central)
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        self.nav_list = QListWidget()
        self.nav_list.setObjectName("nav_list")
        self.nav_list.setFixedWidth(120)
        row.addWidget(self.nav_list)
        self.stack = QStackedWidget()
        row.addWidget(self.stack, 1)

        self.dashboard_view = DashboardView(ctx)
        self.intake_view = IntakeView(ctx)
        self.case_list_view = CaseListView(ctx)
        self.case_detail_view = CaseDetailView(ctx)
        self.cases_stack = QStackedWidget()
        self.cases_stack.addWidget(self.case_list_view)
        self.cases_stack.addWidget(self.case_detail_view)
        self.settings_view = SettingsView(ctx) if ctx.is_admin else None
        self.documents_view = DocumentsView(ctx)

        # Every feature adds its section here, in the order of ARCHITECTURE.md's navigation bar
        # (工作台, 收案登记, 案件, 口审日程, 调解, 文书, 统计, 设置); a section widget has a `refresh()`.
        self._sections: list[tuple[str, QWidget]] = [
            (self.tr("工作台"), self.dashboard_view), (self.tr("收案登记"), self.intake_view),
            (self.tr("案件"), self.cases_stack)]
        self.hearing_calendar_view = HearingCalendarView(ctx)
        self._sections.append((self.tr("口审日程"), self.hearing_calendar_view))
        self.mediation_cases_view = MediationCasesView(ctx)
        self._sections.append((self.tr("调解"), self.mediation_cases_view))
        self._sections.append((self.tr("文书"), self.documents_view))
        self.statistics_view = StatisticsView(ctx) if ctx.is_supervisor else None
        if self.statistics_view is not None:
            self._sections.append((self.tr("统计"), self.statistics_view))
        if self.settings_view is not None:
            self._sections.append((self.tr("设置"), self.settings_view))
        for title, widget in self._sections:
            self.nav_list.addItem(QListWidgetItem(title))
            self.stack.addWidget(widget)
        self.nav_list.currentRowChanged.connect(self._on_nav_list_current_row_changed)

        self._build_menus()
        self._build_status_bar()

        self.dashboard_view.case_open_requested.connect(self.open_case)
        self.dashboard_view.case_changed.connect(self._on_case_changed)
        self.dashboard_view.intake_open_requested.connect(self.open_intake)
        self.intake_view.case_open_requested.connect(self.open_case)
        self.intake_view.item_changed.connect(self._on_intake_item_changed)
        self.case_detail_view.intake_tab.case_open_requested.connect(self.open_case)
        self.case_detail_view.intake_tab.intake_open_requested.connect(self.open_intake)
        self.case_list_view.case_open_requested.connect(self.open_case)
        if self.statistics_view is not None:
            self.statistics_view.drilldown_requested.connect(self.show_drilldown)
            self.statistics_view.intake_drilldown_requested.connect(self.show_intake_drilldown)
        self.documents_view.case_open_requested.connect(self.open_case)
        self.mediation_cases_view.changed.connect(lambda _id: self.dashboard_view.refresh())
        self.mediation_cases_view.intake_open_requested.connect(self.open_intake)
        self.mediation_cases_view.case_open_requested.connect(self.open_case)
        self.dashboard_view.mediation_case_open_requested.connect(self.open_mediation_case)
        self.intake_view.mediation_case_open_requested.connect(self.open_mediation_case)
        self.hearing_calendar_view.case_open_requested.connect(self.open_case)
        self.hearing_calendar_view.case_changed.connect(self._on_case_changed)
        self.documents_view.case_changed.connect(self._on_case_changed)
        self.case_detail_view.back_requested.connect(self.show_case_list)
        self.case_detail_view.case_changed.connect(self._on_case_changed)
        self.case_detail_view.edit_requested.connect(self._on_case_detail_view_edit_requested)
        self.case_detail_view.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        if self.settings_view is not None:
            self.settings_view.holidays_changed.connect(self._on_settings_view_holidays_changed)
            self.settings_view.office_saved.connect(self._on_office_loaded)

        ui_settings.restore_geometry(self)
        self._loaded: set[int] = set()
        self.nav_list.setCurrentRow(0)
        self._load_office()
        self._check_provisional_years()
        self.case_list_view.load_officers()

    # ---- menus and status bar
    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("文件(&F)"))
        self.new_request_action = QAction(self.tr("登记处理请求(&N)…"), self)
        self.new_request_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_request_action.setEnabled(self._ctx.user is not None and self._ctx.user.role in SERVICE_ROLES)
        self.new_request_action.triggered.connect(self.new_request)
        file_menu.addAction(self.new_request_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("退出(&Q)"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        view_menu = bar.addMenu(self.tr("查看(&V)"))
        for i, (title, _w) in enumerate(self._sections):
            action = QAction(title, self)
            action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            action.triggered.connect(lambda _=False, row=i: self.nav_list.setCurrentRow(row))
            view_menu.addAction(action)
        view_menu.addSeparator()
        self.search_action = QAction(self.tr("搜索案件(&S)"), self)
        self.search_action.setShortcut(QKeySequence.StandardKey.Find)
        self.search_action.triggered.connect(self.focus_search)
        view_menu.addAction(self.search_action)
        self.refresh_action = QAction(self.tr("刷新(&R)"), self)
        self.refresh_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.refresh_action.triggered.connect(self.refresh_current)
        view_menu.addAction(self.refresh_action)

        case_menu = bar.addMenu(self.tr("案件(&C)"))
        case_menu.addMenu(self.case_detail_view.actions_menu)
        self.edit_request_action = case_menu.addAction(self.tr("修改请求信息(&E)…"))
        self.edit_request_action.setShortcut(QKeySequence("Ctrl+E"))
        self.edit_request_action.triggered.connect(self._on_edit_request_action_triggered)
        back = case_menu.addAction(self.tr("返回案件列表(&B)"))
        back.triggered.connect(self.show_case_list)
        case_menu.aboutToShow.connect(self._on_case_menu_about_to_show)

        help_menu = bar.addMenu(self.tr("帮助(&H)"))
        about = help_menu.addAction(self.tr("关于(&A)"))
        about.triggered.connect(lambda: messages.info(self, self.tr("关于"), self.tr(
            "专利侵权纠纷行政裁决案件管理\n依据《专利纠纷行政裁决和调解办法》（国家知识产权局令第81号）。")))

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        user = self._ctx.user
        self.user_label = QLabel(f"{user.full_name}（{labels.role(user.role)}）" if user else "")
        self.user_label.setObjectName("user_label")
        self.office_label = QLabel(user.office_name if user else "")
        self.office_label.setObjectName("office_label")
        self.provisional_label = QLabel()
        self.provisional_label.setObjectName("provisional_label")
        self.provisional_label.hide()
        self.busy_label = QLabel(self.tr("正在处理…"))
        self.busy_label.hide()
        status.addPermanentWidget(self.provisional_label)
        status.addPermanentWidget(self.busy_label)
        status.addPermanentWidget(self.office_label)
        status.addPermanentWidget(self.user_label)
        self._ctx.runner.busy_changed.connect(self.busy_label.setVisible)

    def _load_office(self) -> None:
        ctx = self._ctx
        ctx.runner.run_db(ctx.db(office_queries.office_info, office_id=ctx.user.office_id),
                          on_success=self._on_office_loaded, on_failure=lambda exc: None, owner=self)

    def _on_office_loaded(self, office: OfficeInfo) -> None:
        self._ctx.office_name = office.name
        self._ctx.extras["higher_office"] = office.higher_office
        self.office_label.setText(office.name)

    def _check_provisional_years(self) -> None:
        # Deadlines of cases opened now reach into next year (3 months + up to 3 months of extensions).
        year = self._ctx.clock.today().year
        self._ctx.runner.run_db(self._ctx.db(holiday_queries.holiday_years, years=[year, year + 1]),
                                on_success=self._on_holiday_years_loaded, on_failure=lambda exc: None, owner=self)

    def _on_holiday_years_loaded(self, infos) -> None:
        missing = [str(i.year) for i in infos if i.source == "provisional"]
        if not missing:
            self.provisional_label.hide()
            return
        years = "、".join(missing)
        text = self.tr("⚠ %1 年法定节假日尚未录入，相关期限为暂定").replace("%1", years)
        if self._ctx.is_admin:
            text += self.tr("（设置 › 节假日）")
        self.provisional_label.setText(text)
        self.provisional_label.setToolTip(self.tr(
            "内置的放假安排只到 %1 年之前。落在 %2 年的期限暂按周末计算，标注“暂定”；"
            "国务院办公厅公布放假安排后，由管理员在“设置 › 节假日”录入，期限会自动重新计算。")
            .replace("%1", missing[0]).replace("%2", years))
        self.provisional_label.show()

    # ---- navigation
    def _on_nav_list_current_row_changed(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        if row not in self._loaded:
            self._loaded.add(row)
            self._refresh_section(row)

    def _refresh_section(self, row: int) -> None:
        widget = self._sections[row][1]
        if widget is self.cases_stack:
            if self.cases_stack.currentWidget() is self.case_detail_view:
                self.case_detail_view.reload()
            else:
                self.case_list_view.refresh()
        else:
            widget.refresh()

    def _section_row(self, widget: QWidget) -> int:
        return next(i for i, (_t, w) in enumerate(self._sections) if w is widget)

    def refresh_current(self) -> None:
        self._refresh_section(self.stack.currentIndex())

    def open_case(self, case_id: int) -> None:
        self.nav_list.setCurrentRow(self._section_row(self.cases_stack))
        self.cases_stack.setCurrentWidget(self.case_detail_view)
        self.case_detail_view.show_case(case_id)

    def open_intake(self, item_id: int) -> None:
        self.nav_list.setCurrentRow(self._section_row(self.intake_view))
        self.intake_view.open_item(item_id)

    def open_mediation_case(self, case_id: int) -> None:
        self.nav_list.setCurrentRow(self._section_row(self.mediation_cases_view))
        self.mediation_cases_view.open_case(case_id)

    def _on_intake_item_changed(self, _item_id: int) -> None:
        # A decided item may have become a case, and its time limits leave (or join) "my deadlines".
        self.dashboard_view.refresh()
        self.case_list_view.refresh()
        self.mediation_cases_view.refresh()

    def show_drilldown(self, flt, description: str) -> None:
        """The cases behind a statistics figure, in the case list."""
        self.show_case_list()
        self.case_list_view.show_drilldown(flt, description)

    def show_intake_drilldown(self, flt, description: str) -> None:
        """The intake items behind a statistics figure, in the 收案登记 register."""
        self.nav_list.setCurrentRow(self._section_row(self.intake_view))
        self.intake_view.show_drilldown(flt, description)

    def show_case_list(self) -> None:
        self.nav_list.setCurrentRow(self._section_row(self.cases_stack))
        self.cases_stack.setCurrentWidget(self.case_list_view)
        self.case_list_view.table.setFocus()

    def focus_search(self) -> None:
        self.show_case_list()
        self.case_list_view.focus_search()

    # ---- requests
    def new_request(self) -> RequestDialog | None:
        if not self.new_request_action.isEnabled():
            return None
        dialog = RequestDialog(self._ctx, self)
        if dialog.has_draft():
            if messages.ask_restore_draft(self, dialog.draft_saved_at()):
                dialog.restore_draft()
            else:
                dialog.discard_draft()
        dialog.case_saved.connect(self._on_request_saved)
        dialog.open()
        return dialog

    def _on_request_saved(self, ref: CaseRef) -> None:
        self.statusBar().showMessage(self.tr("请求已登记。"), 8000)
        self.case_list_view.refresh()
        self.dashboard_view.refresh()
        self.open_case(ref.id)

    def _on_case_detail_view_edit_requested(self, detail: CaseDetail) -> None:
        dialog = RequestDialog(self._ctx, self, detail=detail)
        if dialog.has_draft() and messages.ask_restore_draft(self, dialog.draft_saved_at()):
            dialog.restore_draft()
        dialog.case_saved.connect(lambda ref: self._on_case_changed(ref.id))
        dialog.case_saved.connect(lambda _ref: self.case_detail_view.reload())
        dialog.open()

    def _on_edit_request_action_triggered(self) -> None:
        detail = self.case_detail_view.detail
        if detail is not None and not self.case_detail_view.edit_button.isHidden():
            self._on_case_detail_view_edit_requested(detail)

    def _on_case_menu_about_to_show(self) -> None:
        in_detail = (self.stack.currentWidget() is self.cases_stack
                     and self.cases_stack.currentWidget() is self.case_detail_view)
        self.case_detail_view.actions_menu.setEnabled(in_detail)
        self.edit_request_action.setEnabled(in_detail and not self.case_detail_view.edit_button.isHidden())

    # ---- changes elsewhere
    def _on_case_changed(self, case_id: int) -> None:
        self.dashboard_view.refresh()
        self.case_list_view.refresh()
        detail = self.case_detail_view.detail
        if detail is not None and detail.id == case_id and self.case_detail_view.isVisible():
            self.case_detail_view.reload()

    def _on_settings_view_holidays_changed(self) -> None:
        self._check_provisional_years()
        self.dashboard_view.refresh()

    # ---- closing
    def closeEvent(self, event: QCloseEvent) -> None:
        ui_settings.save_geometry(self)
        self.dashboard_view.save_state()
        self.case_list_view.save_state()
        self.intake_view.save_state()
        super().closeEvent(event)

