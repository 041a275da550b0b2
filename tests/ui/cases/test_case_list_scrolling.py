"""The case list scrolls through the whole register (issue 19): the first page shows, the count follows, scrolling
to the end reads the next page after the last row's key, and a far row is reached with the rows in the same
order as one big query; a new search cancels the reads of the old one."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from shots import chinese_font, shot  # noqa: F401

from ipcase.demo.bulk import generate
from ipcase.domain.enums import CLOSED_STATES
from ipcase.dto.cases import CaseFilter
from ipcase.queries.cases.register import list_cases
from ui.cases.table_model import Column
from ui.sections import Sections
from ui.shell.main_window import MainWindow

NOW = datetime(2026, 11, 2, 9, 30)
CASES = 450   # more than two pages of 200


def _window(make_ctx, new_uow, staff, qtbot):
    generate(new_uow, cases=CASES, today=NOW.date(), seed=5, years=1)
    w = MainWindow(make_ctx(staff.officer), Sections)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    view = w.sections.case_list_view
    w.show_section(w.sections.cases_stack)
    view.refresh()
    return w, view


def test_scrolling_reaches_a_far_row_in_the_database_order(make_ctx, new_uow, staff, qtbot, chinese_font):  # noqa: F811
    w, view = _window(make_ctx, new_uow, staff, qtbot)
    assert view.model.rowCount() == 200                      # the first page only
    assert view.pager.total == CASES and str(CASES) in view.count_label.text()
    bar = view.table.verticalScrollBar()
    for _ in range(10):                                       # the user drags the scroll bar to the end
        if view.model.rowCount() == CASES:
            break
        bar.setValue(bar.maximum())
        qtbot.wait(1)
    assert view.model.rowCount() == CASES
    with new_uow() as uow:
        whole = [r.id for r in list_cases(uow, CaseFilter(limit=10_000), today=NOW.date()).rows]
    assert [r.id for r in view.model.rows()] == whole         # same order, no row twice, none missing
    shot(w, "case_list_scrolled.png")


def test_jump_to_a_far_row_and_sort_by_requester(make_ctx, new_uow, staff, qtbot, chinese_font):  # noqa: F811
    w, view = _window(make_ctx, new_uow, staff, qtbot)
    view.table.horizontalHeader().setSortIndicator(Column.REQUESTERS, Qt.SortOrder.AscendingOrder)  # a header click
    view.pager.scroll_to_row(420)
    assert view.model.rowCount() > 420
    with new_uow() as uow:
        whole = list_cases(uow, CaseFilter(sort="requesters", descending=False, limit=10_000),
                           today=NOW.date()).rows
    assert view.model.row_at(420).id == whole[420].id
    assert view.table.currentIndex().row() == 420


def test_a_new_search_cancels_the_reads_of_the_old_one(make_ctx, new_uow, staff, qtbot):
    w, view = _window(make_ctx, new_uow, staff, qtbot)
    old = list(view.pager._tasks)
    assert old and not any(t.token.cancelled for t in old)
    view.filter_bar.search_edit.setText("科技")
    view.pager.reload_first_page()
    assert all(t.token.cancelled for t in old)
    assert not any(t.token.cancelled for t in view.pager._tasks)


def test_a_state_preset_and_the_suspended_filter_list_their_rows(make_ctx, new_uow, staff, qtbot,
                                                                   chinese_font):  # noqa: F811
    """只看已结案 (a page per state, merged: issue 19) and then 中止中 (the cases' copy) from the filter bar, scrolled
    to the end: the rows of the whole list that have them, in its order, and the count under the list."""
    w, view = _window(make_ctx, new_uow, staff, qtbot)
    # the list's default order, set rather than assumed (the rows below are compared in it)
    view.table.horizontalHeader().setSortIndicator(Column.RECEIVED, Qt.SortOrder.DescendingOrder)
    with new_uow() as uow:
        whole = list_cases(uow, CaseFilter(limit=10_000), today=NOW.date()).rows
    bar = view.filter_bar

    def listed_to_the_end(want: list[int]) -> None:
        """Scrolled to the end until the list shows `want` (the reads run on the database lane: the old list stays
        until the new first page arrives), then the count under it."""
        scroll = view.table.verticalScrollBar()

        def shown() -> bool:
            scroll.setValue(scroll.maximum())
            return [r.id for r in view.model.rows()] == want
        qtbot.waitUntil(shown, timeout=10_000)
        qtbot.waitUntil(lambda: view.pager.total == len(want), timeout=10_000)
        assert f"共 {len(want)} 件" in view.count_label.text()

    next(a for a in bar.state_menu.actions() if a.text() == "只看已结案").trigger()
    closed = [r.id for r in whole if r.state in CLOSED_STATES]
    assert closed
    listed_to_the_end(closed)
    assert bar.state_button.text() != "状态：全部"
    next(a for a in bar.state_menu.actions() if a.text() == "全部状态").trigger()
    bar.suspended_check.setChecked(True)
    suspended = [r.id for r in whole if r.suspended]
    assert suspended
    listed_to_the_end(suspended)
    qtbot.wait(1)   # the count label's layout
    shot(w, "case_list_suspended.png")
