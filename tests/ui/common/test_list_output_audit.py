"""A register's list exported to Excel or printed (导出 Excel… / 打印…) is an audit entry (lists.export /
lists.print, issue 13): which list, filtered by what, how many rows, which file, by whom."""
from __future__ import annotations

import json

from PySide6.QtPrintSupport import QPrinter
from sqlalchemy import select

from ipcase.db.models.audit import AuditEntry
from ui.common.list_output import ListOutput

CELLS = (["案号", "当事人"], [["测试市知裁字〔2026〕7号", "鼎盛公司"], ["测试市知裁字〔2026〕8号", "鼎盛公司"]])


def _lists(new_uow):
    with new_uow() as uow:
        return [(e.action, e.actor_id, json.loads(e.changes)) for e in uow.session.scalars(
            select(AuditEntry).where(AuditEntry.action.like("lists.%")).order_by(AuditEntry.seq))]


def test_export_and_print_of_a_list_are_recorded(make_ctx, staff, new_uow, qtbot, tmp_path, shown):
    output = ListOutput(make_ctx(staff.officer), lambda _owner, then: then(CELLS), title=lambda: "行政裁决案件登记",
                        subtitle=lambda: "检索：鼎盛", file_stem=lambda: "案件")
    qtbot.addWidget(output)
    output.export_to(tmp_path / "cases.xlsx")
    qtbot.waitUntil(lambda: len(_lists(new_uow)) == 1)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "cases.pdf"))
    output.print_to(printer)
    qtbot.waitUntil(lambda: len(_lists(new_uow)) == 2)
    (exported, printed) = _lists(new_uow)
    assert exported[:2] == ("lists.export", staff.officer.id) and printed[:2] == ("lists.print", staff.officer.id)
    want = {"title": "行政裁决案件登记", "filters": "检索：鼎盛", "rows": 2}
    assert {k: exported[2][k] for k in want} == want and exported[2]["file"] == "cases.xlsx"
    assert {k: printed[2][k] for k in want} == want and printed[2]["file"] == "cases.pdf"
