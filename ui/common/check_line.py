"""The line under a live-checked field (patent number, credit code, ID number) that its check ("✓ …", "校验位不正确…")
and the core's refusal write into: exactly one text line high whatever it says, so the rows below never move
while the form is filled or after a refused save. A message longer than the line is cut with "…" and shown
whole in the tooltip; `text()` is the whole message."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QSizePolicy, QWidget

# A line holding Chinese, the check mark and descenders: its height is the line's height in the label's font.
_SAMPLE = "✓校验位Xgy"


class CheckLine(QLabel):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("check_line")
        self._full = ""
        self.setWordWrap(False)
        # its text never widens the form either: the width is the field column's, the rest is elided
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(1)
        self._fit_height()

    def setText(self, text: str) -> None:   # noqa: N802 (Qt's name)
        self._full = text or ""
        self._elide()

    def text(self) -> str:
        return self._full

    def clear(self) -> None:
        self.setText("")

    def _fit_height(self) -> None:
        metrics = self.fontMetrics()
        margins = self.contentsMargins()
        self.setFixedHeight(max(metrics.lineSpacing(), metrics.boundingRect(_SAMPLE).height())
                            + margins.top() + margins.bottom() + 2 * self.margin())

    def _elide(self) -> None:
        width = self.contentsRect().width() - 2 * self.margin()
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, max(width, 1)) \
            if self._full else ""
        QLabel.setText(self, shown)
        self.setToolTip(self._full if shown != self._full else "")

    def resizeEvent(self, event) -> None:   # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._elide()

    def changeEvent(self, event) -> None:   # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_height()
            self._elide()


def check_line() -> CheckLine:
    """An empty, reserved line for a live-checked field (add it as the row under the field)."""
    return CheckLine()


def replace_with_check_line(label: QLabel) -> CheckLine:
    """A form made in Qt Designer holds a plain label there: put a CheckLine in its place (same row, same object
    name) and return it; the plain label is deleted."""
    parent = label.parentWidget()
    line = CheckLine(parent)
    line.setObjectName(label.objectName())
    layout = parent.layout() if parent is not None else None
    forms = [layout] if isinstance(layout, QFormLayout) else []
    forms += [f for f in (parent.findChildren(QFormLayout) if parent is not None else []) if f not in forms]
    for form in forms:
        row, role = form.getWidgetPosition(label)
        if row >= 0:
            form.removeWidget(label)
            form.setWidget(row, role, line)
            break
    else:
        raise ValueError(f"{label.objectName()} is not in a form layout")
    label.deleteLater()
    return line
