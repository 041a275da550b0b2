"""收案登记 scrolls by key like the case list (issue 19), and 跳到第 N 条 reaches a far row without reading the rows
before it: pages of 4 here (the list's page size is lowered for the test), real SQLite file, real widgets."""
from __future__ import annotations

from datetime import datetime

from intake_helpers import register
from PySide6.QtCore import Qt
from shots import chinese_font, shot  # noqa: F401

from ipcase.dto.intake import IntakeFilter
from ipcase.queries.intake import register as intake_queries
from ui.common import paged_table
from ui.intake.table_model import Column
from ui.sections import Sections
from ui.shell.main_window import MainWindow

ITEMS = 11


def _whole(new_uow, clock, **kw) -> list[int]:
    with new_uow() as uow:
        return [r.id for r in intake_queries.list_items(uow, IntakeFilter(limit=1000, **kw),
                                                         today=clock.today()).rows]


def _window(make_ctx, new_uow, staff, qtbot, monkeypatch):
    for n in range(ITEMS):
        register(new_uow, staff.clerk, received_at=datetime(2026, 10, 1 + n % 6, 9, n))
    monkeypatch.setattr(paged_table, "PAGE_SIZE", 4)
    w = MainWindow(make_ctx(staff.clerk), Sections)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    view = w.sections.intake_view
    w.show_section(view)
    view.filter_bar.reset(states="all")
    view.refresh()
    return w, view


def test_the_register_scrolls_by_key_and_jumps_to_a_far_row(make_ctx, new_uow, staff, clock, qtbot, monkeypatch,
                                                           chinese_font):  # noqa: F811
    w, view = _window(make_ctx, new_uow, staff, qtbot, monkeypatch)
    pager = view.pager
    whole = _whole(new_uow, clock)
    assert len(whole) == ITEMS
    assert [r.id for r in view.model.rows()] == whole[:4]           # the first page only
    assert pager.total == ITEMS and "共 11 件，已显示 4 件" in pager.count_label.text()
    view.model.fetchMore()                                           # what scrolling to the end asks
    assert [r.id for r in view.model.rows()] == whole[:8]

    pager.load()                                                     # a new query starts at the top again
    assert pager.jump_spin.isEnabled() and pager.jump_spin.maximum() == ITEMS
    monkeypatch.setattr("ui.common.scrolling_table.JUMP_CONTEXT", 2)
    pager.jump_spin.setValue(10)
    qtbot.mouseClick(pager.jump_button, Qt.MouseButton.LeftButton)   # 跳到第 10 条
    assert pager.first == 7                                          # two rows of context above it, no row before
    assert [r.id for r in view.model.rows()] == whole[7:11]
    assert view.model.row_at(view.table.currentIndex().row()).id == whole[9]
    assert pager.count_label.text() == "共 11 件，显示第 8–11 件"   # the last row: nothing more below
    qtbot.waitUntil(lambda: pager.count_label.width() >= pager.count_label.sizeHint().width())   # laid out, whole
    shot(w, "intake_register_jumped.png")

    pager.jump_to(1)                                                 # back before the window: read from there
    assert pager.first == 0 and [r.id for r in view.model.rows()] == whole[:4]
    assert view.model.row_at(view.table.currentIndex().row()).id == whole[1]

    # a header click sorts in the database by the targets' key; the jump follows that order
    view.table.horizontalHeader().setSortIndicator(Column.TARGETS, Qt.SortOrder.AscendingOrder)
    by_targets = _whole(new_uow, clock, sort="targets", descending=False)
    assert [r.id for r in view.model.rows()] == by_targets[:4]
    pager.jump_to(6)                                                 # that near: the next page is read
    assert pager.first == 0 and [r.id for r in view.model.rows()] == by_targets[:8]
    assert view.model.row_at(view.table.currentIndex().row()).id == by_targets[6]
