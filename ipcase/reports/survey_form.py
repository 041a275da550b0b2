"""The paper form of the satisfaction survey (保护社会满意度) for one party of a closed case, as a PDF to print and
post or hand over: the four questions with the five levels to tick, room for remarks, and how the score is
computed, so that what the clerk later types in from the returned form is what the party ticked."""
from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from ipcase.documents.fonts import PDF_LOCK, register_pdf_fonts, resolve_fonts
from ipcase.domain.satisfaction.scoring import POINTS, QUESTIONS, Level

QUESTION_TEXT = {
    "procedure": "您对本案办理程序（受理、送达、口头审理等）是否规范的评价",
    "timeliness": "您对本案办理时限（是否及时）的评价",
    "fairness": "您对办案人员公正、廉洁、文明办案的评价",
    "result": "您对本案处理结果的评价",
}
LEVEL_TEXT = {Level.VERY_SATISFIED: "非常满意", Level.SATISFIED: "满意", Level.FAIR: "基本满意",
              Level.DISSATISFIED: "不满意", Level.VERY_DISSATISFIED: "非常不满意"}


def write_survey_form(path: Path | str, *, office_name: str, case_number: str, party_name: str,
                      closed_on: str = "", font_dirs: tuple[str, ...] = ()) -> Path:
    fonts = register_pdf_fonts(resolve_fonts(font_dirs))
    song, hei = fonts["song"], fonts["hei"]
    title = ParagraphStyle("t", fontName=hei, fontSize=18, leading=26, alignment=TA_CENTER)
    body = ParagraphStyle("b", fontName=song, fontSize=11, leading=18)
    small = ParagraphStyle("s", fontName=song, fontSize=9, leading=13, textColor=colors.HexColor("#333333"))
    cell = ParagraphStyle("c", fontName=song, fontSize=10.5, leading=15)
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=25 * mm, rightMargin=22 * mm, topMargin=28 * mm,
                            bottomMargin=22 * mm, title="专利侵权纠纷案件当事人满意度调查表", author=office_name)
    story = [Paragraph("专利侵权纠纷案件当事人满意度调查表", title), Spacer(0, 6 * mm),
             Paragraph(f"案号：{case_number}", body), Paragraph(f"当事人：{party_name}", body)]
    if closed_on:
        story.append(Paragraph(f"结案日期：{closed_on}", body))
    story += [Spacer(0, 3 * mm),
              Paragraph("为改进专利侵权纠纷行政裁决工作，请您对本案的办理情况作出评价，在每题选项前的“□”内打“√”"
                        "（每题只选一项，不愿回答的可不选）。", body), Spacer(0, 4 * mm)]
    # A box big enough to tick with a pen.
    levels = "　　".join(f'<font size="15">□</font> {LEVEL_TEXT[lv]}' for lv in Level.__members__.values())
    rows = [[Paragraph(f"{i}．{QUESTION_TEXT[q]}", cell)] for i, q in enumerate(QUESTIONS, start=1)]
    rows = [r for pair in ((row, [Paragraph(levels, cell)]) for row in rows) for r in pair]
    rows.append([Paragraph("5．您对本机关办理专利侵权纠纷案件的意见和建议：", cell)])
    rows.append([Spacer(0, 28 * mm)])
    table = Table(rows, colWidths=[doc.width])
    table.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.black),
                               ("LINEBELOW", (0, 1), (-1, -3), 0.3, colors.HexColor("#888888")),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    story += [table, Spacer(0, 8 * mm),
              Paragraph("填表人（签名或盖章）：＿＿＿＿＿＿＿＿　　联系电话：＿＿＿＿＿＿＿＿　　"
                        "填表日期：＿＿＿＿年＿＿月＿＿日", body), Spacer(0, 6 * mm),
              Paragraph(f"请将本表寄回或交回{office_name}。感谢您的支持！", body), Spacer(0, 8 * mm),
              Paragraph("计分说明：" + "、".join(f"{LEVEL_TEXT[lv]}{POINTS[lv]}分" for lv in Level.__members__.values())
                        + "；每份调查表的得分为所答各题分数的平均值，未作答的题目不计入；本机关满意度为各调查表得分的"
                        "平均值。", small)]
    with PDF_LOCK:
        doc.build(story)
    return Path(path)
