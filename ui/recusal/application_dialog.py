"""Record a party's recusal application (回避申请, M25 art 5): who applies, whom it challenges (a member of the
panel, the clerk, the technical investigator, or an appraiser / interpreter by name), on which grounds, and
when the applicant learned the names — which decides whether it is in time. Made at a hearing, it says where:
at the opening (in time however late the window), or later (only for a ground learned at the hearing)."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ipcase.domain.recusal.rules import AtHearing, ChallengedRole, RecusalGround
from ipcase.dto.recusal import CaseRecusals, RecusalInfo, RecusalInput
from ipcase.services.recusal import applications as recusal_services
from ui.common import labels, messages
from ui.common.fields import date_edit, from_qdate, to_qdate
from ui.common.form_dialog import FormDialog
from ui.common.submit import submit
from ui.recusal import labels as recusal_labels
from ui.shell.context import AppContext

NOT_USERS = (ChallengedRole.APPRAISER, ChallengedRole.INTERPRETER)


class RecusalForm(FormDialog):
    """What both recusal dialogs share: typed reasons are not dropped by accident, one service call on the
    database lane, each wrong field named next to it. Subclasses build `reason_edit` and add the buttons."""
    saved = Signal(object)   # RecusalInfo

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent, min_width=560)
        self._ctx = ctx

    def reject(self) -> None:
        if self.reason_edit.toPlainText().strip() and not messages.confirm(
                self, self.tr("放弃输入"), self.tr("已填写的内容尚未提交，确定放弃吗？")):
            return
        super().reject()

    def submit(self, fn, **kwargs) -> None:
        self.field_errors.clear()
        ctx = self._ctx
        submit(self, ctx.runner, ctx.db(fn, actor_id=ctx.user_id, now=ctx.clock.now(), **kwargs),
               field_errors=self.field_errors, lock=self.button_box, on_success=self._on_saved)

    def _on_saved(self, info: RecusalInfo) -> None:
        self.saved.emit(info)
        self.accept()


class RecusalDialog(RecusalForm):

    def __init__(self, ctx: AppContext, data: CaseRecusals, parent: QWidget | None = None, *,
                 hearing_id: int | None = None):
        super().__init__(ctx, parent)
        self._data, self._hearing_id = data, hearing_id
        today = ctx.clock.today()
        self.setWindowTitle(self.tr("登记回避申请"))
        intro = QLabel(self.tr("当事人应在知道或者应当知道办案人员名单之日起三个工作日内申请回避；决定口头审理的，最迟在"
                               "口审开始时提出；口审开始后才知道的事由，可在口审终结前提出。决定作出前，被申请回避的人员"
                               "暂停参与本案工作。"))
        intro.setWordWrap(True)
        intro.setStyleSheet("color: #555;")
        self.add_above(intro)
        form = self.form
        self.applicant_combo = QComboBox()
        self.applicant_combo.setObjectName("applicant_combo")
        for w in data.windows:
            self.applicant_combo.addItem(f"{labels.party_role(w.role)}：{w.name}", w.party_id)
        form.addRow(self.tr("申请人(&A)："), self.applicant_combo)
        self.challenged_combo = QComboBox()
        self.challenged_combo.setObjectName("challenged_combo")
        # item data "role:user id" ("appraiser:" for someone who is not a user)
        for m in data.panel:
            self.challenged_combo.addItem(f"{recusal_labels.challenged_role(m.role)}：{m.name}", f"{m.role}:{m.user_id}")
        for role in NOT_USERS:
            self.challenged_combo.addItem(self.tr("%1（填写姓名）").replace("%1", recusal_labels.challenged_role(role)),
                                          f"{role.value}:")
        form.addRow(self.tr("被申请回避人员(&C)："), self.challenged_combo)
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("challenged_name_edit")
        form.addRow(self.tr("姓名(&N)："), self.name_edit)
        self.ground_boxes: dict[str, QCheckBox] = {}
        grounds = QWidget()
        grounds_layout = QVBoxLayout(grounds)
        grounds_layout.setContentsMargins(0, 0, 0, 0)
        for g in RecusalGround:
            box = QCheckBox(recusal_labels.recusal_ground(g))
            box.setObjectName(f"ground_{g.value}_check")
            grounds_layout.addWidget(box)
            self.ground_boxes[g.value] = box
        form.addRow(self.tr("回避事由："), grounds)
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setObjectName("reason_edit")
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setMaximumHeight(90)
        form.addRow(self.tr("申请理由(&R)："), self.reason_edit)
        self.oral_check = QCheckBox(self.tr("口头提出（已记入笔录）"))
        self.oral_check.setObjectName("oral_check")
        self.oral_check.setChecked(hearing_id is not None)
        form.addRow("", self.oral_check)
        self.received_edit = date_edit(today, latest=today)
        self.received_edit.setObjectName("received_date_edit")
        form.addRow(self.tr("收到日期(&D)："), self.received_edit)
        self.learned_edit = date_edit(today, latest=today)
        self.learned_edit.setObjectName("learned_date_edit")
        form.addRow(self.tr("知道名单日期(&L)："), self.learned_edit)
        self.at_hearing_combo = QComboBox()
        self.at_hearing_combo.setObjectName("at_hearing_combo")
        for value in (AtHearing.OPENING, AtHearing.LATER) if hearing_id is not None else (AtHearing.OUTSIDE,):
            self.at_hearing_combo.addItem(recusal_labels.at_hearing(value), value.value)
        form.addRow(self.tr("提出场合："), self.at_hearing_combo)
        self.late_ground_check = QCheckBox(self.tr("回避事由在口审开始后才知道"))
        self.late_ground_check.setObjectName("late_ground_check")
        form.addRow("", self.late_ground_check)
        self.window_label = QLabel()
        self.window_label.setObjectName("window_label")
        self.window_label.setWordWrap(True)
        self.body.addWidget(self.window_label)
        for key, widget in (("applicant_party_id", self.applicant_combo), ("challenged_user_id", self.challenged_combo),
                            ("challenged_name", self.name_edit), ("grounds", grounds), ("reason", self.reason_edit),
                            ("received_date", self.received_edit), ("learned_date", self.learned_edit),
                            ("hearing_id", self.at_hearing_combo)):
            self.field_errors.register(key, widget)
        self.add_buttons(self._on_button_box_accepted)
        self.ok_button = self.button_box.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("登记(&S)"))
        self.applicant_combo.currentIndexChanged.connect(self._on_applicant_changed)
        self.challenged_combo.currentIndexChanged.connect(self._on_challenged_changed)
        self.learned_edit.dateChanged.connect(self._show_window)
        self.received_edit.dateChanged.connect(self._show_window)
        self._on_applicant_changed()
        self._on_challenged_changed()
        form.setRowVisible(self.at_hearing_combo, hearing_id is not None)

    # ---- live help
    def _window(self):
        return next((w for w in self._data.windows if w.party_id == self.applicant_combo.currentData()), None)

    def _on_applicant_changed(self, *_args) -> None:
        w = self._window()
        if w is not None and w.learned is not None:
            self.learned_edit.setDate(to_qdate(w.learned))
        self._show_window()

    def _challenged(self) -> tuple[str, int | None]:
        role, _, user = (self.challenged_combo.currentData() or ":").partition(":")
        return role, int(user) if user else None

    def _on_challenged_changed(self, *_args) -> None:
        self.form.setRowVisible(self.name_edit, self._challenged()[0] in NOT_USERS)

    def _show_window(self, *_args) -> None:
        """The applicant's D6 as the office computed it (from the notice that named the panel)."""
        w = self._window()
        if w is None or w.due is None:
            self.window_label.setText(self.tr("该当事人尚未收到载明合议组成员的通知，申请期限尚未起算。"))
            return
        text = self.tr("%1 于 %2 收到载明合议组成员的通知，申请期限至 %3。").replace("%1", w.name) \
            .replace("%2", labels.fmt_date(w.learned)).replace("%3", labels.fmt_date(w.due))
        if from_qdate(self.learned_edit.date()) == w.learned and from_qdate(self.received_edit.date()) > w.due:
            text += self.tr("已超过该期限：只有口审开始时提出，或口审开始后才知道的事由在口审终结前提出，才能受理。")
            self.window_label.setStyleSheet("color: #b71c1c;")
        else:
            self.window_label.setStyleSheet("color: #1b5e20;")
        self.window_label.setText(text)

    # ---- submit
    def application(self) -> RecusalInput:
        role, user_id = self._challenged()
        return RecusalInput(
            applicant_party_id=self.applicant_combo.currentData(), challenged_role=role,
            grounds=tuple(g for g, box in self.ground_boxes.items() if box.isChecked()),
            reason=self.reason_edit.toPlainText(), received_date=from_qdate(self.received_edit.date()),
            learned_date=from_qdate(self.learned_edit.date()), challenged_user_id=user_id,
            challenged_name=self.name_edit.text(), oral=self.oral_check.isChecked(), hearing_id=self._hearing_id,
            at_hearing=self.at_hearing_combo.currentData(), ground_learned_late=self.late_ground_check.isChecked())

    def _on_button_box_accepted(self) -> None:
        self.submit(recusal_services.apply_for_recusal, case_id=self._data.case_id, data=self.application())
