"""审计 section: the audit trail filtered by case, user, date and action; export to Excel/CSV; the full check of
the record (chain, every row and file, the checkpoints) off the GUI thread with progress. Read-only: nothing
here changes the record."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ipcase.dto.audit import AuditFilter
from ipcase.queries.audit.check import check_record
from ipcase.queries.audit.trail import audit_actors, audit_entries
from ipcase.services.audit.export import export_trail
from ui.audit.labels import OPERATIONS, PROBLEMS
from ui.common import messages
from ui.common.fields import date_edit
from ui.common.file_dialogs import save_file
from ui.common.i18n import tr_ctx
from ui.common.plain_table import fill, text_table
from ui.shell.context import AppContext

CONTEXT = "AuditView"


def _t(text: str) -> str:
    return tr_ctx(CONTEXT, text)


class AuditView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.rows = ()
        self.progress: QProgressDialog | None = None
        self._task = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        bar = QHBoxLayout()
        layout.addLayout(bar)
        self.case_edit = QLineEdit()
        self.case_edit.setObjectName("audit_case_edit")
        self.case_edit.setPlaceholderText(self.tr("案号"))
        self.user_combo = QComboBox()
        self.user_combo.setObjectName("audit_user_combo")
        self.user_combo.addItem(self.tr("全部用户"), None)
        self.from_edit = date_edit(ctx.clock.today().replace(day=1))
        self.to_edit = date_edit(ctx.clock.today())
        self.action_edit = QLineEdit()
        self.action_edit.setObjectName("audit_action_edit")
        self.action_edit.setPlaceholderText(self.tr("操作（如 auth.login）"))
        self.search_button = QPushButton(self.tr("查询(&Q)"))
        self.search_button.setObjectName("audit_search_button")
        self.search_button.clicked.connect(self.refresh)
        self.export_button = QPushButton(self.tr("导出(&E)…"))
        self.export_button.setObjectName("audit_export_button")
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.verify_button = QPushButton(self.tr("完整校验(&V)"))
        self.verify_button.setObjectName("audit_verify_button")
        self.verify_button.clicked.connect(self._on_verify_button_clicked)
        for label, w in ((self.tr("案号："), self.case_edit), (self.tr("用户："), self.user_combo),
                         (self.tr("从："), self.from_edit), (self.tr("到："), self.to_edit),
                         (self.tr("操作："), self.action_edit)):
            bar.addWidget(QLabel(label))
            bar.addWidget(w)
        for w in (self.search_button, self.export_button, self.verify_button):
            bar.addWidget(w)
        bar.addStretch(1)
        self.count_label = QLabel()
        layout.addWidget(self.count_label)
        split = QSplitter(Qt.Orientation.Vertical)
        self.table = text_table([self.tr("序号"), self.tr("时间"), self.tr("用户"), self.tr("操作"), self.tr("类别"),
                                 self.tr("记录"), self.tr("案号"), self.tr("变化")], "audit_table")
        self.table.clicked.connect(lambda _i: self._show_changes())
        split.addWidget(self.table)
        self.detail_text = QPlainTextEdit()
        self.detail_text.setObjectName("audit_detail_text")
        self.detail_text.setReadOnly(True)
        split.addWidget(self.detail_text)
        split.setSizes([420, 140])
        layout.addWidget(split, 1)
        self.result_label = QLabel()
        self.result_label.setObjectName("audit_result_label")
        self.result_label.setWordWrap(True)
        layout.addWidget(self.result_label)
        self._actors_loaded = False

    def filters(self) -> AuditFilter:
        return AuditFilter(case_number=self.case_edit.text(), actor_id=self.user_combo.currentData(),
                           date_from=self.from_edit.date().toPython(), date_to=self.to_edit.date().toPython(),
                           action=self.action_edit.text())

    def refresh(self) -> None:
        ctx = self._ctx
        if not self._actors_loaded:
            ctx.runner.run_db(ctx.db(audit_actors, viewer_id=ctx.user.id), on_success=self._on_actors_loaded,
                              owner=self)
        ctx.runner.run_db(ctx.db(audit_entries, viewer_id=ctx.user.id, filters=self.filters(), limit=500),
                          on_success=self._on_entries_loaded, owner=self)

    def _on_actors_loaded(self, actors) -> None:
        self._actors_loaded = True
        for user_id, name in actors:
            self.user_combo.addItem(name, user_id)

    def _on_entries_loaded(self, page) -> None:
        self.rows = page.rows
        shown = len(page.rows)
        self.count_label.setText(self.tr("共 %1 条，显示最新 %2 条").replace("%1", str(page.total))
                                 .replace("%2", str(shown)))
        fill(self.table, [[str(r.seq), r.at.strftime("%Y-%m-%d %H:%M:%S"), r.actor_name or self.tr("系统"),
                           r.action, _t(OPERATIONS.get(r.operation, r.operation)),
                           f"{r.record_kind} {r.record_key}".strip(), r.case_number,
                           "；".join(c.column for c in r.changes)[:80]] for r in page.rows])
        self.detail_text.clear()

    def _show_changes(self) -> None:
        picked = {i.row() for i in self.table.selectedIndexes()}
        if not picked or not self.rows:
            return
        r = self.rows[min(picked)]
        self.detail_text.setPlainText("\n".join(f"{c.column}: {c.before} → {c.after}" for c in r.changes))

    def _on_export_button_clicked(self) -> None:
        path = save_file(self, self.tr("导出审计记录"), f"审计记录-{self._ctx.clock.today():%Y%m%d}.xlsx",
                         self.tr("Excel 工作簿 (*.xlsx);;CSV (*.csv)"))
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> None:
        ctx = self._ctx
        ctx.runner.run_db(ctx.db(export_trail, actor_id=ctx.user.id, path=path, now=ctx.clock.now(),
                                 filters=self.filters()), owner=self,
                          on_success=lambda n: self.result_label.setText(
                              self.tr("已导出 %1 条到 %2").replace("%1", str(n)).replace("%2", path)),
                          on_failure=lambda exc: messages.error(self, self.tr("导出审计记录"), str(exc)))

    def _on_verify_button_clicked(self) -> None:
        ctx = self._ctx
        self.verify_button.setEnabled(False)
        self.result_label.setText(self.tr("正在校验审计链、全部记录和文件……"))
        self.progress = QProgressDialog(self.tr("正在校验…"), self.tr("取消"), 0, 0, self)
        self.progress.setWindowTitle(self.tr("完整校验"))
        self.progress.setMinimumDuration(500)
        self.progress.canceled.connect(lambda: self._task.token.cancel() if self._task else None)

        def work(progress, cancel):
            return ctx.db(check_record, viewer_id=ctx.user.id, data_dir=ctx.data_dir, full=True,
                          progress=progress, cancel=cancel)()

        self._task = ctx.runner.run_db(work, with_progress=True, on_progress=self._on_progress,
                                       on_success=self._on_verified, on_failure=self._on_verify_failed, owner=self)

    def _on_progress(self, done: int, total: int, text: str) -> None:
        if self.progress is not None:
            self.progress.setMaximum(total)
            self.progress.setValue(done)

    def _finish_verify(self) -> None:
        self.verify_button.setEnabled(True)
        self._task = None  # closing the dialog below reports "canceled": there is nothing left to cancel
        if self.progress is not None:
            self.progress.close()
            self.progress = None
        self._task = None

    def _on_verified(self, report) -> None:
        self._finish_verify()
        self.show_report(report)

    def _on_verify_failed(self, exc: Exception) -> None:
        self._finish_verify()
        self.result_label.clear()
        messages.error(self, self.tr("完整校验"), str(exc))

    def show_report(self, report) -> None:
        head = f"#{report.head.seq}" if report.head else "—"
        summary = (self.tr("已校验 %1 个审计条目、%2 条记录、%3 个检查点；链头 %4。")
                   .replace("%1", str(report.entries)).replace("%2", str(report.rows))
                   .replace("%3", str(report.checkpoints)).replace("%4", head))
        if not report.altered:
            self.result_label.setStyleSheet("")
            self.result_label.setText(summary + self.tr("记录未被改动。"))
            return
        self.result_label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.result_label.setText(summary + self.tr("发现 %1 处改动，详见下方。")
                                  .replace("%1", str(sum(not f.warning for f in report.findings))))
        lines = []
        for f in report.findings:
            bits = [_t(PROBLEMS.get(f.problem, f.problem))]
            if f.record_kind:
                bits.append(f"{f.record_kind} {f.record_key or ''}")
            if f.case_number:
                bits.append(self.tr("案号 %1").replace("%1", f.case_number))
            if f.seq is not None:
                bits.append(self.tr("审计条目 #%1").replace("%1", str(f.seq)))
            bits += [f"{c}: {f.expected.get(c)} → {f.actual.get(c)}" for c in f.columns]
            lines.append("，".join(bits))
        self.detail_text.setPlainText("\n".join(lines))
