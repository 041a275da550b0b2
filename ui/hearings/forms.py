"""The small forms of a scheduled session: a party's 回执, a postponement request, the panel's decision on it,
and the end of a session (held, or adjourned to be continued)."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)

from ipcase.dto.hearings import HearingDetail, PostponementInfo
from ipcase.services.hearings import requests as hearing_requests
from ipcase.services.hearings import sessions as hearings
from ui.common import labels
from ui.common.fields import date_edit, from_qdate
from ui.common.form_dialog import FormDialog
from ui.common.submit import submit
from ui.hearings import labels as hearing_labels
from ui.shell.context import AppContext


class _Form(FormDialog):
    """A titled form under the session's heading, with Save/Cancel whose save runs one service call.

    The buttons are placed before the subclass adds its rows, so they come first in the focus chain (as they
    always have in these forms)."""
    saved = Signal(object)

    def __init__(self, ctx: AppContext, hearing: HearingDetail, title: str, parent: QWidget | None = None):
        super().__init__(parent, min_width=460)
        self._ctx, self.hearing = ctx, hearing
        self.setWindowTitle(title)
        self.add_above(QLabel(f"<b>{hearing.case_number or ''}</b>　{labels.fmt_date(hearing.starts_at)}　"
                              f"{hearing.room_name}"))
        self.add_buttons(self.save, QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)

    def party_combo(self) -> QComboBox:
        combo = QComboBox()
        for p in self.hearing.parties:
            combo.addItem(p.name, p.party_id)
        return self.add_row(self.tr("当事人(&P)"), combo, "party_id")

    def run(self, task: Callable) -> None:
        submit(self, self._ctx.runner, task, field_errors=self.field_errors, on_success=self._on_saved)

    def save(self) -> None:
        raise NotImplementedError

    def _on_saved(self, result) -> None:
        self.saved.emit(result)
        self.accept()


class ReturnSlipDialog(_Form):
    def __init__(self, ctx: AppContext, hearing: HearingDetail, parent: QWidget | None = None):
        super().__init__(ctx, hearing, self.tr("登记口头审理回执"), parent)
        self.party = self.party_combo()
        self.received = self.add_row(self.tr("收到日期(&D)"), date_edit(ctx.clock.today(), latest=ctx.clock.today()),
                                     "received_on")
        self.attending = self.add_row("", QCheckBox(self.tr("参加口头审理(&A)")), "attending")
        self.attending.setChecked(True)
        self.attendees = self.add_row(self.tr("出席人员(&N)"), QPlainTextEdit(), "attendees")
        self.attendees.setPlaceholderText(self.tr("每行一人：姓名 单位及职务 电话"))
        self.reason = self.add_row(self.tr("不参加的理由(&R)"), QPlainTextEdit(), "reason")

    def save(self) -> None:
        ctx = self._ctx
        self.run(ctx.db(hearing_requests.record_return_slip, actor_id=ctx.user_id, hearing_id=self.hearing.id,
                        party_id=self.party.currentData(), received_on=from_qdate(self.received.date()),
                        attending=self.attending.isChecked(), attendees=self.attendees.toPlainText(),
                        reason=self.reason.toPlainText(), now=ctx.clock.now()))


class PostponementDialog(_Form):
    def __init__(self, ctx: AppContext, hearing: HearingDetail, parent: QWidget | None = None):
        super().__init__(ctx, hearing, self.tr("登记延期口审申请"), parent)
        self.party = self.party_combo()
        self.received = self.add_row(self.tr("收到日期(&D)"), date_edit(ctx.clock.today(), latest=ctx.clock.today()),
                                     "received_on")
        self.reason = self.add_row(self.tr("申请理由(&R)"), QPlainTextEdit(), "reason")

    def save(self) -> None:
        ctx = self._ctx
        self.run(ctx.db(hearing_requests.file_postponement, actor_id=ctx.user_id, hearing_id=self.hearing.id,
                        party_id=self.party.currentData(), received_on=from_qdate(self.received.date()),
                        reason=self.reason.toPlainText(), now=ctx.clock.now()))


class DecidePostponementDialog(_Form):
    """Refusing saves here; granting asks for the new arrangement (`grant_requested` with the reason)."""
    grant_requested = Signal(str)

    def __init__(self, ctx: AppContext, hearing: HearingDetail, request: PostponementInfo,
                 parent: QWidget | None = None):
        super().__init__(ctx, hearing, self.tr("合议组决定延期申请"), parent)
        self.request = request
        late = self.tr("（逾期提出）") if request.late else ""
        self.form.addRow(self.tr("申请人"), QLabel(f"{request.party_name}　{labels.fmt_date(request.received_on)}{late}"))
        self.form.addRow(self.tr("申请理由"), QLabel(request.reason))
        self.grant_radio = QRadioButton(self.tr("准予延期，重新安排口审(&G)"))
        self.refuse_radio = QRadioButton(self.tr("不予延期(&F)"))
        self.refuse_radio.setChecked(True)
        self.form.addRow("", self.grant_radio)
        self.form.addRow("", self.refuse_radio)
        self.reason = self.add_row(self.tr("决定理由(&R)"), QPlainTextEdit(), "decision_reason")

    def save(self) -> None:
        ctx = self._ctx
        if self.grant_radio.isChecked():
            if not self.reason.toPlainText().strip():
                self.field_errors.set("decision_reason", hearing_labels.field("decision_reason") + "：" + self.tr("必须填写"))
                return
            self.grant_requested.emit(self.reason.toPlainText().strip())
            self.accept()
            return
        self.run(ctx.db(hearing_requests.decide_postponement, actor_id=ctx.user_id, request_id=self.request.id,
                        grant=False, reason=self.reason.toPlainText(), now=ctx.clock.now()))


class CloseSessionDialog(_Form):
    def __init__(self, ctx: AppContext, hearing: HearingDetail, parent: QWidget | None = None):
        super().__init__(ctx, hearing, self.tr("结束本次口审"), parent)
        self.held_radio = QRadioButton(self.tr("口头审理完毕(&H)"))
        self.adjourned_radio = QRadioButton(self.tr("休庭，另行安排续行口审(&J)"))
        self.held_radio.setChecked(True)
        self.form.addRow("", self.held_radio)
        self.form.addRow("", self.adjourned_radio)
        self.closed = self.add_row(self.tr("日期(&D)"), date_edit(ctx.clock.today(), latest=ctx.clock.today()),
                                   "closed_on")
        self.absent = self.add_row("", QCheckBox(self.tr("被请求人缺席（缺席审理）")), "respondent_absent")
        self.note = self.add_row(self.tr("休庭原因/说明(&N)"), QPlainTextEdit(), "note")

    def save(self) -> None:
        ctx = self._ctx
        self.run(ctx.db(hearings.close_session, actor_id=ctx.user_id, hearing_id=self.hearing.id,
                        expected_version=self.hearing.version,
                        outcome="held" if self.held_radio.isChecked() else "adjourned",
                        closed_on=from_qdate(self.closed.date()), respondent_absent=self.absent.isChecked(),
                        note=self.note.toPlainText(), now=ctx.clock.now()))
