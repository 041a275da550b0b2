"""One mediation case: header (案号, state, kind), the actions allowed now (state machine and role) as buttons,
and tabs 概况, 当事人, 调解员, 期限, 时间线, 调解 (the mediation feature's panel: sessions, the agreement, judicial
confirmation, instalments), 文书."""
from __future__ import annotations

from functools import partial

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ipcase.domain.extensions import ExtensionKind, limit
from ipcase.dto.mediation import MediationCaseDetail, MediationHost
from ipcase.queries.mediation import cases as mediation_queries
from ipcase.services.mediation import cases as mediation_services
from ui.common import deadline_model as dl
from ui.common import labels, messages, texts
from ui.common.fact_box import add_fact_box
from ui.common.flow_layout import FlowLayout
from ui.common.plain_table import fill, text_table
from ui.common.step_dialog import StepDialog, StepField
from ui.common.table_utils import single_row_selection
from ui.common.tabs import PageTabs
from ui.mediation import case_labels as mediation_case_labels
from ui.mediation.action_dialog import MediationActionDialog
from ui.mediation.case_documents_tab import MediationDocumentsTab
from ui.mediation.host_tab import MediationPanel
from ui.mediation.mediator_pick_dialog import MediatorPickDialog
from ui.mediation.request_dialog import MediationRequestDialog
from ui.shell.context import AppContext


