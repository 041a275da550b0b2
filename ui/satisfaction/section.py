"""满意度回访 (保护社会满意度): the parties of the cases closed in a period and whether they were asked; 录入 the
answers of a phone call or a returned form; 打印调查表 (the paper form, PDF); the results per office, officer, month
or patent type against the office's target (设置: satisfaction.target, 85 by default)."""
from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ipcase.dto.satisfaction import SatisfactionResults, SurveyTarget
from ipcase.queries.satisfaction.results import satisfaction_results, survey_targets, target_page
from ipcase.reports.survey_form import write_survey_form
from ui.common import messages
from ui.common.fields import date_edit
from ui.common.i18n import tr_ctx
from ui.common.pdf_preview import PdfPreviewDialog
from ui.common.plain_table import fill_rows, text_table
from ui.satisfaction.labels import GROUPING, ROLE
from ui.satisfaction.survey_dialog import SurveyDialog
from ui.satisfaction.target_dialog import TargetDialog
from ui.shell.context import AppContext


def paper_form(office_name: str, target: SurveyTarget) -> bytes:
    with tempfile.TemporaryDirectory() as folder:
        path = write_survey_form(Path(folder) / "form.pdf", office_name=office_name, case_number=target.case_number,
                                 party_name=target.party_name,
                                 closed_on=target.closed_date.isoformat() if target.closed_date else "")
        return path.read_bytes()


