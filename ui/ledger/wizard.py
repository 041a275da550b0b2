"""导入台账: choose the file → say which column is which field → look at the check (rows as they will be stored,
problems by cell fixable in place or exported, duplicates to skip or merge) → import with progress and cancel.

Nothing is written before 导入; every step that reads the file or the database runs off the GUI thread."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ipcase.domain.ledger.fields import LedgerField, column_letter
from ipcase.dto.ledger import CellFix, ImportResult, LedgerReport, LedgerSheet
from ipcase.errors import ValidationFailed
from ipcase.files import read_upload
from ipcase.progress import Cancelled
from ipcase.queries.ledger.imports import proposed_mapping
from ipcase.services.ledger.importing import import_ledger, preview_ledger
from ipcase.services.ledger.sheets import MAX_BYTES, read_sheet, rejects_workbook
from ui.common import messages
from ui.common.errors import message, reason_text
from ui.common.file_dialogs import announce_saved, open_file, save_file
from ui.common.labels import case_state, fmt_date
from ui.common.plain_table import fill_rows, text_table
from ui.common.progress_task import ProgressTask
from ui.common.table_utils import compact_rows
from ui.ledger.labels import LEDGER_FIELD, field_label, match_label
from ui.shell.context import AppContext

PREVIEW_ROWS = 200   # the "as it will be stored" table shows the first rows; the count covers them all
SAMPLES = 3
CONTENT = 3          # the problem table's column holding the cell's text, edited in place


class LedgerWizard(QDialog):
    imported = Signal(object)   # ImportResult

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(self.tr("导入台账"))
        self.resize(1100, 640)
        self.file_name = ""
        self.content = b""
        self.sheet: LedgerSheet | None = None
        self.report: LedgerReport | None = None
        self.fixes: dict[tuple[int, int], str] = {}
        self.import_progress = ProgressTask(self)

        layout = QVBoxLayout(self)
        self.step_label = QLabel()
        self.step_label.setObjectName("step_label")
        layout.addWidget(self.step_label)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack, 1)
        self.stack.addWidget(self._file_page())
        self.stack.addWidget(self._mapping_page())
        self.stack.addWidget(self._check_page())
        self.stack.addWidget(self._done_page())
        self.error_label = QLabel()
        self.error_label.setObjectName("error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b71c1c")
        layout.addWidget(self.error_label)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.back_button = QPushButton(self.tr("上一步(&B)"))
        self.next_button = QPushButton(self.tr("下一步(&N)"))
        self.import_button = QPushButton(self.tr("导入(&I)"))
        self.close_button = QPushButton(self.tr("取消"))
        for b in (self.back_button, self.next_button, self.import_button, self.close_button):
            buttons.addWidget(b)
        layout.addLayout(buttons)
        self.back_button.clicked.connect(self._on_back_button_clicked)
        self.next_button.clicked.connect(self._on_next_button_clicked)
        self.import_button.clicked.connect(self._on_import_button_clicked)
        self.close_button.clicked.connect(self.reject)
        self._show_step(0)

    # ---- pages
    def _file_page(self) -> QWidget:
        page = QWidget()
        v = QVBoxLayout(page)
        intro = QLabel(self.tr(
            "选择本局的案件台账（Excel .xlsx 或 .csv；.xls 请先在 Excel 或 WPS 中另存为 .xlsx）。\n"
            "表头可以在前几行（上面有合并的标题行也可以）；日期可写成 Excel 日期、2025.3.4 或 2025年3月4日；"
            "一个单元格里的多个当事人用顿号分隔。\n"
            "下一步会按表头和内容建议每一列对应的字段；在确认导入之前，什么也不会写入。"))
        intro.setWordWrap(True)
        v.addWidget(intro)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("台账文件：")))
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("path_edit")
        row.addWidget(self.path_edit, 1)
        self.browse_button = QPushButton(self.tr("浏览(&O)…"))
        self.browse_button.clicked.connect(self._on_browse_button_clicked)
        row.addWidget(self.browse_button)
        v.addLayout(row)
        v.addStretch(1)
        return page

    def _mapping_page(self) -> QWidget:
        page = QWidget()
        v = QVBoxLayout(page)
        self.mapping_intro = QLabel()
        self.mapping_intro.setWordWrap(True)
        v.addWidget(self.mapping_intro)
        self.mapping_table = text_table([self.tr("列"), self.tr("表头"), self.tr("前几行的内容"),
                                         self.tr("对应字段")], "mapping_table")
        compact_rows(self.mapping_table)
        v.addWidget(self.mapping_table, 1)
        note = QLabel(self.tr("必需：专利号、请求人、被请求人，以及收到日期或立案日期。已立案的案件须有案号。"
                              "这次的对应会记住，下次导入同样表头的台账时直接采用。"))
        note.setWordWrap(True)
        v.addWidget(note)
        return page

    def _check_page(self) -> QWidget:
        page = QWidget()
        v = QVBoxLayout(page)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("summary_label")
        self.summary_label.setWordWrap(True)
        v.addWidget(self.summary_label)
        self.check_tabs = QTabWidget()
        self.ready_table = text_table([
            self.tr("行"), self.tr("案号"), self.tr("状态"), self.tr("收到日期"), self.tr("立案日期"),
            self.tr("结案日期"), self.tr("专利号"), self.tr("请求人"), self.tr("被请求人"), self.tr("承办人")],
            "ready_table")
        compact_rows(self.ready_table)
        self.check_tabs.addTab(self.ready_table, "")
        problems = QWidget()
        pv = QVBoxLayout(problems)
        hint = QLabel(self.tr("双击“单元格内容”改正后点“重新检查”；也可以导出这些行，在 Excel 中改好后再导入。"
                              "有问题的行不导入，其他行照常导入。"))
        hint.setWordWrap(True)
        pv.addWidget(hint)
        self.problem_table = QTableWidget(0, 4)
        self.problem_table.setObjectName("problem_table")
        self.problem_table.setHorizontalHeaderLabels([self.tr("位置"), self.tr("字段"), self.tr("问题"),
                                                      self.tr("单元格内容")])
        self.problem_table.verticalHeader().hide()
        self.problem_table.horizontalHeader().setStretchLastSection(True)
        compact_rows(self.problem_table)
        self.problem_table.itemChanged.connect(self._on_problem_table_item_changed)
        pv.addWidget(self.problem_table, 1)
        row = QHBoxLayout()
        self.recheck_button = QPushButton(self.tr("重新检查(&R)"))
        self.recheck_button.clicked.connect(self._on_recheck_button_clicked)
        self.export_button = QPushButton(self.tr("导出未导入的行(&E)…"))
        self.export_button.clicked.connect(self._on_export_button_clicked)
        row.addWidget(self.recheck_button)
        row.addWidget(self.export_button)
        row.addStretch(1)
        pv.addLayout(row)
        self.check_tabs.addTab(problems, "")
        self.duplicate_table = text_table([self.tr("行"), self.tr("已有案件"), self.tr("相同之处"),
                                           self.tr("处理")], "duplicate_table")
        compact_rows(self.duplicate_table)
        self.check_tabs.addTab(self.duplicate_table, "")
        v.addWidget(self.check_tabs, 1)
        return page

    def _done_page(self) -> QWidget:
        page = QWidget()
        v = QVBoxLayout(page)
        self.done_label = QLabel()
        self.done_label.setObjectName("done_label")
        self.done_label.setWordWrap(True)
        v.addWidget(self.done_label)
        v.addStretch(1)
        return page

    def _show_step(self, index: int) -> None:
        titles = [self.tr("选择台账文件"), self.tr("确认每一列对应的字段"), self.tr("检查结果：导入前的预览"),
                  self.tr("导入完成")]
        self.stack.setCurrentIndex(index)
        self.step_label.setText(self.tr("第 %1 步，共 4 步：%2").replace("%1", str(index + 1))
                                .replace("%2", titles[index]))
        self.back_button.setVisible(index in (1, 2))
        self.next_button.setVisible(index in (0, 1))
        self.import_button.setVisible(index == 2)
        self.close_button.setText(self.tr("关闭") if index == 3 else self.tr("取消"))
        self.error_label.clear()

    def _busy(self, busy: bool) -> None:
        for b in (self.back_button, self.next_button, self.import_button, self.recheck_button):
            b.setEnabled(not busy)

    def _fail(self, exc: BaseException) -> None:
        self._busy(False)
        if not isinstance(exc, Cancelled):
            self.error_label.setText(message(exc))

    # ---- step 1 → 2: read the file, propose the mapping
    def _on_browse_button_clicked(self) -> None:
        path = open_file(self, self.tr("选择台账"), self.tr("台账 (*.xlsx *.csv *.xls)"))
        if path:
            self.path_edit.setText(path)

    def load(self, path: str) -> None:
        ctx, office_id = self._ctx, self._ctx.user.office_id

        def work():
            name, content = read_upload(path, field="file", limit=MAX_BYTES)
            sheet = read_sheet(name, content)
            return name, content, sheet, ctx.db(proposed_mapping, office_id=office_id, sheet=sheet)()
        self._busy(True)
        ctx.runner.run_db(work, on_success=self._on_loaded, on_failure=self._fail, owner=self)

    def _on_loaded(self, loaded) -> None:
        self._busy(False)
        self.file_name, self.content, self.sheet, mapping = loaded
        self.fixes.clear()
        self.mapping_intro.setText(self.tr("%1：表头在第 %2 行，数据 %3 行。请确认每一列对应的字段（不需要的列选“不导入”）。")
                                   .replace("%1", self.file_name).replace("%2", str(self.sheet.header_row))
                                   .replace("%3", str(len(self.sheet.rows))))
        table = self.mapping_table
        table.setRowCount(len(self.sheet.headers))
        for i, header in enumerate(self.sheet.headers):
            samples = " / ".join(self.sheet.column(i, SAMPLES))
            for c, text in enumerate((column_letter(i), header, samples)):
                table.setItem(i, c, QTableWidgetItem(text))
            combo = QComboBox()
            combo.addItem(self.tr("不导入"), "")
            for key in LEDGER_FIELD:
                combo.addItem(field_label(key), key)
            combo.setCurrentIndex(max(0, combo.findData(mapping[i])))
            table.setCellWidget(i, 3, combo)
        table.resizeColumnsToContents()
        self._show_step(1)

    def mapping(self) -> tuple[str, ...]:
        return tuple(self.mapping_table.cellWidget(i, 3).currentData() for i in range(self.mapping_table.rowCount()))

    def set_field(self, column: int, field: LedgerField | str) -> None:
        combo = self.mapping_table.cellWidget(column, 3)
        combo.setCurrentIndex(combo.findData(str(field)))

    # ---- step 2 → 3: check against the rule and the record
    def check(self) -> None:
        ctx = self._ctx
        fixes = tuple(CellFix(r, c, v) for (r, c), v in sorted(self.fixes.items()))
        self._busy(True)
        ctx.runner.run_db(ctx.db(preview_ledger, actor_id=ctx.user_id, file_name=self.file_name, content=self.content,
                                 mapping=self.mapping(), fixes=fixes, now=ctx.clock.now()),
                          on_success=self._on_checked, on_failure=self._fail, owner=self)

    def _on_checked(self, report: LedgerReport) -> None:
        self._busy(False)
        self.report = report
        self.summary_label.setText(self.tr("共 %1 行：可导入 %2 行，有问题 %3 行（不导入），与已有案件重复 %4 行（默认跳过）。")
                                   .replace("%1", str(report.rows)).replace("%2", str(len(report.ready)))
                                   .replace("%3", str(len(report.problem_rows)))
                                   .replace("%4", str(len(report.duplicates))))
        self.check_tabs.setTabText(0, self.tr("可导入（%1）").replace("%1", str(len(report.ready))))
        self.check_tabs.setTabText(1, self.tr("有问题的行（%1）").replace("%1", str(len(report.problem_rows))))
        self.check_tabs.setTabText(2, self.tr("重复（%1）").replace("%1", str(len(report.duplicates))))
        fill_rows(self.ready_table, [
            (r.row, r.case_number, case_state(r.state), fmt_date(r.received_date), fmt_date(r.registered_date),
             fmt_date(r.closed_date), r.patent_number, r.requesters, r.respondents,
             r.officer if r.officer_found or not r.officer else self.tr("%1（无此用户，记入备注）").replace("%1", r.officer))
            for r in report.ready[:PREVIEW_ROWS]])
        self._fill_problems(report)
        self._fill_duplicates(report)
        self.import_button.setText(self.tr("导入(&I)"))
        self.import_button.setEnabled(bool(report.ready or any(d.mergeable for d in report.duplicates)))
        self.export_button.setEnabled(bool(report.problems))
        self._show_step(2)
        self.check_tabs.setCurrentIndex(1 if report.problems else 0)

    def problem_text(self, p) -> str:
        return reason_text(ValidationFailed(p.field, p.reason, p.detail))

    def _cell(self, row: int, column: int | None) -> str:
        if column is None or self.sheet is None:
            return ""
        if (row, column) in self.fixes:
            return self.fixes[(row, column)]
        line = next((x for x in self.sheet.rows if x.number == row), None)
        return str(line.cells[column]) if line is not None and column < len(line.cells) else ""

    def _fill_problems(self, report: LedgerReport) -> None:
        table = self.problem_table
        table.blockSignals(True)
        table.setRowCount(len(report.problems))
        for i, p in enumerate(report.problems):
            where = (self.tr("第 %1 行 %2 列").replace("%1", str(p.row)).replace("%2", p.column_letter)
                     if p.column_letter else self.tr("第 %1 行").replace("%1", str(p.row)))
            values = (where, field_label(p.field), self.problem_text(p), self._cell(p.row, p.column))
            for c, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if c != CONTENT or p.column is None:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                item.setData(Qt.ItemDataRole.UserRole, (p.row, p.column))
                table.setItem(i, c, item)
        table.resizeColumnsToContents()
        table.setColumnWidth(2, min(table.columnWidth(2), 520))   # the content (last) column stretches
        table.blockSignals(False)

    def _fill_duplicates(self, report: LedgerReport) -> None:
        table = self.duplicate_table
        table.setRowCount(len(report.duplicates))
        for i, d in enumerate(report.duplicates):
            for c, text in enumerate((str(d.row), d.case_number or self.tr("（未立案，无案号）"), match_label(d.match))):
                table.setItem(i, c, QTableWidgetItem(text))
            combo = QComboBox()
            combo.addItem(self.tr("跳过"), "skip")
            combo.addItem(self.tr("合并（按台账改写）") if d.mergeable else self.tr("合并（该案已在系统中办理，不能合并）"),
                          "merge")
            combo.model().item(1).setEnabled(d.mergeable)
            table.setCellWidget(i, 3, combo)
        table.resizeColumnsToContents()

    def fix_cell(self, row: int, column: int, value: str) -> None:
        self.fixes[(row, column)] = value

    def _on_problem_table_item_changed(self, item: QTableWidgetItem) -> None:
        where = item.data(Qt.ItemDataRole.UserRole)
        if item.column() == CONTENT and where and where[1] is not None:
            self.fix_cell(where[0], where[1], item.text())

    def _on_recheck_button_clicked(self) -> None:
        self.check()

    def merge_rows(self) -> tuple[int, ...]:
        if self.report is None:
            return ()
        return tuple(d.row for i, d in enumerate(self.report.duplicates)
                     if self.duplicate_table.cellWidget(i, 3).currentData() == "merge")

    def set_duplicate_choice(self, row: int, choice: str) -> None:
        for i, d in enumerate(self.report.duplicates):
            if d.row == row:
                combo = self.duplicate_table.cellWidget(i, 3)
                combo.setCurrentIndex(combo.findData(choice))

    def _on_export_button_clicked(self) -> None:
        if self.report is None or self.sheet is None:
            return
        stem = Path(self.file_name).stem
        path = save_file(self, self.tr("导出未导入的行"), self.tr("%1-未导入的行.xlsx").replace("%1", stem),
                         self.tr("Excel 工作簿 (*.xlsx)"))
        if path:
            self.export_rejects(path)

    def export_rejects(self, path: str) -> None:
        reasons: dict[int, list[str]] = {}
        for p in self.report.problems:
            where = f"{p.column_letter}{p.row} " if p.column_letter else ""
            reasons.setdefault(p.row, []).append(f"{where}{field_label(p.field)}：{self.problem_text(p)}")
        sheet = self.sheet.fixed(tuple(CellFix(r, c, v) for (r, c), v in self.fixes.items()))
        texts, header = {r: "；".join(t) for r, t in reasons.items()}, self.tr("问题")

        def work():   # writing the workbook takes a while for thousands of rows: not on the GUI thread
            Path(path).write_bytes(rejects_workbook(sheet, texts, reason_header=header))
            return path
        self._ctx.runner.run_render(work, on_success=lambda p: announce_saved(self, self.tr("导出未导入的行"), p),
                                    on_failure=self._fail, owner=self)

    # ---- step 3 → 4: import
    def _on_import_button_clicked(self) -> None:
        report = self.report
        merges = self.merge_rows()
        text = (self.tr("导入 %1 行为新案件，合并 %2 行；有问题的 %3 行不导入。\n导入后可以整体撤销（在导入的案件上办理其他事项之前）。")
                .replace("%1", str(len(report.ready))).replace("%2", str(len(merges)))
                .replace("%3", str(len(report.problem_rows))))
        if messages.confirm(self, self.tr("导入台账"), text):
            self.start_import()

    def start_import(self) -> None:
        ctx = self._ctx
        fixes = tuple(CellFix(r, c, v) for (r, c), v in sorted(self.fixes.items()))
        merges = self.merge_rows()
        self._busy(True)

        def work(progress, cancel):
            return ctx.db(import_ledger, actor_id=ctx.user_id, file_name=self.file_name, content=self.content,
                          mapping=self.mapping(), fixes=fixes, merge_rows=merges, now=ctx.clock.now(),
                          progress=progress, cancel=cancel)()
        self.import_progress.start(ctx.runner, work, label=self.tr("正在导入…"), title=self.tr("导入台账"),
                                   on_success=self._on_imported, on_failure=self._on_import_failed)

    def _on_import_failed(self, exc: BaseException) -> None:
        self.import_progress.close()
        self._fail(exc)
        if isinstance(exc, Cancelled):
            self.error_label.setText(self.tr("导入已取消，没有写入任何案件。"))

    def _on_imported(self, result: ImportResult) -> None:
        self.import_progress.close()
        self._busy(False)
        self.done_label.setText(self.tr(
            "第 %1 次导入已完成：新建案件 %2 件，合并 %3 件，跳过重复 %4 行，有问题未导入 %5 行。\n\n"
            "导入的案件保留原案号并标为“由台账导入”，本局的案号从其后继续编号；期限已按台账中的日期计算。\n"
            "在导入的案件上办理其他事项之前，可以在 文件 › 台账导入记录 中整体撤销这次导入。")
            .replace("%1", str(result.import_id)).replace("%2", str(result.created))
            .replace("%3", str(result.merged)).replace("%4", str(result.skipped))
            .replace("%5", str(result.rejected)))
        self._show_step(3)
        self.imported.emit(result)

    # ---- navigation
    def _on_next_button_clicked(self) -> None:
        if self.stack.currentIndex() == 0:
            path = self.path_edit.text().strip()
            if not path:
                self.error_label.setText(self.tr("请选择台账文件。"))
                return
            self.load(path)
        elif self.stack.currentIndex() == 1:
            self.check()

    def _on_back_button_clicked(self) -> None:
        self._show_step(self.stack.currentIndex() - 1)
