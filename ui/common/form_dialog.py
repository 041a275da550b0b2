"""A dialog that is one form: labelled rows, the error summary under them, the button box last.

A subclass sets its title, adds its rows (a heading or an introduction above them with `add_above`, anything else
to `body` under them) after `__init__` and calls `add_buttons` at the end, so the widgets join the focus chain in
the order of the rows, as in a hand-built dialog. Submitting is the subclass's own step (usually
ui.common.submit.submit with `field_errors` and `lock=self.button_box`)."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from ui.common.field_errors import FieldErrors
from ui.common.screen_fit import form_scrolling

OK_CANCEL = QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel


class FormDialog(QDialog):

    def __init__(self, parent: QWidget | None, *, min_width: int = 0, scroll: bool = False):
        """`scroll`: the rows scroll (the summary and the buttons stay in view) — for a form taller than a laptop
        screen at 125 % scaling."""
        super().__init__(parent)
        if min_width:
            self.setMinimumWidth(min_width)
        self.body = QVBoxLayout(self)
        self.form = QFormLayout()
        if scroll:
            rows = QWidget()
            rows.setLayout(self.form)
            self.body.addWidget(form_scrolling(rows))
        else:
            self.body.addLayout(self.form)
        self.summary_label = QLabel()
        self.field_errors = FieldErrors(self.summary_label)
        self._above = 0

    def add_above(self, widget: QWidget) -> QWidget:
        """A widget over the rows (a heading, an introduction, a note), under those added before it."""
        self.body.insertWidget(self._above, widget)
        self._above += 1
        return widget

    def add_row(self, label: str, widget: QWidget, key: str = "") -> QWidget:
        """A labelled row; `key` is the core's field key its errors come back under."""
        self.form.addRow(label, widget)
        if key:
            self.field_errors.register(key, widget)
        return widget

    def add_buttons(self, on_accepted: Callable[[], None],
                    buttons: QDialogButtonBox.StandardButton | QDialogButtonBox = OK_CANCEL) -> QDialogButtonBox:
        """The error summary, then the button box (`button_box`): accepting runs `on_accepted`, Cancel rejects.
        `buttons` are standard buttons, or a box already holding buttons of the dialog's own (filled before it
        joins the dialog, so its buttons keep their place in the focus chain)."""
        self.body.addWidget(self.summary_label)
        self.button_box = buttons if isinstance(buttons, QDialogButtonBox) else QDialogButtonBox(buttons)
        self.button_box.accepted.connect(on_accepted)
        self.button_box.rejected.connect(self.reject)
        self.body.addWidget(self.button_box)
        return self.button_box
