"""An Excel 97–2003 ledger (.xls, what WPS saves by default in many offices) is read like the same ledger as .xlsx
(issue 18: "pick an .xlsx/.xls/.csv"), and imported the same way on SQLite and PostgreSQL."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from ipcase import commands
from ipcase.errors import ValidationFailed
from ipcase.queries.ledger.imports import proposed_mapping
from ipcase.services.ledger.sheets import read_sheet
from tools import make_ledger_examples as examples

EXAMPLES = Path(__file__).resolve().parents[3] / "examples"
NOW = datetime(2026, 11, 2, 9, 30)


def test_the_xls_example_reads_exactly_like_the_xlsx():
    xls = read_sheet("台账示例.xls", (EXAMPLES / "台账示例.xls").read_bytes())
    xlsx = read_sheet("台账示例.xlsx", (EXAMPLES / "台账示例.xlsx").read_bytes())
    assert xls.header_row == 3 and xls.headers == examples.HEADERS
    # dates stored as Excel dates come back as dates, whole numbers without ".0", texts as typed
    assert xls.rows == xlsx.rows and len(xls.rows) == 12
    assert xls.rows[0].cells[2] == "2023-02-06" and xls.rows[0].cells[0] == "1"
    assert xls.rows[1].cells[2] == "2023.3.14"


@pytest.mark.parametrize("content", [b"", b"\xd0\xcf\x11\xe0 not really a workbook", b"PK\x03\x04 zip, not xls"])
def test_a_damaged_xls_is_unreadable_not_a_crash(content):
    with pytest.raises(ValidationFailed) as refused:
        read_sheet("台账.xls", content)
    assert refused.value.field == "file" and refused.value.reason == "unreadable"


def test_an_xls_ledger_is_imported_like_an_xlsx_one(new_uow, staff):
    content = (EXAMPLES / "台账示例.xls").read_bytes().replace(
        "示例市".encode("utf-16-le"), "测试市".encode("utf-16-le"))   # BIFF8 keeps its texts in UTF-16
    sheet = read_sheet("台账.xls", content)
    assert sheet.rows[0].cells[1] == "测试市知裁字〔2023〕1号"
    with new_uow() as uow:
        mapping = proposed_mapping(uow, office_id=staff.office.id, sheet=sheet)
    result = commands.run("ledger.import_ledger", new_uow, actor_id=staff.dept_head.id, file_name="台账.xls",
                          content=content, mapping=mapping, now=NOW)
    assert (result.created, result.skipped, result.rejected) == (12, 0, 0)
