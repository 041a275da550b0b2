"""The 统计 dashboard's 保护社会满意度 line: the offices' score of the surveys made in the chosen period against the
office's target (85 by default, 满意度 › 目标), with the number of surveys; 查看回访结果 opens the 满意度 page on the
same period (ipcase/queries/satisfaction/results.py, the one place the score is averaged)."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QWidget

from ipcase.dto.satisfaction import SatisfactionResults
from ipcase.dto.statistics import StatsFilter
from ipcase.queries.satisfaction.results import satisfaction_results
from ui.shell.context import AppContext


class SatisfactionBox(QGroupBox):
    open_requested = Signal(object, object)   # start, end: the 满意度 page on this period

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(self.tr("保护社会满意度"), parent)
        self.setObjectName("satisfaction_box")
        self._ctx = ctx
        self.results: SatisfactionResults | None = None
        self._period: tuple[date, date] | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 2, 8, 2)
        self.value_label = QLabel("—")
        self.value_label.setObjectName("satisfaction_value_label")
        self.value_label.setToolTip(self.tr("期间内回访的平均得分（每份为所答各题的平均分，满意度为各份得分的平均值），"
                                            "与本单位在 满意度 › 目标 中设定的目标比较"))
        self.open_button = QPushButton(self.tr("查看回访结果…"))
        self.open_button.setObjectName("satisfaction_open_button")
        self.open_button.setFlat(True)
        self.open_button.setStyleSheet("color: #0d47a1; text-decoration: underline;")
        self.open_button.clicked.connect(self._on_open_button_clicked)
        row.addWidget(self.value_label, 1)
        row.addWidget(self.open_button)

    def load(self, flt: StatsFilter, office_ids: tuple[int, ...]) -> None:
        ctx = self._ctx
        self._period = (flt.date_from, flt.date_to)
        office_id = ctx.user.office_id if ctx.user else 0
        ctx.runner.run_db(ctx.db(satisfaction_results, office_id=office_id, start=flt.date_from, end=flt.date_to,
                                 office_ids=tuple(office_ids)),
                          on_success=self._on_loaded, owner=self)

    def _on_loaded(self, r: SatisfactionResults) -> None:
        self.results = r
        target = f"{r.target:g}"
        if r.overall.score is None:
            text = self.tr("期间内没有回访记录（目标 %1 分）").replace("%1", target)
            colour = "#555"
        else:
            verdict = self.tr("达到目标") if r.meets_target else self.tr("未达到目标")
            text = (self.tr("%1 分（目标 %2 分，%3），回访 %4 份").replace("%1", f"{r.overall.score:.2f}")
                    .replace("%2", target).replace("%3", verdict).replace("%4", str(r.overall.surveys)))
            colour = "#2e7d32" if r.meets_target else "#c62828"
        self.value_label.setText(text)
        self.value_label.setStyleSheet(f"font-weight: bold; color: {colour};")

    def _on_open_button_clicked(self) -> None:
        if self._period is not None:
            self.open_requested.emit(*self._period)
