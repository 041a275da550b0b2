"""The hearing calendar (issue 16): on a weekend it opens on the coming week; today is marked (week and month);
the week grid fills the height it is given; the side list wraps its lines instead of cutting them. 1366×768."""
from __future__ import annotations

from datetime import date, datetime

import pytest
from hearing_helpers import add_room, investigation_case, plan, serve_notice
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication
from shots import chinese_font, shot  # noqa: F401 (a fixture)

from ipcase.clock import FixedClock
from ipcase.domain.enums import PartyRole
from ipcase.services.hearings import sessions as hearings
from ui.hearings.calendar_section import opening_day
from ui.sections import Sections
from ui.shell.main_window import MainWindow

NOW = datetime(2026, 11, 2, 9, 30)
SATURDAY = datetime(2026, 11, 14, 10)
pytestmark = pytest.mark.usefixtures("chinese_font")


@pytest.fixture
def clock():
    return FixedClock(SATURDAY)


def test_opening_day_is_the_coming_monday_on_a_weekend():
    assert opening_day(date(2026, 11, 14)) == date(2026, 11, 16)   # Saturday
    assert opening_day(date(2026, 11, 15)) == date(2026, 11, 16)   # Sunday
    assert opening_day(date(2026, 11, 13)) == date(2026, 11, 13)   # Friday: its own week


def test_on_a_saturday_the_calendar_opens_on_the_coming_week_and_marks_today(make_ctx, staff, new_uow, qtbot):
    room = add_room(new_uow, staff, "第一口审庭", place="三楼", seats=20)
    c = investigation_case(new_uow, staff, respondent_name="深圳市宝安区西乡街道鸿运达五金塑胶电子制品经营部")
    with new_uow() as uow:
        hearings.schedule_hearing(uow, actor_id=staff.officer.id, case_id=c.ref.id, expected_version=c.ref.version,
                                  plan=plan(room.id, datetime(2026, 11, 18, 9), datetime(2026, 11, 18, 11)),
                                  override_reason="当事人同意", now=NOW)
    for party in c.party_ids(PartyRole.RESPONDENT, NOW.date()):   # served long ago, no 回执 back: overdue
        serve_notice(new_uow, staff, c.ref.id, party, date(2026, 11, 3), datetime(2026, 11, 3, 15))
    window = MainWindow(make_ctx(staff.officer), Sections)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    view = window.sections.hearing_calendar_view
    window.show_section(view)
    QApplication.processEvents()   # let the layouts settle at the window's size
    grid = view.week_grid
    assert grid.monday == date(2026, 11, 16) and view.range_label.text().startswith("2026-11-16")
    assert [e.starts_at for e in grid.entries] == [datetime(2026, 11, 18, 9)]
    assert grid.today == date(2026, 11, 14)
    # the grid fills the visible area (no blank band under 19:00, no scrolling at 1366×768)
    scroll = grid.parentWidget().parentWidget()
    assert grid.height() == scroll.viewport().height() and scroll.verticalScrollBar().maximum() == 0
    # every line of the side list shows whole
    items = [view.pending_list.item(i) for i in range(view.pending_list.count())]
    assert any("鸿运达五金塑胶电子制品经营部" in i.text() for i in items)
    width = view.pending_list.viewport().width()
    for item in items:
        needed = view.pending_list.fontMetrics().boundingRect(
            QRect(0, 0, width - 8, 10_000), Qt.TextFlag.TextWordWrap, item.text())
        shown = view.pending_list.visualItemRect(item)
        assert shown.height() >= needed.height() and shown.width() <= width
    shot(window, "hearing_calendar_weekend.png")
    view._on_today_button_clicked()
    assert grid.monday == date(2026, 11, 16)
    view._step(-1)                                          # the week holding today marks it
    assert grid.monday == date(2026, 11, 9) and grid.today == date(2026, 11, 14)
    shot(window, "hearing_calendar_today.png")
    view.set_mode("month")
    today_cells = [view.month_table.item(r, c) for r in range(6) for c in range(7)
                   if view.month_table.item(r, c).text().startswith("14 今天")]
    assert len(today_cells) == 1 and today_cells[0].font().bold()
