"""处理冲突: one operation a laptop made that the office did not apply at check-in. The dialog shows the office's
side (the record now, and what was done to it at the office since the check-out), the laptop's side (what the
officer did, when, with which inputs) and the reason; the 部门负责人 or the officer then decides:

- 照原样执行 (apply): run the operation now, as the laptop made it;
- 修改后执行 (adapt): run it with inputs edited here (each input a field; values that are not plain text as JSON);
- 舍弃 (drop): do not run it, with a reason.

The decision goes through the same services and rules as any gesture (ipcase.services.sync.conflicts), and is
audited."""
from __future__ import annotations

import json

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ipcase.dto.sync_status import ConflictEntry
from ipcase.errors import ValidationErrors, ValidationFailed
from ipcase.services.sync.conflicts import decide_conflict
from ui.common import labels as common_labels
from ui.common import texts
from ui.common.form_dialog import FormDialog
from ui.common.submit import submit
from ui.shell.context import AppContext
from ui.sync.errors import reason_line
from ui.sync.labels import DECISION, RECORD_KIND, command_label, label, number_text

# Inputs that say who acted and when: facts of the laptop's gesture, not something a decision edits.
FIXED_INPUTS = frozenset({"actor_id", "now"})


def value_text(value) -> str:
    """An input's value in a field: text as it is, anything else as JSON."""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def _flat(inputs: dict) -> list[tuple[str, object]]:
    """(key, value) of the inputs, an input object's fields one level down as "data.field"."""
    out = []
    for key, value in inputs.items():
        if isinstance(value, dict) and value and all(isinstance(k, str) for k in value):
            out += [(f"{key}.{sub}", v) for sub, v in value.items()]
        else:
            out.append((key, value))
    return out


