"""The page of GB/T 9704-2012 (DOMAIN §11), in one place for both renderers.

A4; 天头 (top) 37 mm, 订口 (left) 28 mm; 版心 156 × 225 mm; 3号 (16 pt) 仿宋 body text; 22 lines of 28 characters.
The pitches follow from the block: a character cell is 156/28 mm, a line 225/22 mm. Word stores the line pitch in
twentieths of a point (w:docGrid/@w:linePitch), rounded DOWN so that 22 lines still fit; the PDF uses the very same
rounded value, so the two files put every line at the same place.

The DOCX does not give Word's grid the character pitch (w:docGrid type="linesAndChars" with w:charSpace): LibreOffice
gives a 16 pt character two cells of a grid narrower than 16 pt, so the page showed 14 characters a line. It sets
the pitch on the characters instead, as run spacing in twentieths of a point (w:rPr/w:spacing), which Word, WPS and
LibreOffice all apply the same way: 16 pt − 0.25 pt = 15.75 pt a character, rounded DOWN so that 28 still fit the
156 mm line (28 × 15.75 pt = 155.6 mm).
"""
from __future__ import annotations

import math

MM = 72 / 25.4                     # points per millimetre

PAGE_WIDTH_MM, PAGE_HEIGHT_MM = 210, 297
TOP_MM, LEFT_MM = 37, 28
BLOCK_WIDTH_MM, BLOCK_HEIGHT_MM = 156, 225
BOTTOM_MM = PAGE_HEIGHT_MM - TOP_MM - BLOCK_HEIGHT_MM      # 35
RIGHT_MM = PAGE_WIDTH_MM - LEFT_MM - BLOCK_WIDTH_MM        # 26
LINES_PER_PAGE, CHARS_PER_LINE = 22, 28

BODY_SIZE = 16.0                   # 3号
TITLE_SIZE = 22.0                  # 2号
NOTE_SIZE = 14.0                   # 4号
FORM_SIZE = 12.0                   # 小四, the cells of ruled forms
FORM_BODY_SIZE = 14.0              # text of forms and records outside their tables
FORM_LINE = 24.0

BLOCK_WIDTH = BLOCK_WIDTH_MM * MM
BLOCK_HEIGHT = BLOCK_HEIGHT_MM * MM

LINE_TWIPS = math.floor(BLOCK_HEIGHT * 20 / LINES_PER_PAGE)          # 579
LINE = LINE_TWIPS / 20                                               # 28.95 pt: one grid line
PITCH = BLOCK_WIDTH / CHARS_PER_LINE                                 # ≈ 15.793 pt: one character cell


# Run spacing of 3号 text in the DOCX, twentieths of a point (−5 = −0.25 pt), and the cell it gives.
DOCX_CHAR_SPACING = math.floor((PITCH - BODY_SIZE) * 20)
DOCX_PITCH = BODY_SIZE + DOCX_CHAR_SPACING / 20


def docx_chars(width_twips: int, spacing_twips: int) -> int:
    """How many 3号 characters with a given run spacing fit on a line `width_twips` wide."""
    return math.floor(width_twips / (BODY_SIZE * 20 + spacing_twips))


def grid_lines(height_twips: int, pitch_twips: int) -> int:
    return height_twips // pitch_twips
