"""One case in the centre area: header with 案号, state and badges; the actions allowed now as buttons (and
as a menu); tabs 概况, 当事人, 专利, 合议组, 期限, 时间线, then the pages other features add (ui/cases/pages.py)."""
from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ipcase.domain.cases.workflow import BY_ACTION, CaseAction
from ipcase.domain.enums import PRE_REGISTRATION_STATES
from ipcase.dto.cases import CaseDetail, CaseRef
from ipcase.queries.admin import users as user_queries
from ipcase.queries.cases import register as case_queries
from ui.cases import labels as cases_labels
from ui.cases.action_dialog import ActionDialog
from ui.cases.corrections_box import CorrectionsBox
from ui.cases.pages import CasePage
from ui.cases.panel_editor import PanelEditor
from ui.cases.record_search_tab import PAGE_OF, CaseSearchTab
from ui.cases.tabs import DeadlinesTab, OverviewTab, PartiesTab, PatentTab, TimelineTab
from ui.common import labels, messages, texts
from ui.common.flow_layout import FlowLayout
from ui.common.screen_fit import scrolling
from ui.common.tabs import PageTabs
from ui.shell.context import AppContext


class CaseDetailView(QWidget):
    back_requested = Signal()
    case_changed = Signal(int)          # saved something: lists and the dashboard refresh
    edit_requested = Signal(object)     # CaseDetail: open the request dialog to correct it
    status_message = Signal(str)

    def __init__(self, ctx: AppContext, pages: Sequence[CasePage] = (), parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._pages = {page.key: page for page in pages}
        self.revealed: QWidget | None = None   # the window the last 搜索 hit opened (tests drive it)
        self.detail: CaseDetail | None = None
        self._case_id: int | None = None
        self._after_load: list[Callable[[CaseDetail], None]] = []
        self.action_buttons: dict[str, QPushButton] = {}

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        header = QHBoxLayout()
        layout.addLayout(header)
        self.back_button = QPushButton(self.tr("← 返回列表"))
        self.back_button.setToolTip(self.tr("Alt+←"))
        self.back_button.clicked.connect(self.back_requested)
        header.addWidget(self.back_button)
        self.case_number_label = QLabel()
        self.case_number_label.setObjectName("case_number_label")
        header.addWidget(self.case_number_label)
        self.state_badge = QLabel()
        self.state_badge.setObjectName("state_badge")
        self.suspended_badge = QLabel(self.tr("中止处理中"))
        self.suspended_badge.setObjectName("suspended_badge")
        self.extended_badge = QLabel()
        self.extended_badge.setObjectName("extended_badge")
        self.approval_badge = QLabel()
        self.approval_badge.setObjectName("approval_badge")
        self.mediation_badge = QLabel(self.tr("调解中"))
        self.mediation_badge.setObjectName("mediation_badge")
        for badge in (self.state_badge, self.suspended_badge, self.mediation_badge, self.extended_badge,
                      self.approval_badge):
            header.addWidget(badge)
        header.addStretch(1)
        self.edit_button = QPushButton(self.tr("修改请求信息(&E)"))
        self.edit_button.setObjectName("edit_request_button")
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        header.addWidget(self.edit_button)
        self.reload_button = QPushButton(self.tr("刷新"))
        self.reload_button.clicked.connect(lambda: self.reload())
        header.addWidget(self.reload_button)

        self.subtitle_label = QLabel()
        self.subtitle_label.setWordWrap(True)
        layout.addWidget(self.subtitle_label)
        self.banners = QVBoxLayout()   # pages shown as a line under the header (CasePage.banner)
        self.banners.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.banners)

        self.hint_label = QLabel()
        self.hint_label.setObjectName("hint_label")
        self.hint_label.setStyleSheet("color: #6d4c00;")
        self.hint_label.hide()
        layout.addWidget(self.hint_label)
        self.actions_widget = QWidget()
        self.actions_widget.setObjectName("actions_widget")
        self.actions_layout = FlowLayout(self.actions_widget)
        layout.addWidget(self.actions_widget)

        self.tabs = PageTabs()   # Alt+1 … Alt+9, without "(1)" in the titles that reads as a count
        self.tabs.setObjectName("case_tabs")
        self.overview_tab = OverviewTab()
        self.parties_tab = PartiesTab()
        self.corrections_box = CorrectionsBox(ctx)   # the 更正 of parties after 立案, under their list
        self.parties_page = QSplitter(Qt.Orientation.Vertical)
        self.parties_page.addWidget(self.parties_tab)
        self.parties_page.addWidget(self.corrections_box)
        self.parties_page.setStretchFactor(0, 3)
        self.parties_page.setStretchFactor(1, 2)
        self.patent_tab = PatentTab()
        self.panel_tab = PanelEditor(ctx)
        self.panel_splitter = QSplitter(Qt.Orientation.Vertical)
        self.panel_splitter.addWidget(self.panel_tab)
        self.panel_page = scrolling(self.panel_splitter)   # the panel and the recusals scroll on a short screen
        self.deadlines_tab = DeadlinesTab()
        self.timeline_tab = TimelineTab()
        for widget, title in ((self.overview_tab, self.tr("概况")), (self.parties_page, self.tr("当事人")),
                              (self.patent_tab, self.tr("专利")), (self.panel_page, self.tr("合议组")),
                              (self.deadlines_tab, self.tr("期限")), (self.timeline_tab, self.tr("时间线"))):
            self.tabs.addTab(widget, title)
        for page in pages:
            if page.banner:
                self.banners.addWidget(page.widget)
            elif page.under_panel:
                self.panel_splitter.addWidget(page.widget)
            else:
                self.tabs.addTab(page.widget, page.title)
            if page.saved is not None:
                page.saved.connect(lambda *case_id, message=page.saved_message: self._on_page_saved(message, *case_id))
        # 搜索 within this case's records; a hit opens the page that holds the record
        self.search_tab = CaseSearchTab(ctx)
        self.tabs.addTab(self.search_tab, self.tr("搜索"))
        self.search_tab.open_requested.connect(self._open_page_of_hit)
        layout.addWidget(self.tabs, 1)

        self.panel_tab.panel_saved.connect(self._on_panel_tab_panel_saved)
        self.corrections_box.saved.connect(lambda: self._on_page_saved(self.tr("当事人信息更正已保存。")))
        self.panel_tab.reload_requested.connect(lambda: self.reload())
        QShortcut(QKeySequence("Alt+Left"), self, activated=self.back_requested.emit)
        self.actions_menu = QMenu(self.tr("操作(&A)"), self)
        self.actions_menu.setObjectName("case_actions_menu")
        self._users_loaded = False

    # ---- loading
    def show_case(self, case_id: int) -> None:
        if case_id != self._case_id:
            self.tabs.setCurrentIndex(0)
        self._case_id = case_id
        if not self._users_loaded:
            self._ctx.runner.run_db(self._ctx.db(user_queries.list_users), on_success=self._on_users_loaded,
                                    owner=self)
        self.reload()

    def reload(self, then: Callable[[CaseDetail], None] | None = None) -> None:
        if self._case_id is None:
            return
        if then is not None:
            self._after_load.append(then)
        ctx = self._ctx
        ctx.runner.run_db(ctx.db(case_queries.case_detail, self._case_id, viewer_id=ctx.user_id,
                                 today=ctx.clock.today()),
                          on_success=self._on_detail_loaded, on_failure=self._on_load_failed, owner=self)

    def _on_users_loaded(self, users) -> None:
        self._users_loaded = True
        self.panel_tab.set_users(users)
        if self.detail is not None:
            self.panel_tab.set_detail(self.detail)

    def _on_load_failed(self, exc: Exception) -> None:
        self._after_load.clear()
        messages.show_error(self, exc)

    def _on_detail_loaded(self, d: CaseDetail) -> None:
        self.detail = d
        self.case_number_label.setText(d.case_number or self.tr("未立案"))
        self.state_badge.setText(labels.case_state(d.state))
        self.suspended_badge.setVisible(d.suspended)
        self.mediation_badge.setVisible(d.in_mediation)
        self.extended_badge.setVisible(bool(d.extensions))
        self.extended_badge.setText(self.tr("结案期限已延长 %1 次").replace("%1", str(len(d.extensions))))
        pending = [a for a in d.approvals if a.status == "pending"]
        self.approval_badge.setVisible(bool(pending))
        self.approval_badge.setText(self.tr("待审批：%1").replace("%1", "、".join(texts.action(a.action)
                                                                                 for a in pending)))
        requesters = "、".join(p.name for p in d.parties if p.role == "requester")
        respondents = "、".join(p.name for p in d.parties if p.role == "respondent")
        self.subtitle_label.setText(self.tr("%1　%2（%3）　请求人：%4　被请求人：%5　承办人：%6")
                                    .replace("%1", d.patent_number).replace("%2", d.patent_title)
                                    .replace("%3", labels.patent_type(d.patent_type))
                                    .replace("%4", requesters).replace("%5", respondents)
                                    .replace("%6", d.officer_name or "—"))
        self.edit_button.setVisible(d.state in PRE_REGISTRATION_STATES)
        self._build_actions(d)
        self._show_hint(d)
        for tab in (self.overview_tab, self.parties_tab, self.corrections_box, self.patent_tab, self.panel_tab,
                    self.deadlines_tab, self.timeline_tab, self.search_tab):
            tab.set_detail(d)
        for page in self._pages.values():
            if page.show is not None:
                page.show(d)
        callbacks, self._after_load = self._after_load, []
        for callback in callbacks:
            callback(d)

    def _build_actions(self, d: CaseDetail) -> None:
        self.actions_layout.clear()
        self.action_buttons.clear()
        self.actions_menu.clear()
        for action in d.allowed_actions:
            text = cases_labels.action(action)
            needs_approval = BY_ACTION[CaseAction(action)].approval
            button = QPushButton(text + ("…" if needs_approval else ""))
            button.setObjectName(f"action_{action}_button")
            if needs_approval:
                button.setToolTip(self.tr("须经部门负责人批准"))
            button.clicked.connect(lambda _=False, a=action: self.start_action(a))
            self.actions_layout.addWidget(button)
            self.action_buttons[action] = button
            menu_action = self.actions_menu.addAction(text + (self.tr("（提交审批）") if needs_approval else ""))
            menu_action.triggered.connect(lambda _=False, a=action: self.start_action(a))
        if not d.allowed_actions:
            note = QLabel(self.tr("当前没有可进行的操作。"))
            note.setStyleSheet("color: #757575;")
            self.actions_layout.addWidget(note)
            self.actions_menu.addAction(self.tr("（无可进行的操作）")).setEnabled(False)
        self.actions_widget.updateGeometry()

    def _show_hint(self, d: CaseDetail) -> None:
        """Say why an expected step is missing (allowed_actions leaves out what a guard refuses)."""
        hint = ""
        if d.state in PRE_REGISTRATION_STATES and d.panel_problems:
            hint = self.tr("立案前须依法组成合议组：请在“合议组”页指定合议组长、审理员和书记员。")
        elif d.state.is_registered and d.panel_problems:
            hint = self.tr("合议组不完整（如决定回避后尚未指定接替人员）：补足前，口审、合议等工作不能进行。"
                           "请在“合议组”页补足。")
        self.hint_label.setText(hint)
        self.hint_label.setVisible(bool(hint))

    # ---- actions
    def start_action(self, action: str) -> QDialog | None:
        """Open the action dialog (non-modal for the event loop, modal for the user); returns it for tests."""
        if self.detail is None:
            return None
        for page in self._pages.values():
            if page.takes_action is not None and page.takes_action(action):
                self.show_page(page.key)
                return page.start_action(action)
        dialog = ActionDialog(self._ctx, self.detail, action, self)
        dialog.case_saved.connect(lambda ref, a=action: self._on_action_saved(a, ref))
        dialog.reload_requested.connect(lambda: self.reload(then=dialog.set_detail))
        dialog.open()
        return dialog

    def _on_action_saved(self, action: str, ref: CaseRef) -> None:
        if BY_ACTION[CaseAction(action)].approval:
            self.status_message.emit(self.tr("“%1”已提交部门负责人审批。").replace("%1", cases_labels.action(action)))
        else:
            self.status_message.emit(self.tr("已完成：%1").replace("%1", cases_labels.action(action)))
        self.reload()
        self.case_changed.emit(ref.id)

    # ---- the pages of other features
    def page(self, key: str) -> QWidget:
        return self._pages[key].widget

    def show_page(self, key: str) -> None:
        page = self._pages[key]
        self.tabs.setCurrentWidget(self.panel_page if page.under_panel else page.widget)

    def _open_page_of_hit(self, hit, text: str) -> QWidget | None:
        """A 搜索 hit: the page that holds its record, and the record opened there at the place (when the page
        can); returns the window opened (tests drive it)."""
        key = PAGE_OF.get(hit.kind)
        if key not in self._pages:
            return None
        self.show_page(key)
        reveal = self._pages[key].reveal
        self.revealed = reveal(hit, text) if reveal is not None else None
        return self.revealed

    def _on_page_saved(self, message: str, case_id: int | None = None) -> None:
        """A page saved something: say so, reload, and tell the lists (the case the page names, else this one)."""
        self.status_message.emit(message)
        self.reload()
        case_id = self._case_id if case_id is None else case_id
        if case_id is not None:
            self.case_changed.emit(case_id)

    def _on_panel_tab_panel_saved(self, ref: CaseRef) -> None:
        self.status_message.emit(self.tr("合议组已保存。"))
        self.reload()
        self.case_changed.emit(ref.id)

    def _on_edit_button_clicked(self) -> None:
        if self.detail is not None:
            self.edit_requested.emit(self.detail)
