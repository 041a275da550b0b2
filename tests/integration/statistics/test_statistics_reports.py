"""The monthly report of tests/stats_fixture.py: figures with 同比/环比, the ranking, and the Excel / PDF / CSV
files reopened with openpyxl, pypdf and csv; the command line writes the same report."""
from __future__ import annotations

import csv
from datetime import datetime

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from stats_fixture import build

import main
from ipcase.domain.statistics.counting import ReportPeriod
from ipcase.errors import PermissionDenied, ValidationFailed
from ipcase.reports.export import export_report
from ipcase.reports.periodic import build_report, circular_line

OCTOBER = ReportPeriod("month", 2026, 10)
NOW = datetime(2026, 11, 2, 9, 0)


def _report(new_uow, staff, **kw):
    with new_uow() as uow:
        return build_report(uow, viewer_id=staff.dept_head.id, period=OCTOBER, now=NOW, **kw)


def test_monthly_report_figures_yoy_mom_and_ranking(new_uow, staff):
    build(new_uow, staff)
    steps = []
    report = _report(new_uow, staff, progress=lambda done, total, text: steps.append((done, total)))
    assert steps[0] == (0, 5) and steps[-1] == (5, 5)
    line = {x.key: x for x in report.lines}
    assert (line["received"].current, line["received"].previous, line["received"].same_last_year) == (4, 1, 0)
    assert line["received"].mom == pytest.approx(3.0) and line["received"].yoy is None   # nothing a year ago
    assert line["registered"].current == 1 and line["registered_utility_model"].current == 1
    assert (line["registered_foreign"].current, line["registered_trade_fair"].current) == (1, 0)
    assert line["closed"].current == 4 and line["closed"].previous == 1                   # K in September
    assert line["closed_transferred"].previous == 1 and line["closed_mediated"].current == 1
    assert line["closure_rate"].current == pytest.approx(4 / 6)
    assert line["closure_rate"].previous == pytest.approx(1 / 6)
    assert line["closure_rate"].mom == pytest.approx(0.5)                                 # +50 percentage points
    assert line["on_time_rate"].current == pytest.approx(0.75)
    assert line["handling_days"].current == pytest.approx(69.5) and line["handling_days"].previous == 35
    assert (line["hearings"].current, line["carried_over"].current, line["open_at_end"].current) == (1, 5, 2)
    assert line["open_at_end"].previous == 5

    ranking = report.ranking
    assert ranking.unit_kind == "officer"            # the test office supervises no sub-offices
    rows = {r.name: r for r in ranking.rows}
    assert rows["李娜"].ranks["closure_rate"] == 1 and rows["张伟"].ranks["closure_rate"] == 2
    assert rows["赵敏"].values["closure_rate"] == 0 and rows["赵敏"].ranks["closure_rate"] == 3
    assert rows["王芳"].ranks["closure_rate"] is None                                     # nothing to compare
    assert rows["张伟"].values["handling_days"] == pytest.approx(42.5)
    assert rows["张伟"].ranks["handling_days"] == 1                                       # shorter is better
    assert [r.name for r in ranking.top["on_time_rate"]] == ["张伟", "李娜"]
    assert ranking.bottom["closure_rate"] == ()                # three ranked officers: no bottom three
    assert circular_line(ranking, "closure_rate") == (
        "结案率：前三名 第1名 李娜；第2名 张伟；第3名 赵敏；参与排名的单位不足六个，不列后三名")


def test_sub_offices_are_ranked_when_there_are_some(new_uow, staff):
    from ipcase.db.models.admin import Office
    with new_uow() as uow:
        for name in ("甲县市场监督管理局", "乙县市场监督管理局"):
            uow.session.add(Office(name=name, short_name=name[:2], parent_id=staff.office.id))
        uow.commit()
    ranking = _report(new_uow, staff, indicators=("registered",)).ranking
    assert ranking.unit_kind == "office" and [r.name for r in ranking.rows] == ["甲县市场监督管理局", "乙县市场监督管理局"]
    assert ranking.indicators == ("registered",) and len(ranking.top["registered"]) == 2