class SatisfactionView(QWidget):
    case_open_requested = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._targets: tuple[SurveyTarget, ...] = ()
        self.dialog: QWidget | None = None
        today = ctx.clock.now().date()
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.from_edit = date_edit(date(today.year, 1, 1))
        self.to_edit = date_edit(today)
        self.group_combo = QComboBox()
        self.group_combo.setObjectName("satisfaction_group_combo")
        for key, text in GROUPING.items():
            self.group_combo.addItem(tr_ctx("labels", text), key)
        self.refresh_button = QPushButton(self.tr("查询(&Q)"))
        self.target_button = QPushButton(self.tr("目标(&T)…"))
        self.target_button.setObjectName("satisfaction_target_button")
        self.target_button.setVisible(ctx.may("settings.edit"))
        for w in (QLabel(self.tr("期间：")), self.from_edit, QLabel(self.tr("至")), self.to_edit, self.group_combo,
                  self.refresh_button, self.target_button):
            bar.addWidget(w)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.score_label = QLabel()
        self.score_label.setObjectName("satisfaction_score_label")
        self.score_label.setStyleSheet("font-size: 15px; font-weight: bold;")
        layout.addWidget(self.score_label)
        self.results_table = text_table([self.tr("分组"), self.tr("份数"), self.tr("满意度"), self.tr("办案程序"),
                                         self.tr("办案时限"), self.tr("公正廉洁"), self.tr("处理结果")],
                                        "satisfaction_results_table")
        layout.addWidget(self.results_table, 1)
        layout.addWidget(QLabel(self.tr("期间内结案案件的当事人：")))
        self.targets_table = text_table([self.tr("案号"), self.tr("结案日期"), self.tr("当事人"), self.tr("地位"),
                                         self.tr("电话"), self.tr("得分")], "survey_targets_table")
        layout.addWidget(self.targets_table, 2)
        actions = QHBoxLayout()
        self.record_button = QPushButton(self.tr("录入回访结果(&R)…"))
        self.record_button.setObjectName("survey_record_button")
        self.print_button = QPushButton(self.tr("打印调查表(&P)…"))
        self.print_button.setObjectName("survey_print_button")
        for b in (self.record_button, self.print_button):
            actions.addWidget(b)
        actions.addStretch(1)
        layout.addLayout(actions)
        note = QLabel(self.tr("计分：非常满意100、满意80、基本满意60、不满意30、非常不满意0；每份为所答各题的平均分（未作答"
                              "的题不计），满意度为各份得分的平均值。"))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.refresh_button.clicked.connect(self.refresh)
        self.target_button.clicked.connect(self._on_target_button_clicked)
        self.group_combo.currentIndexChanged.connect(self.refresh)
        self.record_button.clicked.connect(self._on_record_button_clicked)
        self.print_button.clicked.connect(self._on_print_button_clicked)
        self.targets_table.itemSelectionChanged.connect(self._enable)
        self.targets_table.doubleClicked.connect(self._on_targets_double_clicked)
        self._enable()

    def show_period(self, start: date, end: date) -> None:
        """The results of `start`–`end` by office (the 统计 dashboard's 保护社会满意度 line opens this)."""
        self.from_edit.set_value(start)
        self.to_edit.set_value(end)
        self.group_combo.blockSignals(True)
        self.group_combo.setCurrentIndex(max(0, self.group_combo.findData("office")))
        self.group_combo.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        ctx = self._ctx
        start, end = self.from_edit.value(), self.to_edit.value()
        if start is None or end is None:
            return
        office_id = ctx.user.office_id if ctx.user else 0
        by = self.group_combo.currentData()

        def both(uow):
            return (satisfaction_results(uow, office_id=office_id, start=start, end=end, by=by),
                    survey_targets(uow, closed_from=start, closed_to=end))
        ctx.runner.run_db(ctx.db(both), on_success=self._loaded, owner=self)

    def _loaded(self, result) -> None:
        results, self._targets = result
        self._show_results(results)
        fill_rows(self.targets_table, [(t.case_number, t.closed_date, t.party_name, tr_ctx("labels", ROLE.get(t.role, t.role)),
                                        t.phone, "" if t.score is None else f"{t.score:g}")
                                       for t in self._targets])
        self._enable()

    def _show_results(self, r: SatisfactionResults) -> None:
        def cell(v):
            return "" if v is None else f"{v:.2f}"
        keys = {"case_type": {"invention": self.tr("发明"), "utility_model": self.tr("实用新型"),
                              "design": self.tr("外观设计")}}.get(r.by, {})
        fill_rows(self.results_table, [(keys.get(x.key, x.key), x.surveys, cell(x.score), cell(x.procedure),
                                        cell(x.timeliness), cell(x.fairness), cell(x.result)) for x in r.rows])
        if r.overall.score is None:
            text = self.tr("期间内没有回访记录。目标：%1").replace("%1", f"{r.target:g}")
        else:
            verdict = self.tr("达到目标") if r.meets_target else self.tr("未达到目标")
            text = (self.tr("保护社会满意度 %1（%2 份），目标 %3：%4").replace("%1", f"{r.overall.score:.2f}")
                    .replace("%2", str(r.overall.surveys)).replace("%3", f"{r.target:g}").replace("%4", verdict))
        self.score_label.setText(text)

    def _selected(self) -> SurveyTarget | None:
        rows = self.targets_table.selectionModel().selectedRows() if self.targets_table.selectionModel() else []
        return self._targets[rows[0].row()] if rows and rows[0].row() < len(self._targets) else None

    def _enable(self) -> None:
        t = self._selected()
        self.record_button.setEnabled(t is not None and t.survey_id is None and self._ctx.may("survey.record"))
        self.print_button.setEnabled(t is not None)

    def _on_record_button_clicked(self) -> None:
        t = self._selected()
        if t is None:
            return
        self.dialog = dialog = SurveyDialog(self._ctx, t, self)
        dialog.saved.connect(lambda _info: self.refresh())
        dialog.open()

    def _on_print_button_clicked(self) -> None:
        t = self._selected()
        if t is None:
            return
        office = self._ctx.user.office_name if self._ctx.user else ""

        def opened(pdf: bytes) -> None:
            self.dialog = PdfPreviewDialog(self.tr("满意度调查表"), pdf, None, parent=self,
                                           case_number=t.case_number)
            self.dialog.open()
        self._ctx.runner.run_render(lambda: paper_form(office, t), on_success=opened,
                                    on_failure=lambda exc: messages.show_error(self, exc), owner=self)

    def _on_target_button_clicked(self) -> None:
        ctx = self._ctx

        def opened(page) -> None:
            self.dialog = dialog = TargetDialog(ctx, *page, parent=self)
            dialog.saved.connect(lambda _v: self.refresh())
            dialog.open()
        ctx.runner.run_db(ctx.db(target_page, office_id=ctx.user.office_id), on_success=opened,
                          on_failure=lambda exc: messages.show_error(self, exc), owner=self)

    def _on_targets_double_clicked(self, _index) -> None:
        t = self._selected()
        if t is not None:
            self.case_open_requested.emit(t.case_id)
