"""导出统计报表: the monthly / quarterly / yearly report with 同比 and 环比 and the ranking of the monthly
circular, to Excel, PDF or CSV. The figures are computed on the database lane and the file is written on the
render lane, behind a progress dialog with Cancel."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ipcase.domain.statistics.counting import ReportPeriod, period_containing
from ipcase.errors import ValidationFailed
from ipcase.reports.export import check_target, export_report
from ipcase.reports.periodic import DEFAULT_RANKING, RANKING_INDICATORS, build_report
from ipcase.services.audit import outputs
from ui.common.field_errors import FieldErrors
from ui.common.file_dialogs import announce_saved, last_folder, remember_folder, save_file
from ui.common.i18n import tr_ctx
from ui.common.submit import show_failure
from ui.shell.context import AppContext

FORMATS = ((".xlsx", "Excel（.xlsx）"), (".pdf", "PDF（.pdf）"), (".csv", "CSV（.csv）"))


class ReportDialog(QDialog):
    exported = Signal(str)  # the file written

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._path_edited = False
        self._task = None
        self.progress: QProgressDialog | None = None
        self.setWindowTitle(self.tr("导出统计报表"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)

        last_month = period_containing("month", ctx.clock.today()).previous()
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("kind_combo")
        for kind, text in (("month", self.tr("月报")), ("quarter", self.tr("季报")), ("year", self.tr("年报"))):
            self.kind_combo.addItem(text, kind)
        form.addRow(self.tr("报表(&K)："), self.kind_combo)
        period_row = QHBoxLayout()
        self.year_spin = QSpinBox()
        self.year_spin.setObjectName("year_spin")
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setValue(last_month.year)
        self.year_spin.setSuffix(self.tr(" 年"))
        self.number_spin = QSpinBox()
        self.number_spin.setObjectName("number_spin")
        self.number_spin.setRange(1, 12)
        self.number_spin.setValue(last_month.number)
        self.number_spin.setSuffix(self.tr(" 月"))
        period_row.addWidget(self.year_spin)
        period_row.addWidget(self.number_spin)
        period_row.addStretch(1)
        form.addRow(self.tr("期间(&P)："), period_row)
        self.period_label = QLabel()
        self.period_label.setStyleSheet("color: #555;")
        form.addRow("", self.period_label)

        ranking_row = QHBoxLayout()
        self.indicator_checks: dict[str, QCheckBox] = {}
        for key, (label, _higher) in RANKING_INDICATORS.items():
            check = QCheckBox(tr_ctx("statistics", label))
            check.setChecked(key in DEFAULT_RANKING)
            ranking_row.addWidget(check)
            self.indicator_checks[key] = check
        ranking_holder = QWidget()
        ranking_holder.setLayout(ranking_row)
        ranking_row.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("排名指标："), ranking_holder)
        self.ranking_holder = ranking_holder

        self.format_combo = QComboBox()
        self.format_combo.setObjectName("format_combo")
        for suffix, text in FORMATS:
            self.format_combo.addItem(text, suffix)
        form.addRow(self.tr("格式(&F)："), self.format_combo)
        path_row = QHBoxLayout()
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("path_edit")
        self.path_edit.setMinimumWidth(380)
        self.browse_button = QPushButton(self.tr("浏览(&B)…"))
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)
        form.addRow(self.tr("保存到(&S)："), path_row)

        self.summary_label = QLabel()
        layout.addWidget(self.summary_label)
        self.field_errors = FieldErrors(self.summary_label)
        self.field_errors.register("out", self.path_edit)
        self.field_errors.register("period", self.number_spin)
        self.field_errors.register("indicators", ranking_holder)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("导出(&E)"))
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self.kind_combo.currentIndexChanged.connect(self._on_kind_combo_current_index_changed)
        for spin in (self.year_spin, self.number_spin):
            spin.valueChanged.connect(self._update_period)
        self.format_combo.currentIndexChanged.connect(self._update_period)
        self.path_edit.textEdited.connect(self._on_path_edit_text_edited)
        self.browse_button.clicked.connect(self._on_browse_button_clicked)
        self._update_period()

    # ---- the period and the file name
    def period(self) -> ReportPeriod:
        kind = self.kind_combo.currentData()
        return ReportPeriod(kind, self.year_spin.value(), 1 if kind == "year" else self.number_spin.value())

    def _on_kind_combo_current_index_changed(self, _index: int) -> None:
        kind = self.kind_combo.currentData()
        self.number_spin.setVisible(kind != "year")
        self.number_spin.setMaximum(12 if kind == "month" else 4)
        self.number_spin.setSuffix(self.tr(" 月") if kind == "month" else self.tr(" 季度"))
        self._update_period()

    def _update_period(self, *_args) -> None:
        p = self.period()
        self.period_label.setText(self.tr("%1（%2 至 %3），同比 %4，环比 %5")
                                  .replace("%1", p.label).replace("%2", p.start.isoformat())
                                  .replace("%3", p.end.isoformat()).replace("%4", p.same_last_year().label)
                                  .replace("%5", p.previous().label))
        suffix = self.format_combo.currentData()
        if not self._path_edited:
            self.path_edit.setText(str(last_folder() / f"专利侵权纠纷统计-{p.key}{suffix}"))
        else:
            current = Path(self.path_edit.text())
            if current.suffix.lower() in {s for s, _ in FORMATS} and current.suffix.lower() != suffix:
                self.path_edit.setText(str(current.with_suffix(suffix)))

    def _on_path_edit_text_edited(self, _text: str) -> None:
        self._path_edited = True

    def _on_browse_button_clicked(self) -> None:
        suffix = self.format_combo.currentData()
        name = save_file(self, self.tr("保存报表"), Path(self.path_edit.text()).name,
                         self.format_combo.currentText().replace("（", " (*").replace("）", ")"))
        if name:
            self._path_edited = True
            self.path_edit.setText(name if name.lower().endswith(suffix) else name + suffix)

    # ---- exporting
    def export(self) -> None:
        self.field_errors.clear()
        indicators = tuple(k for k, check in self.indicator_checks.items() if check.isChecked())
        try:
            if not indicators:
                raise ValidationFailed("indicators", "required")
            path = check_target(self.path_edit.text().strip())
        except ValidationFailed as exc:
            self.field_errors.show(exc)
            return
        ctx, period = self._ctx, self.period()
        self.progress = QProgressDialog(self.tr("正在统计…"), self.tr("取消"), 0, 5, self)
        self.progress.setWindowTitle(self.tr("导出统计报表"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.buttons.setEnabled(False)
        self.progress.canceled.connect(self._on_progress_canceled)

        def work(progress, cancel):
            with ctx.new_uow() as uow:
                return build_report(uow, viewer_id=ctx.user_id, period=period, now=ctx.clock.now(),
                                    indicators=indicators, progress=progress, cancel=cancel)

        self._task = ctx.runner.run_db(work, with_progress=True, on_progress=self._on_progress,
                                       on_success=lambda report: self._on_built(report, path),
                                       on_failure=self._on_failed, owner=self)

    def _on_progress(self, done: int, total: int, text: str) -> None:
        if self.progress is not None:
            self.progress.setMaximum(total + 1)  # + writing the file
            self.progress.setValue(done)
            self.progress.setLabelText(tr_ctx("statistics", text))

    def _on_built(self, report, path: Path) -> None:
        if self.progress is not None:
            self.progress.setLabelText(self.tr("正在写入文件…"))
        self._task = self._ctx.runner.run_render(lambda: export_report(report, path), on_success=self._on_written,
                                                 on_failure=self._on_failed, owner=self)

    def _on_written(self, path: Path) -> None:
        self._finish()
        # The export is an audit entry (issue 13: "export and print"), written in the background.
        ctx, period = self._ctx, self.period()
        ctx.runner.run_db(ctx.db(outputs.record_report_export, actor_id=ctx.user_id, target=str(path),
                                 period=f"{period.kind} {period.year}-{period.number}", now=ctx.clock.now()),
                          on_failure=lambda exc: None)
        self.exported.emit(str(path))
        remember_folder(path.parent)
        self.accept()   # closed first: the question below is about the file, not the dialog
        announce_saved(self.parentWidget(), self.tr("导出统计报表"), path)

    def _on_failed(self, exc: Exception) -> None:
        self._finish()
        show_failure(self, self.field_errors, exc)

    def _on_progress_canceled(self) -> None:
        if self._task is not None:
            self._task.token.cancel()
        self._finish()

    def _finish(self) -> None:
        self.buttons.setEnabled(True)
        if self.progress is not None:
            self.progress.canceled.disconnect(self._on_progress_canceled)
            self.progress.close()
            self.progress = None
