"""Widget-free tests of the table models."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from ipcase.domain.enums import CaseState, PatentType
from ipcase.dto.cases import CaseListRow, DeadlineInfo
from ui.cases import table_model as cm
from ui.common import deadline_model as dm
from ui.common.table_model import RAW_ROLE, ROW_ROLE


def _row(**over) -> CaseListRow:
    data = dict(id=1, version=3, case_number=None, state=CaseState.RECEIVED, suspended=False,
                patent_number="ZL202121234567.7", patent_type=PatentType.UTILITY_MODEL, patent_title="一种座椅",
                requesters="甲公司", respondents="乙商行", officer_name="张伟", received_date=date(2026, 10, 30),
                registered_date=None, closed_date=None, closing_due=None, closing_due_provisional=False,
                flag_foreign=False, flag_ecommerce=True, flag_trade_fair=False)
    data.update(over)
    return CaseListRow(**data)


def _deadline(**over) -> DeadlineInfo:
    data = dict(id=1, case_id=1, case_number="测试市知裁字〔2026〕1号", code="D12", party_name="",
                start_date=date(2026, 11, 2), due_date=date(2027, 2, 2), provisional=True, basis="立案起算3个月",
                status="open", met_date=None, paused=False, urgency="normal", days_remaining=92,
                working_days_remaining=64)
    data.update(over)
    return DeadlineInfo(**data)


def test_case_model_columns_display_and_raw(qapp):
    model = cm.CaseTableModel()
    model.set_rows([_row(), _row(id=2, case_number="测试市知裁字〔2026〕1号", state=CaseState.REGISTERED,
                                  suspended=True, closing_due=date(2027, 2, 2), closing_due_provisional=True)])
    assert model.rowCount() == 2 and model.columnCount() == len(cm.Column)
    assert model.headerData(cm.Column.CASE_NUMBER, Qt.Orientation.Horizontal) == "案号"
    idx = model.index(0, cm.Column.CASE_NUMBER)
    assert model.data(idx) == "未立案" and model.data(idx, RAW_ROLE) is None
    assert model.data(model.index(1, cm.Column.STATE)) == "已立案（中止）"
    assert model.data(model.index(1, cm.Column.CLOSING_DUE)) == "2027-02-02（暂定）"
    assert model.data(model.index(1, cm.Column.CLOSING_DUE), RAW_ROLE) == date(2027, 2, 2)
    assert "尚未录入" in model.data(model.index(1, cm.Column.CLOSING_DUE), Qt.ItemDataRole.ToolTipRole)
    assert model.data(model.index(0, cm.Column.FLAGS)) == "电商"
    assert model.data(model.index(0, 0), ROW_ROLE).id == 1


def test_case_model_sort_asks_the_database(qapp, qtbot):
    model = cm.CaseTableModel()
    with qtbot.waitSignal(model.sort_requested) as blocker:
        model.sort(cm.Column.OFFICER, Qt.SortOrder.DescendingOrder)
    assert blocker.args == ["officer_name", True]


def test_deadline_colours_and_marks(qapp):
    model = dm.DeadlineTableModel()
    model.set_rows([
        _deadline(id=1, urgency="overdue", due_date=date(2026, 10, 30), days_remaining=-3, provisional=False),
        _deadline(id=2, urgency="due_soon", due_date=date(2026, 11, 4), days_remaining=2, provisional=False),
        _deadline(id=3),
        _deadline(id=4, paused=True, urgency=""),
        _deadline(id=5, code="D10", urgency="lapsed", due_date=date(2026, 10, 1), days_remaining=-32,
                  provisional=False),
    ])
    background = Qt.ItemDataRole.BackgroundRole
    assert model.data(model.index(0, dm.Column.DUE), background).color() == dm.OVERDUE_BACKGROUND
    assert model.data(model.index(1, dm.Column.DUE), background).color() == dm.DUE_SOON_BACKGROUND
    assert model.data(model.index(2, dm.Column.DUE), background) is None
    assert model.data(model.index(0, dm.Column.REMAINING)) == "逾期 3 天"
    assert model.data(model.index(2, dm.Column.DUE)) == "2027-02-02（暂定）"
    assert "2027 年的法定节假日尚未录入" in model.data(model.index(2, dm.Column.DUE), Qt.ItemDataRole.ToolTipRole)
    assert model.data(model.index(3, dm.Column.STATUS)) == "暂停"
    assert model.data(model.index(3, dm.Column.DUE), dm.URGENCY_ROLE) == "paused"
    # A party's own period that ran out is not the office's delay: grey, not red.
    assert model.data(model.index(4, dm.Column.DUE), background) is None
    assert model.data(model.index(4, dm.Column.STATUS)) == "期间已届满"
    assert model.data(model.index(0, dm.Column.CODE)) == "结案期限"
