"""The 部门负责人 decides a recusal application: grant (naming who takes the seat) or reject, with reasons. The
resulting panel is checked while choosing: without a valid panel (3 or more voting members, an odd number,
a clerk) the case cannot proceed until the 合议组 tab completes it. Deciding issues the 回避申请决定书."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ipcase.domain.cases.panel import Seat
from ipcase.domain.enums import PanelRole
from ipcase.domain.recusal.rules import ChallengedRole, may_take_seat, problems_after_grant
from ipcase.dto.admin import UserInfo
from ipcase.dto.recusal import CaseRecusals, RecusalDecisionInput, RecusalInfo
from ipcase.services.recusal import applications as recusal_services
from ui.common import errors, labels
from ui.common.fields import date_edit, from_qdate
from ui.common.office_templates import office_template_dir
from ui.recusal import labels as recusal_labels
from ui.recusal.application_dialog import RecusalForm
from ui.shell.context import AppContext


class RecusalDecisionDialog(RecusalForm):

    def __init__(self, ctx: AppContext, data: CaseRecusals, app: RecusalInfo, users: tuple[UserInfo, ...],
                 parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self._data, self._app = data, app
        self._on_panel = ChallengedRole(app.challenged_role).on_panel
        today = ctx.clock.today()
        self.setWindowTitle(self.tr("决定回避申请"))
        who = f"{recusal_labels.challenged_role(app.challenged_role)}{app.challenged_name}"
        summary = QLabel(self.tr("%1 于 %2 申请 %3 回避。\n事由：%4\n理由：%5\n（应于 %6 前作出决定）")
                         .replace("%1", app.applicant).replace("%2", labels.fmt_date(app.received_date))
                         .replace("%3", who).replace("%4", "；".join(recusal_labels.recusal_ground(g) for g in app.grounds))
                         .replace("%5", app.reason).replace("%6", labels.fmt_date(app.decide_by)))
        summary.setWordWrap(True)
        self.add_above(summary)
        form = self.form
        self.grant_radio = QRadioButton(self.tr("决定回避(&G)"))
        self.grant_radio.setObjectName("grant_radio")
        self.reject_radio = QRadioButton(self.tr("驳回申请(&J)"))
        self.reject_radio.setObjectName("reject_radio")
        group = QButtonGroup(self)
        group.addButton(self.grant_radio)
        group.addButton(self.reject_radio)
        self.grant_radio.setChecked(True)
        choice = QWidget()
        choice_layout = QVBoxLayout(choice)
        choice_layout.setContentsMargins(0, 0, 0, 0)
        choice_layout.addWidget(self.grant_radio)
        choice_layout.addWidget(self.reject_radio)
        form.addRow(self.tr("决定："), choice)
        self.replacement_combo = QComboBox()
        self.replacement_combo.setObjectName("replacement_combo")
        self.replacement_combo.addItem(self.tr("（暂不指定）"), None)
        seated = {m.user_id for m in data.panel}
        for u in users:
            if u.active and u.id not in seated and may_take_seat(app.challenged_role, u.role):
                self.replacement_combo.addItem(f"{u.full_name}（{labels.role(u.role)}）", u.id)
        form.addRow(self.tr("由谁接替(&P)："), self.replacement_combo)
        self.replacement_edit = QLineEdit()
        self.replacement_edit.setObjectName("replacement_name_edit")
        form.addRow(self.tr("更换为(&P)："), self.replacement_edit)
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setObjectName("decision_reason_edit")
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setMinimumHeight(90)
        form.addRow(self.tr("审查意见(&R)："), self.reason_edit)
        self.date_edit = date_edit(today, latest=today)
        self.date_edit.setObjectName("decided_date_edit")
        form.addRow(self.tr("决定日期(&D)："), self.date_edit)
        self.panel_label = QLabel()
        self.panel_label.setObjectName("resulting_panel_label")
        self.panel_label.setWordWrap(True)
        self.body.addWidget(self.panel_label)
        note = QLabel(self.tr("作出决定后，系统签发《回避申请决定书》（送达申请人）并记入时间线。"))
        note.setStyleSheet("color: #555;")
        self.body.addWidget(note)
        for key, widget in (("replacement_user_id", self.replacement_combo), ("decision_reason", self.reason_edit),
                            ("decided_date", self.date_edit)):
            self.field_errors.register(key, widget)
        self.add_buttons(self._on_button_box_accepted)
        self.button_box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("作出决定(&S)"))
        self.grant_radio.toggled.connect(self._update)
        self.replacement_combo.currentIndexChanged.connect(self._update)
        self._update()

    def _update(self, *_args) -> None:
        grant = self.grant_radio.isChecked()
        self.form.setRowVisible(self.replacement_combo, grant and self._on_panel)
        self.form.setRowVisible(self.replacement_edit, grant and not self._on_panel)
        if not (grant and self._on_panel):
            self.panel_label.clear()
            return
        seats = [Seat(m.user_id, PanelRole(m.role)) for m in self._data.panel]
        problems = problems_after_grant(seats, self._app.challenged_user_id, self.replacement_combo.currentData())
        if problems:
            lines = "；".join(errors.panel_problem_text(c) for c in problems)
            self.panel_label.setText(self.tr("决定后合议组不符合要求（%1）：补足合议组前，本案不能进行口审、合议等工作。")
                                     .replace("%1", lines))
            self.panel_label.setStyleSheet("color: #b71c1c;")
        else:
            self.panel_label.setText(self.tr("✓ 决定后合议组组成符合要求。"))
            self.panel_label.setStyleSheet("color: #1b5e20;")

    def decision(self) -> RecusalDecisionInput:
        return RecusalDecisionInput(
            grant=self.grant_radio.isChecked(), reason=self.reason_edit.toPlainText(),
            decided_date=from_qdate(self.date_edit.date()),
            replacement_user_id=self.replacement_combo.currentData() if self._on_panel else None,
            replacement_name=self.replacement_edit.text())

    def _on_button_box_accepted(self) -> None:
        self.submit(recusal_services.decide_recusal, application_id=self._app.id, decision=self.decision(),
                    office_dir=office_template_dir(self._ctx))
