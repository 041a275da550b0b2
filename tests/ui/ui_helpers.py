"""Helpers for driving widgets in UI tests."""
from __future__ import annotations

from datetime import date

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QComboBox, QWidget


def type_text(widget: QWidget, text: str) -> None:
    """Type any text, Chinese included: QTest key clicks are ASCII-only and abort on CJK (TECH_NOTES)."""
    widget.setFocus()
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def choose(combo: QComboBox, data) -> None:
    index = combo.findData(data)
    assert index >= 0, f"{data!r} not in {combo.objectName()}"
    combo.setCurrentIndex(index)


OCTOBER = (date(2026, 10, 1), date(2026, 10, 31))


def main_window(ctx, qtbot, size=(1366, 768)):
    """The application's main window for `ctx` (an AppContext with its user), shown at a laptop's screen size."""
    from ui.sections import Sections
    from ui.shell.main_window import MainWindow
    window = MainWindow(ctx, Sections)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    return window


def open_statistics(make_ctx, staff, qtbot):
    """The 统计 section of a department head's window, showing October 2026: (window, view)."""
    from ui.sections import Sections
    from ui.shell.main_window import MainWindow
    window = MainWindow(make_ctx(staff.dept_head), Sections)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    view = window.sections.statistics_view
    window.show_section(view)
    view.filter_bar.set_range(*OCTOBER)
    assert view.dashboard is not None and view.dashboard.filter.date_from == OCTOBER[0]
    qtbot.waitUntil(view.charts_filled)   # the charts fill one per event-loop turn
    return window, view
