"""A read-only text that folds when it is long: the first lines, then "展开" to read it all and "收起" to fold it
again. A 2,400-character 请求事项 would otherwise fill the whole 概况 page and push everything else off-screen."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.common.i18n import tr

FOLD_AT = 160   # characters shown folded: about three lines of a 1366-pixel-wide page


def folded(text: str, limit: int = FOLD_AT) -> str:
    """The start of `text` ending in '…' when it is longer than `limit` (a cut at a line end when there is one)."""
    if len(text) <= limit:
        return text
    cut = text.rfind("\n", 0, limit)
    return text[: cut if cut > limit // 2 else limit].rstrip() + "…"


class FoldingText(QWidget):
    def __init__(self, text: str, limit: int = FOLD_AT, parent: QWidget | None = None):
        super().__init__(parent)
        self._text, self._limit = text or "—", limit
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                           | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.toggle_button = QPushButton()
        self.toggle_button.setObjectName("fold_button")
        self.toggle_button.setFlat(True)
        self.toggle_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.toggle_button.setStyleSheet("color: #1565c0; text-align: left; padding: 0;")
        self.toggle_button.clicked.connect(lambda: self.set_open(not self.is_open()))
        self.toggle_button.setVisible(len(self._text) > limit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.label)
        row = QHBoxLayout()
        row.addWidget(self.toggle_button)
        row.addStretch(1)
        layout.addLayout(row)
        self._open = False
        self.set_open(False)

    def is_open(self) -> bool:
        return self._open

    def set_open(self, on: bool) -> None:
        self._open = on
        self.label.setText(self._text if on else folded(self._text, self._limit))
        self.toggle_button.setText(tr("收起") if on else tr("展开（共 %1 字）").replace("%1", str(len(self._text))))

    def text(self) -> str:
        return self._text
