"""A number a field laptop gave a record ("临-<laptop>-001", issue 14) is shown as provisional wherever a list shows
numbers: the case and mediation lists' tooltip, the 外出办案 page's "（临时）" mark; an office number is not."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from ipcase.domain.enums import CaseState, PatentType
from ipcase.domain.mediation.cases import MediationKind, MediationState
from ipcase.dto.cases import CaseListRow
from ipcase.dto.mediation import MediationCaseRow
from ipcase.sync.laptop import PROVISIONAL_PREFIX
from ui.cases import table_model as cases
from ui.mediation import table_model as mediation
from ui.sync.labels import number_text

TIP = Qt.ItemDataRole.ToolTipRole
PROVISIONAL = f"{PROVISIONAL_PREFIX}执法笔记本-01-001"


def _case(number):
    return CaseListRow(id=1, version=3, case_number=number, state=CaseState.REGISTERED, suspended=False,
                       patent_number="ZL202121234567.7", patent_type=PatentType.UTILITY_MODEL, patent_title="一种座椅",
                       requesters="甲公司", respondents="乙商行", officer_name="张伟", received_date=date(2026, 10, 30),
                       registered_date=None, closed_date=None, closing_due=None, closing_due_provisional=False,
                       flag_foreign=False, flag_ecommerce=False, flag_trade_fair=False)


def _mediation(number):
    return MediationCaseRow(id=1, version=1, case_number=number, kind=list(MediationKind)[0],
                            state=MediationState.REGISTERED, requesters="甲公司", respondents="乙商行",
                            patent_number="", officer_name="张伟", received_date=date(2026, 10, 30),
                            registered_date=None, closed_date=None, next_due=None, next_due_code="", urgency="",
                            extension_pending=False)


def test_lists_mark_a_provisional_number(qapp):
    model = cases.CaseTableModel()
    model.set_rows([_case(PROVISIONAL), _case("测试市知裁字〔2026〕1号")])
    tip = model.data(model.index(0, cases.Column.CASE_NUMBER), TIP)
    assert model.data(model.index(0, cases.Column.CASE_NUMBER)) == PROVISIONAL
    assert "签入单位数据库后取得正式编号" in tip
    assert model.data(model.index(1, cases.Column.CASE_NUMBER), TIP) is None

    model = mediation.MediationCaseTableModel()
    model.set_rows([_mediation(PROVISIONAL), _mediation(None)])
    assert "临时编号" in model.data(model.index(0, mediation.Column.NUMBER), TIP)
    assert model.data(model.index(1, mediation.Column.NUMBER)) == "未立案"
    assert model.data(model.index(1, mediation.Column.NUMBER), TIP) is None

    assert number_text(PROVISIONAL) == f"{PROVISIONAL}（临时）"
    assert number_text("测试市知裁字〔2026〕1号") == "测试市知裁字〔2026〕1号"
    assert number_text("") == "（未编号）"