class MediationCaseDetailView(QWidget):
    back_requested = Signal()
    changed = Signal(int)                   # something was saved: the list and the dashboard refresh
    intake_open_requested = Signal(int)
    case_open_requested = Signal(int)       # the ruling a damages mediation rests on

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.detail: MediationCaseDetail | None = None
        self._case_id: int | None = None
        self.action_buttons: dict[str, QPushButton] = {}
        self.dialog = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        header = QHBoxLayout()
        layout.addLayout(header)
        self.back_button = QPushButton(self.tr("← 返回列表"))
        self.back_button.clicked.connect(self.back_requested)
        self.number_label = QLabel()
        self.number_label.setObjectName("mediation_number_label")
        font = self.number_label.font()
        font.setBold(True)
        self.number_label.setFont(font)
        self.state_badge = QLabel()
        self.state_badge.setObjectName("mediation_state_badge")
        self.extension_badge = QLabel()
        self.extension_badge.setStyleSheet("background: #fff3e0; color: #8d4a00; padding: 1px 6px;")
        for w in (self.back_button, self.number_label, self.state_badge, self.extension_badge):
            header.addWidget(w)
        header.addStretch(1)
        self.edit_button = QPushButton(self.tr("修改调解请求(&E)…"))
        self.edit_button.clicked.connect(self.start_edit)
        self.reload_button = QPushButton(self.tr("刷新"))
        self.reload_button.clicked.connect(self.reload)
        header.addWidget(self.edit_button)
        header.addWidget(self.reload_button)
        self.subtitle_label = QLabel()
        self.subtitle_label.setWordWrap(True)
        layout.addWidget(self.subtitle_label)
        # Lines other features show under the header whichever tab is open (外出办案: ui/sections.py adds it)
        self.banners = QVBoxLayout()
        self.banners.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.banners)
        self._banner_shows: list = []
        self.actions_widget = QWidget()
        self.actions_layout = FlowLayout(self.actions_widget)
        layout.addWidget(self.actions_widget)

        self.tabs = PageTabs()   # Alt+1 … Alt+7
        self.tabs.setObjectName("mediation_case_tabs")
        self.overview = QScrollArea()
        self.overview.setWidgetResizable(True)
        self.parties_table = text_table([self.tr("身份"), self.tr("名称/姓名"), self.tr("主体类型"), self.tr("证件/代码"),
                                     self.tr("法定代表人"), self.tr("地址"), self.tr("电话"), self.tr("委托代理人")],
                                    "mediation_parties_table")
        mediators = QWidget()
        mediators_layout = QVBoxLayout(mediators)
        self.mediators_table = text_table([self.tr("调解员"), self.tr("单位"), self.tr("电话"), self.tr("专业领域")],
                                      "mediators_table")
        self.assign_button = QPushButton(self.tr("指定调解员(&M)…"))
        self.assign_button.clicked.connect(self.start_assign)
        mediators_layout.addWidget(self.mediators_table)
        row = QHBoxLayout()
        row.addWidget(self.assign_button)
        row.addStretch(1)
        mediators_layout.addLayout(row)
        self.deadline_model = dl.DeadlineTableModel(self)
        self.deadline_table = QTableView()
        self.deadline_table.setObjectName("mediation_deadline_table")
        self.deadline_table.setModel(self.deadline_model)
        single_row_selection(self.deadline_table)
        self.deadline_table.verticalHeader().hide()
        self.deadline_table.setWordWrap(True)
        for col in dl.Column:
            self.deadline_table.setColumnHidden(col, col not in dl.CASE_COLUMNS)
        self.timeline_table = text_table([self.tr("时间"), self.tr("操作人"), self.tr("事项"), self.tr("状态变化"),
                                      self.tr("详情")], "mediation_timeline_table")
        self.mediation_panel = MediationPanel(ctx)
        self.mediation_panel.changed.connect(self._on_saved)
        self.mediation_panel.print_requested.connect(self._on_print_requested)
        self.documents_tab = MediationDocumentsTab(ctx)
        self.documents_tab.issued.connect(self._on_saved)
        for widget, title in ((self.overview, self.tr("概况")), (self.parties_table, self.tr("当事人")),
                              (mediators, self.tr("调解员")), (self.deadline_table, self.tr("期限")),
                              (self.timeline_table, self.tr("时间线")), (self.mediation_panel, self.tr("调解")),
                              (self.documents_tab, self.tr("文书"))):
            self.tabs.addTab(widget, title)
        layout.addWidget(self.tabs, 1)

    # ---- loading
    def show_case(self, case_id: int) -> None:
        if case_id != self._case_id:
            self.tabs.setCurrentIndex(0)
        self._case_id = case_id
        self.mediation_panel.set_host(MediationHost.mediation_case(case_id))
        for show in self._banner_shows:
            show(case_id)
        self.reload()

    def add_banner(self, widget: QWidget, show) -> None:
        """A line under the header; `show(case_id)` is called with each mediation case opened."""
        self.banners.addWidget(widget)
        self._banner_shows.append(show)

    def reload(self) -> None:
        if self._case_id is None:
            return
        ctx = self._ctx
        ctx.runner.run_db(ctx.db(mediation_queries.case_detail, self._case_id, viewer_id=ctx.user_id,
                                 today=ctx.clock.today()),
                          on_success=self._on_loaded, on_failure=lambda e: messages.show_error(self, e), owner=self)

    def _on_loaded(self, d: MediationCaseDetail) -> None:
        self.detail = d
        self.number_label.setText(d.case_number or self.tr("未立案"))
        self.state_badge.setText(mediation_case_labels.mediation_state(d.state))
        self.extension_badge.setVisible(d.extension_status in ("pending", "approved"))
        self.extension_badge.setText(mediation_case_labels.extension_status(d.extension_status))
        requesters = "、".join(p.name for p in d.parties if p.role == "requester")
        respondents = "、".join(p.name for p in d.parties if p.role == "respondent")
        self.subtitle_label.setText(self.tr("%1　请求人：%2　被请求人：%3　承办人：%4　%5 收到")
                                    .replace("%1", mediation_case_labels.mediation_kind(d.kind)).replace("%2", requesters)
                                    .replace("%3", respondents).replace("%4", d.officer_name or "—")
                                    .replace("%5", labels.fmt_date(d.received_date)))
        self.edit_button.setVisible(d.can_edit)
        self.assign_button.setVisible(d.can_assign)
        self._build_actions(d)
        self._fill_overview(d)
        fill(self.parties_table, [[labels.party_role(p.role), p.name, labels.party_kind(p.kind),
                                    p.credit_code or p.id_number_masked,
                                    " ".join(x for x in (p.legal_rep, p.legal_rep_title) if x), p.address, p.phone,
                                    "；".join("，".join(x for x in a if x) for a in p.agents)] for p in d.parties])
        fill(self.mediators_table, [[m.name, m.organization, m.phone, "、".join(m.expertise)] for m in d.mediators])
        self.deadline_model.set_rows(d.deadlines)
        self.deadline_table.resizeColumnsToContents()
        self.deadline_table.horizontalHeader().setSectionResizeMode(dl.Column.BASIS, QHeaderView.ResizeMode.Stretch)
        self.deadline_table.resizeRowsToContents()
        events = list(reversed(d.timeline))
        fill(self.timeline_table, [[labels.fmt_date(t.at), t.actor_name, mediation_case_labels.mediation_event(t.kind),
                                     (f"{mediation_case_labels.mediation_state(t.from_state)} → " if t.from_state else "")
                                     + mediation_case_labels.mediation_state(t.to_state) if t.to_state else "",
                                     texts.describe({k: v for k, v in t.detail.items()
                                                              if k not in ("agreement_id", "to_state")})
                                     .replace("\n", "；")] for t in events])
        self.timeline_table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.documents_tab.set_detail(d)

    def _build_actions(self, d: MediationCaseDetail) -> None:
        self.actions_layout.clear()
        self.action_buttons.clear()
        for action in d.allowed_actions:
            button = QPushButton(mediation_case_labels.mediation_action(action) + "…")
            button.setObjectName(f"mediation_action_{action}_button")
            button.clicked.connect(lambda _=False, a=action: self.start_action(a))
            self.actions_layout.addWidget(button)
            self.action_buttons[action] = button
        if d.can_decide_extension:
            button = QPushButton(self.tr("审批延长调解期限…"))
            button.setObjectName("mediation_decide_extension_button")
            button.clicked.connect(self.start_decide_extension)
            self.actions_layout.addWidget(button)
            self.action_buttons["decide_extension"] = button
        if not self.action_buttons:
            note = QLabel(self.tr("当前没有可进行的操作。"))
            note.setStyleSheet("color: #757575;")
            self.actions_layout.addWidget(note)

    def _fill_overview(self, d: MediationCaseDetail) -> None:
        body = QWidget()
        layout = QVBoxLayout(body)

        box = partial(add_fact_box, layout)

        cd = d.closing_detail
        box(self.tr("调解请求"), [
            (self.tr("类别"), mediation_case_labels.mediation_kind(d.kind)), (self.tr("请求调解的事项"), d.subject),
            (self.tr("事实和理由"), d.facts), (self.tr("请求金额"), d.amount_claimed),
            (self.tr("收到日期"), labels.fmt_date(d.received_date)),
            (self.tr("收案登记"), d.intake_number)])
        box(self.tr("专利与裁决"), [
            (self.tr("专利号"), d.patent_number), (self.tr("专利名称"), d.patent_title), (self.tr("专利权人"), d.patentee),
            (self.tr("授权公告日"), labels.fmt_date(d.grant_date)),
            (self.tr("认定侵权的裁决"), d.ruling_case_number or d.ruling_reference),
            (self.tr("裁决/判决副本"), d.ruling_copy_name)])
        box(self.tr("程序"), [
            (self.tr("送达陈述意见通知书"), labels.fmt_date(d.notice_served)),
            (self.tr("收到意见陈述书"), labels.fmt_date(d.statement_received)
             + (f"（{self.tr('同意调解') if d.respondent_agrees else self.tr('不同意调解')}）"
                if d.statement_received else "")),
            (self.tr("立案日期"), labels.fmt_date(d.registered_date)),
            (self.tr("调解时间地点"), f"{labels.fmt_date(d.session_at)} {d.session_place}".strip()),
            (self.tr("调解协议生效"), labels.fmt_date(d.agreement_signed)),
            (self.tr("延长调解期限"), mediation_case_labels.extension_status(d.extension_status) if d.extension_status != "none" else ""),
            (self.tr("延长理由"), d.extension_reason), (self.tr("审批意见"), d.extension_opinion),
            (self.tr("结案日期"), labels.fmt_date(d.closed_date or (d.decided_date if d.state == "not_registered" else None))),
            (self.tr("理由"), mediation_case_labels.mediation_ground(cd.get("ground")) + (f"　{cd['reason_text']}"
                                                                            if cd.get("reason_text") else "")),
            (self.tr("抄送国家知识产权局"), labels.fmt_date(d.cnipa_copied))])
        if d.intake_item_id:
            link = QPushButton(self.tr("打开收案登记 %1").replace("%1", d.intake_number))
            link.clicked.connect(lambda: self.intake_open_requested.emit(d.intake_item_id))
            layout.addWidget(link)
        if d.ruling_case_id:
            link = QPushButton(self.tr("打开裁决案件 %1").replace("%1", d.ruling_case_number or ""))
            link.clicked.connect(lambda: self.case_open_requested.emit(d.ruling_case_id))
            layout.addWidget(link)
        layout.addStretch(1)
        self.overview.setWidget(body)

    # ---- gestures
    def _on_saved(self, *_args) -> None:
        self.reload()
        self.mediation_panel.reload()
        if self._case_id is not None:
            self.changed.emit(self._case_id)

    def _on_print_requested(self, _key: str) -> None:
        """The panel's 打印调解协议书: a mediation case's agreement is its own document type."""
        self.tabs.setCurrentWidget(self.documents_tab)
        self.documents_tab.start("mediation_case_agreement")

    def start_action(self, action: str) -> MediationActionDialog | None:
        if self.detail is None:
            return None
        self.dialog = MediationActionDialog(self._ctx, self.detail, action, self)
        self.dialog.saved.connect(self._on_saved)
        self.dialog.open()
        return self.dialog

    def start_edit(self) -> MediationRequestDialog | None:
        if self.detail is None or not self.detail.can_edit:
            return None
        self.dialog = MediationRequestDialog(self._ctx, self, detail=self.detail)
        self.dialog.offer_draft(self)
        self.dialog.case_saved.connect(self._on_saved)
        self.dialog.open()
        return self.dialog

    def start_assign(self) -> MediatorPickDialog | None:
        if self.detail is None:
            return None
        self.dialog = MediatorPickDialog(self._ctx, self.detail, self)
        self.dialog.saved.connect(self._on_saved)
        self.dialog.open()
        return self.dialog

    def start_decide_extension(self) -> StepDialog | None:
        d, ctx = self.detail, self._ctx
        if d is None or not d.can_decide_extension:
            return None

        def make_task(values: dict):
            return ctx.db(mediation_services.decide_extension, actor_id=ctx.user_id, case_id=d.id,
                          approve=values["approve"], opinion=values["opinion"], now=ctx.clock.now())

        self.dialog = StepDialog(ctx, self.tr("审批延长调解期限"), [
            StepField("approve", self.tr("决定"), "choice", True, ((self.tr("批准延长%1").replace("%1", limit(ExtensionKind.MEDIATION_CLOSING).words), True),
                                                                 (self.tr("不予批准"), False))),
            StepField("opinion", self.tr("审批意见（不予批准时必填）"), "longtext")], make_task, self,
            self.tr("申请理由：%1").replace("%1", d.extension_reason))
        self.dialog.step_saved.connect(self._on_saved)
        self.dialog.open()
        return self.dialog
