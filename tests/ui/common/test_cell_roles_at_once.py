"""A table model answers all the roles a view asks of a cell in one call (`multiData`, issue 19): the view paints
and measures the same as when it asks role by role, and painting enters Python once a cell, not once a role."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractTableModel
from PySide6.QtWidgets import QTableView

from ipcase.dto.cases import DeadlineInfo
from ui.common import deadline_model as dm


def _deadlines(n: int) -> list[DeadlineInfo]:
    urgencies = ("overdue", "due_soon", "normal", "lapsed")
    return [DeadlineInfo(id=i, case_id=i, case_number=f"测试市知裁字〔2026〕{i}号", code="D12",
                         party_name=f"宁波华辰科技有限公司{i}", start_date=date(2026, 11, 2),
                         due_date=date(2027, 2, 2), provisional=i % 5 == 0, basis="立案起算3个月", status="open",
                         met_date=None, paused=i % 7 == 0, urgency=urgencies[i % 4], days_remaining=92 - i,
                         working_days_remaining=64) for i in range(n)]


class Counting(dm.DeadlineTableModel):
    """The deadline model, counting the calls a view makes into Python."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.calls = {"data": 0, "multiData": 0}

    def data(self, index, role=0):
        self.calls["data"] += 1
        return super().data(index, role)

    def multiData(self, index, span):  # noqa: N802 (Qt override)
        self.calls["multiData"] += 1
        super().multiData(index, span)


class RoleByRole(Counting):
    """The same model answering role by role (Qt's own multiData calls data() once a role)."""

    def multiData(self, index, span):  # noqa: N802 (Qt override)
        self.calls["multiData"] += 1
        QAbstractTableModel.multiData(self, index, span)


def _shown(model_class, qtbot):
    model = model_class()
    model.set_rows(_deadlines(40))
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(900, 400)
    view.show()
    qtbot.waitExposed(view)
    view.resizeColumnsToContents()
    return model, view


def test_the_view_paints_and_measures_the_same_as_role_by_role(qtbot):
    at_once, at_once_view = _shown(Counting, qtbot)
    one_by_one, one_by_one_view = _shown(RoleByRole, qtbot)
    widths = [at_once_view.columnWidth(c) for c in range(at_once.columnCount())]
    assert widths == [one_by_one_view.columnWidth(c) for c in range(one_by_one.columnCount())]
    assert len(set(widths)) > 3   # the texts were measured (not all default widths)
    assert at_once_view.grab().toImage() == one_by_one_view.grab().toImage()


def test_painting_enters_python_once_a_cell(qtbot):
    model, view = _shown(Counting, qtbot)
    model.calls.update(data=0, multiData=0)
    view.grab()
    cells = model.calls["multiData"]
    visible_rows = view.rowAt(view.viewport().height() - 1) + 1 or model.rowCount()
    assert 0 < cells <= visible_rows * model.columnCount()
    assert model.calls["data"] < cells   # the roles of a painted cell are not asked one by one
    reference, reference_view = _shown(RoleByRole, qtbot)
    reference.calls.update(data=0, multiData=0)
    reference_view.grab()
    assert reference.calls["data"] >= 5 * reference.calls["multiData"]   # what one call a cell saves
