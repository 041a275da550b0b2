"""Tab titles carry no "(1)…(9)" that reads as a count (issue 16); Alt+1 … Alt+9 still bring a tab forward, and a
title carries a count where it is one (文书 › 待送达 N)."""
from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QTabWidget

from ui.cases.request_dialog import RequestDialog
from ui.common.tabs import PageTabs

COUNT_LIKE = re.compile(r"[(（]&?\d[)）]")


@pytest.mark.parametrize("role", ["officer", "dept_head", "admin"])
def test_no_tab_title_looks_like_a_count(make_ctx, staff, qtbot, shown, role):
    from ui.sections import Sections
    from ui.shell.main_window import MainWindow
    window = MainWindow(make_ctx(getattr(staff, role)), Sections)
    qtbot.addWidget(window)
    dialog = RequestDialog(make_ctx(staff.officer))
    qtbot.addWidget(dialog)
    titles = [tabs.tabText(i) for host in (window, dialog) for tabs in host.findChildren(QTabWidget)
              for i in range(tabs.count())]
    assert titles and [t for t in titles if COUNT_LIKE.search(t)] == []


def test_alt_digit_brings_a_tab_forward(qtbot):
    from PySide6.QtWidgets import QWidget
    tabs = PageTabs()
    qtbot.addWidget(tabs)
    for title in ("概况", "当事人", "专利"):
        tabs.add_page(QWidget(), title)
    tabs.show()
    tabs.shortcuts[2].activated.emit()
    assert tabs.currentIndex() == 2
    tabs.shortcuts[8].activated.emit()          # no ninth tab: nothing happens
    assert tabs.currentIndex() == 2


def test_a_scrolled_page_is_still_found_by_itself(qtbot):
    from PySide6.QtWidgets import QWidget
    tabs = PageTabs()
    qtbot.addWidget(tabs)
    first, tall = QWidget(), QWidget()
    tabs.add_page(first, "机关")
    tabs.add_page(tall, "文书", scroll=True)
    tabs.setCurrentWidget(tall)
    assert tabs.currentIndex() == 1 and tabs.indexOf(tall) == 1


def test_the_documents_section_counts_what_it_lists(make_ctx, staff, qtbot, shown):
    from ui.documents.section import DocumentsView
    view = DocumentsView(make_ctx(staff.clerk))
    qtbot.addWidget(view)
    view.refresh()
    assert view.tabs.tabText(0) == f"待送达 {view.pending.total}"
    assert view.tabs.tabText(1) == f"已签发文书 {view.issued.total}"
    assert (view.pending.total, view.issued.total) == (view.pending_model.rowCount(), view.issued_model.rowCount())