class ConflictDialog(FormDialog):
    decided = Signal(int)   # the conflict's id

    def __init__(self, ctx: AppContext, conflict: ConflictEntry, parent: QWidget | None = None):
        super().__init__(parent, min_width=860, scroll=True)
        self._ctx, self._conflict = ctx, conflict
        self.setObjectName("sync_conflict_dialog")
        self.setWindowTitle(self.tr("处理冲突"))
        record = (f"{label(RECORD_KIND, conflict.record_kind)} {number_text(conflict.record_number)}"
                  if conflict.record_kind else self.tr("（新记录）"))
        head = QLabel(self.tr("笔记本“%1”上 %2 于 %3 的操作：%4（%5）").replace("%1", conflict.laptop_name)
                      .replace("%2", conflict.laptop_user_name).replace("%3", f"{conflict.laptop_at:%Y-%m-%d %H:%M}")
                      .replace("%4", command_label(conflict.command)).replace("%5", record))
        head.setWordWrap(True)
        head.setStyleSheet("font-weight: bold;")
        self.add_above(head)
        self.reason_label = QLabel(self.tr("未执行的原因：") + reason_line(conflict.reason_code, conflict.reason_detail))
        self.reason_label.setObjectName("sync_conflict_reason_label")
        self.reason_label.setWordWrap(True)
        self.reason_label.setStyleSheet("color: #b00020;")
        self.add_above(self.reason_label)

        sides = QWidget()
        row = QHBoxLayout(sides)
        row.setContentsMargins(0, 0, 0, 0)
        self.office_text = self._side(row, self.tr("单位数据库现状"), self._office_lines())
        self.office_text.setObjectName("sync_office_side")
        self.laptop_text = self._side(row, self.tr("笔记本上的操作"), self._laptop_lines())
        self.laptop_text.setObjectName("sync_laptop_side")
        self.add_above(sides)

        choice = QWidget()
        choice_row = QHBoxLayout(choice)
        choice_row.setContentsMargins(0, 0, 0, 0)
        self.decision_group = QButtonGroup(self)
        self.decision_buttons: dict[str, QRadioButton] = {}
        for key, text in ((k, label(DECISION, k)) for k in DECISION):
            button = QRadioButton(text)
            button.setObjectName(f"sync_decision_{key}")
            self.decision_group.addButton(button)
            self.decision_buttons[key] = button
            choice_row.addWidget(button)
        choice_row.addStretch(1)
        self.add_row(self.tr("处理方式："), choice, "decision")

        self.inputs_box = QGroupBox(self.tr("修改后执行的内容"))
        self.inputs_box.setObjectName("sync_inputs_box")
        inputs_form = QFormLayout(self.inputs_box)
        self.input_edits: dict[str, QLineEdit | QPlainTextEdit] = {}
        self._originals = dict(_flat(conflict.inputs))
        names = texts.current().errors
        for key, value in self._originals.items():
            if key in FIXED_INPUTS:
                continue
            text = value_text(value)
            edit = QPlainTextEdit(text) if "\n" in text or len(text) > 60 else QLineEdit(text)
            if isinstance(edit, QPlainTextEdit):
                edit.setMaximumHeight(80)
            edit.setObjectName(f"sync_input_{key}")
            inputs_form.addRow(f"{names.field_label(key.rsplit('.', 1)[-1])}：", edit)
            self.field_errors.register(key, edit)
            self.input_edits[key] = edit
        self.add_row("", self.inputs_box)
        self.reason_edit = self.add_row(self.tr("处理理由(&R)："), QPlainTextEdit(), "reason")
        self.reason_edit.setMaximumHeight(80)
        self.reason_edit.setPlaceholderText(self.tr("舍弃时必须说明理由；执行时可说明为何不再等待"))
        self.add_buttons(self._on_button_box_accepted)
        self.decision_group.buttonToggled.connect(lambda *_: self._enable())
        self.decision_buttons["apply"].setChecked(True)
        self._enable()

    def _side(self, row: QHBoxLayout, title: str, lines: list[str]) -> QPlainTextEdit:
        box = QGroupBox(title)
        layout = QVBoxLayout(box)
        text = QPlainTextEdit("\n".join(lines))
        text.setReadOnly(True)
        text.setMinimumHeight(150)
        layout.addWidget(text)
        row.addWidget(box, 1)
        return text

    def _office_lines(self) -> list[str]:
        side = self._conflict.office_side
        if not side:
            return [self.tr("（此操作不涉及单位已有的记录）")]
        if side.get("missing"):
            return [self.tr("该记录在单位数据库中已不存在。")]
        t = texts.current()
        lines = [self.tr("编号：%1").replace("%1", number_text(side.get("number"))),
                 self.tr("状态：%1").replace("%1", common_labels.case_state(side.get("state"))
                                             if side.get("kind") == "case" else str(side.get("state", "")))]
        if side.get("expected_version") is not None:
            lines.append(self.tr("版本：检出后为 %1，现为 %2").replace("%1", str(side["expected_version"]))
                         .replace("%2", str(side.get("version", ""))))
        changes = side.get("changes") or []
        lines.append(self.tr("检出后单位所作的变动：") if changes else self.tr("检出后单位没有变动。"))
        for c in changes:
            lines.append(f"· {str(c.get('at', ''))[:16].replace('T', ' ')} {c.get('user', '')} "
                         f"{t.timeline_kind(c.get('kind', ''))}")
        return lines

    def _laptop_lines(self) -> list[str]:
        c = self._conflict
        names = texts.current().errors
        lines = [self.tr("操作：%1").replace("%1", command_label(c.command)),
                 self.tr("时间：%1（%2）").replace("%1", f"{c.laptop_at:%Y-%m-%d %H:%M}").replace("%2", c.laptop_user_name),
                 self.tr("填写的内容：")]
        for key, value in _flat(c.inputs):
            if key not in FIXED_INPUTS:
                lines.append(f"· {names.field_label(key.rsplit('.', 1)[-1])}：{value_text(value)}")
        seen = {k: v for k, v in (c.laptop_side.get("seen") or {}).items() if k != "numbers"}
        if seen:
            lines.append(self.tr("笔记本当时看到的版本：") + "，".join(f"{k} → {v}" for k, v in seen.items()))
        return lines

    def decision(self) -> str:
        return next(k for k, b in self.decision_buttons.items() if b.isChecked())

    def _enable(self) -> None:
        self.inputs_box.setEnabled(self.decision() == "adapt")

    def edited_inputs(self) -> dict:
        """The inputs as the laptop recorded them (JSON form), with the edited fields; a value that was not plain
        text must be JSON again (named next to its field when not)."""
        inputs = json.loads(json.dumps(self._conflict.inputs))
        errors = []
        for key, edit in self.input_edits.items():
            text = edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()
            if isinstance(self._originals[key], str):
                value = text
            else:
                try:
                    value = json.loads(text)
                except ValueError:
                    errors.append(ValidationFailed(key, "format", value=text))
                    continue
            top, _, sub = key.partition(".")
            if sub:
                inputs[top][sub] = value
            else:
                inputs[top] = value
        if errors:
            raise ValidationErrors(errors)
        return inputs

    def _on_button_box_accepted(self) -> None:
        self.field_errors.clear()
        decision = self.decision()
        inputs = None
        if decision == "adapt":
            try:
                inputs = self.edited_inputs()
            except ValidationErrors as exc:
                self.field_errors.show(exc)
                return
        ctx = self._ctx
        task = ctx.db(decide_conflict, actor_id=ctx.user_id, conflict_id=self._conflict.id, decision=decision,
                      inputs=inputs, reason=self.reason_edit.toPlainText(), now=ctx.clock.now(),
                      version=self._conflict.version)
        submit(self, ctx.runner, task, field_errors=self.field_errors, on_success=self._on_decided,
               lock=self.button_box)

    def _on_decided(self, _result) -> None:
        self.decided.emit(self._conflict.id)
        self.accept()
