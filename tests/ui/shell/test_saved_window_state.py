"""Window state an existing user saved keeps working (issue 11: the restructure moved every UI module).

QSettings keys are `<widget class name>/<what>`. These are the exact keys the release before the restructure
wrote; a renamed class or key would silently drop every user's column layout and window size.
"""
from __future__ import annotations

from PySide6.QtCore import QByteArray

from ui.sections import Sections
from ui.shell import window_state
from ui.shell.main_window import MainWindow

WAVE1_KEYS = {
    "MainWindow/geometry",
    "CaseListView/header_cases",
    "IntakeView/header_intake",
    "DashboardView/header_deadlines",
}


def test_the_keys_written_are_the_keys_of_the_previous_release(make_ctx, staff, qtbot):
    window_state.settings().clear()
    window = MainWindow(make_ctx(staff.officer), Sections)
    qtbot.addWidget(window)
    window.resize(1100, 700)
    window.show()
    window.close()
    written = set(window_state.settings().allKeys())
    assert WAVE1_KEYS <= written, WAVE1_KEYS - written


def test_a_column_layout_saved_under_the_old_key_is_restored(make_ctx, staff, qtbot):
    first = MainWindow(make_ctx(staff.officer), Sections)
    qtbot.addWidget(first)
    header = first.sections.case_list_view.table.horizontalHeader()
    header.hideSection(1)
    state = header.saveState()
    first.close()
    window_state.settings().clear()
    window_state.set_value("CaseListView/header_cases", QByteArray(state))

    again = MainWindow(make_ctx(staff.officer), Sections)
    qtbot.addWidget(again)
    assert again.sections.case_list_view.table.horizontalHeader().isSectionHidden(1)
