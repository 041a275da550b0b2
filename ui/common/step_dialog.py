"""A small dialog for one step of a procedure: a few fields, one service call, errors next to the fields. The
intake item's steps (corrected materials received, D1 extension, conversion to a request, telling the reporter,
the track) and mediation's (a session, talks, signing, payment, an extension's approval) use it."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from ui.common.fields import date_edit, from_qdate
from ui.common.form_dialog import FormDialog
from ui.common.submit import submit


class StepPlace(Protocol):
    """What the dialog needs of the application context (ui.shell.context.AppContext is one): the common kit
    sits below the shell and does not import it."""
    clock: object    # today(): the latest date a date field takes
    runner: object   # run_db(task, on_success=…, on_failure=…, owner=…)


@dataclass(frozen=True)
class StepField:
    key: str                 # the service's field key (errors come back under it)
    label: str
    kind: str = "text"       # 'date' | 'text' | 'longtext' | 'choice'
    default: object = None
    choices: tuple[tuple[str, object], ...] = ()


class StepDialog(FormDialog):
    step_saved = Signal(object)   # the service's result

    def __init__(self, ctx: StepPlace, title: str, fields: list[StepField],
                 make_task: Callable[[dict], Callable[[], object]], parent: QWidget | None = None, note: str = ""):
        super().__init__(parent, min_width=420)
        self._ctx = ctx
        self._make_task = make_task
        self.setWindowTitle(title)
        if note:
            label = QLabel(note)
            label.setWordWrap(True)
            self.body.insertWidget(0, label)   # above the form
        today = ctx.clock.today()
        self.widgets: dict[str, QWidget] = {}
        for f in fields:
            if f.kind == "date":
                w = date_edit(f.default if isinstance(f.default, date) else today, latest=today)
            elif f.kind == "longtext":
                w = QPlainTextEdit(str(f.default or ""))
                w.setTabChangesFocus(True)
                w.setFixedHeight(70)
            elif f.kind == "choice":
                w = QComboBox()
                for text, data in f.choices:
                    w.addItem(text, data)
                w.setCurrentIndex(max(w.findData(f.default), 0))
            else:
                w = QLineEdit(str(f.default or ""))
            self.widgets[f.key] = self.add_row(f.label + "：", w, f.key)
        self.add_buttons(self.submit)

    def values(self) -> dict:
        out = {}
        for key, w in self.widgets.items():
            if isinstance(w, QPlainTextEdit):
                out[key] = w.toPlainText().strip()
            elif isinstance(w, QLineEdit):
                out[key] = w.text().strip()
            elif isinstance(w, QComboBox):
                out[key] = w.currentData()
            else:
                out[key] = from_qdate(w.date())
        return out

    def submit(self) -> None:
        self.field_errors.clear()
        submit(self, self._ctx.runner, self._make_task(self.values()), field_errors=self.field_errors,
               lock=self.button_box, on_success=self._on_done)

    def _on_done(self, result) -> None:
        self.step_saved.emit(result)
        self.accept()
