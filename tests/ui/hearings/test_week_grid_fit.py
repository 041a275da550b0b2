"""口审日程 at 1366×768 (issue 16, "fills its area"): the whole day 8:00–19:00 and all seven days show without a
scroll bar in the main window fitted to the screen; at 125 % (1093×614) the day may scroll, the week never scrolls
sideways."""
from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication
from shots import chinese_font, shot  # noqa: F401 (a fixture)

from ipcase.clock import FixedClock
from ui.common import screen_fit
from ui.sections import Sections
from ui.shell.main_window import MainWindow

LAPTOP = QRect(0, 0, 1366, 768 - 40)          # as tests/ui/common/test_dialog_sizes.py: the task bar left out
LAPTOP_125 = QRect(0, 0, 1093, 614 - 32)
pytestmark = pytest.mark.usefixtures("chinese_font")


@pytest.fixture
def clock():
    return FixedClock(datetime(2026, 11, 11, 10))


@pytest.mark.parametrize(("screen", "day_may_scroll", "name"),
                         [(LAPTOP, False, "1366x768"), (LAPTOP_125, True, "1093x614")])
def test_the_week_fits_the_window(make_ctx, staff, qtbot, screen, day_may_scroll, name):
    window = MainWindow(make_ctx(staff.officer), Sections)
    qtbot.addWidget(window)
    window.resize(1600, 1000)
    window.show()
    window.move(0, 0)
    screen_fit.fit(window, screen)
    view = window.sections.hearing_calendar_view
    window.show_section(view)
    QApplication.processEvents()   # the layouts settle at the window's size
    grid = view.week_grid
    scroll = grid.parentWidget().parentWidget()
    shot(window, f"hearing_week_{name}.png")
    assert not scroll.horizontalScrollBar().isVisible(), (grid.minimumWidth(), scroll.viewport().width())
    assert grid.width() <= scroll.viewport().width()
    if not day_may_scroll:
        assert not scroll.verticalScrollBar().isVisible(), (grid.minimumHeight(), scroll.viewport().height())
        assert grid.height() == scroll.viewport().height()
