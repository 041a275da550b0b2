"""The report as an Excel workbook: values (no formulas) with number formats, frozen headers, one sheet each
for the statistics table, the ranking, the months and the definitions."""
from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from ipcase.dto.statistics import StatsReport
from ipcase.reports.cells import text_cells
from ipcase.reports.periodic import RANKING_INDICATORS, circular_line

HEADER_FILL = PatternFill("solid", fgColor="DDE7F3")
BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)
THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
FORMATS = {"count": "0", "rate": "0.0%", "days": "0.0", "score": "0.00"}
SCORE_POINTS = '+0.00"分";-0.00"分";0.00"分"'
RELATIVE = '+0.0%;-0.0%;0.0%'
POINTS = '+0.0"个百分点";-0.0"个百分点";0.0"个百分点"'


def _header(ws, row: int, titles: list[str]) -> None:
    for col, title in enumerate(titles, start=1):
        cell = ws.cell(row, col, title)
        cell.font, cell.fill, cell.border = BOLD, HEADER_FILL, BOX
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)


def _widths(ws, widths: list[int]) -> None:
    for i, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width


def _table_sheet(ws, report: StatsReport) -> None:
    p = report.period
    ws.title = "统计表"
    ws["A1"] = f"{report.office_name} 专利侵权纠纷行政裁决统计表（{p.label}）"
    ws["A1"].font = TITLE
    ws.merge_cells("A1:F1")
    ws["A2"] = (f"统计期间：{p.start.isoformat()} 至 {p.end.isoformat()}；上年同期：{p.same_last_year().label}；"
                f"上期：{p.previous().label}；生成时间：{report.generated_at:%Y-%m-%d %H:%M}")
    ws.merge_cells("A2:F2")
    ws["A3"] = report.audit_head
    ws.merge_cells("A3:F3")
    _header(ws, 4, ["指标", f"本期\n{p.label}", f"上年同期\n{p.same_last_year().label}", "同比",
                    f"上期\n{p.previous().label}", "环比"])
    ws.row_dimensions[4].height = 32
    for r, line in enumerate(report.lines, start=5):
        label = ws.cell(r, 1, line.label)
        label.alignment = Alignment(indent=2 * line.indent)
        label.border = BOX
        for col, value in ((2, line.current), (3, line.same_last_year), (5, line.previous)):
            cell = ws.cell(r, col, value)
            cell.number_format, cell.border = FORMATS[line.kind], BOX
        for col, value in ((4, line.yoy), (6, line.mom)):
            cell = ws.cell(r, col, value * 100 if value is not None and line.kind == "rate" else value)
            cell.number_format = POINTS if line.kind == "rate" else SCORE_POINTS if line.kind == "score" else RELATIVE
            cell.border = BOX
    ws.freeze_panes = "B5"
    _widths(ws, [30, 14, 14, 16, 14, 16])


def _ranking_sheet(ws, report: StatsReport) -> None:
    ranking = report.ranking
    unit = "下级机关" if ranking.unit_kind == "office" else "承办人"
    ws.title = "排名"
    keys = list(RANKING_INDICATORS)
    titles = [unit]
    for key in keys:
        titles += [RANKING_INDICATORS[key][0], "名次"]
    _header(ws, 1, titles)
    for r, row in enumerate(ranking.rows, start=2):
        ws.cell(r, 1, row.name).border = BOX
        for i, key in enumerate(keys):
            value = ws.cell(r, 2 + 2 * i, row.values.get(key))
            value.number_format = ("0.0%" if key.endswith("rate") else "0.0" if key == "handling_days" else "0")
            value.border = BOX
            ws.cell(r, 3 + 2 * i, row.ranks.get(key)).border = BOX
    r = len(ranking.rows) + 3
    ws.cell(r, 1, f"每月通报（{report.period.label}）").font = BOLD
    for key in ranking.indicators:
        r += 1
        ws.cell(r, 1, circular_line(ranking, key))
    ws.freeze_panes = "B2"
    _widths(ws, [22] + [12, 6] * len(keys))


def _monthly_sheet(ws, report: StatsReport) -> None:
    last, this = report.monthly
    ws.title = "逐月收案立案"
    _header(ws, 1, ["月份", f"收案 {last.year}年", f"收案 {this.year}年", f"立案 {last.year}年", f"立案 {this.year}年"])
    for m in range(12):
        ws.cell(m + 2, 1, f"{m + 1}月")
        for col, value in enumerate((last.received[m], this.received[m], last.registered[m], this.registered[m]),
                                    start=2):
            ws.cell(m + 2, col, value).number_format = "0"
    ws.freeze_panes = "B2"
    _widths(ws, [10, 14, 14, 14, 14])


def _definitions_sheet(ws, report: StatsReport) -> None:
    ws.title = "口径说明"
    _header(ws, 1, ["指标", "口径（本系统约定，国家统计表具体字段未见公开规定）"])
    for r, (title, text) in enumerate(report.definitions, start=2):
        ws.cell(r, 1, title).alignment = Alignment(vertical="top")
        ws.cell(r, 2, text).alignment = Alignment(wrap_text=True, vertical="top")
    _widths(ws, [18, 100])


def write_xlsx(report: StatsReport, path: Path) -> Path:
    wb = Workbook()
    _table_sheet(wb.active, report)
    _ranking_sheet(wb.create_sheet(), report)
    _monthly_sheet(wb.create_sheet(), report)
    _definitions_sheet(wb.create_sheet(), report)
    text_cells(wb)   # names typed by users are text, never formulas
    wb.save(path)
    return Path(path)
