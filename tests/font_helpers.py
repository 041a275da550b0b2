"""Small real font files made with fontTools for the font tests: a TrueType font of a made-up family holding the
characters documents need (or lacking some), and the same as OpenType-CFF (PostScript outlines)."""
from __future__ import annotations

from pathlib import Path

from fontTools.fontBuilder import FontBuilder
from fontTools.pens.t2CharStringPen import T2CharStringPen
from fontTools.pens.ttGlyphPen import TTGlyphPen

from ipcase.documents.font_files import NEEDED

# What the test documents print besides NEEDED (ASCII for numbers and names).
EXTRA = "".join(chr(c) for c in range(0x20, 0x7f)) + "正文标题测试公文字体"


def _box(pen) -> None:
    pen.moveTo((100, 0))
    pen.lineTo((100, 700))
    pen.lineTo((900, 700))
    pen.lineTo((900, 0))
    pen.closePath()


def make_font(path: Path, family: str, *, chars: str = NEEDED + EXTRA, cff: bool = False) -> Path:
    """Write a font file of `family` with a box glyph for every character of `chars`."""
    codes = sorted({ord(c) for c in chars})
    names = [".notdef"] + [f"uni{c:04X}" for c in codes]
    fb = FontBuilder(1000, isTTF=not cff)
    fb.setupGlyphOrder(names)
    fb.setupCharacterMap({c: f"uni{c:04X}" for c in codes})
    if cff:
        strings = {}
        for name in names:
            pen = T2CharStringPen(1000, None)
            _box(pen)
            strings[name] = pen.getCharString()
        fb.setupCFF(family.replace(" ", ""), {"FullName": family}, strings, {})
    else:
        glyphs = {}
        for name in names:
            pen = TTGlyphPen(None)
            _box(pen)
            glyphs[name] = pen.glyph()
        fb.setupGlyf(glyphs)
    fb.setupHorizontalMetrics({name: (1000, 100) for name in names})
    fb.setupHorizontalHeader(ascent=880, descent=-120)
    fb.setupNameTable({"familyName": family, "styleName": "Regular",
                       "psName": family.replace(" ", "") + "-Regular"})
    fb.setupOS2(sTypoAscender=880, sTypoDescender=-120, usWinAscent=880, usWinDescent=120)
    fb.setupPost()
    fb.setupHead(unitsPerEm=1000)
    fb.save(str(path))
    return path
