"""台账导入记录: the office's imports, newest first, with 撤销导入 (the whole import, while nothing has been built
on its cases) and 导入台账… to start the wizard."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from ipcase.dto.ledger import ImportResult, LedgerImportInfo
from ipcase.queries.ledger.imports import ledger_imports
from ipcase.services.ledger.undo import undo_import
from ui.common import messages
from ui.common.errors import message
from ui.common.labels import fmt_date
from ui.common.plain_table import fill_rows, text_table
from ui.ledger.labels import status_label
from ui.shell.context import AppContext


class LedgerImportsDialog(QDialog):
    changed = Signal()              # an import was undone (or made from here): the lists refresh
    import_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.imports: list[LedgerImportInfo] = []
        self.setWindowTitle(self.tr("台账导入记录"))
        self.resize(900, 420)
        v = QVBoxLayout(self)
        self.table = text_table([self.tr("编号"), self.tr("导入时间"), self.tr("文件"), self.tr("导入人"),
                                 self.tr("数据行"), self.tr("新建"), self.tr("合并"), self.tr("跳过"),
                                 self.tr("未导入"), self.tr("状态")], "imports_table")
        v.addWidget(self.table, 1)
        self.status_label = QLabel()
        self.status_label.setObjectName("status_label")
        self.status_label.setWordWrap(True)
        v.addWidget(self.status_label)
        box = QDialogButtonBox()
        self.new_button = QPushButton(self.tr("导入台账(&L)…"))
        self.undo_button = QPushButton(self.tr("撤销这次导入(&U)"))
        box.addButton(self.new_button, QDialogButtonBox.ButtonRole.ActionRole)
        box.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ActionRole)
        box.addButton(QPushButton(self.tr("关闭")), QDialogButtonBox.ButtonRole.RejectRole)
        box.rejected.connect(self.reject)
        v.addWidget(box)
        self.new_button.clicked.connect(self.import_requested)
        self.undo_button.clicked.connect(self._on_undo_button_clicked)
        self.table.itemSelectionChanged.connect(self._on_table_item_selection_changed)
        self._on_table_item_selection_changed()
        self.refresh()

    def refresh(self) -> None:
        ctx = self._ctx
        ctx.runner.run_db(ctx.db(ledger_imports, office_id=ctx.user.office_id), on_success=self._on_loaded,
                          on_failure=lambda exc: self.status_label.setText(message(exc)), owner=self)

    def _on_loaded(self, imports: list[LedgerImportInfo]) -> None:
        self.imports = imports
        fill_rows(self.table, [(i.id, i.imported_at.strftime("%Y-%m-%d %H:%M"), i.file_name, i.imported_by, i.rows,
                                i.created, i.merged, i.skipped, i.rejected,
                                status_label(i.status) + (f" {fmt_date(i.undone_at)}" if i.undone_at else ""))
                               for i in imports])
        if not imports:
            self.status_label.setText(self.tr("本局还没有导入过台账。"))

    def selected(self) -> LedgerImportInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.imports[rows[0].row()] if rows else None

    def _on_table_item_selection_changed(self) -> None:
        chosen = self.selected()
        self.undo_button.setEnabled(chosen is not None and chosen.status == "done")

    def _on_undo_button_clicked(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        text = self.tr("撤销第 %1 次导入（%2）：删除它新建的 %3 件案件，合并的 %4 件恢复原样。确定吗？") \
            .replace("%1", str(chosen.id)).replace("%2", chosen.file_name) \
            .replace("%3", str(chosen.created)).replace("%4", str(chosen.merged))
        if messages.confirm(self, self.tr("撤销导入"), text):
            self.undo(chosen.id)

    def undo(self, import_id: int) -> None:
        ctx = self._ctx
        ctx.runner.run_db(ctx.db(undo_import, actor_id=ctx.user_id, import_id=import_id, now=ctx.clock.now()),
                          on_success=self._on_undone, on_failure=lambda exc: self.status_label.setText(message(exc)),
                          owner=self)

    def _on_undone(self, result: ImportResult) -> None:
        self.status_label.setText(self.tr("已撤销第 %1 次导入：删除 %2 件，恢复 %3 件。")
                                  .replace("%1", str(result.import_id)).replace("%2", str(result.created))
                                  .replace("%3", str(result.merged)))
        self.refresh()
        self.changed.emit()
