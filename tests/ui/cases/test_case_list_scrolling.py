"""The case list scrolls through the whole register (issue 19): the first page shows, the count follows, scrolling
to the end reads the next page after the last row's key, and a far row is reached with the rows in the same
order as one big query; a new search cancels the reads of the old one."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from shots import chinese_font, shot  # noqa: F401

from ipcase.demo.bulk import generate
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
