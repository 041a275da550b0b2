"""The read-only tabs of a case: 概况, 当事人, 专利, 期限, 时间线. Each has `set_detail(CaseDetail)`."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelection, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ipcase.domain.enums import PartyRole
from ipcase.dto.cases import CaseDetail, TimelineItem
from ui.common import deadline_model as dl
from ui.common import labels, texts
from ui.common.folding_text import FOLD_AT, FoldingText
from ui.common.i18n import tr, tr_ctx
from ui.documents import labels as doc_labels


def _value_label(text: str) -> QWidget:
    """The value of a row; a long one (a whole 请求事项) folds, with 展开/收起."""
    if len(text or "") > FOLD_AT:
        return FoldingText(text)
    label = QLabel(text or "—")
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                  | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    return label


class _FormTab(QScrollArea):
    """A scrollable stack of titled forms, rebuilt on each detail."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)

    def _rebuild(self, sections: list[tuple[str, list[tuple[str, str]]]]) -> None:
        body = QWidget()
        layout = QVBoxLayout(body)
        for title, rows in sections:
            if not rows:
                continue
            box = QGroupBox(title)
            form = QFormLayout(box)
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
            form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
            for name, value in rows:
                form.addRow(name + "：", _value_label(value))
            layout.addWidget(box)
        layout.addStretch(1)
        self.setWidget(body)


class OverviewTab(_FormTab):
    def set_detail(self, d: CaseDetail) -> None:
        flags = [t for on, t in ((d.flag_foreign, tr("涉外")), (d.flag_ecommerce, tr("电商平台")),
                                 (d.flag_trade_fair, tr("展会"))) if on]
        basic = [
            (tr("案号"), d.case_number or tr("未立案")),
            (tr("状态"), labels.case_state(d.state) + (tr("（中止处理中）") if d.suspended else "")),
            (tr("承办人"), d.officer_name),
            (tr("收到请求书"), labels.fmt_date(d.received_date)),
        ]
        if d.correction_due:
            basic.append((tr("补正期限"), labels.fmt_date(d.correction_due)))
        if d.decided_date:
            basic.append((tr("受理决定日期"), labels.fmt_date(d.decided_date)))
        if d.registered_date:
            basic.append((tr("立案日期"), labels.fmt_date(d.registered_date)))
        if d.hearing_at:
            basic.append((tr("口头审理"), f"{labels.fmt_date(d.hearing_at)}　{d.hearing_room}"))
        if d.proposed_outcome:
            basic.append((tr("合议结论"), labels.closing_outcome(d.proposed_outcome)))
        if d.closed_date:
            basic.append((tr("结案日期"), labels.fmt_date(d.closed_date)))
        if d.closing_detail:
            basic.append((tr("结案情况"), texts.describe(d.closing_detail, feature="cases")))
        request = [
            (tr("请求事项"), d.request_summary),
            (tr("被控侵权产品"), d.accused_product),
            (tr("被控侵权行为"), "、".join(labels.infringing_act(a) for a in d.acts)),
            (tr("请求保护的权利要求"), d.claims_asserted),
            (tr("案件特征"), "、".join(flags) or tr("无")),
        ]
        pauses = [(labels.pause_kind(p.kind),
                   f"{labels.fmt_date(p.start_date)} 至 {labels.fmt_date(p.end_date) if p.end_date else tr('今（进行中）')}"
                   + (f"；{labels.suspension_ground(p.ground)}" if p.ground else "") + (f"；{p.note}" if p.note else ""))
                  for p in d.pauses]
        extensions = [(tr("第%1次延长").replace("%1", str(e.level)),
                       f"{e.length}{labels.COMMON.choice('unit', e.unit)}；{e.reason}"
                       + (f"；{tr('上级批准文号')} {e.higher_office_ref}" if e.higher_office_ref else ""))
                      for e in d.extensions]
        approvals = [(texts.action(a.action),
                      f"{labels.approval_status(a.status)}；{tr('提请')} {a.requested_by} {labels.fmt_date(a.requested_at)}"
                      + (f"；{tr('审核')} {a.reviewed_by}：{a.review_opinion}" if a.review_opinion else "")
                      + (f"；{tr('决定')} {a.decided_by}：{a.opinion}" if a.decided_by else ""))
                     for a in d.approvals]
        self._rebuild([(tr("基本情况"), basic), (tr("请求"), request),
                       (tr("中止及不计入结案期限的期间"), pauses), (tr("结案期限延长"), extensions),
                       (tr("审批"), approvals)])


