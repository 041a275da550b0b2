"""A new office and its first administrator: the fields of `python main.py init`, on a screen (the first-run
wizard's 新建本单位数据库, and 设置 › 机关 › 新增下级单位).

Each field is checked next to it when it is left, by the core's own rule (ipcase.domain.offices.
new_office_problems, the one `create_office` applies before it asks the database whether the names are taken);
the 案号 pattern shows the first number it will give, live. The form only collects: the caller submits
`values()` to the service and shows its refusal with `field_errors.show(exc)`."""
from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from ipcase.domain.numbering import DEFAULT_CASE_PATTERN, format_number, validate_pattern
from ipcase.domain.offices import new_office_problems
from ipcase.domain.passwords import AccountRules
from ipcase.errors import ValidationFailed
from ui.common import errors
from ui.common.field_errors import FieldErrors

ERROR_COLOUR = "color: #b71c1c;"


class OfficeSetupForm(QWidget):
    """`values()` are create_office's / add_sub_office's keyword arguments; `problems()` what is wrong now."""

    def __init__(self, *, year: int, rules: AccountRules | None = None, pattern: str = DEFAULT_CASE_PATTERN,
                 field_errors: FieldErrors | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._year = year
        self._rules = rules or AccountRules()
        self.field_errors = field_errors or FieldErrors()
        form = self.form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("office_name_edit")
        self.name_edit.setPlaceholderText(self.tr("如 某市市场监督管理局（知识产权局）"))
        self.short_name_edit = QLineEdit()
        self.short_name_edit.setObjectName("office_short_name_edit")
        self.short_name_edit.setPlaceholderText(self.tr("案号中的机关简称，如 某市"))
        self.pattern_edit = QLineEdit(pattern)
        self.pattern_edit.setObjectName("office_pattern_edit")
        self.example_label = QLabel()
        self.example_label.setObjectName("office_pattern_example")
        self.username_edit = QLineEdit("admin")
        self.username_edit.setObjectName("admin_username_edit")
        self.full_name_edit = QLineEdit(self.tr("系统管理员"))
        self.full_name_edit.setObjectName("admin_full_name_edit")
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("admin_password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self._rules_text())
        self.confirm_edit = QLineEdit()
        self.confirm_edit.setObjectName("admin_confirm_edit")
        self.confirm_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("机关全称(&N)："), self.name_edit)
        form.addRow(self.tr("机关简称(&S)："), self.short_name_edit)
        form.addRow(self.tr("案号格式(&P)："), self.pattern_edit)
        form.addRow(self.tr("第一个案号："), self.example_label)
        hint = QLabel(self.tr("占位符：{机关简称}、{YYYY}（立案年份）、{n}（当年序号）。"))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        form.addRow("", hint)
        form.addRow(self.tr("管理员用户名(&U)："), self.username_edit)
        form.addRow(self.tr("管理员姓名(&M)："), self.full_name_edit)
        form.addRow(self.tr("管理员密码(&W)："), self.password_edit)
        form.addRow(self.tr("确认密码(&C)："), self.confirm_edit)
        for key, widget in self._fields().items():
            self.field_errors.register(key, widget)
        for key, widget in self._fields().items():
            widget.editingFinished.connect(lambda key=key: self.check_field(key))
        self.pattern_edit.textChanged.connect(self._update_example)
        self.short_name_edit.textChanged.connect(self._update_example)
        self._update_example()

    def _fields(self) -> dict[str, QLineEdit]:
        return {"name": self.name_edit, "short_name": self.short_name_edit, "case_number_pattern": self.pattern_edit,
                "admin_username": self.username_edit, "admin_full_name": self.full_name_edit,
                "admin_password": self.password_edit, "confirm": self.confirm_edit}

    def _rules_text(self) -> str:
        text = self.tr("至少 %1 位").replace("%1", str(self._rules.min_length))
        if self._rules.letters_and_digits:
            text += self.tr("，须含字母和数字")
        return text

    def set_rules(self, rules: AccountRules) -> None:
        """The password rules the new office starts with (a sub-office: its parent's)."""
        self._rules = rules
        self.password_edit.setPlaceholderText(self._rules_text())

    def set_pattern(self, pattern: str) -> None:
        self.pattern_edit.setText(pattern)

    # ---- what was typed
    def values(self) -> dict:
        return {"name": self.name_edit.text().strip(), "short_name": self.short_name_edit.text().strip(),
                "pattern": self.pattern_edit.text().strip(), "admin_username": self.username_edit.text().strip(),
                "admin_full_name": self.full_name_edit.text().strip() or self.tr("系统管理员"),
                "admin_password": self.password_edit.text()}

    def problems(self) -> list[ValidationFailed]:
        """Every problem the core's rule finds now, and a confirmation that differs (one per field)."""
        v = self.values()
        found = new_office_problems(name=v["name"], short_name=v["short_name"], pattern=v["pattern"],
                                    admin_username=v["admin_username"], admin_password=v["admin_password"],
                                    rules=self._rules)
        if self.confirm_edit.text() != self.password_edit.text():
            found.append(ValidationFailed("confirm", "mismatch"))
        return found

    def check_field(self, key: str) -> None:
        """The field just left: its problem under it, or nothing (an empty field not yet typed into waits)."""
        widget = self._fields()[key]
        if not widget.text() and key not in ("case_number_pattern",):
            self.field_errors.clear_key(key)
            return
        problem = next((p for p in self.problems() if p.field == key), None)
        if problem is None:
            self.field_errors.clear_key(key)
        else:
            self.field_errors.set(key, self.problem_text(problem))

    def check_all(self) -> bool:
        """Before submitting: every problem shown next to its field; True when there is none."""
        self.field_errors.clear()
        found = self.problems()
        for p in found:
            self.field_errors.set(p.field, self.problem_text(p))
        first = next((self._fields()[p.field] for p in found if p.field in self._fields()), None)
        if first is not None:
            first.setFocus()
        return not found

    def problem_text(self, problem: ValidationFailed) -> str:
        if problem.field == "confirm":
            return self.tr("两次输入的密码不一致")
        return errors.reason_text(problem)

    def _update_example(self, *_args) -> None:
        pattern = self.pattern_edit.text()
        try:
            validate_pattern(pattern)
        except ValidationFailed as exc:
            self.example_label.setStyleSheet(ERROR_COLOUR)
            self.example_label.setText(errors.reason_text(exc))
            return
        self.example_label.setStyleSheet("font-weight: bold;")
        self.example_label.setText(format_number(pattern, short_name=self.short_name_edit.text().strip() or "某市",
                                                 year=self._year, n=1))
