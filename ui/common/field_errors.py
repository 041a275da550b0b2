"""Show a validation message right under the widget it concerns.

A form registers its widgets under the core's field keys (`patent_number`, `requesters[0].name`, …);
`show(exc)` puts each field's message in a red label inserted after the widget in its layout, marks the
widget, and writes a summary of everything (including fields no widget is registered for) into the
optional summary label.

A message is about the value that was refused: as soon as its field is edited, the message, the red frame and
the field's line of the summary go (the summary itself when no line is left). A field with a live check (patent
number, credit code) registers the label its check writes into (`register(…, label=…)`): the check and the
core's refusal then share one line, reserved in the layout, so one problem is said once and the form does not
move while it is filled.
"""
from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QBoxLayout,
    QComboBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from ipcase.errors import ValidationErrors
from ui.common import errors
from ui.common.check_line import check_line  # noqa: F401 — the forms' reserved lines (ui/common/check_line.py)
from ui.common.i18n import tr

ERROR_STYLE = "color: #b71c1c;"


def find_layout(root: QLayout | None, widget: QWidget) -> QLayout | None:
    """The layout (possibly nested) that directly holds `widget`."""
    if root is None:
        return None
    for i in range(root.count()):
        item = root.itemAt(i)
        if item.widget() is widget:
            return root
        child = item.layout()
        if child is not None:
            found = find_layout(child, widget)
            if found is not None:
                return found
    return None


