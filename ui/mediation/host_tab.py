"""The 调解 panel of a host (an adjudication case's tab; a mediation case embeds the same widget): sessions,
settlement talks, the agreement (terms, signatures, a party reneging, printing the 调解协议书), and what
follows it — judicial confirmation (D21) and the instalments, overdue ones in red."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ipcase.domain.mediation.agreements import AgreementStatus, ConfirmationOutcome, HostKind, SessionOutcome
from ipcase.dto.mediation import (
    AgreementInfo,
    ConfirmationInput,
    MediationHost,
    MediationView,
    MediatorInput,
    SessionInput,
)
from ipcase.queries.mediation import agreements as mediation_queries
from ipcase.services.mediation import after as mediation_after
from ipcase.services.mediation import agreements as mediation_services
from ui.common import labels, messages
from ui.common.deadline_model import OVERDUE_FOREGROUND
from ui.common.screen_fit import scrolling
from ui.common.step_dialog import StepDialog, StepField
from ui.common.table_utils import compact_rows, single_row_selection
from ui.mediation import labels as mediation_labels
from ui.mediation.agreement_dialog import AgreementDialog
from ui.shell.context import AppContext


def _table(object_name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(object_name)
    table.setHorizontalHeaderLabels(headers)
    table.horizontalHeader().setStretchLastSection(True)
    table.verticalHeader().hide()
    single_row_selection(table)
    compact_rows(table)
    return table


def _fill(table: QTableWidget, rows: list[tuple], red: list[bool] | None = None) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            cell = QTableWidgetItem(str(text))
            if red and red[r]:
                cell.setForeground(OVERDUE_FOREGROUND)
            table.setItem(r, c, cell)
    table.resizeColumnsToContents()


class MediationPanel(QWidget):
    changed = Signal()                 # something was saved: the host reloads (state, deadlines, timeline)
    print_requested = Signal(str)      # a DocType key: the host opens its document dialog for it

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.host: MediationHost | None = None
        self.view: MediationView | None = None
        self.dialog = None
        # The sessions and the agreement scroll together when the screen is short (1366×768 at 125 %).
        content = QWidget()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(content))
        layout = QVBoxLayout(content)
        self.status_label = QLabel()
        self.status_label.setObjectName("mediation_status_label")
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)
        bar = QHBoxLayout()
        layout.addLayout(bar)
        self.buttons: dict[str, QPushButton] = {}
        for key, text, slot in (
                ("session", self.tr("记录调解(&R)…"), self.record_session),
                ("start_talks", self.tr("开始和解(&T)…"), self.start_talks),
                ("end_talks", self.tr("结束和解…"), self.end_talks),
                ("agreement", self.tr("调解协议条款(&G)…"), self.edit_agreement),
                ("sign", self.tr("登记签署(&S)…"), self.sign),
                ("withdraw", self.tr("当事人反悔(&W)…"), self.withdraw),
                ("print", self.tr("打印调解协议书(&P)…"), lambda: self.print_requested.emit("mediation_agreement")),
                ("closing", self.tr("提交调解结案审批"), self.file_closing),
                ("confirmation", self.tr("司法确认(&J)…"), self.record_confirmation),
                ("payment", self.tr("登记履行(&M)…"), self.record_payment)):
            button = QPushButton(text)
            button.setObjectName(f"mediation_{key}_button")
            button.clicked.connect(slot)
            bar.addWidget(button)
            self.buttons[key] = button
        bar.addStretch(1)

        sessions_box = QGroupBox(self.tr("调解记录"))
        QVBoxLayout(sessions_box)
        self.sessions_table = _table("sessions_table", [self.tr("日期"), self.tr("地点"), self.tr("调解员"),
                                                        self.tr("到场人员"), self.tr("请求人方案"),
                                                        self.tr("被请求人方案"), self.tr("结果")])
        sessions_box.layout().addWidget(self.sessions_table)
        layout.addWidget(sessions_box, 2)

        self.agreement_box = QGroupBox(self.tr("调解协议"))
        box = QVBoxLayout(self.agreement_box)
        self.agreement_label = QLabel()
        self.agreement_label.setObjectName("agreement_label")
        box.addWidget(self.agreement_label)
        self.terms_view = QPlainTextEdit()
        self.terms_view.setObjectName("terms_view")
        self.terms_view.setReadOnly(True)
        self.terms_view.setMaximumHeight(110)
        box.addWidget(self.terms_view)
        row = QHBoxLayout()
        self.signatories_table = _table("signatories_table", [self.tr("当事人"), self.tr("身份"), self.tr("签署日期")])
        self.instalments_table = _table("instalments_table", [self.tr("期数"), self.tr("到期日"), self.tr("金额（元）"),
                                                              self.tr("付款日期"), self.tr("已付（元）"), self.tr("状态")])
        row.addWidget(self.signatories_table, 2)
        row.addWidget(self.instalments_table, 3)
        box.addLayout(row, 1)
        self.confirmation_label = QLabel()
        self.confirmation_label.setObjectName("confirmation_label")
        self.confirmation_label.setWordWrap(True)
        box.addWidget(self.confirmation_label)
        self.history_label = QLabel()
        self.history_label.setObjectName("withdrawn_label")
        self.history_label.setWordWrap(True)
        self.history_label.setStyleSheet("color: #757575;")
        box.addWidget(self.history_label)
        layout.addWidget(self.agreement_box, 3)

    # ---- loading
    def set_host(self, host: MediationHost) -> None:
        self.host = host
        self.reload()

    def reload(self) -> None:
        if self.host is None:
            return
        ctx = self._ctx
        ctx.runner.run_db(ctx.db(mediation_queries.host_mediation, self.host, viewer_id=ctx.user_id,
                                 today=ctx.clock.today()),
                          on_success=self._on_loaded, on_failure=lambda e: messages.show_error(self, e), owner=self)

    @property
    def agreement(self) -> AgreementInfo | None:
        """The agreement being worked on or in force (a withdrawn one is history)."""
        if self.view is None:
            return None
        return next((a for a in self.view.agreements if a.status != AgreementStatus.WITHDRAWN), None)

    def _on_loaded(self, v: MediationView) -> None:
        self.view = v
        a = self.agreement
        status = []
        if v.talks_open:
            status.append(self.tr("调解中：和解期间自 %1 起，不计入结案期限。").replace("%1", labels.fmt_date(v.talks_started)))
        if v.closing_pending:
            status.append(self.tr("调解协议已由各方签署，调解结案待部门负责人审批。"))
        if not v.can_mediate and a is None:
            status.append(self.tr("当前阶段不能进行调解。"))
        self.status_label.setText("\n".join(status))
        self.status_label.setVisible(bool(status))
        draft = a is not None and a.status == AgreementStatus.DRAFT
        signed = a is not None and a.status == AgreementStatus.SIGNED
        is_case = v.host.kind == HostKind.CASE
        enabled = {
            "session": v.can_mediate, "start_talks": v.can_talk and not v.talks_open and not signed,
            "end_talks": v.can_talk and v.talks_open, "agreement": v.can_mediate and (a is None or draft),
            "sign": draft, "withdraw": draft, "print": is_case and a is not None,
            "closing": is_case and signed and v.can_mediate and not v.closing_pending,
            "confirmation": signed, "payment": signed and any(not i.paid_on for i in a.instalments),
        }
        for key, button in self.buttons.items():
            button.setVisible(v.can_edit and (key not in ("start_talks", "end_talks", "print", "closing") or is_case))
            button.setEnabled(enabled[key])
        _fill(self.sessions_table, [(labels.fmt_date(x.held_on), x.place, "、".join(x.mediators), x.attendees,
                                     x.requester_proposal, x.respondent_proposal, mediation_labels.session_outcome(x.outcome))
                                    for x in v.sessions])
        self._show_agreement(a)
        old = [x for x in v.agreements if x.status == AgreementStatus.WITHDRAWN]
        self.history_label.setText("\n".join(
            self.tr("作废的协议：%1 %2 反悔（%3）；原赔偿数额 %4 元").replace("%1", labels.fmt_date(x.withdrawn_on))
            .replace("%2", x.withdrawn_by).replace("%3", x.withdrawn_reason).replace("%4", f"{x.damages:,}")
            for x in old))
        self.history_label.setVisible(bool(old))

    def _show_agreement(self, a: AgreementInfo | None) -> None:
        if a is None:
            self.agreement_label.setText(self.tr("尚未拟定调解协议。"))
            self.terms_view.clear()
            for table in (self.signatories_table, self.instalments_table):
                table.setRowCount(0)
            self.confirmation_label.clear()
            return
        head = self.tr("状态：%1　赔偿数额：%2 元").replace("%1", mediation_labels.agreement_status(a.status)) \
            .replace("%2", f"{a.damages:,}")
        if a.effective_date:
            head += self.tr("　生效日期：%1　尚欠：%2 元").replace("%1", labels.fmt_date(a.effective_date)) \
                .replace("%2", f"{a.outstanding:,}")
        self.agreement_label.setText(head)
        self.terms_view.setPlainText(a.terms_text)
        _fill(self.signatories_table, [(x.name, mediation_labels.side(x.side), labels.fmt_date(x.signed_on) or self.tr("未签署"))
                                       for x in a.signatories])
        _fill(self.instalments_table,
              [(i.seq, labels.fmt_date(i.due_date), f"{i.amount:,}", labels.fmt_date(i.paid_on),
                f"{i.paid:,}" if i.paid is not None else "",
                self.tr("逾期未履行") if i.overdue else (self.tr("已履行") if i.paid is not None and i.paid >= i.amount
                                                    else "")) for i in a.instalments],
              red=[i.overdue for i in a.instalments])
        if a.confirmation_due is None:
            self.confirmation_label.clear()
        elif a.confirmation_applied_on is None:
            self.confirmation_label.setText(
                self.tr("司法确认：双方可于 %1 前共同向人民法院申请（%2）。")
                .replace("%1", labels.provisional_date(a.confirmation_due, a.confirmation_due_provisional))
                .replace("%2", a.confirmation_basis))
        else:
            self.confirmation_label.setText(
                self.tr("司法确认：%1 向%2申请；%3 %4").replace("%1", labels.fmt_date(a.confirmation_applied_on))
                .replace("%2", a.confirmation_court).replace("%3", mediation_labels.confirmation_outcome(a.confirmation_outcome))
                .replace("%4", labels.fmt_date(a.confirmation_decided_on)))

    # ---- gestures
    def _step(self, title: str, fields: list[StepField], make_task: Callable[[dict], Callable], note: str = ""
              ) -> StepDialog:
        self.dialog = StepDialog(self._ctx, title, fields, make_task, self, note=note)
        self.dialog.step_saved.connect(self._on_saved)
        self.dialog.open()
        return self.dialog

    def _on_saved(self, _result=None) -> None:
        self.reload()
        self.changed.emit()

    def record_session(self) -> StepDialog:
        ctx, host = self._ctx, self.host
        leader = ctx.user.full_name if ctx.user else ""

        def task(v: dict):
            names = [n.strip() for n in v["mediators"].replace(",", "、").replace("，", "、").split("、") if n.strip()]
            data = SessionInput(held_on=v["held_on"], place=v["place"], mediators=tuple(MediatorInput(n) for n in names),
                                attendees=v["attendees"], requester_proposal=v["requester_proposal"],
                                respondent_proposal=v["respondent_proposal"], outcome=v["outcome"], note=v["note"])
            return ctx.db(mediation_services.record_session, actor_id=ctx.user_id, host=host, data=data,
                          now=ctx.clock.now())
        return self._step(self.tr("记录调解"), [
            StepField("held_on", self.tr("调解日期"), "date"),
            StepField("place", self.tr("地点"), default=self.tr("本局调解室")),
            StepField("mediators", self.tr("调解员（多人以、分隔）"), default=leader),
            StepField("attendees", self.tr("到场人员"), "longtext"),
            StepField("requester_proposal", self.tr("请求人方案"), "longtext"),
            StepField("respondent_proposal", self.tr("被请求人方案"), "longtext"),
            StepField("outcome", self.tr("结果"), "choice", SessionOutcome.CONTINUE.value,
                      tuple((mediation_labels.session_outcome(o), o.value) for o in SessionOutcome)),
            StepField("note", self.tr("备注"), "longtext")], task)

    def start_talks(self) -> StepDialog:
        ctx, v = self._ctx, self.view
        return self._step(self.tr("开始和解"), [StepField("start_date", self.tr("开始日期"), "date"),
                                             StepField("note", self.tr("说明"), "longtext")],
                          lambda x: ctx.db(mediation_services.start_talks, actor_id=ctx.user_id, case_id=v.host.id,
                                           expected_version=v.host_version, start_date=x["start_date"],
                                           note=x["note"], now=ctx.clock.now()),
                          note=self.tr("当事人申请和解的期间不计入结案期限（《专利纠纷行政裁决和调解办法》第三十七条）。"))

    def end_talks(self) -> StepDialog:
        ctx, v = self._ctx, self.view
        return self._step(self.tr("结束和解"), [StepField("end_date", self.tr("结束日期"), "date")],
                          lambda x: ctx.db(mediation_services.end_talks, actor_id=ctx.user_id, case_id=v.host.id,
                                           expected_version=v.host_version, end_date=x["end_date"],
                                           now=ctx.clock.now()))

    def edit_agreement(self) -> AgreementDialog:
        self.dialog = AgreementDialog(self._ctx, self.host, self.agreement, self)
        self.dialog.saved.connect(self._on_saved)
        self.dialog.open()
        return self.dialog

    def sign(self) -> StepDialog:
        ctx, a = self._ctx, self.agreement
        waiting = [x for x in a.signatories if x.signed_on is None]
        return self._step(self.tr("登记当事人签署"), [
            StepField("signatory", self.tr("签署人"), "choice", waiting[0].id if waiting else None,
                      tuple((f"{mediation_labels.side(x.side)}：{x.name}", x.id) for x in waiting)),
            StepField("signed_on", self.tr("签署日期"), "date")],
            lambda x: ctx.db(mediation_services.sign_agreement, actor_id=ctx.user_id, agreement_id=a.id,
                             expected_version=a.version, signatory_id=x["signatory"], signed_on=x["signed_on"],
                             now=ctx.clock.now()),
            note=self.tr("各方当事人均签署后协议生效；裁决案件随即提交调解结案审批。"))

    def withdraw(self) -> StepDialog:
        ctx, a = self._ctx, self.agreement
        return self._step(self.tr("当事人签署前反悔"), [
            StepField("withdrawn_by", self.tr("反悔的当事人"), "choice", a.signatories[-1].name,
                      tuple((x.name, x.name) for x in a.signatories)),
            StepField("withdrawn_reason", self.tr("反悔理由"), "longtext"),
            StepField("withdrawn_on", self.tr("反悔日期"), "date")],
            lambda x: ctx.db(mediation_services.withdraw_agreement, actor_id=ctx.user_id, agreement_id=a.id,
                             expected_version=a.version, withdrawn_by=x["withdrawn_by"],
                             reason=x["withdrawn_reason"], withdrawn_on=x["withdrawn_on"], now=ctx.clock.now()),
            note=self.tr("协议作废但保留在案；和解期间结束，案件回到原来的程序继续审理。"))

    def file_closing(self) -> None:
        ctx, a = self._ctx, self.agreement
        ctx.runner.run_db(ctx.db(mediation_services.file_closing, actor_id=ctx.user_id, agreement_id=a.id,
                                 now=ctx.clock.now()),
                          on_success=self._on_saved, on_failure=lambda e: messages.show_error(self, e), owner=self)

    def record_confirmation(self) -> StepDialog:
        ctx, a = self._ctx, self.agreement
        return self._step(self.tr("司法确认"), [
            StepField("confirmation_court", self.tr("受理法院"), default=a.confirmation_court),
            StepField("confirmation_applied_on", self.tr("申请日期"), "date", a.confirmation_applied_on),
            StepField("confirmation_outcome", self.tr("结果"), "choice", a.confirmation_outcome or "pending",
                      tuple((mediation_labels.confirmation_outcome(o), o.value) for o in ConfirmationOutcome)),
            StepField("confirmation_decided_on", self.tr("裁定日期"), "date", a.confirmation_decided_on),
            StepField("note", self.tr("备注"), "longtext", a.confirmation_note)],
            lambda x: ctx.db(mediation_after.record_confirmation, actor_id=ctx.user_id, agreement_id=a.id,
                             expected_version=a.version, now=ctx.clock.now(), data=ConfirmationInput(
                                 x["confirmation_court"], x["confirmation_applied_on"], x["confirmation_outcome"],
                                 x["confirmation_decided_on"], x["note"])),
            note=self.tr("双方当事人可自协议生效之日起三十日内共同向人民法院申请司法确认（%1 前）。")
            .replace("%1", labels.fmt_date(a.confirmation_due)))

    def record_payment(self) -> StepDialog:
        ctx, a = self._ctx, self.agreement
        unpaid = [i for i in a.instalments if i.paid_on is None]
        return self._step(self.tr("登记履行"), [
            StepField("instalment", self.tr("期数"), "choice", unpaid[0].id if unpaid else None,
                      tuple((self.tr("第%1期（%2 到期，%3 元）").replace("%1", str(i.seq))
                             .replace("%2", labels.fmt_date(i.due_date)).replace("%3", f"{i.amount:,}"), i.id)
                            for i in unpaid)),
            StepField("paid_on", self.tr("付款日期"), "date"),
            StepField("paid_amount", self.tr("付款金额（元）"), default=f"{unpaid[0].amount:f}" if unpaid else "")],
            lambda x: ctx.db(mediation_after.record_payment, actor_id=ctx.user_id, instalment_id=x["instalment"],
                             paid_on=x["paid_on"], amount=x["paid_amount"], now=ctx.clock.now()))
