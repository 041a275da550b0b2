"""Editing the requesters or respondents of a request: one box per party (name, kind, credit code or ID
number, legal representative, address, phone, no-domicile flag, up to two agents), add and remove. Shared by the
case's request dialog and the mediation request; the intake targets use its live identifier check."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ipcase.domain.enums import PartyKind
from ipcase.domain.identifiers import check_credit_code, check_id_number
from ipcase.domain.parties import MAX_AGENTS, agent_profession
from ipcase.dto.cases import AgentInput, PartyInfo, PartyInput
from ipcase.errors import ValidationFailed
from ui.common import errors, labels
from ui.common.field_errors import FieldErrors, check_line
from ui.common.form_list import FormList
from ui.common.i18n import tr


def check_identifier(field_errors: FieldErrors | None, key: str, edit: QLineEdit, check) -> None:
    """Live check of an identifier (credit code, ID number) once typed: the reason next to `edit` under
    `key`, cleared when the text is empty or right; nothing before the form is numbered (no field_errors)."""
    if field_errors is None:
        return
    text = edit.text().strip()
    try:
        if text:
            check(text)
    except ValidationFailed as exc:
        field_errors.set(key, errors.reason_text(exc))
    else:
        field_errors.clear_key(key)


class AgentRow(QWidget):
    changed = Signal()
    remove_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        layout = QHBoxLayout()
        outer.addLayout(layout)
        # a citizen agent is named in the ruling with his address, a lawyer or patent attorney with the firm:
        # the address row is there while no firm or agency is typed
        self.address_edit = QLineEdit()
        self.address_edit.setPlaceholderText(tr("住址（公民代理人必填）"))
        outer.addWidget(self.address_edit)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(tr("代理人姓名"))
        self.organization_edit = QLineEdit()
        self.organization_edit.setPlaceholderText(tr("单位（律师事务所/专利代理机构）"))
        self.phone_edit = QLineEdit()
        self.phone_edit.setPlaceholderText(tr("电话"))
        self.remove_button = QPushButton(tr("删除"))
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))
        for w in (self.name_edit, self.organization_edit, self.phone_edit, self.address_edit):
            w.textChanged.connect(self.changed)
        self.organization_edit.textChanged.connect(self._on_organization_edit_changed)
        layout.addWidget(self.name_edit, 1)
        layout.addWidget(self.organization_edit, 2)
        layout.addWidget(self.phone_edit, 1)
        layout.addWidget(self.remove_button)

    def _on_organization_edit_changed(self, text: str) -> None:
        self.address_edit.setVisible(not agent_profession(text))

    def to_dict(self) -> dict:
        # a lawyer's address row, hidden, is not sent: the ruling names him with the firm
        citizen = not agent_profession(self.organization_edit.text())
        return {"name": self.name_edit.text(), "organization": self.organization_edit.text(),
                "phone": self.phone_edit.text(), "address": self.address_edit.text() if citizen else ""}

    def set_dict(self, d: dict) -> None:
        self.name_edit.setText(d.get("name", ""))
        self.organization_edit.setText(d.get("organization", ""))
        self.phone_edit.setText(d.get("phone", ""))
        self.address_edit.setText(d.get("address", ""))


class PartyForm(QGroupBox):
    changed = Signal()
    remove_requested = Signal(object)

    def __init__(self, role_label: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._role_label = role_label
        self._keep_id_number = False  # editing: the stored number is masked; empty means "unchanged"
        self.form = QFormLayout(self)
        self.name_edit = QLineEdit()
        self.kind_combo = QComboBox()
        for kind in (PartyKind.LEGAL, PartyKind.NATURAL, PartyKind.UNINCORPORATED, PartyKind.INDIVIDUAL_BUSINESS):
            self.kind_combo.addItem(labels.party_kind(kind), kind.value)
        self.credit_code_edit = QLineEdit()
        self.credit_code_edit.setPlaceholderText(tr("18位统一社会信用代码"))
        self.id_number_edit = QLineEdit()
        self.id_number_edit.setPlaceholderText(tr("18位居民身份证号码"))
        self.legal_rep_edit = QLineEdit()
        self.legal_rep_title_edit = QLineEdit()
        self.legal_rep_title_edit.setPlaceholderText(tr("职务"))
        rep = self._rep_layout = QHBoxLayout()
        rep.addWidget(self.legal_rep_edit, 2)
        rep.addWidget(self.legal_rep_title_edit, 1)
        self.address_edit = QLineEdit()
        self.phone_edit = QLineEdit()
        self.no_domicile_check = QCheckBox(tr("在中国境内没有经常居所或营业所（答辩期30日）"))
        self.form.addRow(tr("名称/姓名："), self.name_edit)
        # A warning about this party a feature may show (the 失信 flag of the credit list), hidden otherwise.
        self.notice_label = QLabel()
        self.notice_label.setObjectName("party_notice_label")
        self.notice_label.setWordWrap(True)
        self.notice_label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.form.addRow("", self.notice_label)
        self.form.setRowVisible(self.notice_label, False)
        self.form.addRow(tr("主体类型："), self.kind_combo)
        # The lines their live checks write into, reserved (one line high) so the rows below never move.
        self.credit_code_check, self.id_number_check = check_line(), check_line()
        self.form.addRow(tr("统一社会信用代码："), self.credit_code_edit)
        self.form.addRow("", self.credit_code_check)
        self.form.addRow(tr("身份证号码："), self.id_number_edit)
        self.form.addRow("", self.id_number_check)
        self.form.addRow(tr("法定代表人/负责人："), rep)
        self.form.addRow(tr("地址："), self.address_edit)
        self.form.addRow(tr("电话："), self.phone_edit)
        self.form.addRow("", self.no_domicile_check)
        self.agents_box = QWidget()
        self.agents_layout = QVBoxLayout(self.agents_box)
        self.agents_layout.setContentsMargins(0, 0, 0, 0)
        self.agent_rows: list[AgentRow] = []
        self.form.addRow(tr("委托代理人："), self.agents_box)
        buttons = QHBoxLayout()
        self.add_agent_button = QPushButton(tr("添加代理人"))
        self.add_agent_button.clicked.connect(lambda: self.add_agent())
        self.remove_button = QPushButton(tr("删除此当事人"))
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))
        buttons.addWidget(self.add_agent_button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        self.form.addRow("", buttons)

        for edit in (self.name_edit, self.credit_code_edit, self.id_number_edit, self.legal_rep_edit,
                     self.legal_rep_title_edit, self.address_edit, self.phone_edit):
            edit.textChanged.connect(self.changed)
        self.kind_combo.currentIndexChanged.connect(self._on_kind_combo_changed)
        self.no_domicile_check.toggled.connect(self.changed)
        self._on_kind_combo_changed()
        self.field_errors: FieldErrors | None = None
        self.key = ""
        self.credit_code_edit.editingFinished.connect(self._on_credit_code_edit_finished)
        self.id_number_edit.editingFinished.connect(self._on_id_number_edit_finished)

    # ---- numbering and error keys
    def set_index(self, index: int, field_errors: FieldErrors, group: str) -> None:
        self.setTitle(f"{self._role_label} {index + 1}")
        self.key = f"{group}[{index}]"
        self.field_errors = field_errors
        field_errors.register(self.key, self.name_edit)
        for name, widget in (("name", self.name_edit), ("kind", self.kind_combo),
                             ("legal_rep", self.legal_rep_edit), ("address", self.address_edit),
                             ("phone", self.phone_edit), ("agents", self.agents_box)):
            field_errors.register(f"{self.key}.{name}", widget)
        field_errors.register(f"{self.key}.credit_code", self.credit_code_edit, self.credit_code_check)
        field_errors.register(f"{self.key}.id_number", self.id_number_edit, self.id_number_check)
        for j, row in enumerate(self.agent_rows):
            self._register_agent(j, row)

    # ---- agents
    def _register_agent(self, j: int, row: AgentRow) -> None:
        self.field_errors.register(f"{self.key}.agents[{j}].name", row.name_edit)
        self.field_errors.register(f"{self.key}.agents[{j}].address", row.address_edit)

    def add_agent(self, data: dict | None = None) -> AgentRow | None:
        if len(self.agent_rows) >= MAX_AGENTS:
            return None
        row = AgentRow()
        if data:
            row.set_dict(data)
        row.changed.connect(self.changed)
        row.remove_requested.connect(self._on_agent_remove_requested)
        self.agent_rows.append(row)
        self.agents_layout.addWidget(row)
        self.add_agent_button.setEnabled(len(self.agent_rows) < MAX_AGENTS)
        if self.field_errors is not None:
            self._register_agent(len(self.agent_rows) - 1, row)
        if data is None:
            row.name_edit.setFocus()
        self.changed.emit()
        return row

    def _on_agent_remove_requested(self, row: AgentRow) -> None:
        self.agent_rows.remove(row)
        row.deleteLater()
        self.add_agent_button.setEnabled(True)
        if self.field_errors is not None:
            self.field_errors.unregister_prefix(f"{self.key}.agents[")
            for j, r in enumerate(self.agent_rows):
                self._register_agent(j, r)
        self.changed.emit()

    # ---- kind-dependent rows
    def kind(self) -> PartyKind:
        return PartyKind(self.kind_combo.currentData())

    def _on_kind_combo_changed(self, *_args) -> None:
        natural = self.kind() == PartyKind.NATURAL
        self.form.setRowVisible(self.credit_code_edit, not natural)
        self.form.setRowVisible(self.credit_code_check, not natural)
        self.form.setRowVisible(self.id_number_edit, natural)
        self.form.setRowVisible(self.id_number_check, natural)
        self.form.setRowVisible(self._rep_layout, not natural)
        # the rows say what the documents print for this kind: 经营者/经营场所 for a 个体工商户, 法定代表人/住所 …
        if not natural:
            self.form.labelForField(self._rep_layout).setText(labels.party_representative(self.kind()) + "：")
        self.form.labelForField(self.address_edit).setText(labels.party_address(self.kind()) + "：")
        self.changed.emit()

    # ---- live checks of the identifiers
    def _on_credit_code_edit_finished(self) -> None:
        check_identifier(self.field_errors, f"{self.key}.credit_code", self.credit_code_edit, check_credit_code)

    def _on_id_number_edit_finished(self) -> None:
        check_identifier(self.field_errors, f"{self.key}.id_number", self.id_number_edit, check_id_number)

    # ---- values
    def set_notice(self, text: str) -> None:
        self.notice_label.setText(text)
        self.form.setRowVisible(self.notice_label, bool(text))

    def identity(self) -> tuple[str, str, str]:
        """(name, credit code, ID number) as typed, for a look-up of this party."""
        return self.name_edit.text(), self.credit_code_edit.text(), self.id_number_edit.text()

    def to_dict(self) -> dict:
        return {
            "name": self.name_edit.text(), "kind": self.kind_combo.currentData(),
            "credit_code": self.credit_code_edit.text(), "id_number": self.id_number_edit.text(),
            "legal_rep": self.legal_rep_edit.text(), "legal_rep_title": self.legal_rep_title_edit.text(),
            "address": self.address_edit.text(), "phone": self.phone_edit.text(),
            "no_domicile_in_prc": self.no_domicile_check.isChecked(),
            "agents": [r.to_dict() for r in self.agent_rows],
        }

    def set_dict(self, d: dict) -> None:
        self.name_edit.setText(d.get("name", ""))
        index = self.kind_combo.findData(d.get("kind", PartyKind.LEGAL.value))
        self.kind_combo.setCurrentIndex(max(index, 0))
        self.credit_code_edit.setText(d.get("credit_code", ""))
        self.id_number_edit.setText(d.get("id_number", ""))
        self.legal_rep_edit.setText(d.get("legal_rep", ""))
        self.legal_rep_title_edit.setText(d.get("legal_rep_title", ""))
        self.address_edit.setText(d.get("address", ""))
        self.phone_edit.setText(d.get("phone", ""))
        self.no_domicile_check.setChecked(bool(d.get("no_domicile_in_prc")))
        for agent in d.get("agents", [])[:MAX_AGENTS]:
            self.add_agent(agent)

    def set_info(self, p: PartyInfo) -> None:
        self.set_dict({"name": p.name, "kind": p.kind.value, "credit_code": p.credit_code, "id_number": "",
                       "legal_rep": p.legal_rep, "legal_rep_title": p.legal_rep_title, "address": p.address,
                       "phone": p.phone, "no_domicile_in_prc": p.no_domicile_in_prc,
                       "agents": [{"name": a.name, "organization": a.organization, "phone": a.phone,
                                   "address": a.address} for a in p.agents]})
        if p.id_number_masked:
            self.id_number_edit.setPlaceholderText(tr("已登记 %1；如需更正请重新输入完整号码")
                                                   .replace("%1", p.id_number_masked))

    def to_input(self) -> PartyInput:
        d = self.to_dict()
        natural = d["kind"] == PartyKind.NATURAL
        return PartyInput(
            name=d["name"].strip(), kind=PartyKind(d["kind"]),
            credit_code="" if natural else d["credit_code"].strip(),
            id_number=d["id_number"].strip() if natural else "",
            legal_rep="" if natural else d["legal_rep"].strip(),
            legal_rep_title="" if natural else d["legal_rep_title"].strip(),
            address=d["address"].strip(), phone=d["phone"].strip(), no_domicile_in_prc=d["no_domicile_in_prc"],
            agents=tuple(AgentInput(a["name"].strip(), a["organization"].strip(), a["phone"].strip(),
                                    a.get("address", "").strip())
                         for a in d["agents"] if any(v.strip() for v in a.values())),
        )


class PartyListEditor(FormList):
    """All the parties of one side, in a scroll area, with an add button."""

    def __init__(self, group: str, role_label: str, field_errors: FieldErrors, parent: QWidget | None = None):
        super().__init__(group, field_errors, tr("添加%1(&A)").replace("%1", role_label), parent)
        self._role_label = role_label
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        body = QWidget()
        forms_layout = QVBoxLayout(body)
        forms_layout.addStretch(1)
        self.scroll.setWidget(body)
        self.outer.addWidget(self.scroll)
        self.add_button.setObjectName(f"add_{group}_button")
        self._finish(forms_layout)

    def add_party(self, data: dict | None = None, info: PartyInfo | None = None) -> PartyForm:
        return self._add(data, (lambda form: form.set_info(info)) if info else None)

    def _new_form(self) -> PartyForm:
        return PartyForm(self._role_label)

    def _place(self, form: PartyForm) -> None:
        self.forms_layout.insertWidget(self.forms_layout.count() - 1, form)   # above the stretch

    def _number(self, form: PartyForm, index: int) -> None:
        form.set_index(index, self._field_errors, self.group)

    def _shown(self, form: PartyForm) -> None:
        form.name_edit.setFocus()
        self.scroll.ensureWidgetVisible(form)

    def clear(self) -> None:
        self._remove_all()
        self._field_errors.unregister_prefix(f"{self.group}[")

    def set_list(self, items: list[dict]) -> None:
        self.clear()
        for item in items:
            self.add_party(item)
