"""A table model keeps each cell's role values (issue 19): worked out ahead for a page's first rows on the
database thread (`paint_values`), or once when first asked. The values are the same as worked out at the time,
a view paints the same pixels with them, and rows that changed never show the values of the rows they replaced."""
from __future__ import annotations

import threading
from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from ipcase.domain.enums import CaseState, PatentType
from ipcase.dto.cases import CaseListRow
from ui.cases import table_model as cm
from ui.common import deadline_model as dm
from ui.common.table_model import PAINT_ROLES, RAW_ROLE, ROW_ROLE
from ui.shell import heap

ROLES = (*PAINT_ROLES, Qt.ItemDataRole.ToolTipRole, RAW_ROLE, ROW_ROLE, dm.URGENCY_ROLE)


def _cases(n: int, *, title: str = "一种座椅") -> list[CaseListRow]:
    states = (CaseState.RECEIVED, CaseState.REGISTERED, CaseState.CLOSED_MEDIATED)
    return [CaseListRow(id=i, version=1, case_number=None if i % 4 == 0 else f"测试市知裁字〔2026〕{i}号",
                        state=states[i % 3], suspended=i % 5 == 0, patent_number=f"ZL2021{i:06d}.7",
                        patent_type=PatentType.UTILITY_MODEL, patent_title=f"{title}{i}", requesters=f"甲公司{i}",
                        respondents="乙商行", officer_name="张伟", received_date=date(2026, 10, 30),
                        registered_date=None if i % 4 == 0 else date(2026, 11, 2),
                        closed_date=date(2026, 12, 1) if i % 3 == 2 else None,
                        closing_due=date(2027, 2, 2), closing_due_provisional=i % 2 == 0, flag_foreign=i % 6 == 0,
                        flag_ecommerce=True, flag_trade_fair=False) for i in range(n)]


def _roles(model, row: int) -> list:
    """Every role of every cell of `row`, asked one by one (data())."""
    return [[_plain(model.data(model.index(row, c), role)) for role in ROLES] for c in range(model.columnCount())]


def _plain(value):
    return value.color().name() if hasattr(value, "color") else value


def test_values_worked_out_ahead_on_another_thread_are_those_worked_out_when_asked(qapp):
    rows = _cases(40)
    ahead, asked = cm.CaseTableModel(), cm.CaseTableModel()
    values = []
    worker = threading.Thread(target=lambda: values.extend(ahead.paint_values(rows[:30])))
    worker.start()
    worker.join()
    ahead.set_rows(rows, values=values)
    asked.set_rows(rows)
    for r in (0, 1, 2, 3, 5, 17, 29, 30, 39):   # worked out ahead (< 30) and not
        assert _roles(ahead, r) == _roles(asked, r)
    assert asked.data(asked.index(4, cm.Column.CASE_NUMBER)) == "未立案"
    assert _plain(asked.data(asked.index(4, cm.Column.CASE_NUMBER), Qt.ItemDataRole.ForegroundRole)) == "#757575"


def test_new_rows_show_their_own_values_and_kept_rows_keep_theirs(qapp):
    model = cm.CaseTableModel()
    rows = _cases(10)
    model.set_rows(rows)
    before = [_roles(model, r) for r in range(10)]
    changed = [replace(row, patent_title="另一种座椅", suspended=not row.suspended) if r % 2 else row
               for r, row in enumerate(rows)]
    model.set_rows(changed)
    for r in range(10):
        if r % 2:
            assert model.data(model.index(r, cm.Column.PATENT_TITLE)) == "另一种座椅"
            assert _roles(model, r) != before[r]
        else:
            assert _roles(model, r) == before[r]
    model.set_rows(changed[:3])
    assert model.rowCount() == 3 and _roles(model, 2) == before[2]
    model.set_rows(list(reversed(changed[:3])))
    assert model.data(model.index(0, cm.Column.PATENT_TITLE)) == changed[2].patent_title


def test_appended_rows_take_their_values_ahead(qapp):
    model, reference = cm.CaseTableModel(), cm.CaseTableModel()
    rows = _cases(60)
    model.set_rows(rows[:20], more=True)
    model.append_rows(rows[20:], more=False, values=model.paint_values(rows[20:40]))
    reference.set_rows(rows)
    for r in (0, 19, 20, 39, 40, 59):
        assert _roles(model, r) == _roles(reference, r)


def test_deadline_colours_worked_out_ahead_are_the_same(qapp):
    urgencies = ("overdue", "due_soon", "normal", "lapsed")
    rows = [dm.DeadlineInfo(id=i, case_id=i, case_number=f"测试市知裁字〔2026〕{i}号", code="D12", party_name="甲公司",
                            start_date=date(2026, 11, 2), due_date=date(2027, 2, 2), provisional=i % 5 == 0,
                            basis="立案起算3个月", status="open", met_date=None, paused=i % 7 == 0,
                            urgency=urgencies[i % 4], days_remaining=9 - i, working_days_remaining=6)
            for i in range(12)]
    ahead, asked = dm.DeadlineTableModel(), dm.DeadlineTableModel()
    ahead.set_rows(rows, values=ahead.paint_values(rows))
    asked.set_rows(rows)
    assert [_roles(ahead, r) for r in range(12)] == [_roles(asked, r) for r in range(12)]


def test_a_view_paints_the_same_with_values_worked_out_ahead(qtbot):
    rows = _cases(40)
    views = []
    for ahead in (True, False):
        model = cm.CaseTableModel()
        model.set_rows(rows, values=model.paint_values(rows[:30]) if ahead else None)
        view = QTableView()
        qtbot.addWidget(view)
        view.setModel(model)
        view.resize(1200, 500)
        view.show()
        qtbot.waitExposed(view)
        view.resizeColumnsToContents()
        views.append(view)
    assert views[0].grab().toImage() == views[1].grab().toImage()
    views[0].selectRow(3)
    views[1].selectRow(3)
    assert views[0].grab().toImage() == views[1].grab().toImage()   # selection paints the same too


def test_the_long_lived_objects_are_frozen_out_of_collections():
    import gc
    before = gc.get_freeze_count()
    kept = [object() for _ in range(10)]   # noqa: F841 — tracked objects that exist when freezing
    try:
        heap.freeze_long_lived()
        assert gc.get_freeze_count() > before
    finally:
        gc.unfreeze()


def test_a_thaw_after_logout_lets_the_closed_windows_objects_be_collected():
    """Frozen objects are never collected: the window closed by 注销 must be thawed, or each login keeps the last
    window's cycles for the rest of the process."""
    import gc
    import weakref

    class Window:   # a cycle, as a closed window's Python wrappers and their slots make
        pass

    window = Window()
    window.me = window
    gone = weakref.ref(window)
    try:
        heap.freeze_long_lived()
        del window
        gc.collect()
        assert gone() is not None   # frozen: a collection does not reach it
        heap.thaw()
        gc.collect()
        assert gone() is None
    finally:
        gc.unfreeze()
