"""A titled read-only form of facts for a detail view's 概况: rows without a value are left out, and a box with
no rows at all is not shown."""
from __future__ import annotations

from PySide6.QtWidgets import QBoxLayout, QFormLayout, QGroupBox, QLabel


def add_fact_box(layout: QBoxLayout, title: str, rows: list[tuple[str, str]]) -> None:
    rows = [(name, value) for name, value in rows if value]
    if not rows:
        return
    group = QGroupBox(title)
    form = QFormLayout(group)
    for name, value in rows:
        label = QLabel(value)
        label.setWordWrap(True)
        form.addRow(name + "：", label)
    layout.addWidget(group)
