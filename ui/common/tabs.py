"""Tabs whose keyboard shortcuts do not look like counts, and whose pages scroll on a short screen.

A title written "概况(&1)" shows as "概况(1)", which reads as "one item" next to real counts ("待送达 4"). Tabs are
reached with Alt+1 … Alt+9 all the same (`number_shortcuts`), and a title carries a count only where it is one.
`PageTabs.add_page(…, scroll=True)` puts a tall settings or case page into a scroll area (1366×768 at 125 %), while
`setCurrentWidget`/`indexOf` still take the page itself."""
from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QScrollArea, QTabWidget, QWidget

from ui.common.screen_fit import scrolling


def number_shortcuts(tabs: QTabWidget) -> list[QShortcut]:
    """Alt+1 … Alt+9 bring forward the first nine tabs of `tabs` (of its window, while it is visible)."""
    shortcuts = []
    for n in range(1, 10):
        shortcut = QShortcut(QKeySequence(f"Alt+{n}"), tabs)
        shortcut.activated.connect(lambda index=n - 1: index < tabs.count() and tabs.setCurrentIndex(index))
        shortcuts.append(shortcut)
    return shortcuts


def with_count(title: str, count: int | None) -> str:
    """'待送达 4': a tab's title with the number of rows its list shows (no number while unknown)."""
    return title if count is None else f"{title} {count}"


class PageTabs(QTabWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.shortcuts = number_shortcuts(self)

    def add_page(self, page: QWidget, title: str, *, scroll: bool = False) -> int:
        return self.addTab(scrolling(page) if scroll else page, title)

    def indexOf(self, widget: QWidget) -> int:  # noqa: N802 — Qt's name
        index = super().indexOf(widget)
        if index >= 0:
            return index
        for i in range(self.count()):
            holder = self.widget(i)
            if isinstance(holder, QScrollArea) and holder.widget() is widget:
                return i
        return -1

    def setCurrentWidget(self, widget: QWidget) -> None:  # noqa: N802 — Qt's name
        index = self.indexOf(widget)
        if index >= 0:
            self.setCurrentIndex(index)
