"""How a hearing ends, from the record's attendance (M25 art 26): held (the respondent absent: heard in absence),
adjourned (休庭, a reason), or — the requester's side absent without a proper reason — treated as a withdrawal,
which the 部门负责人 approves. The choice is confirmed before anything is filed; the dialog stays open until the
editor's save went through, so a refused date or a missing reason is shown next to its field and nothing typed is
lost."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ipcase.domain.hearings.record import CloseOutcome
from ui.common import messages
from ui.common.fields import date_edit, from_qdate
from ui.common.form_dialog import FormDialog
from ui.common.submit import show_failure


class CloseRecordDialog(FormDialog):
    submitted = Signal()   # confirmed: the editor closes the record, then calls accept() or failed()

    def __init__(self, *, requester_absent: bool, respondent_absent: bool, hearing_day: date, today: date,
                 parent: QWidget | None = None):
        super().__init__(parent, min_width=480)
        self.setWindowTitle(self.tr("结束口审"))
        if requester_absent:
            text = self.tr("笔录记载请求人方无人到庭。请求人经书面通知，无正当理由拒不参加口头审理的，按撤回请求处理"
                           "（须经部门负责人批准）；有正当理由的，请以休庭结束本次口审并另行安排。")
        elif respondent_absent:
            text = self.tr("笔录记载被请求人方无人到庭：口审完毕时记明被请求人缺席，本案缺席审理。")
        else:
            text = self.tr("各方均已到庭。")
        self.absence_label = QLabel(text)
        self.absence_label.setObjectName("absence_label")
        self.absence_label.setWordWrap(True)
        self.add_above(self.absence_label)
        self.radios: dict[CloseOutcome, QRadioButton] = {}
        group = QButtonGroup(self)
        choice = QWidget()
        choice_layout = QVBoxLayout(choice)
        choice_layout.setContentsMargins(0, 0, 0, 0)
        for outcome, text in ((CloseOutcome.HELD, self.tr("口头审理完毕(&H)")),
                              (CloseOutcome.ADJOURNED, self.tr("休庭，另行续行口审(&A)")),
                              (CloseOutcome.REQUESTER_NO_SHOW, self.tr("请求人无正当理由拒不到庭，按撤回请求处理(&W)"))):
            radio = QRadioButton(text)
            radio.setObjectName(f"outcome_{outcome.value}_radio")
            group.addButton(radio)
            choice_layout.addWidget(radio)
            self.radios[outcome] = radio
        self.radios[CloseOutcome.HELD].setEnabled(not requester_absent)
        self.radios[CloseOutcome.REQUESTER_NO_SHOW].setEnabled(requester_absent)
        self.radios[CloseOutcome.REQUESTER_NO_SHOW if requester_absent else CloseOutcome.HELD].setChecked(True)
        self.add_row(self.tr("结束方式："), choice, "outcome")
        self.date_edit = date_edit(min(hearing_day, today), latest=today)
        self.date_edit.setObjectName("closed_on_edit")
        self.add_row(self.tr("日期(&D)："), self.date_edit, "closed_on")
        self.note_edit = QPlainTextEdit()
        self.note_edit.setObjectName("close_note_edit")
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setMaximumHeight(80)
        self.note_edit.setPlaceholderText(self.tr("休庭的，写明原因（如回避申请待决定、需补充证据、双方和解）"))
        self.add_row(self.tr("说明(&N)："), self.note_edit, "note")
        self.add_buttons(self._on_accepted)

    def outcome(self) -> CloseOutcome:
        return next(o for o, radio in self.radios.items() if radio.isChecked())

    def closed_on(self) -> date:
        return from_qdate(self.date_edit.date())

    def note(self) -> str:
        return self.note_edit.toPlainText().strip()

    def _on_accepted(self) -> None:
        if self.outcome() == CloseOutcome.REQUESTER_NO_SHOW and not messages.confirm(
                self, self.tr("按撤回请求处理"),
                self.tr("确定请求人无正当理由拒不参加口头审理，按撤回请求处理吗？\n将提交部门负责人审批，批准后撤销本案。")):
            return
        self.field_errors.clear()
        self.button_box.setEnabled(False)
        self.submitted.emit()

    def failed(self, exc: Exception) -> None:
        self.button_box.setEnabled(True)
        show_failure(self, self.field_errors, exc)
