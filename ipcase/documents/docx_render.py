"""DOCX of a document's blocks with python-docx: the same blocks, geometry and fonts as the PDF.

python-docx has no API for the East Asian font, so every style and run gets `w:rFonts/@w:eastAsia` and
`w:lang/@w:eastAsia="zh-CN"` through oxml (TECH_NOTES); without them Word, WPS and LibreOffice would draw
Chinese in their default face.

The page is GB/T 9704's (ipcase/documents/geometry.py): a notice's section carries a line grid of 22 lines
(w:docGrid type="lines" with its linePitch), body text is exactly one grid line high, and paragraphs in other sizes
(title, small print, table cells) do not snap to the grid (they would otherwise take two grid lines). The 28
characters a line come from the characters themselves: 3号 runs are spaced −0.25 pt (w:spacing), justified. A
character grid (type="linesAndChars") would say the same to Word, but LibreOffice draws a 16 pt
character on two of its 15.8 pt cells: 14 characters a line on UOS/Kylin offices' machines.
"""
from __future__ import annotations

import io
import zipfile
from datetime import datetime

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_ROW_HEIGHT_RULE, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from ipcase.documents import geometry as g
from ipcase.documents.blocks import SOFT_BREAK, Block, Content
from ipcase.documents.fonts import FontSet
from ipcase.documents.geometry import BODY_SIZE, FORM_SIZE, LINE, NOTE_SIZE, TITLE_SIZE
from ipcase.documents.linebreak import keep_patent_numbers_together
from ipcase.documents.pdf_render import column_widths, sign_off

ALIGN = {"title": WD_ALIGN_PARAGRAPH.CENTER, "center": WD_ALIGN_PARAGRAPH.CENTER,
         "left": WD_ALIGN_PARAGRAPH.LEFT, "right": WD_ALIGN_PARAGRAPH.RIGHT,
         "para": WD_ALIGN_PARAGRAPH.JUSTIFY, "h1": WD_ALIGN_PARAGRAPH.JUSTIFY, "h2": WD_ALIGN_PARAGRAPH.JUSTIFY,
         "note": WD_ALIGN_PARAGRAPH.LEFT}


def _east_asian(element, family: str) -> None:
    """Set all four font slots and the East Asian language on a style's or run's rPr."""
    rpr = element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(slot), family)
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:eastAsia"), "zh-CN")


_AFTER_SNAP_TO_GRID = ("w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap",
                       "w:jc", "w:textDirection", "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl",
                       "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")


def _off_grid(p) -> None:
    """w:snapToGrid="0": the paragraph keeps its own size instead of whole grid cells."""
    ppr = p._p.get_or_add_pPr()
    snap = OxmlElement("w:snapToGrid")
    snap.set(qn("w:val"), "0")
    # Schema order: Word refuses a pPr whose children are out of sequence.
    ppr.insert_element_before(snap, *_AFTER_SNAP_TO_GRID)


_AFTER_OVERFLOW_PUNCT = ("w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd",
                         "w:snapToGrid", *_AFTER_SNAP_TO_GRID)


_AFTER_RUN_SPACING = ("w:w", "w:kern", "w:position", "w:sz", "w:szCs", "w:highlight", "w:u", "w:effect", "w:bdr",
                      "w:shd", "w:fitText", "w:vertAlign", "w:rtl", "w:cs", "w:em", "w:lang", "w:eastAsianLayout",
                      "w:specVanish", "w:oMath")


def _char_spacing(element, twips: int) -> None:
    """w:rPr/w:spacing: space added after every character, in twentieths of a point (negative: tighter)."""
    rpr = element.get_or_add_rPr()
    spacing = rpr.find(qn("w:spacing"))
    if spacing is None:
        spacing = OxmlElement("w:spacing")
        rpr.insert_element_before(spacing, *_AFTER_RUN_SPACING)
    spacing.set(qn("w:val"), str(twips))


