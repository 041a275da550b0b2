"""PDF of a document's blocks with reportlab, fonts embedded (subsets of TrueType faces).

Notices and decisions follow GB/T 9704 (ipcase/documents/geometry.py): A4, the 156 × 225 mm text block at 37 mm
from the top and 28 mm from the left, 22 lines × 28 characters of 3号 仿宋 on a fixed grid (pdf_grid.py), title
2号 小标宋 centred, 一、 headings 黑体, （一） headings 楷体, page numbers "— N —" in 4号 宋体 7 mm below the text
block, right on odd pages and left on even ones. Forms and records (审批表, 笔录) are ruled tables on the same page.
The frame has no padding: reportlab's default 6 pt would move the text 2.1 mm in and cost a line and a character.
"""
from __future__ import annotations

import io
from datetime import datetime
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib import textsplit as _rl_textsplit
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import TimeStamp
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus import paragraph as _rl_paragraph

from ipcase.documents import geometry as g
from ipcase.documents.blocks import SOFT_BREAK, Block, Content
from ipcase.documents.fonts import PDF_LOCK, FontSet, register_pdf_fonts
from ipcase.documents.linebreak import CANNOT_START
from ipcase.documents.pdf_grid import GridParagraph

# reportlab's CJK line breaking (still used in table cells) knows the Japanese 禁則 characters but not the
# full-width Chinese comma, colon, semicolon, ! and ? or the closing quotes (GB/T 15834): without them a line may
# start with "，". The set is a module global of reportlab's textsplit and paragraph modules.
for _module in (_rl_textsplit, _rl_paragraph):
    _module.ALL_CANNOT_START = "".join(dict.fromkeys(_module.ALL_CANNOT_START + CANNOT_START))

TOP, LEFT, BOTTOM, RIGHT = g.TOP_MM * mm, g.LEFT_MM * mm, g.BOTTOM_MM * mm, g.RIGHT_MM * mm
TEXT_WIDTH = g.BLOCK_WIDTH
BODY_SIZE, TITLE_SIZE, NOTE_SIZE, FORM_SIZE, LINE = g.BODY_SIZE, g.TITLE_SIZE, g.NOTE_SIZE, g.FORM_SIZE, g.LINE


def _styles(names: dict[str, str], layout: str) -> dict[str, ParagraphStyle]:
    body = BODY_SIZE if layout == "notice" else g.FORM_BODY_SIZE
    lead = LINE if layout == "notice" else g.FORM_LINE
    base = ParagraphStyle("body", fontName=names["body"], fontSize=body, leading=lead, alignment=TA_JUSTIFY,
                          firstLineIndent=2 * body, wordWrap="CJK")
    return {
        "para": base,
        "title": ParagraphStyle("title", parent=base, fontName=names["title"], fontSize=TITLE_SIZE,
                                leading=TITLE_SIZE * 1.5, alignment=TA_CENTER, firstLineIndent=0,
                                spaceAfter=lead * 0.5),
        "center": ParagraphStyle("center", parent=base, alignment=TA_CENTER, firstLineIndent=0, spaceAfter=lead * 0.5),
        "left": ParagraphStyle("left", parent=base, alignment=TA_LEFT, firstLineIndent=0),
        "right": ParagraphStyle("right", parent=base, alignment=TA_RIGHT, firstLineIndent=0),
        "h1": ParagraphStyle("h1", parent=base, fontName=names["hei"]),
        "h2": ParagraphStyle("h2", parent=base, fontName=names["kai"]),
        "note": ParagraphStyle("note", parent=base, fontSize=NOTE_SIZE, leading=NOTE_SIZE * 1.6,
                               firstLineIndent=0, alignment=TA_LEFT),
        "cell": ParagraphStyle("cell", parent=base, fontName=names["body"], fontSize=FORM_SIZE,
                               leading=FORM_SIZE * 1.5, firstLineIndent=0, alignment=TA_LEFT),
        "sign": ParagraphStyle("sign", parent=base, alignment=TA_CENTER, firstLineIndent=0),
    }


def _markup(text: str) -> str:
    return escape(text).replace(SOFT_BREAK, "<br/>")


