"""A paragraph on the GB/T 9704 grid for reportlab: lines broken by ipcase/documents/linebreak.py, full-width
characters on cells of a fixed pitch (156/28 mm for 3号 text), lines at a fixed pitch (the 版心's 225 mm / 22).

reportlab's own Paragraph cannot do this: it has no character pitch, breaks Latin runs such as a patent number
at any space, and lets a line start with "，". The em box of every line's characters sits at the top of its line
(the first line of a page touches the top of the 版心), as Word and WPS place 3号 text on a 22-line grid.
"""
from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from ipcase.documents.linebreak import Line, break_lines, tokens

# Top of the ideographic em box above the baseline, as a fraction of the size (仿宋_GB2312, 宋体: 859/1000).
EM_ASCENT = 0.86


class GridParagraph(Flowable):
    def __init__(self, text: str, *, font: str, size: float, pitch: float, leading: float, align: str = "justify",
                 indent: float = 0.0, space_after: float = 0.0, keep_with_next: bool = False,
                 lines: list[Line] | None = None):
        super().__init__()
        self.text, self.font, self.size, self.pitch, self.leading = text, font, size, pitch, leading
        self.align, self.indent, self.space_after = align, indent, space_after
        self.keepWithNext = keep_with_next
        self._lines = lines
        self._avail = 0.0

    def _measure(self, text: str) -> float:
        return stringWidth(text, self.font, self.size)

    def _room(self, n: int) -> float:
        return self._avail - (self.indent if n == 0 else 0.0)

    _first_part = True
    _fixed = False

    def wrap(self, avail_width, avail_height):
        # A part of a split paragraph keeps its lines; the whole one is laid out again for a new width.
        if not self._fixed and (self._lines is None or abs(avail_width - self._avail) > 1e-6):
            self._avail = avail_width
            toks = tokens(self.text, self._measure, self.size, self.pitch)
            self._lines = break_lines(toks, self._room, self._measure)
        self.width = avail_width
        self.height = len(self._lines) * self.leading
        return self.width, self.height

    def getSpaceAfter(self):
        return self.space_after

    def split(self, avail_width, avail_height):
        self.wrap(avail_width, avail_height)
        n = int((avail_height + 1e-6) // self.leading)
        if n <= 0 or n >= len(self._lines):
            return [] if n <= 0 else [self]
        head = self._part(self._lines[:n], first=self._first_part, space_after=0.0)
        tail = self._part(self._lines[n:], first=False, space_after=self.space_after)
        return [head, tail]

    def _part(self, lines: list[Line], *, first: bool, space_after: float) -> GridParagraph:
        part = GridParagraph(self.text, font=self.font, size=self.size, pitch=self.pitch, leading=self.leading,
                             align=self.align, indent=self.indent, space_after=space_after,
                             keep_with_next=self.keepWithNext, lines=list(lines))
        part._first_part, part._fixed = first, True
        part._avail = self._avail
        return part

    def draw(self):
        canvas = self.canv
        for n, line in enumerate(self._lines):
            first = n == 0 and self._first_part
            room = self._avail - (self.indent if first else 0.0)
            start = self.indent if first else 0.0
            gap = 0.0
            if self.align == "center":
                start += (room - line.width) / 2
            elif self.align == "right":
                start += room - line.width
            elif self.align == "justify" and not line.last and len(line.tokens) > 1:
                gap = max(0.0, room - line.width) / (len(line.tokens) - 1)
            baseline = self.height - n * self.leading - EM_ASCENT * self.size
            # One text object per line, so that text extraction (search, copy) reads the line as one.
            text = canvas.beginText()
            text.setFont(self.font, self.size)
            x = start
            for tok in line.tokens:
                if not tok.space:
                    text.setTextOrigin(x, baseline)
                    text.textOut(tok.text)
                x += tok.width + gap
            canvas.drawText(text)
