"""Exports carry names as text, never as formulas (issue 12, "Exports"; OWASP CSV injection): an officer named
`=HYPERLINK(...)` appears as that text in the 排名 sheet and the CSV, on SQLite and PostgreSQL."""
from __future__ import annotations

import csv
import zipfile
from datetime import datetime

from openpyxl import load_workbook
from sqlalchemy import update
from stats_fixture import build

from ipcase.db.models.admin import User
from ipcase.domain.statistics.counting import ReportPeriod
from ipcase.reports.export import export_report
from ipcase.reports.periodic import build_report

EVIL = '=HYPERLINK("http://x","y")'
OTHERS = ["+cmd|' /C calc'!A0", "-2+3", "@SUM(1,2)", "\t=1", "\r=1"]


def _report(new_uow, staff):
    build(new_uow, staff)
    with new_uow() as uow:
        uow.session.execute(update(User).where(User.id == staff.officer.id).values(full_name=EVIL))
        uow.session.execute(update(User).where(User.id == staff.officer2.id).values(full_name=OTHERS[0]))
        uow.commit()
    with new_uow() as uow:
        return build_report(uow, viewer_id=staff.dept_head.id, period=ReportPeriod("month", 2026, 10),
                            now=datetime(2026, 11, 2, 9, 0))


def test_an_officer_named_like_a_formula_is_text_in_the_ranking_sheet(new_uow, staff, tmp_path):
    report = _report(new_uow, staff)
    path = export_report(report, tmp_path / "report.xlsx")
    ws = load_workbook(path)["排名"]
    cells = [ws.cell(r, 1) for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value in (EVIL, OTHERS[0])]
    assert len(cells) == 2
    for cell in cells:
        assert cell.data_type == "s" and cell.quotePrefix
    with zipfile.ZipFile(path) as z:        # no formula anywhere in the file, whatever openpyxl reads back
        assert not any("<f>" in z.read(n).decode() or "<f " in z.read(n).decode()
                       for n in z.namelist() if n.startswith("xl/worksheets/"))


def test_an_officer_named_like_a_formula_is_text_in_the_csv(new_uow, staff, tmp_path):
    report = _report(new_uow, staff)
    with open(export_report(report, tmp_path / "report.csv"), encoding="utf-8-sig", newline="") as f:
        names = [row[0] for row in csv.reader(f) if row]
    assert "'" + EVIL in names and "'" + OTHERS[0] in names
    assert EVIL not in names
    assert not any(name.startswith(("=", "+", "@")) for name in names)
