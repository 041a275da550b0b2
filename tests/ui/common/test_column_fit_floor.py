"""A list's columns are fitted to its first rows once (paged_table.ColumnFit); a column whose first rows hold none of
its usual values is still as wide as one (table_model.Col.least). At a million cases the case list's newest 200
cases are all 未立案, so its 案号 column was fitted to "未立案" and every registered case's 案号 below showed as
"某市…"."""
from __future__ import annotations

from dataclasses import replace

from test_cell_values_kept import _cases  # the same rows

from ui.cases import table_model as cm
from ui.common.paged_table import ColumnFit, list_table
from ui.documents import register_models
from ui.mediation import table_model as mm


def _elided(table, column: int, row: int) -> bool:
    """Whether the cell needs more room than its column leaves it (the view elides its text)."""
    return table.sizeHintForIndex(table.model().index(row, column)).width() > table.columnWidth(column)


def test_a_first_page_of_unregistered_cases_leaves_room_for_a_case_number(qtbot):
    unregistered = [replace(r, case_number=None, registered_date=None) for r in _cases(30)]
    registered = [replace(r, id=100 + i, case_number=f"东湖县知裁字〔2026〕{1000 + i}号") for i, r in enumerate(_cases(10))]
    model = cm.CaseTableModel()
    table = list_table(model, "cases")
    qtbot.addWidget(table)
    table.resize(1300, 600)
    table.show()
    ColumnFit(table, (), 220).rows_coming(unregistered)
    model.set_rows(unregistered + registered)
    assert all(not _elided(table, cm.Column.CASE_NUMBER, 30 + i) for i in range(10))
    # the floor is a floor: a wider number in the first rows widens the column past it
    wide = [replace(r, case_number="某某自治县市场监督管理局知裁字〔2026〕12345号") for r in _cases(3)]
    model2 = cm.CaseTableModel()
    table2 = list_table(model2, "cases2")
    qtbot.addWidget(table2)
    table2.show()
    ColumnFit(table2, (), 220).rows_coming(wide)
    model2.set_rows(wide)
    assert not _elided(table2, cm.Column.CASE_NUMBER, 0)
    assert table2.columnWidth(cm.Column.CASE_NUMBER) > table.columnWidth(cm.Column.CASE_NUMBER)


def test_the_mediation_and_document_registers_keep_the_same_floor():
    assert mm.COLUMNS[mm.Column.NUMBER].least.endswith("号")
    for columns in (register_models.ISSUED_COLUMNS,):
        assert columns[register_models.IssuedColumn.CASE].least