class _Writer:
    def __init__(self, content: Content, fonts: FontSet):
        self.content = content
        self.family = {f.role: f.docx_family for f in fonts}
        self.notice = content.layout == "notice"
        self.size = BODY_SIZE if self.notice else g.FORM_BODY_SIZE
        self.cell = g.DOCX_PITCH if self.notice else self.size     # the width one character takes
        self.doc = Document()
        self._page()
        self._base_style()

    def _page(self) -> None:
        section = self.doc.sections[0]
        section.start_type = WD_SECTION.NEW_PAGE
        section.page_width, section.page_height = Mm(g.PAGE_WIDTH_MM), Mm(g.PAGE_HEIGHT_MM)
        section.top_margin, section.left_margin = Mm(g.TOP_MM), Mm(g.LEFT_MM)
        section.bottom_margin, section.right_margin = Mm(g.BOTTOM_MM), Mm(g.RIGHT_MM)
        section.footer_distance = Mm(g.BOTTOM_MM - 7) - Pt(NOTE_SIZE)   # page number 7 mm below the text block
        if self.notice:
            grid = section._sectPr.find(qn("w:docGrid"))
            if grid is None:
                grid = OxmlElement("w:docGrid")
                section._sectPr.append(grid)
            grid.set(qn("w:type"), "lines")
            grid.set(qn("w:linePitch"), str(g.LINE_TWIPS))
            grid.attrib.pop(qn("w:charSpace"), None)
        self.doc.settings.odd_and_even_pages_header_footer = True
        self._page_number(section.footer.paragraphs[0], WD_ALIGN_PARAGRAPH.RIGHT)
        self._page_number(section.even_page_footer.paragraphs[0], WD_ALIGN_PARAGRAPH.LEFT)

    def _page_number(self, p, align) -> None:
        """"— N —" with a PAGE field; one character in from the outer edge."""
        p.alignment = align
        fmt = p.paragraph_format
        if align == WD_ALIGN_PARAGRAPH.RIGHT:
            fmt.right_indent = Pt(NOTE_SIZE)
        else:
            fmt.left_indent = Pt(NOTE_SIZE)
        self._run(p, "— ", "song", NOTE_SIZE)
        run = self._run(p, "", "song", NOTE_SIZE)
        for tag, text in (("begin", None), (None, "PAGE"), ("separate", None), (None, "1"), ("end", None)):
            if tag:
                el = OxmlElement("w:fldChar")
                el.set(qn("w:fldCharType"), tag)
            elif text == "PAGE":
                el = OxmlElement("w:instrText")
                el.set(qn("xml:space"), "preserve")
                el.text = " PAGE "
            else:
                el = OxmlElement("w:t")
                el.text = text
            run._r.append(el)
        self._run(p, " —", "song", NOTE_SIZE)

    def _base_style(self) -> None:
        normal = self.doc.styles["Normal"]
        normal.font.size = Pt(self.size)
        _east_asian(normal.element, self.family["body"])
        fmt = normal.paragraph_format
        fmt.space_before = fmt.space_after = Pt(0)
        fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        fmt.line_spacing = Pt(LINE if self.notice else g.FORM_LINE)
        if self.notice:
            # Text a clerk adds in Word or WPS stays on the 28-character pitch.
            _char_spacing(normal.element, g.DOCX_CHAR_SPACING)
            ppr = normal.element.get_or_add_pPr()
            # w:overflowPunct="1" is OOXML's default (Word and WPS may hang a "，" past the line's end, as they do
            # without it), but LibreOffice (7.4, measured) reads it the other way round: without it, or with "0",
            # it hangs punctuation and a line shows 29 characters; with "1" it pushes the character before down,
            # as the PDF's line breaker does.
            hang = OxmlElement("w:overflowPunct")
            hang.set(qn("w:val"), "1")
            ppr.insert_element_before(hang, *_AFTER_OVERFLOW_PUNCT)
        # The document default too: Word takes the grid's base size from Normal, LibreOffice from the defaults.
        defaults = self.doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
        for tag in ("w:sz", "w:szCs"):
            defaults.find(qn(tag)).set(qn("w:val"), str(round(self.size * 2)))
        fonts = defaults.find(qn("w:rFonts"))
        for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            fonts.attrib.pop(qn(theme), None)
        for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
            fonts.set(qn(slot), self.family["body"])
        defaults.find(qn("w:lang")).set(qn("w:eastAsia"), "zh-CN")

    def _run(self, p, text: str, role: str, size: float):
        run = p.add_run()
        parts = text.split(SOFT_BREAK)
        for i, part in enumerate(parts):
            if i:
                run.add_break(WD_BREAK.LINE)
            if part:
                run.add_text(keep_patent_numbers_together(part))
        run.font.size = Pt(size)
        _east_asian(run._r, self.family[role])
        if self.notice:
            # Only 3号 text keeps the grid's pitch; a title or small print is set at its natural width.
            _char_spacing(run._r, g.DOCX_CHAR_SPACING if size == BODY_SIZE else 0)
        return run

    def paragraph(self, b: Block, following: str) -> None:
        """Same spacing as the PDF (pdf_render._grid): one empty line after the title and its number lines."""
        p = self.doc.add_paragraph()
        p.alignment = ALIGN[b.kind]
        fmt = p.paragraph_format
        role, size = {"title": ("title", TITLE_SIZE), "h1": ("hei", self.size), "h2": ("kai", self.size),
                      "note": ("body", NOTE_SIZE)}.get(b.kind, ("body", self.size))
        if b.kind in ("para", "h1", "h2"):
            fmt.first_line_indent = Pt(2 * self.cell)
        fmt.keep_with_next = b.lead_in or None
        line = LINE if self.notice else g.FORM_LINE
        if b.kind == "title":
            fmt.line_spacing = Pt(LINE if self.notice else TITLE_SIZE * 1.5)
            fmt.space_after = Pt(0 if following == "center" else fmt.line_spacing.pt)
        elif b.kind == "center" and following != "center":
            fmt.space_after = Pt(line)
        elif b.kind == "note":
            fmt.line_spacing = Pt(NOTE_SIZE * 1.6)
        if size != self.size:
            _off_grid(p)
        self._run(p, b.text, role, size)

    def table(self, b: Block) -> None:
        table = self.doc.add_table(rows=len(b.rows), cols=b.columns)
        table.style = self.doc.styles["Table Grid"]
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False
        widths = column_widths(b.columns)
        for r in range(len(b.rows)):
            for c, cell in enumerate(table.rows[r].cells):
                cell.width = Pt(widths[c])
        for r, (row, height) in enumerate(zip(b.rows, b.heights, strict=True)):
            cells = table.rows[r].cells
            if height:
                table.rows[r].height = Mm(height)
                table.rows[r].height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
            if len(row) < b.columns:
                cells[len(row) - 1].merge(cells[b.columns - 1])
            for c, text in enumerate(row):
                p = cells[c].paragraphs[0]
                p.paragraph_format.line_spacing = Pt(FORM_SIZE * 1.5)
                _off_grid(p)
                self._run(p, text, "body", FORM_SIZE)

    def signature(self, b: Block) -> None:
        for _ in range(2):   # room for the seal above the signature
            self.doc.add_paragraph()
        longest = max(len(line) for line in b.lines)
        for line in b.lines:
            p = self.doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            # Lines centred on each other, the block 4 characters in from the right (GB/T 9704).
            p.paragraph_format.right_indent = Pt(self.cell * (4 + (longest - len(line)) / 2))
            self._run(p, line, "body", self.size)

    def keep_sign_off(self, first: int) -> None:
        """The paragraphs from `first` on (the last lines of text, the panel, the seal room, the office, the date
        and the 书记员) each kept with the next, so that Word, WPS and LibreOffice move the last lines of text onto
        the signature's page rather than leaving the signature alone on one (GB/T 9704 7.3.5: adjust, never print
        "（此页无正文）", which the standard abolished). The text paragraph may still break across the pages: widow
        and orphan control brings at least two of its lines along."""
        paragraphs = self.doc.paragraphs[first:]
        for p in paragraphs[:-1]:
            p.paragraph_format.keep_with_next = True
        for p in paragraphs:
            p.paragraph_format.widow_control = True

    def build(self) -> bytes:
        blocks = self.content.blocks
        tail = sign_off(blocks) if self.notice else None
        tail_from = None
        for i, b in enumerate(blocks):
            if tail and i == tail[0]:
                tail_from = len(self.doc.paragraphs)
            if tail and i == tail[1]:
                self.keep_sign_off(tail_from)
                tail = None
            if b.kind == "table":
                self.table(b)
            elif b.kind == "sign":
                self.signature(b)
            elif b.kind == "space":
                for _ in range(int(b.text or 1)):
                    self.doc.add_paragraph()
            elif b.kind == "page":
                self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            else:
                self.paragraph(b, blocks[i + 1].kind if i + 1 < len(blocks) else "")
        if tail:    # the sign-off ends the document
            self.keep_sign_off(tail_from)
        self.doc.core_properties.title = self.content.title
        self.doc.core_properties.author = ""
        out = io.BytesIO()
        self.doc.save(out)
        return out.getvalue()


def render_docx(content: Content, fonts: FontSet, moment: datetime | None = None) -> bytes:
    """`moment`: see render_pdf — the package's entries are dated `moment` instead of the clock."""
    data = _Writer(content, fonts).build()
    return _dated(data, moment) if moment else data


def _dated(data: bytes, moment: datetime) -> bytes:
    """The same package with every entry dated `moment` (python-docx stamps them with the time of saving)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for entry in src.infolist():
            dated = zipfile.ZipInfo(entry.filename, date_time=max(moment, datetime(1980, 1, 1)).timetuple()[:6])
            dated.compress_type, dated.external_attr = entry.compress_type, entry.external_attr
            dst.writestr(dated, src.read(entry.filename))
    return out.getvalue()
