"""The 收案 tab of a case: the intake item it came from (channel, track and why), 重复侵权 with the earlier
ruling's 案号, and the other records on the same patent and respondent."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ipcase.dto.cases import CaseDetail
from ipcase.dto.intake import CaseIntakeInfo
from ipcase.queries.intake import register as intake_queries
from ui.common import labels
from ui.common.deadline_model import OVERDUE_FOREGROUND
from ui.common.table_utils import compact_rows, single_row_selection
from ui.intake import labels as intake_labels
from ui.intake.detail import REPEAT_STYLE
from ui.shell.context import AppContext


class CaseIntakeTab(QWidget):
    case_open_requested = Signal(int)
    intake_open_requested = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.info: CaseIntakeInfo | None = None
        layout = QVBoxLayout(self)
        self.repeat_label = QLabel()
        self.repeat_label.setObjectName("case_repeat_label")
        self.repeat_label.setStyleSheet(REPEAT_STYLE)
        self.repeat_label.setWordWrap(True)
        layout.addWidget(self.repeat_label)
        box = QGroupBox(self.tr("收案登记"))
        self.form = QFormLayout(box)
        layout.addWidget(box)
        self.matches_box = QGroupBox(self.tr("同一专利、同一被请求人的其他记录"))
        matches_layout = QVBoxLayout(self.matches_box)
        self.matches_table = QTableWidget(0, 4)
        self.matches_table.setObjectName("case_matches_table")
        self.matches_table.setHorizontalHeaderLabels([self.tr("编号/案号"), self.tr("被请求人"), self.tr("状态"),
                                                      self.tr("提示")])
        single_row_selection(self.matches_table)
        compact_rows(self.matches_table)
        self.matches_table.horizontalHeader().setStretchLastSection(True)
        self.matches_table.verticalHeader().hide()
        self.matches_table.doubleClicked.connect(self._on_matches_table_double_clicked)
        matches_layout.addWidget(self.matches_table)
        self.no_matches_label = QLabel(self.tr("登记簿中没有同一专利、同一被请求人的其他记录。"))
        matches_layout.addWidget(self.no_matches_label)
        layout.addWidget(self.matches_box, 1)
        layout.addStretch(0)

    def set_detail(self, d: CaseDetail) -> None:
        ctx = self._ctx
        ctx.runner.run_db(ctx.db(intake_queries.case_intake, d.id), on_success=self._on_loaded, owner=self)

    def _on_loaded(self, info: CaseIntakeInfo) -> None:
        self.info = info
        self.repeat_label.setVisible(info.repeat_case_id is not None)
        self.repeat_label.setText(self.tr("重复侵权：被请求人已被 %1 裁决认定侵犯同一专利权"
                                          "（《专利纠纷行政裁决和调解办法》第三十四条）")
                                  .replace("%1", info.repeat_case_number or ""))
        while self.form.rowCount():
            self.form.removeRow(0)
        if info.item_id is None:
            self.form.addRow(QLabel(self.tr("本案直接登记，未经收案登记簿。")))
        else:
            rows = [(self.tr("收案编号"), info.item_number), (self.tr("事项"), intake_labels.intake_kind(info.item_kind)),
                    (self.tr("渠道"), intake_labels.intake_channel(info.channel)),
                    (self.tr("收到时间"), labels.fmt_date(info.received_at)),
                    (self.tr("程序"), intake_labels.track(info.track) if info.track else self.tr("未定")),
                    (self.tr("规则建议"), intake_labels.track(info.suggested_track) if info.suggested_track else ""),
                    (self.tr("改变建议的理由"), info.track_reason)]
            for name, value in rows:
                if value:
                    self.form.addRow(name + "：", QLabel(value))
        self.matches_table.setVisible(bool(info.matches))
        self.no_matches_label.setVisible(not info.matches)
        self.matches_table.setRowCount(len(info.matches))
        for r, m in enumerate(info.matches):
            state = labels.case_state(m.state) if m.source == "case" else intake_labels.intake_state(m.state)
            hint = self.tr("重复侵权") if m.repeat else ""
            for c, text in enumerate((m.reference or self.tr("未立案案件"), m.party_name, state, hint)):
                cell = QTableWidgetItem(text)
                if m.repeat:
                    cell.setForeground(OVERDUE_FOREGROUND)
                self.matches_table.setItem(r, c, cell)
        self.matches_table.resizeColumnsToContents()

    def _on_matches_table_double_clicked(self, index) -> None:
        m = self.info.matches[index.row()] if self.info else None
        if m is None:
            return
        if m.source == "case":
            self.case_open_requested.emit(m.id)
        else:
            self.intake_open_requested.emit(m.id)
