"""The 导入台账 wizard offscreen (issue 18): the 部门负责人 picks the example ledger, checks the proposed mapping,
looks at the preview and imports; a broken ledger shows its problems by cell, one is fixed in place and the rest
exported; 台账导入记录 undoes an import. Screenshots of each step (see tests/ui/shots.py)."""
from __future__ import annotations

import csv

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from shots import chinese_font, shot  # noqa: F401 (a fixture)
from sqlalchemy import func, select

from ipcase.db.models.cases import Case
from tools import make_ledger_examples as examples
from ui.ledger.imports_dialog import LedgerImportsDialog
from ui.ledger.wizard import LedgerWizard

pytestmark = pytest.mark.usefixtures("chinese_font")


def _wizard(ctx, qtbot) -> LedgerWizard:
    wizard = LedgerWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.resize(1366, 768)   # the screenshots: a laptop's whole screen
    wizard.show()
    return wizard


def _cases(new_uow) -> int:
    with new_uow() as uow:
        return uow.session.scalar(select(func.count()).select_from(Case))


def test_import_the_example_ledger_step_by_step(make_ctx, staff, new_uow, qtbot, tmp_path, shown):
    path = examples.write_ledger(tmp_path / "台账.xlsx", examples.example_rows("测试市"))
    wizard = _wizard(make_ctx(staff.dept_head), qtbot)
    wizard.path_edit.setText(str(path))
    shot(wizard, "ledger_1_file.png")
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.stack.currentIndex() == 1, wizard.error_label.text()
    mapping = dict(zip(wizard.sheet.headers, wizard.mapping(), strict=True))
    assert mapping["专利号"] == "patent_number" and mapping["序号"] == "" and mapping["结案方式"] == "closing_method"
    assert wizard.mapping_table.rowCount() == 14
    shot(wizard, "ledger_2_mapping.png")

    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.stack.currentIndex() == 2, wizard.error_label.text()
    assert wizard.ready_table.rowCount() == 12 and wizard.problem_table.rowCount() == 0
    assert "可导入 12 行" in wizard.summary_label.text()
    assert _cases(new_uow) == 0   # nothing is written before 导入
    shot(wizard, "ledger_3_check.png")

    qtbot.mouseClick(wizard.import_button, Qt.MouseButton.LeftButton)
    assert wizard.stack.currentIndex() == 3, wizard.error_label.text()
    assert "新建案件 12 件" in wizard.done_label.text()
    assert _cases(new_uow) == 12
    shot(wizard, "ledger_4_done.png")

    # the same ledger again: every row is a duplicate, skipped unless merged
    again = _wizard(make_ctx(staff.dept_head), qtbot)
    again.path_edit.setText(str(path))
    again.next_button.click()
    again.next_button.click()
    assert again.duplicate_table.rowCount() == 12 and again.ready_table.rowCount() == 0
    again.check_tabs.setCurrentIndex(2)
    shot(again, "ledger_3_duplicates.png")

    # 台账导入记录: the import undone as a whole
    dialog = LedgerImportsDialog(make_ctx(staff.dept_head))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.rowCount() == 1
    dialog.table.selectRow(0)
    assert dialog.undo_button.isEnabled()
    shot(dialog, "ledger_5_imports.png")
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    assert "已撤销第" in dialog.status_label.text()
    assert _cases(new_uow) == 0


def test_a_broken_ledger_shows_each_problem_by_cell_fixed_in_place_or_exported(make_ctx, staff, new_uow, qtbot,
                                                                              tmp_path, shown):
    path = tmp_path / "台账.csv"
    with path.open("w", newline="", encoding="gb18030") as f:
        writer = csv.writer(f)
        writer.writerow(examples.HEADERS)
        writer.writerows([["" if v is None else v for v in row] for row in examples.broken_rows("测试市")])
    wizard = _wizard(make_ctx(staff.dept_head), qtbot)
    wizard.path_edit.setText(str(path))
    wizard.next_button.click()
    wizard.next_button.click()
    table = wizard.problem_table
    assert wizard.check_tabs.currentIndex() == 1 and table.rowCount() == 17
    assert table.item(0, 0).text() == "第 3 行 C 列" and table.item(0, 3).text() == "2024.13.1"
    assert "没有这一天" in table.item(0, 2).text()
    shot(wizard, "ledger_3_problems.png")

    table.item(0, 3).setText("2024.3.1")   # typed over the bad date
    qtbot.mouseClick(wizard.recheck_button, Qt.MouseButton.LeftButton)
    assert table.rowCount() == 16 and wizard.ready_table.rowCount() == 2

    shown.confirm_answer = False   # after saving: do not open the folder
    out = tmp_path / "未导入的行.xlsx"
    wizard.export_rejects(str(out))
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    assert len(rows) == 17 and rows[0][-1] == "问题" and rows[-1][-1].startswith("D19 立案日期")

    shown.confirm_answer = True
    wizard.import_button.click()
    assert "新建案件 2 件" in wizard.done_label.text() and "未导入 16 行" in wizard.done_label.text()


def test_an_xls_ledger_goes_to_the_mapping_and_a_damaged_one_is_named(make_ctx, staff, qtbot, tmp_path):
    from pathlib import Path
    wizard = _wizard(make_ctx(staff.dept_head), qtbot)
    damaged = tmp_path / "旧台账.xls"
    damaged.write_bytes(b"\xd0\xcf\x11\xe0")
    wizard.path_edit.setText(str(damaged))
    wizard.next_button.click()
    assert wizard.stack.currentIndex() == 0 and "无法读取" in wizard.error_label.text()
    example = Path(__file__).resolve().parents[3] / "examples" / "台账示例.xls"
    wizard.path_edit.setText(str(example))
    wizard.next_button.click()
    qtbot.waitUntil(lambda: wizard.stack.currentIndex() == 1, timeout=5000)   # the mapping step
