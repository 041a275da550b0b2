"""The banner above a list that shows a statistics figure's items (统计 drill-down), with a way back."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget


class DrillBar(QWidget):
    cleared = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("drill_bar")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.label.setObjectName("drill_label")
        self.label.setStyleSheet("background: #e3f2fd; color: #0d47a1; padding: 3px 6px;")
        self.label.setWordWrap(True)
        self.clear_button = QPushButton(self.tr("取消统计筛选"))
        self.clear_button.clicked.connect(self.cleared)
        row.addWidget(self.label, 1)
        row.addWidget(self.clear_button)
        self.hide()

    def show_text(self, text: str) -> None:
        self.label.setText(text)
        self.show()
