"""One intake item beside the register: header (编号, state, 重复侵权), the steps allowed now as buttons, and tabs
概况, 相关事项, 期限, 时间线, 附件."""
from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ipcase.domain.intake.routing import Track
from ipcase.dto.intake import AttachmentInput, IntakeDetail, IntakeRef
from ipcase.files import read_upload, write_for_opening
from ipcase.queries.credit.register import item_credit_flags
from ipcase.queries.intake import register as intake_queries
from ipcase.services.intake import items as intake_services
from ipcase.services.intake.validation import MAX_ATTACHMENT_BYTES
from ui.common import deadline_model as dl
from ui.common import labels, messages, texts
from ui.common.fact_box import add_fact_box
from ui.common.file_dialogs import open_files
from ui.common.flow_layout import FlowLayout
from ui.common.i18n import tr
from ui.common.step_dialog import StepDialog, StepField
from ui.common.table_utils import compact_rows, single_row_selection
from ui.credit.case_tab import flag_text
from ui.intake import labels as intake_labels
from ui.intake.entry_dialog import IntakeEntryDialog
from ui.intake.letters_list import IntakeLettersBox
from ui.intake.triage_dialog import IntakeTriageDialog
from ui.shell.context import AppContext

REPEAT_STYLE = "color: white; background: #c62828; padding: 1px 6px; border-radius: 3px;"


def event_text(kind: str, detail: dict) -> str:
    shown = {k: v for k, v in detail.items() if k not in ("case_id", "repeat_case_id", "letter_id", "mediation_case_id") and v not in (None, "", False)}
    if kind == "track":
        return tr("%1（规则建议：%2%3）").replace("%1", intake_labels.track(shown.get("track"))) \
            .replace("%2", intake_labels.track(shown.get("suggested"))) \
            .replace("%3", f"，{shown['reason']}" if shown.get("reason") else "")
    return texts.describe(shown, feature="intake").replace("\n", "；")