def column_widths(columns: int) -> list[float]:
    if columns == 2:
        fractions = [0.24, 0.76]
    elif columns == 4:
        fractions = [0.17, 0.33, 0.17, 0.33]
    elif columns == 5:   # 卷内文件目录: 序号, 文号, 名称, 日期, 页号
        fractions = [0.08, 0.27, 0.37, 0.16, 0.12]
    else:
        fractions = [1 / columns] * columns
    return [TEXT_WIDTH * f for f in fractions]


def _table(block: Block, styles: dict[str, ParagraphStyle]) -> Table:
    widths = column_widths(block.columns)
    data, commands = [], [
        ("GRID", (0, 0), (-1, -1), 0.75, colors.black),
        ("FONTNAME", (0, 0), (-1, -1), styles["cell"].fontName),   # empty cells too: no unembedded Helvetica
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    for r, (row, height) in enumerate(zip(block.rows, block.heights, strict=True)):
        cells = []
        for c, text in enumerate(row):
            span = block.columns - len(row) if c == len(row) - 1 else 0
            width = sum(widths[c:c + span + 1]) - 8
            para = Paragraph(_markup(text), styles["cell"])
            cell = [para]
            if height:
                need = height * mm - para.wrap(width, 10_000)[1] - 6
                if need > 0:
                    cell.append(Spacer(1, need))
            cells.append(cell)
            if span:
                commands.append(("SPAN", (c, r), (block.columns - 1, r)))
        cells += [""] * (block.columns - len(row))
        if height:
            commands.append(("VALIGN", (0, r), (-1, r), "TOP"))
        data.append(cells)
    table = Table(data, colWidths=widths, hAlign="CENTER")
    table.setStyle(TableStyle(commands))
    return table


def _signature(block: Block, styles: dict[str, ParagraphStyle]) -> list:
    size = styles["sign"].fontSize
    width = max(len(line) for line in block.lines) * size + size
    sign = styles["sign"]
    rows = [[GridParagraph(line, font=sign.fontName, size=size, pitch=size, leading=sign.leading, align="center"), ""]
            for line in block.lines]
    # Signature and date 4 characters in from the right; the empty lines above leave room for the seal.
    table = Table(rows, colWidths=[width, 4 * size], hAlign="RIGHT")
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), styles["sign"].fontName),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return [KeepTogether([Spacer(1, styles["para"].leading * 2), table])]


def sign_off(blocks) -> tuple[int, int] | None:
    """(first, end) of the blocks kept on one page with the signature (GB/T 9704 7.3.5: the signature and date
    never stand alone on a page): the right-aligned lines and spaces around the last signature block (合议组长,
    审理员, 书记员) and the last text paragraph before them."""
    signs = [i for i, b in enumerate(blocks) if b.kind == "sign"]
    if not signs:
        return None
    first = end = signs[-1]
    while first > 0 and blocks[first - 1].kind in ("right", "space"):
        first -= 1
    if first > 0 and blocks[first - 1].kind in ("para", "left"):
        first -= 1
    while end + 1 < len(blocks) and blocks[end + 1].kind == "right":
        end += 1
    return first, end + 1


def flowables(content: Content, styles: dict[str, ParagraphStyle]) -> list:
    story: list = []
    tail = sign_off(content.blocks) if content.layout == "notice" else None
    tail_at = 0
    for i, b in enumerate(content.blocks):
        if tail and i == tail[1]:
            story[tail_at:] = [KeepTogether(story[tail_at:])]
        if tail and i == tail[0]:
            tail_at = len(story)
        if b.kind == "table":
            story += [_table(b, styles), Spacer(1, 4)]
        elif b.kind == "sign":
            story += _signature(b, styles)
        elif b.kind == "space":
            story.append(Spacer(1, styles["para"].leading * int(b.text or 1)))
        elif b.kind == "page":
            story.append(PageBreak())
        else:
            following = content.blocks[i + 1].kind if i + 1 < len(content.blocks) else ""
            story.append(_grid(b, styles, content.layout, following))
    if tail and tail[1] == len(content.blocks):
        story[tail_at:] = [KeepTogether(story[tail_at:])]
    return story