def test_only_supervisors_get_the_report_and_indicators_are_checked(new_uow, staff):
    with pytest.raises(PermissionDenied), new_uow() as uow:
        build_report(uow, viewer_id=staff.clerk.id, period=OCTOBER, now=NOW)
    with pytest.raises(ValidationFailed):
        _report(new_uow, staff, indicators=("speed",))


def test_exports_reopen(new_uow, staff, tmp_path):
    build(new_uow, staff)
    report = _report(new_uow, staff)

    xlsx = export_report(report, tmp_path / "report.xlsx")
    wb = load_workbook(xlsx)
    assert wb.sheetnames == ["统计表", "排名", "逐月收案立案", "口径说明"]
    ws = wb["统计表"]
    assert ws.freeze_panes == "B5" and "2026年10月" in ws["A1"].value
    assert ws["A3"].value.startswith("审计链头：#") and report.audit_head == ws["A3"].value   # issue 13
    rows = {ws.cell(r, 1).value: r for r in range(5, ws.max_row + 1)}
    closure = rows["结案率"]
    assert ws.cell(closure, 2).value == pytest.approx(4 / 6) and ws.cell(closure, 2).number_format == "0.0%"
    assert ws.cell(closure, 6).value == pytest.approx(50.0) and "百分点" in ws.cell(closure, 6).number_format
    assert ws.cell(rows["收到处理请求"], 2).value == 4 and ws.cell(rows["收到处理请求"], 6).value == pytest.approx(3.0)
    assert not any(isinstance(c.value, str) and c.value.startswith("=") for row in ws.iter_rows() for c in row)
    assert wb["排名"].freeze_panes == "B2" and wb["排名"]["A1"].value == "承办人"

    pdf = export_report(report, tmp_path / "report.pdf")
    reader = PdfReader(pdf)
    text = "".join(page.extract_text() for page in reader.pages)
    for needle in ("专利侵权纠纷行政裁决统计表", "按期结案率", "75.0%", "行政裁决（侵权成立）", "每月通报", "李娜",
                   "审计链头：#"):
        assert needle in text
    fonts = {f["/BaseFont"] for page in reader.pages for f in page["/Resources"]["/Font"].get_object().values()
             if "/FontDescriptor" in f.get_object() or "/DescendantFonts" in f.get_object()}
    assert fonts, "the Chinese font is embedded"

    with open(export_report(report, tmp_path / "report.csv"), encoding="utf-8-sig", newline="") as f:
        table = list(csv.reader(f))
    by_label = {r[0].strip("　"): r for r in table if r}
    assert by_label["按期结案率"][1:4] == ["%", "75.0", ""] and by_label["结案率"][6] == "50.0"
    assert by_label["张伟"][0] == "张伟"

    with pytest.raises(ValidationFailed) as e:
        export_report(report, tmp_path / "report.doc")
    assert e.value.reason == "file_type"


def test_the_command_line_writes_the_monthly_report(sqlite_url, tmp_path, capsys):
    engine_url = sqlite_url
    assert main.main(["demo", "--db", engine_url, "--cases", "300", "--today", "2026-11-21"]) == 0
    out = tmp_path / "report.xlsx"
    argv = ["report", "monthly", "--month", "2026-10", "--out", str(out), "--db", engine_url,
            "--today", "2026-11-21"]
    assert main.main(argv) == 0
    assert "2026年10月" in capsys.readouterr().out
    ws = load_workbook(out)["统计表"]
    assert ws["A1"].value.startswith("某市市场监督管理局")
    assert main.main(["report", "quarterly", "--quarter", "2026-Q3", "--out", str(tmp_path / "q.pdf"),
                      "--db", engine_url]) == 0
    assert main.main(["report", "monthly", "--month", "2026-13", "--out", str(out), "--db", engine_url]) == 2
