"""分流规则: the routing rules everyone can read and an administrator edits — in order (the first that matches
suggests its track), each with its conditions in words — and the [U] rule on complaints."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ipcase.domain.intake.routing import DEFAULT_RULES, DEFAULT_TRACK, RoutingRule
from ipcase.dto.intake import RoutingSettings
from ipcase.errors import ConcurrentModification
from ipcase.queries.intake import register as intake_queries
from ipcase.services.intake import settings as intake_settings
from ui.common import messages
from ui.common.table_utils import compact_rows, single_row_selection
from ui.intake import labels as intake_labels
from ui.intake.routing_rule_dialog import RoutingRuleDialog
from ui.intake.rule_text import rule_text
from ui.shell.context import AppContext


class RoutingRulesPage(QWidget):
    saved = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.rules: list[RoutingRule] = []
        self._stored: RoutingSettings | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("收到的事项按下列规则依次比对，第一条全部条件都满足的规则给出建议程序；都不满足时建议%1。"
                               "办案人员可以采纳建议，也可以说明理由后改用其他程序。")
                       .replace("%1", intake_labels.track(DEFAULT_TRACK)))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("rules_table")
        self.table.setHorizontalHeaderLabels([self.tr("启用"), self.tr("规则名称"), self.tr("条件"),
                                              self.tr("建议程序")])
        single_row_selection(self.table)
        compact_rows(self.table)
        self.table.verticalHeader().setVisible(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.doubleClicked.connect(lambda _i: self.edit_rule())
        layout.addWidget(self.table, 1)

        self.complaint_check = QCheckBox(self.tr("投诉须先收到正式的处理请求书，才能登记为行政裁决案件"))
        self.complaint_check.setObjectName("complaint_check")
        self.complaint_check.setToolTip(self.tr("权利人的投诉须转为正式的处理请求书后才能裁决；不需要时可取消勾选。"))
        layout.addWidget(self.complaint_check)
        note = QLabel(self.tr("按本机关的做法设定，可随时调整。"))
        note.setStyleSheet("color: #6d4c00;")
        layout.addWidget(note)

        buttons = QHBoxLayout()
        layout.addLayout(buttons)
        self.add_button = QPushButton(self.tr("新增(&N)…"))
        self.edit_button = QPushButton(self.tr("修改(&E)…"))
        self.delete_button = QPushButton(self.tr("删除(&D)"))
        self.up_button = QPushButton(self.tr("上移(&U)"))
        self.down_button = QPushButton(self.tr("下移(&W)"))
        self.defaults_button = QPushButton(self.tr("恢复默认规则"))
        self.save_button = QPushButton(self.tr("保存规则(&S)"))
        self.save_button.setObjectName("save_rules_button")
        for b in (self.add_button, self.edit_button, self.delete_button, self.up_button, self.down_button,
                  self.defaults_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.state_label = QLabel()
        buttons.addWidget(self.state_label)
        buttons.addWidget(self.save_button)
        self.add_button.clicked.connect(self.add_rule)
        self.edit_button.clicked.connect(self.edit_rule)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.defaults_button.clicked.connect(lambda: self._set_rules(list(DEFAULT_RULES)))
        self.save_button.clicked.connect(self.save)
        self.complaint_check.toggled.connect(self._update_state)
        editable = ctx.may("settings.edit")
        for w in (self.add_button, self.edit_button, self.delete_button, self.up_button, self.down_button,
                  self.defaults_button, self.save_button):
            w.setVisible(editable)
        self.complaint_check.setEnabled(editable)
        if not editable:
            self.state_label.setText(self.tr("分流规则由管理员维护。"))

    # ---- loading
    def refresh(self) -> None:
        self._ctx.runner.run_db(self._ctx.db(intake_queries.routing_settings, office_id=self._ctx.user.office_id), on_success=self._on_loaded,
                                owner=self)

    def _on_loaded(self, settings: RoutingSettings) -> None:
        self._stored = settings
        self.complaint_check.blockSignals(True)
        self.complaint_check.setChecked(settings.complaint_needs_request)
        self.complaint_check.blockSignals(False)
        self._set_rules(list(settings.rules))

    def _set_rules(self, rules: list[RoutingRule], select: int | None = None) -> None:
        self.rules = rules
        self.table.setRowCount(len(rules))
        for row, rule in enumerate(rules):
            values = (self.tr("是") if rule.enabled else self.tr("否"), rule.name, rule_text(rule),
                      intake_labels.track(rule.track))
            for col, text in enumerate(values):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.table.setItem(row, col, cell)
        self.table.resizeColumnToContents(1)
        if select is not None:
            self.table.selectRow(select)
        self._update_state()

    def is_dirty(self) -> bool:
        return self._stored is not None and (tuple(self.rules) != self._stored.rules or
                                             self.complaint_check.isChecked() != self._stored.complaint_needs_request)

    def _update_state(self, *_args) -> None:
        if not self._ctx.may("settings.edit"):
            return
        self.save_button.setEnabled(self.is_dirty())
        self.state_label.setText(self.tr("有未保存的修改") if self.is_dirty() else
                                 self.tr("使用内置的默认规则") if self._stored and self._stored.is_default else "")

    # ---- editing
    def _selected(self) -> int | None:
        row = self.table.currentRow()
        return row if 0 <= row < len(self.rules) else None

    def add_rule(self) -> RoutingRuleDialog:
        dialog = RoutingRuleDialog(parent=self)
        dialog.accepted.connect(lambda: self._set_rules([*self.rules, dialog.rule], len(self.rules)))
        dialog.open()
        return dialog

    def edit_rule(self) -> RoutingRuleDialog | None:
        row = self._selected()
        if row is None or not self._ctx.may("settings.edit"):
            return None
        dialog = RoutingRuleDialog(self.rules[row], self)
        dialog.accepted.connect(lambda: self._set_rules([*self.rules[:row], dialog.rule, *self.rules[row + 1:]], row))
        dialog.open()
        return dialog

    def _on_delete_button_clicked(self) -> None:
        row = self._selected()
        if row is not None:
            self._set_rules(self.rules[:row] + self.rules[row + 1:], min(row, len(self.rules) - 2))

    def _move(self, step: int) -> None:
        row = self._selected()
        if row is None or not 0 <= row + step < len(self.rules):
            return
        rules = list(self.rules)
        rules[row], rules[row + step] = rules[row + step], rules[row]
        self._set_rules(rules, row + step)

    def save(self) -> None:
        ctx = self._ctx
        ctx.runner.run_db(ctx.db(intake_settings.save_routing, actor_id=ctx.user_id, rules=tuple(self.rules),
                                 complaint_needs_request=self.complaint_check.isChecked(),
                                 expected_version=self._stored.version if self._stored else 0),
                          on_success=self._on_saved, on_failure=self._on_failed, owner=self)

    def _on_failed(self, exc: BaseException) -> None:
        if isinstance(exc, ConcurrentModification) and self._stored is not None:
            # Someone saved the rules meanwhile: the typed rules stay; keeping them saves over theirs.
            self._stored = replace(self._stored, version=exc.actual_version)
            if messages.ask_reload(self, exc, self.tr("分流规则已被他人修改")):
                self.refresh()
            return
        messages.show_error(self, exc)

    def _on_saved(self, settings: RoutingSettings) -> None:
        self._on_loaded(settings)
        self.saved.emit()
