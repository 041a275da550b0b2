"""案件 › 执行: the enforcement of the ruling (D15: no suit, non-compliance, 催告书, the application to court —
its deadlines are in 期限 and 我的期限), the credit-list entries resting on this case (失信认定), and the flag when a
party of this case is on the credit list because of another case."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ipcase.domain.enums import CaseState
from ipcase.dto.cases import CaseDetail
from ipcase.queries.credit.register import case_enforcement
from ui.common.i18n import tr_ctx
from ui.common.plain_table import fill_rows, text_table
from ui.credit.enforcement_dialog import EnforcementStepDialog
from ui.credit.identify_dialog import IdentifyDialog
from ui.credit.labels import ENFORCEMENT_STEP, FLAG_LINE, GROUND, NEXT_STEP, STATUS
from ui.shell.context import AppContext


def flag_text(flags) -> str:
    """One line per listed party: who, why, since when, which case (the flag on a case and an intake item)."""
    lines = []
    for f in flags:
        since = f.listed_on.isoformat() if f.listed_on else tr_ctx("labels", STATUS.get(f.status, f.status))
        lines.append(tr_ctx("labels", FLAG_LINE)
                     .replace("%1", f.party_name).replace("%2", tr_ctx("labels", GROUND.get(f.ground, f.ground)))
                     .replace("%3", since).replace("%4", f.case_number))
    return "\n".join(lines)


class EnforcementTab(QWidget):
    changed = Signal(int)   # case id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._detail: CaseDetail | None = None
        self.dialog: QWidget | None = None
        layout = QVBoxLayout(self)
        self.flag_label = QLabel()
        self.flag_label.setObjectName("credit_flag_label")
        self.flag_label.setWordWrap(True)
        self.flag_label.setStyleSheet("color: #b00020; font-weight: bold;")
        layout.addWidget(self.flag_label)
        note = QLabel(self.tr("裁决生效后当事人不起诉又不履行的，应先送达催告书，十日后仍不履行的，本机关可在起诉期限届满"
                              "之日起三个月内申请人民法院强制执行；本机关未申请的，权利人可在其后六个月内申请"
                              "（专利纠纷行政裁决和调解办法第八十条）。"))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.steps_table = text_table([self.tr("日期"), self.tr("环节"), self.tr("说明"), self.tr("记录人")],
                                      "enforcement_steps_table")
        layout.addWidget(self.steps_table, 1)
        bar = QHBoxLayout()
        self.step_button = QPushButton(self.tr("记录执行环节(&E)…"))
        self.step_button.setObjectName("enforcement_step_button")
        self.identify_button = QPushButton(self.tr("失信认定(&I)…"))
        self.identify_button.setObjectName("credit_identify_button")
        for b in (self.step_button, self.identify_button):
            bar.addWidget(b)
        bar.addStretch(1)
        layout.addLayout(bar)
        layout.addWidget(QLabel(self.tr("本案的失信认定（在“失信名单”中办理后续步骤）：")))
        self.listings_table = text_table([self.tr("当事人"), self.tr("失信行为"), self.tr("状态"), self.tr("下一步"),
                                          self.tr("期限")], "case_listings_table")
        layout.addWidget(self.listings_table, 1)
        self.step_button.clicked.connect(self._on_step_button_clicked)
        self.identify_button.clicked.connect(self._on_identify_button_clicked)
        self._enable()

    def set_detail(self, d: CaseDetail) -> None:
        self._detail = d
        self._enable()
        ctx = self._ctx
        ctx.runner.run_db(ctx.db(case_enforcement, case_id=d.id, today=ctx.clock.now().date()),
                          on_success=self._loaded, owner=self)

    def _loaded(self, result) -> None:
        steps, listings, flags = result
        self.flag_label.setText(flag_text(flags))
        self.flag_label.setVisible(bool(flags))
        fill_rows(self.steps_table, [(s.day, tr_ctx("labels", ENFORCEMENT_STEP.get(s.step, s.step)), s.note,
                                      s.recorded_by) for s in steps])
        fill_rows(self.listings_table, [(r.party_name, tr_ctx("labels", GROUND.get(r.ground, r.ground)),
                                         tr_ctx("labels", STATUS.get(r.status, r.status)),
                                         tr_ctx("labels", NEXT_STEP[r.next_step]) if r.next_step else "", r.next_due)
                                        for r in listings])

    def _enable(self) -> None:
        d = self._detail
        ruled = d is not None and d.state == CaseState.CLOSED_RULING_INFRINGEMENT
        self.step_button.setEnabled(ruled and self._ctx.may("credit.manage"))
        self.identify_button.setEnabled(ruled and self._ctx.may("credit.manage"))

    def _on_step_button_clicked(self) -> None:
        self.dialog = dialog = EnforcementStepDialog(self._ctx, self._detail, self)
        dialog.saved.connect(self._saved)
        dialog.open()

    def _on_identify_button_clicked(self) -> None:
        self.dialog = dialog = IdentifyDialog(self._ctx, self._detail, self)
        dialog.saved.connect(self._saved)
        dialog.open()

    def _saved(self, _ref) -> None:
        self.changed.emit(self._detail.id)