class IntakeDetailPanel(QWidget):
    item_changed = Signal(int)          # something was saved: the register and the dashboard refresh
    case_open_requested = Signal(int)
    mediation_case_open_requested = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.detail: IntakeDetail | None = None
        self._item_id: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        header = QHBoxLayout()
        layout.addLayout(header)
        self.number_label = QLabel()
        self.number_label.setObjectName("intake_number_label")
        font = self.number_label.font()
        font.setBold(True)
        self.number_label.setFont(font)
        self.state_badge = QLabel()
        self.repeat_badge = QLabel()
        self.repeat_badge.setObjectName("repeat_badge")
        self.repeat_badge.setStyleSheet(REPEAT_STYLE)
        # A target (or the submitter) on the credit list of 专利领域严重失信 (ui.credit): who, why, on which case.
        self.credit_badge = QLabel()
        self.credit_badge.setObjectName("credit_badge")
        self.credit_badge.setStyleSheet(REPEAT_STYLE)
        self.credit_badge.hide()
        for w in (self.number_label, self.state_badge, self.repeat_badge, self.credit_badge):
            header.addWidget(w)
        header.addStretch(1)
        self.subtitle_label = QLabel()
        self.subtitle_label.setWordWrap(True)
        layout.addWidget(self.subtitle_label)
        # Lines other features show under the header whichever tab is open (外出办案: ui/sections.py adds it)
        self.banners = QVBoxLayout()
        self.banners.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.banners)
        self._banner_shows: list = []

        self.actions_widget = QWidget()
        actions = FlowLayout(self.actions_widget)
        self.triage_button = QPushButton(self.tr("分流处理(&D)…"))
        self.triage_button.setObjectName("triage_button")
        self.edit_button = QPushButton(self.tr("修改登记(&E)…"))
        self.track_button = QPushButton(self.tr("确定程序(&P)…"))
        self.correction_button = QPushButton(self.tr("收到补正材料…"))
        self.extend_button = QPushButton(self.tr("延长立案审查期限…"))
        self.convert_button = QPushButton(self.tr("收到请求书，转为处理请求…"))
        self.notify_button = QPushButton(self.tr("告知举报人…"))
        self.open_case_button = QPushButton(self.tr("打开案件(&O)"))
        self.open_mediation_button = QPushButton(self.tr("打开调解案件(&M)"))
        self.attach_button = QPushButton(self.tr("添加附件…"))
        for b in (self.triage_button, self.edit_button, self.track_button, self.correction_button,
                  self.extend_button, self.convert_button, self.notify_button, self.open_case_button,
                  self.open_mediation_button, self.attach_button):
            actions.addWidget(b)
        layout.addWidget(self.actions_widget)
        self.triage_button.clicked.connect(self.start_triage)
        self.edit_button.clicked.connect(self.start_edit)
        self.track_button.clicked.connect(self.start_track)
        self.correction_button.clicked.connect(self.start_correction_received)
        self.extend_button.clicked.connect(self.start_extend)
        self.convert_button.clicked.connect(self.start_convert)
        self.notify_button.clicked.connect(self.start_notify)
        self.open_case_button.clicked.connect(
            lambda: self.detail and self.detail.case_id and self.case_open_requested.emit(self.detail.case_id))
        self.open_mediation_button.clicked.connect(
            lambda: self.detail and self.detail.mediation_case_id
            and self.mediation_case_open_requested.emit(self.detail.mediation_case_id))
        self.attach_button.clicked.connect(self._on_attach_button_clicked)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("intake_tabs")
        self.overview = QScrollArea()
        self.overview.setWidgetResizable(True)
        self.matches_table = QTableWidget(0, 5)
        self.matches_table.setObjectName("matches_table")
        self.matches_table.setHorizontalHeaderLabels([self.tr("编号/案号"), self.tr("被请求人"), self.tr("专利号"),
                                                      self.tr("状态"), self.tr("提示")])
        single_row_selection(self.matches_table)
        compact_rows(self.matches_table)
        self.matches_table.horizontalHeader().setStretchLastSection(True)
        self.matches_table.verticalHeader().hide()
        self.matches_table.doubleClicked.connect(self._on_matches_table_double_clicked)
        self.deadline_model = dl.DeadlineTableModel(self)
        self.deadline_table = QTableView()
        self.deadline_table.setModel(self.deadline_model)
        single_row_selection(self.deadline_table)
        for col in dl.Column:
            self.deadline_table.setColumnHidden(col, col not in (dl.Column.CODE, dl.Column.START, dl.Column.DUE,
                                                                 dl.Column.REMAINING, dl.Column.STATUS,
                                                                 dl.Column.BASIS))
        self.deadline_table.horizontalHeader().setStretchLastSection(True)
        self.deadline_table.verticalHeader().hide()
        self.events_table = QTableWidget(0, 4)
        self.events_table.setObjectName("intake_events_table")
        self.events_table.setHorizontalHeaderLabels([self.tr("时间"), self.tr("操作人"), self.tr("事项"),
                                                     self.tr("详情")])
        single_row_selection(self.events_table)
        self.events_table.verticalHeader().hide()
        self.events_table.horizontalHeader().setStretchLastSection(True)
        self.letters = IntakeLettersBox(ctx)
        files = QWidget()
        files_layout = QVBoxLayout(files)
        self.files_list = QListWidget()
        self.files_list.itemActivated.connect(self._on_files_list_activated)
        files_layout.addWidget(self.files_list)
        row = QHBoxLayout()
        self.open_file_button = QPushButton(self.tr("打开"))
        self.remove_file_button = QPushButton(self.tr("删除"))
        self.open_file_button.clicked.connect(lambda: self._on_files_list_activated(self.files_list.currentItem()))
        self.remove_file_button.clicked.connect(self._on_remove_file_button_clicked)
        row.addWidget(self.open_file_button)
        row.addWidget(self.remove_file_button)
        row.addStretch(1)
        files_layout.addLayout(row)
        for w, title in ((self.overview, self.tr("概况")), (self.matches_table, self.tr("相关事项")),
                         (self.deadline_table, self.tr("期限")), (self.events_table, self.tr("时间线")),
                         (files, self.tr("附件")), (self.letters, self.tr("文书"))):
            self.tabs.addTab(w, title)
        layout.addWidget(self.tabs, 1)
        self.setEnabled(False)

    # ---- loading
    def show_item(self, item_id: int | None) -> None:
        self._item_id = item_id
        for show in self._banner_shows:
            show(item_id)
        if item_id is None:
            self.detail = None
            self.setEnabled(False)
            return
        self.reload()

    def add_banner(self, widget: QWidget, show) -> None:
        """A line under the header; `show(item_id)` is called with each intake item opened (None: none)."""
        self.banners.addWidget(widget)
        self._banner_shows.append(show)

    def _on_credit_flags_loaded(self, flags) -> None:
        self.credit_badge.setText(flag_text(flags))
        self.credit_badge.setVisible(bool(flags))

    def reload(self) -> None:
        if self._item_id is None:
            return
        ctx = self._ctx
        ctx.runner.run_db(ctx.db(intake_queries.item_detail, self._item_id, viewer_id=ctx.user_id,
                                 today=ctx.clock.today()),
                          on_success=self._on_detail_loaded, on_failure=lambda exc: messages.show_error(self, exc),
                          owner=self)

    def _on_detail_loaded(self, d: IntakeDetail) -> None:
        self.detail = d
        self.setEnabled(True)
        self.number_label.setText(d.number)
        self.state_badge.setText(intake_labels.intake_state(d.state))
        self.repeat_badge.setVisible(d.repeat_case_id is not None)
        self.repeat_badge.setText(self.tr("重复侵权：%1").replace("%1", d.repeat_case_number or self.tr("未立案")))
        ctx = self._ctx
        ctx.runner.run_db(ctx.db(item_credit_flags, item_id=d.id), on_success=self._on_credit_flags_loaded, owner=self)
        self.subtitle_label.setText(self.tr("%1　%2　%3 收到　承办人：%4　程序：%5")
                                    .replace("%1", intake_labels.intake_kind(d.kind))
                                    .replace("%2", intake_labels.intake_channel(d.channel))
                                    .replace("%3", labels.fmt_date(d.received_at))
                                    .replace("%4", d.handler_name or self.tr("未分配"))
                                    .replace("%5", intake_labels.track(d.track) if d.track else self.tr("未定")))
        self.triage_button.setVisible(bool(d.allowed_outcomes))
        self.edit_button.setVisible(d.can_edit)
        self.track_button.setVisible(bool(d.allowed_outcomes))
        self.correction_button.setVisible(d.can_record_correction)
        self.extend_button.setVisible(d.can_extend)
        self.convert_button.setVisible(d.can_convert)
        self.notify_button.setVisible(d.can_notify)
        self.open_case_button.setVisible(d.case_id is not None)
        self.open_mediation_button.setVisible(d.mediation_case_id is not None)
        self.attach_button.setVisible(d.can_edit)
        self.remove_file_button.setVisible(d.can_edit)
        self._fill_overview(d)
        self._fill_matches(d)
        self.deadline_model.set_rows(d.deadlines)
        self.deadline_table.resizeColumnsToContents()
        events = list(reversed(d.events))
        self.events_table.setRowCount(len(events))
        for r, e in enumerate(events):
            for c, text in enumerate((labels.fmt_date(e.at), e.actor_name, intake_labels.intake_event(e.kind),
                                      event_text(e.kind, e.detail))):
                self.events_table.setItem(r, c, QTableWidgetItem(text))
        self.events_table.resizeColumnsToContents()
        self.letters.show_item(d.id)
        self.files_list.clear()
        for a in d.attachments:
            entry = QListWidgetItem(f"{a.name}（{max(1, a.size // 1024)} KB，{a.added_by} {labels.fmt_date(a.added_at)}）"
                                    + (f"　{a.note}" if a.note else ""))
            entry.setData(Qt.ItemDataRole.UserRole, a.id)
            self.files_list.addItem(entry)

    def _fill_overview(self, d: IntakeDetail) -> None:
        body = QWidget()
        layout = QVBoxLayout(body)

        box = partial(add_fact_box, layout)

        who = self.tr("（匿名）") if d.anonymous else d.submitter_name
        box(self.tr("来件"), [
            (self.tr("来件人"), who), (self.tr("主体类型"), "" if d.anonymous else labels.party_kind(d.submitter_kind)),
            (self.tr("统一社会信用代码"), d.submitter_credit_code),
            (self.tr("联系方式"), "　".join(x for x in (d.submitter_phone, d.submitter_address) if x)),
            (self.tr("移送机关"), d.referred_by), (self.tr("登记人"), d.registered_by)])
        for i, t in enumerate(d.targets, start=1):
            box(self.tr("对象 %1").replace("%1", str(i)), [
                (self.tr("名称"), f"{t.name}（{labels.party_kind(t.kind)}）"), (self.tr("统一社会信用代码"), t.credit_code),
                (self.tr("地址"), t.address), (self.tr("网店链接"), t.shop_url), (self.tr("展位号"), t.booth)])
        flags = [t for on, t in ((d.flag_foreign, self.tr("涉外/港澳台")), (d.flag_ecommerce, self.tr("电商")),
                                 (d.flag_trade_fair, self.tr("展会"))) if on]
        box(self.tr("事项"), [
            (self.tr("专利号"), "、".join(d.patent_numbers)), (self.tr("专利名称"), d.patent_title),
            (self.tr("专利权人"), d.patentee),
            (self.tr("评价报告"), self.tr("已提交") if d.evaluation_report else ""),
            (self.tr("涉案产品"), d.product), (self.tr("情况描述"), d.description), (self.tr("标记"), "、".join(flags))])
        s = d.suggestion
        box(self.tr("程序（繁简分流）"), [
            (self.tr("规则建议"), intake_labels.track(s.track) + (f"（{s.rule_name}）" if s.rule_name else "")),
            (self.tr("采用"), intake_labels.track(d.track) if d.track else self.tr("尚未确定")),
            (self.tr("理由"), d.track_reason)])
        box(self.tr("补正"), [
            (self.tr("需补正事项"), "\n".join(d.defects)),
            (self.tr("告知日期"), labels.fmt_date(d.correction_requested_on)),
            (self.tr("补正期限"), labels.fmt_date(d.correction_due)),
            (self.tr("收到补正材料"), labels.fmt_date(d.correction_received))])
        box(self.tr("处理结果"), [
            (self.tr("结果"), intake_labels.intake_state(d.state) if d.decided_on else ""),
            (self.tr("决定日期"), labels.fmt_date(d.decided_on)),
            (self.tr("案号"), d.case_number or (self.tr("（未立案）") if d.case_id else "")),
            (self.tr("调解案件"), d.mediation_case_number or (self.tr("（未立案）") if d.mediation_case_id else "")),
            (self.tr("详情"), event_text("", d.outcome_detail)),
            (self.tr("转为处理请求"), labels.fmt_date(d.request_received) if d.converted_from else ""),
            (self.tr("立案审查期限"), self.tr("已延长5个工作日") if d.decision_extended else ""),
            (self.tr("告知举报人"), f"{labels.fmt_date(d.notified_on)} {d.notify_method}" if d.notified_on else "")])
        layout.addStretch(1)
        self.overview.setWidget(body)

    def _fill_matches(self, d: IntakeDetail) -> None:
        self.matches_table.setRowCount(len(d.matches))
        for r, m in enumerate(d.matches):
            state = labels.case_state(m.state) if m.source == "case" else intake_labels.intake_state(m.state)
            how = self.tr("信用代码相同") if m.matched_by == "credit_code" else self.tr("名称相同")
            hint = (self.tr("重复侵权") + "；" if m.repeat else "") + how
            for c, text in enumerate((m.reference or self.tr("未立案案件"), m.party_name, m.patent_number, state, hint)):
                cell = QTableWidgetItem(text)
                if m.repeat:
                    cell.setForeground(dl.OVERDUE_FOREGROUND)
                self.matches_table.setItem(r, c, cell)
        self.matches_table.resizeColumnsToContents()
        self.tabs.setTabText(1, self.tr("相关事项（%1）").replace("%1", str(len(d.matches))) if d.matches
                             else self.tr("相关事项"))

    def _on_matches_table_double_clicked(self, index) -> None:
        m = self.detail.matches[index.row()] if self.detail else None
        if m is not None and m.source == "case":
            self.case_open_requested.emit(m.id)

    # ---- steps
    def _after_save(self, ref: IntakeRef) -> None:
        self.reload()
        self.item_changed.emit(ref.id)

    def start_triage(self) -> IntakeTriageDialog | None:
        if self.detail is None or not self.detail.allowed_outcomes:
            return None
        dialog = IntakeTriageDialog(self._ctx, self.detail, self)
        dialog.decided.connect(self._after_save)
        dialog.open()
        return dialog

    def start_edit(self) -> IntakeEntryDialog | None:
        if self.detail is None or not self.detail.can_edit:
            return None
        dialog = IntakeEntryDialog(self._ctx, self, detail=self.detail)
        dialog.offer_draft(self)
        dialog.item_saved.connect(self._after_save)
        dialog.open()
        return dialog

    def _step(self, title: str, fields: list[StepField], call: Callable[..., object], note: str = "",
              **fixed) -> StepDialog:
        ctx, d = self._ctx, self.detail

        def make_task(values: dict):
            return ctx.db(call, actor_id=ctx.user_id, item_id=d.id, expected_version=d.version,
                          now=ctx.clock.now(), **fixed, **values)

        dialog = StepDialog(ctx, title, fields, make_task, self, note)
        dialog.step_saved.connect(self._after_save)
        dialog.open()
        return dialog

    def start_track(self) -> StepDialog:
        s = self.detail.suggestion
        choices = tuple((intake_labels.track(t), t) for t in Track)
        note = self.tr("规则建议：%1%2").replace("%1", intake_labels.track(s.track)) \
            .replace("%2", f"（{s.rule_name}）" if s.rule_name else "")
        return self._step(self.tr("确定程序"), [StepField("track", self.tr("采用"), "choice", self.detail.track or s.track,
                                                          choices),
                                                StepField("reason", self.tr("理由（不采纳建议时必填）"))],
                          intake_services.decide_track, note)

    def start_correction_received(self) -> StepDialog:
        return self._step(self.tr("收到补正材料"), [StepField("received", self.tr("收到日期"), "date")],
                          intake_services.record_correction)

    def start_extend(self) -> StepDialog:
        return self._step(self.tr("延长立案审查期限"), [StepField("reason", self.tr("理由"), "longtext")],
                          intake_services.extend_decision,
                          self.tr("特别复杂或有特殊情况的，经部门负责人批准可延长5个工作日（办法第二十条）。"))

    def start_convert(self) -> StepDialog:
        return self._step(self.tr("转为处理请求"), [StepField("request_received", self.tr("收到请求书日期"), "date")],
                          intake_services.convert_to_request,
                          self.tr("投诉人提交了正式的处理请求书：本事项改为处理请求，立案审查期限自收到请求书之日起计算。"))

    def start_notify(self) -> StepDialog:
        return self._step(self.tr("告知举报人"), [StepField("notified_on", self.tr("告知日期"), "date"),
                                                  StepField("method", self.tr("告知方式"), default=self.tr("电话"))],
                          intake_services.record_notification)

    # ---- attachments
    def _on_attach_button_clicked(self) -> None:
        paths = open_files(self, self.tr("选择附件"))
        for path in paths:
            self.attach_file(path)

    def attach_file(self, path: str) -> None:
        ctx, item_id = self._ctx, self.detail.id

        def task():
            attachment = AttachmentInput(*read_upload(path, field="attachment", limit=MAX_ATTACHMENT_BYTES))
            with ctx.new_uow() as uow:
                return intake_services.add_attachment(uow, actor_id=ctx.user_id, item_id=item_id,
                                                      attachment=attachment, now=ctx.clock.now())

        ctx.runner.run_db(task, on_success=self._after_save, on_failure=lambda exc: messages.show_error(self, exc),
                          owner=self)

    def _on_files_list_activated(self, entry: QListWidgetItem | None) -> None:
        if entry is None:
            return
        ctx, attachment_id = self._ctx, entry.data(Qt.ItemDataRole.UserRole)
        folder = ctx.data_dir / "attachments"

        def task():
            name, content = _read(ctx, attachment_id)
            return write_for_opening(content, name, under=folder)

        ctx.runner.run_db(task, on_success=lambda p: QDesktopServices.openUrl(QUrl.fromLocalFile(str(p))),
                          on_failure=lambda exc: messages.show_error(self, exc), owner=self)

    def _on_remove_file_button_clicked(self) -> None:
        entry = self.files_list.currentItem()
        if entry is None or not messages.confirm(self, self.tr("删除附件"), self.tr("删除附件“%1”？")
                                                  .replace("%1", entry.text())):
            return
        ctx = self._ctx
        ctx.runner.run_db(ctx.db(intake_services.remove_attachment, actor_id=ctx.user_id,
                                 attachment_id=entry.data(Qt.ItemDataRole.UserRole), now=ctx.clock.now()),
                          on_success=self._after_save, on_failure=lambda exc: messages.show_error(self, exc),
                          owner=self)


def _read(ctx: AppContext, attachment_id: int) -> tuple[str, bytes]:
    with ctx.new_uow() as uow:
        return intake_queries.attachment_content(uow, attachment_id)
