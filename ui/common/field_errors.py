"""Show a validation message right under the widget it concerns.

A form registers its widgets under the core's field keys (`patent_number`, `requesters[0].name`, …);
`show(exc)` puts each field's message in a red label inserted after the widget in its layout, marks the
widget, and writes a summary of everything (including fields no widget is registered for) into the
optional summary label.
"""
from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import (
    QBoxLayout,
    QFormLayout,
    QLabel,
    QLayout,
    QTabWidget,
    QWidget,
)

from ui.common import errors

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
        if summary is not None:
            summary.setStyleSheet(ERROR_STYLE)
            summary.setWordWrap(True)
            summary.hide()

    def register(self, key: str, widget: QWidget) -> None:
        self._widgets[key] = widget

    def unregister_prefix(self, prefix: str) -> None:
        for key in [k for k in self._widgets if k.startswith(prefix)]:
            self._widgets.pop(key)
            label = self._labels.pop(key, None)
            if label is not None:
                label.deleteLater()

    def label(self, key: str) -> QLabel | None:
        """The visible error label of `key`, or None (for tests and focus)."""
        label = self._labels.get(key)
        return label if label is not None and not label.isHidden() else None

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
        label = self._labels.get(key)
        if label is None:
            label = self._make_label(key, widget)
            self._labels[key] = label
        label.setText(text)
        if key in self._floating:
            label.move(widget.mapTo(label.parentWidget(), QPoint(0, widget.height())))
            label.adjustSize()
            label.raise_()
        label.show()
        mark(widget, True)
        return True

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
            label.hide()
            widget = self.widget_for(key)
            if widget is not None:
                mark(widget, False)
        if self._summary is not None:
            self._summary.clear()
            self._summary.hide()

    def clear_key(self, key: str) -> None:
        label = self._labels.get(key)
        if label is not None:
            label.hide()
        widget = self.widget_for(key)
        if widget is not None:
            mark(widget, False)

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
