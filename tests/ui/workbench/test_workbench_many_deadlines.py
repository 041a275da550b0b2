"""工作台 with everyone's deadlines at scale (issue 19): 2,000 deadlines are shown in the query's order, and the
columns are fitted on the first FIT_ROWS of them only — the GUI thread never measures every row."""
from __future__ import annotations

from datetime import date

from ipcase.dto.cases import DeadlineInfo
from ipcase.queries.cases import deadlines as deadline_queries
from ui.common import deadline_model as dl
from ui.common.paged_table import FIT_ROWS
from ui.workbench.section import DashboardView

MANY = 2000


def _deadlines() -> tuple[DeadlineInfo, ...]:
    return tuple(DeadlineInfo(id=i, case_id=i + 1, case_number=f"测试市知裁字〔2026〕{i + 1}号", code="D12",
                              party_name="宁波华辰科技有限公司" + "甲" * (i % 40), start_date=date(2026, 11, 2),
                              due_date=date(2027, 2, 2), provisional=False, basis="立案起算3个月", status="open",
                              met_date=None, paused=False, urgency=("overdue", "due_soon", "normal")[i % 3],
                              days_remaining=i - 5, working_days_remaining=i, patent_number=f"ZL2021{i:06d}.7",
                              officer_name="张伟") for i in range(MANY))


def test_many_deadlines_are_all_shown_and_only_the_first_rows_measured(make_ctx, staff, qtbot, monkeypatch):
    rows = _deadlines()
    monkeypatch.setattr(deadline_queries, "my_deadlines", lambda uow, **_kw: rows)
    asked: set[int] = set()
    for name in ("data", "multiData"):
        original = getattr(dl.DeadlineTableModel, name)

        def recording(self, index, *args, original=original):
            asked.add(index.row())
            return original(self, index, *args)
        monkeypatch.setattr(dl.DeadlineTableModel, name, recording)

    view = DashboardView(make_ctx(staff.dept_head))
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    qtbot.waitExposed(view)
    shown = []
    view.deadlines_shown.connect(shown.append)
    view.everyone_check.setChecked(True)
    view.refresh()
    assert shown[-1] == MANY
    view.grab()   # painted too
    model = view.deadline_model
    assert model.rowCount() == MANY and model.rows() == list(rows)   # every row, in the query's order
    assert asked and max(asked) < FIT_ROWS   # sizing and painting asked about the first rows only
    widths = [view.deadline_table.columnWidth(c) for c in dl.DASHBOARD_COLUMNS[:-1]]
    assert len(set(widths)) > 2   # fitted to the texts, not left at the default width
