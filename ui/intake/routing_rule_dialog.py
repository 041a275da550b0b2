"""One routing rule (繁简分流): its name, the track it suggests, and the conditions that must all hold. Each
condition is optional: a group of check boxes with none ticked, or 不限, sets no condition."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from ipcase.domain.enums import PatentType
from ipcase.domain.intake.items import IntakeChannel, IntakeKind
from ipcase.domain.intake.routing import (
    BOOL_FACTS,
    Condition,
    Fact,
    RoutingRule,
    Track,
    Venue,
    rules_from_data,
    rules_to_data,
)
from ipcase.errors import ValidationErrors
from ui.common import labels
from ui.common.form_dialog import FormDialog
from ui.intake import labels as intake_labels

CHECKS_PER_ROW = 4
_CHOICES = ((Fact.KIND, IntakeKind, intake_labels.intake_kind), (Fact.CHANNEL, IntakeChannel, intake_labels.intake_channel),
            (Fact.PATENT_TYPE, PatentType, labels.patent_type), (Fact.VENUE, Venue, intake_labels.venue))


class RoutingRuleDialog(FormDialog):
    def __init__(self, rule: RoutingRule | None = None, parent: QWidget | None = None):
        super().__init__(parent, min_width=640)
        self.setObjectName("routing_rule_dialog")
        self.setWindowTitle(self.tr("修改分流规则") if rule else self.tr("新增分流规则"))
        self.rule: RoutingRule | None = None
        self.name_edit = QLineEdit()
        self.track_combo = QComboBox()
        for t in Track:
            self.track_combo.addItem(intake_labels.track(t), t.value)
        self.enabled_check = QCheckBox(self.tr("启用"))
        self.enabled_check.setChecked(True)
        self.add_row(self.tr("规则名称："), self.name_edit, "rules[0].name")
        self.add_row(self.tr("建议程序："), self.track_combo)
        self.add_row("", self.enabled_check)

        self.conditions_box = QGroupBox(self.tr("条件（同时满足；不勾选或“不限”即不作要求）"))
        cond_form = QFormLayout(self.conditions_box)
        self.body.addWidget(self.conditions_box)
        self.choice_checks: dict[Fact, dict[str, QCheckBox]] = {}
        for fact, enum, label in _CHOICES:
            row = QWidget()
            grid = QGridLayout(row)
            grid.setContentsMargins(0, 0, 0, 0)
            checks = {}
            for i, value in enumerate(enum):
                check = QCheckBox(label(value))
                grid.addWidget(check, i // CHECKS_PER_ROW, i % CHECKS_PER_ROW)
                checks[value.value] = check
            self.choice_checks[fact] = checks
            cond_form.addRow(intake_labels.routing_fact(fact) + "：", row)
        self.bool_combos: dict[Fact, QComboBox] = {}
        for fact in (Fact.EVALUATION_REPORT, Fact.FOREIGN, Fact.REPEAT):
            combo = QComboBox()
            combo.addItem(self.tr("不限"), None)
            combo.addItem(self.tr("是"), True)
            combo.addItem(self.tr("否"), False)
            self.bool_combos[fact] = combo
            cond_form.addRow(intake_labels.routing_fact(fact) + "：", combo)
        self.min_spin, self.max_spin = QSpinBox(), QSpinBox()
        for spin in (self.min_spin, self.max_spin):
            spin.setRange(0, 99)
            spin.setSpecialValueText(self.tr("不限"))
        counts = QHBoxLayout()
        counts.addWidget(QLabel(self.tr("不少于")))
        counts.addWidget(self.min_spin)
        counts.addWidget(QLabel(self.tr("不超过")))
        counts.addWidget(self.max_spin)
        counts.addStretch(1)
        cond_form.addRow(intake_labels.routing_fact(Fact.RESPONDENT_COUNT) + "：", counts)

        self.field_errors.register("rules[0].conditions", self.conditions_box)
        self.add_buttons(self._on_accepted)
        if rule:
            self.set_rule(rule)

    def set_rule(self, rule: RoutingRule) -> None:
        self.name_edit.setText(rule.name)
        self.track_combo.setCurrentIndex(self.track_combo.findData(rule.track.value))
        self.enabled_check.setChecked(rule.enabled)
        for c in rule.conditions:
            if c.fact in self.choice_checks:
                for value in c.value:
                    self.choice_checks[c.fact][value].setChecked(True)
            elif c.fact in BOOL_FACTS:
                combo = self.bool_combos[c.fact]
                combo.setCurrentIndex(combo.findData(bool(c.value)))
            elif c.op == "min":
                self.min_spin.setValue(c.value)
            else:
                self.max_spin.setValue(c.value)

    def current_rule(self) -> RoutingRule:
        conditions = []
        for fact, checks in self.choice_checks.items():
            chosen = tuple(v for v, check in checks.items() if check.isChecked())
            if chosen:
                conditions.append(Condition(fact, "in", chosen))
        for fact, combo in self.bool_combos.items():
            if combo.currentData() is not None:
                conditions.append(Condition(fact, "is", combo.currentData()))
        if self.min_spin.value():
            conditions.append(Condition(Fact.RESPONDENT_COUNT, "min", self.min_spin.value()))
        if self.max_spin.value():
            conditions.append(Condition(Fact.RESPONDENT_COUNT, "max", self.max_spin.value()))
        return RoutingRule(self.name_edit.text().strip(), Track(self.track_combo.currentData()), tuple(conditions),
                           self.enabled_check.isChecked())

    def _on_accepted(self) -> None:
        self.field_errors.clear()
        try:
            self.rule = rules_from_data(rules_to_data([self.current_rule()]))[0]
        except ValidationErrors as exc:
            self.field_errors.show(exc)
            return
        self.accept()
