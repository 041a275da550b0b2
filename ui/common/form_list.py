"""A list of numbered, removable sub-forms with an add button below (the parties of one side, the targets of an
intake item). Each sub-form has `changed` and `remove_requested(form)` signals, a `name_edit`, `to_dict()` /
`set_dict()` and `to_input()`; the list numbers them and registers their error keys under `group`."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ui.common.field_errors import FieldErrors


class FormList(QWidget):
    changed = Signal()

    def __init__(self, group: str, field_errors: FieldErrors, add_text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.group = group
        self._field_errors = field_errors
        self.forms: list = []
        self.outer = QVBoxLayout(self)
        self.outer.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(add_text)
        self.add_button.clicked.connect(lambda: self._add(None))

    def _finish(self, forms_layout: QBoxLayout) -> None:
        """Place the add button below the forms (the subclass has laid out where the forms go)."""
        self.forms_layout = forms_layout
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch(1)
        self.outer.addLayout(row)
        self._field_errors.register(self.group, self.add_button)

    # ---- what a subclass says
    def _new_form(self):
        raise NotImplementedError

    def _place(self, form) -> None:
        self.forms_layout.addWidget(form)

    def _number(self, form, index: int) -> None:
        raise NotImplementedError

    def _shown(self, form) -> None:
        """A new, empty form: where the user types next."""
        form.name_edit.setFocus()

    # ---- the list
    def _add(self, data: dict | None, fill=None):
        form = self._new_form()
        if data:
            form.set_dict(data)
        if fill is not None:
            fill(form)
        form.changed.connect(self.changed)
        form.remove_requested.connect(self._on_form_remove_requested)
        self.forms.append(form)
        self._place(form)
        self._renumber()
        if data is None and fill is None:
            self._shown(form)
        self.changed.emit()
        return form

    def _on_form_remove_requested(self, form) -> None:
        self.forms.remove(form)
        form.deleteLater()
        self._renumber()
        self.changed.emit()

    def _renumber(self) -> None:
        self._field_errors.unregister_prefix(f"{self.group}[")
        for i, form in enumerate(self.forms):
            self._number(form, i)

    def _remove_all(self) -> None:
        for form in self.forms:
            form.deleteLater()
        self.forms.clear()

    def to_list(self) -> list[dict]:
        return [f.to_dict() for f in self.forms]

    def inputs(self) -> tuple:
        return tuple(f.to_input() for f in self.forms)