class PatentTab(_FormTab):
    def set_detail(self, d: CaseDetail) -> None:
        self._rebuild([(tr("涉案专利"), [
            (tr("专利号"), d.patent_number),
            (tr("专利类型"), labels.patent_type(d.patent_type)),
            (tr("专利名称"), d.patent_title),
            (tr("专利权人"), d.patentee),
            (tr("申请日"), labels.fmt_date(d.filing_date)),
            (tr("授权公告日"), labels.fmt_date(d.grant_date)),
            (tr("请求保护的权利要求"), d.claims_asserted),
        ])])


class PartiesTab(QTreeWidget):
    HEADERS = (QT_TRANSLATE_NOOP("case_tabs", "身份"), QT_TRANSLATE_NOOP("case_tabs", "名称/姓名"), QT_TRANSLATE_NOOP("case_tabs", "类型"), QT_TRANSLATE_NOOP("case_tabs", "证件号码"), QT_TRANSLATE_NOOP("case_tabs", "法定代表人"), QT_TRANSLATE_NOOP("case_tabs", "地址"), QT_TRANSLATE_NOOP("case_tabs", "电话"),
               QT_TRANSLATE_NOOP("case_tabs", "受理通知送达"), QT_TRANSLATE_NOOP("case_tabs", "副本送达"), QT_TRANSLATE_NOOP("case_tabs", "答辩书收到"), QT_TRANSLATE_NOOP("case_tabs", "裁决书送达"))

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("parties_tree")
        self.setColumnCount(len(self.HEADERS))
        self.setHeaderLabels([tr_ctx("case_tabs", h) for h in self.HEADERS])
        self.setRootIsDecorated(True)
        self.setAlternatingRowColors(True)

    def set_detail(self, d: CaseDetail) -> None:
        self.clear()
        order = {PartyRole.REQUESTER: 0, PartyRole.RESPONDENT: 1, PartyRole.THIRD_PARTY: 2}
        for p in sorted(d.parties, key=lambda p: order.get(p.role, 9)):
            rep = f"{p.legal_rep}（{p.legal_rep_title}）" if p.legal_rep and p.legal_rep_title else p.legal_rep
            role = labels.party_role(p.role) + (tr("（境内无住所）") if p.no_domicile_in_prc else "")
            item = QTreeWidgetItem([
                role, p.name, labels.party_kind(p.kind), p.credit_code or p.id_number_masked, rep, p.address,
                p.phone, labels.fmt_date(p.notice_served), labels.fmt_date(p.copy_served),
                labels.fmt_date(p.answer_received), labels.fmt_date(p.ruling_served)])
            for a in p.agents:
                QTreeWidgetItem(item, [tr("委托代理人"), a.name, a.organization, "", "", a.address, a.phone])
            self.addTopLevelItem(item)
            item.setExpanded(True)
        for col in range(self.columnCount()):
            self.resizeColumnToContents(col)


