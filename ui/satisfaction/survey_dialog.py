"""满意度回访 › 录入: the clerk fills this in during the phone call (or from the returned paper form): the four
questions on the five-level scale ('未作答' when the party declines one), how and when it was asked, remarks."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit, QWidget

from ipcase.domain.satisfaction.scoring import POINTS, QUESTIONS, Level
from ipcase.dto.satisfaction import SurveyInput, SurveyTarget
from ipcase.services.satisfaction.surveys import record_survey
from ui.common.fields import date_edit
from ui.common.form_dialog import FormDialog
from ui.common.i18n import tr_ctx
from ui.common.submit import submit
from ui.satisfaction.labels import DECLINED, LEVEL, METHOD, QUESTION
from ui.shell.context import AppContext


class SurveyDialog(FormDialog):
    saved = Signal(object)

    def __init__(self, ctx: AppContext, target: SurveyTarget, parent: QWidget | None = None):
        super().__init__(parent, min_width=560)
        self._ctx, self._target = ctx, target
        self.setObjectName("survey_dialog")
        self.setWindowTitle(self.tr("满意度回访 — %1").replace("%1", target.case_number))
        about = QLabel(self.tr("当事人：%1　电话：%2　结案日期：%3").replace("%1", target.party_name)
                       .replace("%2", target.phone or "—")
                       .replace("%3", target.closed_date.isoformat() if target.closed_date else "—"))
        about.setWordWrap(True)
        self.add_above(about)
        self.method_combo = self.add_row(self.tr("回访方式(&M)："), QComboBox(), "method")
        for key, text in METHOD.items():
            self.method_combo.addItem(tr_ctx("labels", text), key)
        today = ctx.clock.now().date()
        self.day_edit = self.add_row(self.tr("回访日期(&D)："), date_edit(today, latest=today), "surveyed_on")
        self.combos: dict[str, QComboBox] = {}
        for i, q in enumerate(QUESTIONS, start=1):
            combo = QComboBox()
            combo.setObjectName(f"{q}_combo")
            for level in sorted(Level, reverse=True):
                combo.addItem(f"{tr_ctx('labels', LEVEL[int(level)])}（{POINTS[level]}）", int(level))
            combo.addItem(tr_ctx("labels", DECLINED), None)
            self.combos[q] = self.add_row(f"{i}. {tr_ctx('labels', QUESTION[q])}：", combo, q)
        self.comment_edit = self.add_row(self.tr("意见建议(&C)："), QPlainTextEdit(), "comment")
        self.comment_edit.setMaximumHeight(100)
        self.add_buttons(self._on_button_box_accepted)

    def values(self) -> SurveyInput:
        answers = {q: c.currentData() for q, c in self.combos.items()}
        return SurveyInput(self._target.party_id, self.method_combo.currentData(), self.day_edit.value(),
                           comment=self.comment_edit.toPlainText(), **answers)

    def _on_button_box_accepted(self) -> None:
        self.field_errors.clear()
        ctx = self._ctx
        task = ctx.db(record_survey, actor_id=ctx.user_id, case_id=self._target.case_id, data=self.values(),
                      now=ctx.clock.now())
        submit(self, ctx.runner, task, field_errors=self.field_errors, on_success=self._on_saved,
               lock=self.button_box)

    def _on_saved(self, info) -> None:
        self.saved.emit(info)
        self.accept()
