"""The mediation agreement's terms as a form: acts stopped and from when, what is destroyed or withdrawn, the
damages and their payment schedule, costs, confidentiality, other terms, and who signs: every requester and
respondent of the host, itself or by one of its agents, picked from the parties on record (M25 art 35 — the
rule is the core's, ipcase.domain.mediation.signatories). Every change goes to a draft file, so a dialog closed
by accident loses nothing; wrong fields are named next to them."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ipcase.domain.enums import InfringingAct
from ipcase.dto.mediation import (
    AgreementInfo,
    AgreementInput,
    InstalmentInput,
    MediationHost,
    MediationView,
    PartyChoice,
    SignatoryInput,
)
from ipcase.queries.mediation import agreements as mediation_queries
from ipcase.services.mediation import agreements as mediation_services
from ui.common import labels, messages
from ui.common.drafts import drafts_for
from ui.common.fields import date_edit, from_qdate, to_qdate
from ui.common.form_dialog import FormDialog
from ui.common.submit import submit
from ui.mediation import labels as mediation_labels
from ui.shell.context import AppContext


def _long(text: str = "") -> QPlainTextEdit:
    edit = QPlainTextEdit(text)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(60)
    return edit


class AgreementDialog(FormDialog):
    saved = Signal(object)   # AgreementRef

    def __init__(self, ctx: AppContext, host: MediationHost, current: AgreementInfo | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent, scroll=True)   # the terms and one signer row per party outgrow a laptop screen
        self._ctx, self._host, self._current = ctx, host, current
        self._drafts = drafts_for(ctx)
        self.draft_key = f"mediation_agreement_{host.kind}_{host.id}_{current.id if current else 'new'}"
        self.setWindowTitle(self.tr("调解协议条款"))
        self.resize(640, 720)
        form = self.form
        acts = QHBoxLayout()
        self.act_boxes: dict[str, QCheckBox] = {}
        for act in InfringingAct:
            box = QCheckBox(labels.infringing_act(act))
            box.setObjectName(f"stop_{act.value}_check")
            self.act_boxes[act.value] = box
            acts.addWidget(box)
        acts_widget = QWidget()
        acts_widget.setLayout(acts)
        form.addRow(self.tr("停止的行为："), acts_widget)
        self.stop_at_once_check = QCheckBox(self.tr("自协议生效之日起"))
        self.stop_at_once_check.setChecked(True)
        self.stop_from_edit = date_edit(ctx.clock.today())
        self.stop_from_edit.setEnabled(False)
        self.stop_at_once_check.toggled.connect(lambda on: self.stop_from_edit.setEnabled(not on))
        row = QHBoxLayout()
        row.addWidget(self.stop_at_once_check)
        row.addWidget(QLabel(self.tr("或自")))
        row.addWidget(self.stop_from_edit)
        row.addWidget(QLabel(self.tr("起")))
        row.addStretch(1)
        stop_widget = QWidget()
        stop_widget.setLayout(row)
        form.addRow(self.tr("停止日期："), stop_widget)
        self.destroy_edit = _long()
        self.destroy_edit.setPlaceholderText(self.tr("如：销毁库存侵权产品及专用模具，删除网店链接，撤回展品"))
        form.addRow(self.tr("销毁、撤回、删除："), self.destroy_edit)
        self.damages_edit = QLineEdit()
        self.damages_edit.setObjectName("damages_edit")
        self.damages_edit.setPlaceholderText(self.tr("元，如 60000 或 60,000.00"))
        form.addRow(self.tr("赔偿数额（元）："), self.damages_edit)
        self.instalments_table = QTableWidget(0, 2)
        self.instalments_table.setObjectName("instalments_table")
        self.instalments_table.setHorizontalHeaderLabels([self.tr("到期日"), self.tr("金额（元）")])
        self.instalments_table.horizontalHeader().setStretchLastSection(True)
        self.instalments_table.setMinimumHeight(110)
        add, remove = QPushButton(self.tr("增加一期")), QPushButton(self.tr("删除选中一期"))
        add.clicked.connect(lambda: self.add_instalment(None, ""))
        remove.clicked.connect(lambda: self.instalments_table.removeRow(self.instalments_table.currentRow()))
        plan = QVBoxLayout()
        plan.addWidget(self.instalments_table)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        plan.addLayout(buttons)
        plan_widget = QWidget()
        plan_widget.setLayout(plan)
        form.addRow(self.tr("分期履行："), plan_widget)
        self.costs_edit = _long()
        form.addRow(self.tr("费用负担："), self.costs_edit)
        self.confidential_check = QCheckBox(self.tr("双方对协议内容保密"))
        form.addRow("", self.confidential_check)
        self.other_edit = _long()
        self.other_edit.setPlaceholderText(self.tr("其他条款，每行一条"))
        form.addRow(self.tr("其他条款："), self.other_edit)
        self.signers_grid = QGridLayout()
        self.signer_boxes: list[tuple[PartyChoice, QComboBox]] = []
        signers_widget = QWidget()
        signers_widget.setObjectName("signers_widget")
        signers_widget.setLayout(self.signers_grid)
        form.addRow(self.tr("签署人："), signers_widget)
        for key, widget in (("stop_acts", acts_widget), ("stop_from", stop_widget), ("terms", acts_widget),
                            ("destroy_withdraw", self.destroy_edit), ("damages", self.damages_edit),
                            ("instalments", self.instalments_table), ("costs", self.costs_edit),
                            ("other_terms", self.other_edit), ("signatories", signers_widget)):
            self.field_errors.register(key, widget)
        self.add_buttons(self.submit, QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self._fill(current)
        self._restore_draft()
        ctx.runner.run_db(ctx.db(mediation_queries.host_mediation, host, viewer_id=ctx.user_id,
                                 today=ctx.clock.today()),
                          on_success=self._on_parties, on_failure=lambda e: messages.show_error(self, e), owner=self)
        for signal in (*(b.toggled for b in self.act_boxes.values()), self.destroy_edit.textChanged,
                       self.damages_edit.textChanged, self.costs_edit.textChanged, self.other_edit.textChanged,
                       self.confidential_check.toggled, self.instalments_table.itemChanged):
            signal.connect(self._save_draft)

    # ---- who signs
    def _on_parties(self, view: MediationView) -> None:
        """One row per party: the party itself, or one of its agents (their names as recorded)."""
        signed = {x.party_id: x.agent_name for x in (self._current.signatories if self._current else ())}
        for r, party in enumerate(view.parties):
            box = QComboBox()
            box.setObjectName(f"signer_{r}_combo")
            box.addItem(self.tr("本人（签名或者盖章）"), None)
            for agent in party.agents:
                box.addItem(self.tr("委托代理人 %1").replace("%1", agent.name), agent.key)
            chosen = signed.get(party.party_id, "")
            for i, agent in enumerate(party.agents, 1):
                if agent.name == chosen:
                    box.setCurrentIndex(i)
            self.signers_grid.addWidget(QLabel(f"{mediation_labels.side(party.side)}：{party.name}"), r, 0)
            self.signers_grid.addWidget(box, r, 1)
            self.signer_boxes.append((party, box))
        if not view.parties:
            self.signers_grid.addWidget(QLabel(self.tr("尚未登记当事人")), 0, 0)

    def signatories(self) -> tuple[SignatoryInput, ...]:
        return tuple(SignatoryInput(p.side, p.name, p.party_id, box.currentData()) for p, box in self.signer_boxes)

    # ---- values
    def add_instalment(self, due: date | None, amount: str) -> None:
        r = self.instalments_table.rowCount()
        self.instalments_table.insertRow(r)
        edit = date_edit(due or self._ctx.clock.today())
        edit.dateChanged.connect(self._save_draft)
        self.instalments_table.setCellWidget(r, 0, edit)
        self.instalments_table.setItem(r, 1, QTableWidgetItem(amount))

    def _fill(self, a: AgreementInfo | None) -> None:
        if a is None:
            self.costs_edit.setPlainText(self.tr("本案调解不收取费用，双方当事人因本案支出的其他费用各自承担。"))
            return
        for act, box in self.act_boxes.items():
            box.setChecked(act in a.stop_acts)
        self.stop_at_once_check.setChecked(a.stop_from is None)
        if a.stop_from:
            self.stop_from_edit.setDate(to_qdate(a.stop_from))
        self.destroy_edit.setPlainText(a.destroy_withdraw)
        self.damages_edit.setText(f"{a.damages:f}" if a.damages else "")
        for i in a.instalments:
            self.add_instalment(i.due_date, f"{i.amount:f}")
        self.costs_edit.setPlainText(a.costs)
        self.confidential_check.setChecked(a.confidential)
        self.other_edit.setPlainText(a.other_terms)

    def data(self) -> AgreementInput:
        plan = []
        for r in range(self.instalments_table.rowCount()):
            item = self.instalments_table.item(r, 1)
            plan.append(InstalmentInput(from_qdate(self.instalments_table.cellWidget(r, 0).date()),
                                        item.text().strip() if item else ""))
        return AgreementInput(
            stop_acts=tuple(a for a, box in self.act_boxes.items() if box.isChecked()),
            stop_from=None if self.stop_at_once_check.isChecked() else from_qdate(self.stop_from_edit.date()),
            destroy_withdraw=self.destroy_edit.toPlainText(), damages=self.damages_edit.text().strip(),
            instalments=tuple(plan), costs=self.costs_edit.toPlainText(),
            confidential=self.confidential_check.isChecked(), other_terms=self.other_edit.toPlainText(),
            signatories=self.signatories())

    # ---- drafts
    def _save_draft(self, *_args) -> None:
        d = self.data()
        self._drafts.save(self.draft_key, {
            "stop_acts": list(d.stop_acts), "stop_from": d.stop_from.isoformat() if d.stop_from else None,
            "destroy_withdraw": d.destroy_withdraw, "damages": d.damages, "costs": d.costs,
            "confidential": d.confidential, "other_terms": d.other_terms,
            "instalments": [[i.due_date.isoformat(), i.amount] for i in d.instalments]})

    def _restore_draft(self) -> None:
        found = self._drafts.load(self.draft_key)
        if found is None or not messages.ask_restore_draft(self, found[1]):
            return
        d = found[0]
        for act, box in self.act_boxes.items():
            box.setChecked(act in d.get("stop_acts", ()))
        self.stop_at_once_check.setChecked(not d.get("stop_from"))
        if d.get("stop_from"):
            self.stop_from_edit.setDate(to_qdate(date.fromisoformat(d["stop_from"])))
        self.destroy_edit.setPlainText(d.get("destroy_withdraw", ""))
        self.damages_edit.setText(d.get("damages") or "")
        self.instalments_table.setRowCount(0)
        for due, amount in d.get("instalments", ()):
            self.add_instalment(date.fromisoformat(due), amount)
        self.costs_edit.setPlainText(d.get("costs", ""))
        self.confidential_check.setChecked(bool(d.get("confidential")))
        self.other_edit.setPlainText(d.get("other_terms", ""))

    # ---- saving
    def submit(self) -> None:
        self.field_errors.clear()
        ctx, a = self._ctx, self._current
        # A wrong instalment (instalments.2.amount) is shown under the instalment table, its closest key.
        submit(self, ctx.runner, ctx.db(mediation_services.save_agreement, actor_id=ctx.user_id, host=self._host,
                                        data=self.data(), agreement_id=a.id if a else None,
                                        expected_version=a.version if a else None, now=ctx.clock.now()),
               field_errors=self.field_errors, lock=self.button_box, on_success=self._on_saved)

    def _on_saved(self, ref) -> None:
        self._drafts.clear(self.draft_key)
        self.saved.emit(ref)
        self.accept()