class DeadlinesTab(QSplitter):
    """Every deadline of the case; the selected one's computation is shown in full below."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(Qt.Orientation.Vertical, parent)
        self.model = dl.DeadlineTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("case_deadline_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        # Rows grow to show the whole computation whenever the basis column changes width.
        self.table.horizontalHeader().sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        for col in dl.Column:
            self.table.setColumnHidden(col, col not in dl.CASE_COLUMNS)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        self.waiting_label = QLabel()
        self.waiting_label.setObjectName("deadline_waiting_label")
        self.waiting_label.setWordWrap(True)
        self.waiting_label.setStyleSheet("background: #fff3e0; color: #8d4a00; padding: 6px;")
        top_layout.addWidget(self.waiting_label)
        top_layout.addWidget(self.table)
        self.addWidget(top)
        self.basis_edit = QPlainTextEdit()
        self.basis_edit.setObjectName("basis_edit")
        self.basis_edit.setReadOnly(True)
        self.basis_edit.setPlaceholderText(tr("选择一个期限，查看其计算依据。"))
        self.addWidget(self.basis_edit)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 1)

    def set_detail(self, d: CaseDetail) -> None:
        self.model.set_rows(d.deadlines)
        # Periods that run from service cannot be shown with a date yet: say what they wait for.
        self.waiting_label.setText("\n".join(
            tr("等待送达：%1（%2）— %3 自送达之日起算").replace("%1", w.party_name)
            .replace("%2", doc_labels.doc_type(w.document)).replace("%3", "、".join(texts.deadline_code(c) for c in w.periods))
            for w in d.waiting_for_service))
        self.waiting_label.setVisible(bool(d.waiting_for_service))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(dl.Column.BASIS, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        self.basis_edit.clear()
        if d.deadlines:
            # Start on the first deadline still running: that is the one the user came to look at.
            running = [i for i, x in enumerate(d.deadlines)
                       if dl.urgency_of(x) in ("overdue", "due_soon", "normal", "paused")]
            self.table.selectRow(running[0] if running else 0)

    def _on_table_selection_changed(self, selected: QItemSelection, _deselected) -> None:
        rows = {i.row() for i in selected.indexes()}
        d = self.model.row_at(min(rows)) if rows else None
        if d is None:
            self.basis_edit.clear()
            return
        text = f"{texts.deadline_code(d.code)}" + (f"（{d.party_name}）" if d.party_name else "")
        text += "\n" + tr("到期日：") + labels.provisional_date(d.due_date, d.provisional)
        text += "\n" + tr("计算依据：") + d.basis
        if d.provisional:
            text += "\n" + dl.provisional_tooltip(d)
        if d.paused:
            text += "\n" + tr("结案期限暂停计算中（中止或其他不计入期间）。")
        self.basis_edit.setPlainText(text)


def timeline_details(item: TimelineItem) -> str:
    detail = dict(item.detail or {})
    if item.kind == "panel":
        seats = detail.get("panel") or []
        return "；".join(f"{labels.panel_role(role)}：{name}" for role, name in seats)
    if item.kind in ("approval_requested", "approval_reviewed", "approval_decided"):
        action = detail.pop("action", "")
        lines = [tr("事项：") + texts.action(action)]
        if "approved" in detail:
            lines.append(tr("批准") if detail.pop("approved") else tr("不予批准"))
        payload = detail.pop("payload", None)
        if payload:
            lines.append(texts.describe(payload, kind=action))
        rest = texts.describe(detail, kind=item.kind)
        if rest:
            lines.append(rest)
        return "\n".join(lines)
    if item.kind in ("party_correction_filed", "party_corrected") and "after" in detail:
        before, after = detail.pop("before", {}), detail.pop("after", {})
        lines = [tr("当事人：") + detail.pop("party", "")]
        lines += [f"{labels.COMMON.field(k)}：{before.get(k) or '—'} → {v or '—'}" for k, v in after.items()]
        rest = texts.describe(detail, kind=item.kind)
        return "\n".join(lines + ([rest] if rest else []))
    if "party" in detail:
        detail.pop("party_id", None)  # the name is there; the id means nothing to a reader
    return texts.describe(detail, kind=item.kind)


class TimelineTab(QTableWidget):
    HEADERS = (QT_TRANSLATE_NOOP("case_tabs", "时间"), QT_TRANSLATE_NOOP("case_tabs", "操作人"), QT_TRANSLATE_NOOP("case_tabs", "事项"), QT_TRANSLATE_NOOP("case_tabs", "状态变化"), QT_TRANSLATE_NOOP("case_tabs", "详情"))

    def __init__(self, parent: QWidget | None = None):
        super().__init__(0, len(self.HEADERS), parent)
        self.setObjectName("timeline_table")
        self.setHorizontalHeaderLabels([tr_ctx("case_tabs", h) for h in self.HEADERS])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setWordWrap(True)
        self.verticalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)

    def set_detail(self, d: CaseDetail) -> None:
        items = list(reversed(d.timeline))  # newest first
        self.setRowCount(len(items))
        for r, t in enumerate(items):
            change = ""
            if t.to_state:
                change = f"{labels.case_state(t.from_state)} → {labels.case_state(t.to_state)}" \
                    if t.from_state else labels.case_state(t.to_state)
            values = (labels.fmt_date(t.at), t.actor_name, texts.timeline_kind(t.kind), change, timeline_details(t))
            for c, value in enumerate(values):
                self.setItem(r, c, QTableWidgetItem(value))
        self.resizeColumnsToContents()
        self.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.resizeRowsToContents()
