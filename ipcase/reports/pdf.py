"""The report as a PDF (reportlab): the statistics table, two charts, the ranking and the definitions, in
the office's Chinese fonts (embedded subsets; the bundled font on a machine without official fonts)."""
from __future__ import annotations

from pathlib import Path

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from ipcase.documents.fonts import PDF_LOCK, register_pdf_fonts, resolve_fonts
from ipcase.domain import terms
from ipcase.domain.statistics.counting import ClosingMethod
from ipcase.dto.statistics import StatsReport
from ipcase.reports.formatting import change_text, ranking_value_text, value_text
from ipcase.reports.periodic import RANKING_INDICATORS, circular_line

BLUE, ORANGE = colors.HexColor("#1f77b4"), colors.HexColor("#ff7f0e")
GRID = colors.HexColor("#999999")
HEAD = colors.HexColor("#dde7f3")


class _Styles:
    def __init__(self, fonts: dict[str, str]):
        self.song, self.hei = fonts["song"], fonts["hei"]
        self.title = ParagraphStyle("title", fontName=self.hei, fontSize=16, leading=22, alignment=TA_CENTER)
        self.sub = ParagraphStyle("sub", fontName=self.song, fontSize=9, leading=13, alignment=TA_CENTER,
                                  textColor=colors.HexColor("#444444"))
        self.h2 = ParagraphStyle("h2", fontName=self.hei, fontSize=12, leading=18, spaceBefore=8, spaceAfter=4)
        self.cell = ParagraphStyle("cell", fontName=self.song, fontSize=9, leading=12)
        self.note = ParagraphStyle("note", fontName=self.song, fontSize=8, leading=11,
                                   textColor=colors.HexColor("#333333"))


def _table(rows: list[list], widths: list[float], st: _Styles, indents: list[int] = ()) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1)
    style = [("FONTNAME", (0, 0), (-1, -1), st.song), ("FONTSIZE", (0, 0), (-1, -1), 9),
             ("FONTNAME", (0, 0), (-1, 0), st.hei), ("BACKGROUND", (0, 0), (-1, 0), HEAD),
             ("GRID", (0, 0), (-1, -1), 0.4, GRID), ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
             ("ALIGN", (0, 0), (-1, 0), "CENTER"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    style += [("LEFTPADDING", (0, i + 1), (0, i + 1), 6 + 12 * n) for i, n in enumerate(indents) if n]
    table.setStyle(TableStyle(style))
    return table


def _methods_chart(report: StatsReport, st: _Styles) -> Drawing:
    closing = report.current.closing
    methods = [m for m in ClosingMethod if m != ClosingMethod.NOT_ACCEPTED]
    drawing = Drawing(170 * mm, 62 * mm)
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = 42 * mm, 6 * mm, 120 * mm, 48 * mm
    chart.data = [[closing.method(m.value) for m in reversed(methods)]]
    chart.categoryAxis.categoryNames = [terms.CLOSING_METHOD[m] for m in reversed(methods)]
    chart.categoryAxis.labels.fontName = st.song
    chart.categoryAxis.labels.fontSize = 8
    chart.valueAxis.labels.fontName = st.song
    chart.valueAxis.valueMin = 0
    chart.bars[0].fillColor = BLUE
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = st.song
    chart.barLabels.fontSize = 7
    chart.barLabels.nudge = 6
    drawing.add(chart)
    drawing.add(String(0, 58 * mm, f"结案方式（{report.period.label}）", fontName=st.hei, fontSize=10))
    return drawing


def _monthly_chart(report: StatsReport, st: _Styles) -> Drawing:
    last, this = report.monthly
    drawing = Drawing(170 * mm, 62 * mm)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 12 * mm, 8 * mm, 150 * mm, 44 * mm
    chart.data = [list(last.registered), list(this.registered)]
    chart.categoryAxis.categoryNames = [f"{m}月" for m in range(1, 13)]
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName = st.song
        axis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.bars[0].fillColor, chart.bars[1].fillColor = ORANGE, BLUE
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = 120 * mm, 60 * mm
    legend.fontName, legend.fontSize = st.song, 8
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.colorNamePairs = [(ORANGE, f"{last.year}年"), (BLUE, f"{this.year}年")]
    drawing.add(legend)
    drawing.add(String(0, 58 * mm, "逐月立案（本年与上年）", fontName=st.hei, fontSize=10))
    return drawing


def write_pdf(report: StatsReport, path: Path, *, font_dirs: tuple[str, ...] = ()) -> Path:
    st = _Styles(register_pdf_fonts(resolve_fonts(font_dirs)))
    p = report.period
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm,
                            bottomMargin=16 * mm, title=f"专利侵权纠纷行政裁决统计表（{p.label}）",
                            author=report.office_name)
    story = [Paragraph(f"{report.office_name}<br/>专利侵权纠纷行政裁决统计表", st.title), Spacer(0, 2 * mm),
             Paragraph(f"统计期间：{p.start.isoformat()} 至 {p.end.isoformat()}（{p.label}）　"
                       f"生成时间：{report.generated_at:%Y-%m-%d %H:%M}", st.sub),
             Paragraph(report.audit_head, st.sub), Spacer(0, 4 * mm)]
    rows = [["指标", "本期", f"上年同期\n{p.same_last_year().label}", "同比", f"上期\n{p.previous().label}", "环比"]]
    rows += [[line.label, value_text(line.kind, line.current), value_text(line.kind, line.same_last_year),
              change_text(line.kind, line.yoy), value_text(line.kind, line.previous),
              change_text(line.kind, line.mom)] for line in report.lines]
    story.append(_table(rows, [52 * mm, 18 * mm, 24 * mm, 26 * mm, 24 * mm, 26 * mm], st,
                        [line.indent for line in report.lines]))
    story += [Spacer(0, 4 * mm), KeepTogether([_methods_chart(report, st)]),
              KeepTogether([_monthly_chart(report, st)])]

    ranking = report.ranking
    unit = "下级机关" if ranking.unit_kind == "office" else "承办人"
    keys = list(RANKING_INDICATORS)
    rank_rows = [[unit] + [RANKING_INDICATORS[k][0].replace("（", "\n（") for k in keys]]
    for row in ranking.rows:
        rank_rows.append([row.name] + [f"{ranking_value_text(k, row.values.get(k))}"
                                       f"{'（' + str(row.ranks[k]) + '）' if row.ranks.get(k) else ''}" for k in keys])
    circular = [Paragraph(circular_line(ranking, k), st.cell) for k in ranking.indicators]
    story += [Paragraph(f"每月通报：{unit}排名（{p.label}，括号内为名次）", st.h2),
              _table(rank_rows, [34 * mm] + [28 * mm] * len(keys), st), Spacer(0, 2 * mm), *circular,
              Paragraph("统计口径", st.h2)]
    story += [Paragraph(f'<font name="{st.hei}">{title}</font>：{text}', st.note) for title, text in report.definitions]
    story.append(Paragraph("以上口径为本系统约定（国家统计报表的具体字段未见公开规定），与各级报表要求不一致时以其为准。",
                           st.note))
    with PDF_LOCK:
        doc.build(story)
    return Path(path)
