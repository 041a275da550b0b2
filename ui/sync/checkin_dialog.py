"""签入结果: what the office did with a laptop's work, record by record — each record the laptop worked on, and under
it each operation: applied, already applied by an earlier check-in, refused or waiting in the conflict queue, and
why; then what became of the check-out (still out, all records back) and of the reserved 文号."""
from __future__ import annotations

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ipcase.dto.sync_status import CheckinLine, CheckinSummary
from ui.sync.errors import reason_line
from ui.sync.labels import OUTBOX_STATE, RECORD_KIND, command_label, label, number_text

PROBLEM = QColor("#ffcdd2")


class CheckinResultDialog(QDialog):
    def __init__(self, summary: CheckinSummary, parent: QWidget | None = None):
        super().__init__(parent)
        self.summary = summary
        self.setObjectName("sync_checkin_result_dialog")
        self.setWindowTitle(self.tr("签入结果"))
        self.setMinimumWidth(760)
        layout = QVBoxLayout(self)
        self.summary_label = QLabel(self._summary_text())
        self.summary_label.setObjectName("sync_checkin_summary_label")
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)
        self.tree = QTreeWidget()
        self.tree.setObjectName("sync_checkin_tree")
        self.tree.setHeaderLabels([self.tr("记录 / 操作"), self.tr("结果"), self.tr("原因")])
        self.tree.setColumnWidth(0, 300)
        self.tree.setColumnWidth(1, 130)
        layout.addWidget(self.tree, 1)
        self._fill()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.button_box = buttons

    def _summary_text(self) -> str:
        s = self.summary
        text = self.tr("笔记本“%1”：执行 %2 项，此前已签入 %3 项，进入冲突队列 %4 项，被拒绝 %5 项。") \
            .replace("%1", s.laptop_name).replace("%2", str(s.count("applied", "adapted"))) \
            .replace("%3", str(s.count("skipped"))).replace("%4", str(s.count("conflict"))) \
            .replace("%5", str(s.count("refused")))
        if s.checkout_state == "returned":
            text += "\n" + self.tr("全部记录已签回单位，外出办案结束。")
        elif s.returned_records:
            text += "\n" + self.tr("已签回 %1 件记录；其余记录仍在外出办案中，待冲突处理后签回。") \
                .replace("%1", str(s.returned_records))
        if s.numbers_returned or s.numbers_void:
            text += "\n" + self.tr("未用的预留文号：%1 个退回文号序列，%2 个登记作废。") \
                .replace("%1", str(s.numbers_returned)).replace("%2", str(s.numbers_void))
        if s.receipt:
            text += "\n" + self.tr("回执已写在签入包旁：%1（带回笔记本，在“外出办案 › 导入回执”中导入）。") \
                .replace("%1", s.receipt)
        if s.count("conflict", "refused"):
            text += "\n" + self.tr("未执行的操作由部门负责人或承办人在“外出办案 › 冲突队列”中逐项决定，笔记本上的记录保留到那时。")
        return text

    def _record_title(self, line: CheckinLine) -> str:
        if not line.record_kind:
            return self.tr("其他操作")
        if line.new_record:
            return self.tr("%1 %2（笔记本上新登记）").replace("%1", label(RECORD_KIND, line.record_kind)) \
                .replace("%2", line.record_number or self.tr("尚无正式编号"))
        return f"{label(RECORD_KIND, line.record_kind)} {number_text(line.record_number)}"

    def _fill(self) -> None:
        groups: dict[tuple, QTreeWidgetItem] = {}
        for line in self.summary.lines:
            key = (line.record_kind, line.record_id)
            parent = groups.get(key)
            if parent is None:
                parent = groups[key] = QTreeWidgetItem(self.tree, [self._record_title(line), "", ""])
            when = f"{line.at:%m-%d %H:%M} " if line.at else ""
            status = label(OUTBOX_STATE, line.status)
            why = reason_line(line.reason_code, line.reason_detail) if line.reason_code else ""
            if line.conflict_id:
                why += self.tr("（冲突第 %1 号）").replace("%1", str(line.conflict_id))
            item = QTreeWidgetItem(parent, [f"#{line.seq} {when}{command_label(line.command)}", status, why])
            if line.status in ("conflict", "refused"):
                for col in range(3):
                    item.setBackground(col, QBrush(PROBLEM))
                parent.setText(1, self.tr("有未执行的操作"))
        for parent in groups.values():
            if not parent.text(1):
                parent.setText(1, self.tr("全部执行"))
            parent.setExpanded(True)