def mark(widget: QWidget, on: bool) -> None:
    """A red frame through the `error` property (see the application style sheet in ui/shell/app.py)."""
    if bool(widget.property("error")) == on:
        return
    widget.setProperty("error", on)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class FieldErrors:
    def __init__(self, summary: QLabel | None = None):
        self._widgets: dict[str, QWidget] = {}
        self._labels: dict[str, QLabel] = {}
        self._summary = summary
        self._floating: dict[str, QWidget] = {}
        self._reserved: set[str] = set()            # keys whose label is the field's own, reserved check line
        self._showing: set[str] = set()             # keys whose label holds a message of ours
        self._watched: set[int] = set()             # widgets whose edits clear their message
        self._summary_head = ""
        self._summary_lines: dict[str, str] = {}    # key → its line of the summary
        if summary is not None:
            summary.setStyleSheet(ERROR_STYLE)
            summary.setWordWrap(True)
            summary.hide()

    def register(self, key: str, widget: QWidget, label: QLabel | None = None) -> None:
        """`widget` holds the value of `key`; `label`, when given, is the line under it that a live check already
        writes (its messages go there, not into a new line)."""
        self._widgets[key] = widget
        if label is not None:
            self._labels[key] = label
            self._reserved.add(key)

    def unregister_prefix(self, prefix: str) -> None:
        for key in [k for k in self._widgets if k.startswith(prefix)]:
            self._widgets.pop(key)
            label = self._labels.pop(key, None)
            self._showing.discard(key)
            if key in self._reserved:
                self._reserved.discard(key)     # the form's own line: it stays with the form
            elif label is not None:
                label.deleteLater()

    def label(self, key: str) -> QLabel | None:
        """The visible error label of `key`, or None (for tests and focus)."""
        label = self._labels.get(key)
        return label if label is not None and not label.isHidden() and label.text() else None

    def widget_for(self, key: str) -> QWidget | None:
        """The registered widget for a key, or for its closest registered parent key
        (`requesters[0].agents[1].name` falls back to `requesters[0].agents[1]`, then `requesters[0]`…)."""
        probe = key
        while probe:
            if probe in self._widgets:
                return self._widgets[probe]
            cut = max(probe.rfind("."), probe.rfind("["))
            probe = probe[:cut] if cut > 0 else ""
        return None

    def set(self, key: str, text: str) -> bool:
        """Show `text` under the widget of `key`; False when no widget is registered for it."""
        widget = self.widget_for(key)
        if widget is None:
            return False
        label = self._labels.get(key) or self._reserved_line_above(key)
        if label is None:
            label = self._make_label(key, widget)
            self._labels[key] = label
        label.setText(text)
        self._showing.add(key)
        if key in self._reserved:
            label.setStyleSheet(ERROR_STYLE)
        if key in self._floating:
            label.move(widget.mapTo(label.parentWidget(), QPoint(0, widget.height())))
            label.adjustSize()
            label.raise_()
        label.show()
        mark(widget, True)
        self._watch(widget)
        return True

    def _reserved_line_above(self, key: str) -> QLabel | None:
        """The reserved check line of the closest registered parent key (`patents` for `patents[0]`), taken as this
        key's own line: the core's refusal replaces the live check's words there instead of repeating them in a
        new line under the field (收案登记 said a bad patent number's 校验位不正确 twice)."""
        probe = key
        while probe:
            cut = max(probe.rfind("."), probe.rfind("["))
            probe = probe[:cut] if cut > 0 else ""
            if probe in self._widgets:
                if probe not in self._reserved:
                    return None
                self._labels[key] = self._labels[probe]
                self._reserved.add(key)
                return self._labels[key]
        return None

    def clear_prefix(self, prefix: str) -> None:
        """Clear the messages of `prefix` and of every key under it (`patents`, `patents[0]` …)."""
        for key in [k for k in self._labels if k == prefix or k.startswith((prefix + "[", prefix + "."))]:
            self.clear_key(key)

    def _watch(self, widget: QWidget) -> None:
        """Clear the messages of `widget`'s keys when the user changes its value."""
        if id(widget) in self._watched:
            return
        self._watched.add(id(widget))
        signal = None
        if isinstance(widget, QLineEdit):
            signal = widget.textEdited
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
            signal = widget.textChanged
        elif isinstance(widget, QComboBox):
            signal = widget.activated
        elif isinstance(widget, QAbstractSpinBox) and hasattr(widget, "valueChanged"):
            signal = widget.valueChanged
        elif isinstance(widget, QAbstractButton):
            signal = widget.toggled
        elif hasattr(widget, "valueChanged"):      # ui.common.date_field.DateField
            signal = widget.valueChanged
        if signal is not None:
            signal.connect(lambda *_args, w=widget: self._on_edited(w))

    def _on_edited(self, widget: QWidget) -> None:
        for key in [k for k in self._labels if self.widget_for(k) is widget]:
            self.clear_key(key)

    def _hide(self, key: str, label: QLabel) -> None:
        if key not in self._showing:
            return                 # a reserved line keeps what its live check wrote ("✓ …")
        self._showing.discard(key)
        if key in self._reserved:
            label.clear()          # the reserved line stays, empty, so nothing below it moves
        else:
            label.hide()

    def _make_label(self, key: str, widget: QWidget) -> QLabel:
        parent = widget.parentWidget()
        label = QLabel(parent)
        label.setObjectName(f"{key}_error_label")
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        layout = find_layout(parent.layout() if parent else None, widget)
        if isinstance(layout, QFormLayout):
            row, _role = layout.getWidgetPosition(widget)
            layout.insertRow(row + 1, "", label)
        elif isinstance(layout, QBoxLayout):
            layout.insertWidget(layout.indexOf(widget) + 1, label)
        else:
            # A grid cannot insert a row: wrap nothing, keep the label floating under the widget instead.
            label.setParent(widget.window())
            self._floating[key] = widget
        return label

    def clear(self) -> None:
        for key, label in self._labels.items():
            self._hide(key, label)
            widget = self.widget_for(key)
            if widget is not None:
                mark(widget, False)
        self._summary_lines = {}
        if self._summary is not None:
            self._summary.clear()
            self._summary.hide()

    def clear_key(self, key: str) -> None:
        label = self._labels.get(key)
        if label is not None:
            self._hide(key, label)
        widget = self.widget_for(key)
        if widget is not None:
            mark(widget, False)
        if self._summary_lines.pop(key, None) is not None:
            self._write_summary()

    def _write_summary(self) -> None:
        if self._summary is None:
            return
        if not self._summary_lines:
            self._summary.clear()
            self._summary.hide()
            return
        lines = list(self._summary_lines.values())
        self._summary.setText("\n".join([self._summary_head, *lines]) if self._summary_head else lines[0])

    def show(self, exc: BaseException) -> bool:
        """Display a validation error; returns False for other errors (the caller shows a message box)."""
        messages = errors.field_messages(exc)
        if not messages:
            return False
        self.clear()
        first = None
        for key, text in messages.items():
            if self.set(key, text) and first is None:
                first = self.widget_for(key)
        if self._summary is not None:
            self._summary.setText(errors.message(exc))
            self._summary.show()
            # Its lines, field by field, so that a corrected field takes its line out of the summary.
            self._summary_head = tr("请更正以下内容：") if isinstance(exc, ValidationErrors) else ""
            self._summary_lines = {key: f"{errors.field_label(key)}：{text}" for key, text in messages.items()}
        if first is not None:
            first.setFocus()
        return True

    def show_tab_of_first(self, tabs: QTabWidget, exc: BaseException) -> None:
        """A form spread over tabs: bring forward the tab that holds the first wrong field, and focus it."""
        for key in errors.field_messages(exc):
            widget = self.widget_for(key)
            if widget is None:
                continue
            for i in range(tabs.count()):
                if tabs.widget(i).isAncestorOf(widget):
                    tabs.setCurrentIndex(i)
                    widget.setFocus()
                    return