_ALIGN = {"title": "center", "center": "center", "left": "left", "right": "right", "note": "left"}


def _grid(b: Block, styles: dict[str, ParagraphStyle], layout: str, following: str) -> GridParagraph:
    """A text block on the character grid. The title and the number lines under it are followed by one empty
    line before the text (GB/T 9704 7.3.3), so every line of text stays on the 22-line grid."""
    style = styles[b.kind]
    notice = layout == "notice"
    size = style.fontSize
    pitch = g.PITCH if notice and size == BODY_SIZE else size
    leading = style.leading
    space_after = 0.0
    if b.kind == "title":
        leading = LINE if notice else style.leading
        space_after = 0.0 if following == "center" else leading
    elif b.kind == "center" and following != "center":
        space_after = leading
    indent = 2 * pitch if b.kind in ("para", "h1", "h2") else 0.0
    return GridParagraph(b.text, font=style.fontName, size=size, pitch=pitch,
                         leading=leading, align=_ALIGN.get(b.kind, "justify"), indent=indent,
                         space_after=space_after, keep_with_next=b.lead_in)


def _stamp(moment: datetime) -> TimeStamp:
    """reportlab's time stamp of a file made at `moment` (a local time, as the record keeps it)."""
    ts = TimeStamp(invariant=True)
    offset = moment.astimezone().utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    ts.t, ts.lt, ts.YMDhms = moment.timestamp(), moment.timetuple(), moment.timetuple()[:6]
    ts.dhh, ts.dmm, ts.tzname = int(minutes / 60), abs(minutes) % 60, ""
    return ts


def _canvas_at(moment: datetime) -> type[Canvas]:
    """A canvas whose file is the same bytes whenever it is made: creation and modification date `moment`,
    and reportlab's invariant mode for the file ID (a digest of the content instead of the clock)."""
    class Stamped(Canvas):
        def __init__(self, *args, **kw):
            kw["invariant"] = 1
            super().__init__(*args, **kw)
            self._doc._timeStamp = _stamp(moment)
    return Stamped


def render_pdf(content: Content, fonts: FontSet, moment: datetime | None = None) -> bytes:
    """`moment` (an issued document's issue time) makes the bytes depend on the content and fonts only, so
    a document rendered on first opening is the file issuing it would have made (ipcase.documents.frozen)."""
    return render_pdf_counted(content, fonts, moment)[0]


def render_pdf_counted(content: Content, fonts: FontSet, moment: datetime | None = None) -> tuple[bytes, int]:
    """The PDF (as render_pdf) and its number of pages: the pages the canvas put in the file's page tree, whose
    /Count and /Kids a PDF reader counts — without parsing the file again (pypdf: its import and parse)."""
    names = register_pdf_fonts(fonts)
    styles = _styles(names, content.layout)

    def page_number(canvas, doc) -> None:
        n = canvas.getPageNumber()
        text = f"— {n} —"
        canvas.saveState()
        canvas.setFont(names["song"], NOTE_SIZE)
        y = BOTTOM - 7 * mm - NOTE_SIZE
        if n % 2:   # odd: right, one character in; even: left, one character in
            canvas.drawRightString(A4[0] - RIGHT - NOTE_SIZE, y, text)
        else:
            canvas.drawString(LEFT + NOTE_SIZE, y, text)
        canvas.restoreState()

    out = io.BytesIO()
    doc = BaseDocTemplate(out, pagesize=A4, topMargin=TOP, leftMargin=LEFT, bottomMargin=BOTTOM,
                          rightMargin=RIGHT, title=content.title, author="", subject=content.title,
                          creator="ipcase", initialFontName=names["body"])  # no unembedded Helvetica
    # 0.01 pt of slack: 22 lines of the rounded pitch fill the 版心 to within floating-point noise.
    frame = Frame(LEFT, BOTTOM - 0.01, TEXT_WIDTH, g.BLOCK_HEIGHT + 0.01, id="text",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate("page", frames=[frame], onPage=page_number)])
    with PDF_LOCK:
        doc.build(flowables(content, styles), **({"canvasmaker": _canvas_at(moment)} if moment else {}))
    return out.getvalue(), len(doc.canv._doc.Pages.pages)
