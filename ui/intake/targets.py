"""The targets of an intake item (the respondent of a request, the object of a complaint or report): one small
form each — name, kind, credit code, address, shop link, fair booth — with add and remove."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ipcase.domain.enums import PartyKind
from ipcase.domain.identifiers import check_credit_code
from ipcase.dto.intake import IntakeTargetInfo, IntakeTargetInput
from ui.common import labels
from ui.common.field_errors import FieldErrors, check_line
from ui.common.form_list import FormList
from ui.common.i18n import tr
from ui.common.party_editor import check_identifier


class TargetForm(QGroupBox):
    changed = Signal()
    remove_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(6, 4, 6, 4)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(tr("单位名称或姓名、网店名称"))
        self.kind_combo = QComboBox()
        for kind in (PartyKind.LEGAL, PartyKind.INDIVIDUAL_BUSINESS, PartyKind.UNINCORPORATED, PartyKind.NATURAL):
            self.kind_combo.addItem(labels.party_kind(kind), kind.value)
        self.credit_code_edit = QLineEdit()
        self.credit_code_edit.setPlaceholderText(tr("18位统一社会信用代码（知道时填写）"))
        self.address_edit = QLineEdit()
        self.shop_url_edit = QLineEdit()
        self.shop_url_edit.setPlaceholderText(tr("网店链接"))
        self.booth_edit = QLineEdit()
        self.booth_edit.setPlaceholderText(tr("展位号"))
        self.remove_button = QPushButton(tr("删除"))
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))
        name_row = QHBoxLayout()
        name_row.addWidget(self.name_edit, 3)
        name_row.addWidget(self.kind_combo, 1)
        name_row.addWidget(self.remove_button)
        form.addRow(tr("名称："), name_row)
        form.addRow(tr("统一社会信用代码："), self.credit_code_edit)
        self.credit_code_check = check_line()   # its live check's line, reserved: the rows below never move
        form.addRow("", self.credit_code_check)
        form.addRow(tr("地址："), self.address_edit)
        place = QHBoxLayout()
        place.addWidget(self.shop_url_edit, 2)
        place.addWidget(self.booth_edit, 1)
        form.addRow(tr("网店/展位："), place)
        for edit in (self.name_edit, self.credit_code_edit, self.address_edit, self.shop_url_edit, self.booth_edit):
            edit.textChanged.connect(self.changed)
        self.kind_combo.currentIndexChanged.connect(self.changed)
        self.credit_code_edit.editingFinished.connect(self._on_credit_code_edit_finished)
        self.field_errors: FieldErrors | None = None
        self.key = ""

    def set_index(self, index: int, field_errors: FieldErrors) -> None:
        self.setTitle(tr("对象 %1").replace("%1", str(index + 1)))
        self.key = f"targets[{index}]"
        self.field_errors = field_errors
        field_errors.register(f"{self.key}.name", self.name_edit)
        field_errors.register(f"{self.key}.credit_code", self.credit_code_edit, self.credit_code_check)

    def _on_credit_code_edit_finished(self) -> None:
        check_identifier(self.field_errors, f"{self.key}.credit_code", self.credit_code_edit, check_credit_code)

    def to_dict(self) -> dict:
        return {"name": self.name_edit.text(), "kind": self.kind_combo.currentData(),
                "credit_code": self.credit_code_edit.text(), "address": self.address_edit.text(),
                "shop_url": self.shop_url_edit.text(), "booth": self.booth_edit.text()}

    def set_dict(self, d: dict) -> None:
        self.name_edit.setText(d.get("name", ""))
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(d.get("kind", PartyKind.LEGAL.value)), 0))
        self.credit_code_edit.setText(d.get("credit_code", ""))
        self.address_edit.setText(d.get("address", ""))
        self.shop_url_edit.setText(d.get("shop_url", ""))
        self.booth_edit.setText(d.get("booth", ""))

    def to_input(self) -> IntakeTargetInput:
        d = self.to_dict()
        return IntakeTargetInput(d["name"].strip(), PartyKind(d["kind"]), d["credit_code"].strip(),
                                 d["address"].strip(), d["shop_url"].strip(), d["booth"].strip())


class TargetListEditor(FormList):
    def __init__(self, field_errors: FieldErrors, parent: QWidget | None = None):
        super().__init__("targets", field_errors, tr("添加对象(&T)"), parent)
        forms_layout = QVBoxLayout()
        self.outer.addLayout(forms_layout)
        self.add_button.setObjectName("add_target_button")
        self._finish(forms_layout)

    def add_target(self, data: dict | None = None) -> TargetForm:
        return self._add(data)

    def _new_form(self) -> TargetForm:
        return TargetForm()

    def _number(self, form: TargetForm, index: int) -> None:
        form.set_index(index, self._field_errors)
        form.remove_button.setVisible(len(self.forms) > 1)

    def set_list(self, items: list[dict]) -> None:
        self._remove_all()
        for item in items or [{}]:
            self.add_target(item)

    def set_infos(self, targets: tuple[IntakeTargetInfo, ...]) -> None:
        self.set_list([{"name": t.name, "kind": t.kind.value, "credit_code": t.credit_code, "address": t.address,
                        "shop_url": t.shop_url, "booth": t.booth} for t in targets])
