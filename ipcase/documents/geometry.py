"""The page of GB/T 9704-2012 (DOMAIN §11), in one place for both renderers.

A4; 天头 (top) 37 mm, 订口 (left) 28 mm; 版心 156 × 225 mm; 3号 (16 pt) 仿宋 body text; 22 lines of 28 characters.
The pitches follow from the block: a character cell is 156/28 mm, a line 225/22 mm. Word stores the line pitch in
twentieths of a point (w:docGrid/@w:linePitch) and the character pitch as the difference from the body size in
1/4096 pt (w:docGrid/@w:charSpace); both are rounded DOWN so that 22 lines and 28 characters still fit, and the PDF
uses the very same rounded values, so the two files put every line at the same place.
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


def char_space(width_twips: int) -> int:
    """w:docGrid/@w:charSpace for CHARS_PER_LINE cells on a line `width_twips` wide (Word writes -842 for
    the A4 page above); Word then divides the line into that many equal cells."""
    return math.floor((width_twips / 20 / CHARS_PER_LINE - BODY_SIZE) * 4096)


def grid_chars(width_twips: int, space: int) -> int:
    """How many cells Word makes of a line `width_twips` wide with a given charSpace."""
    return math.floor(width_twips / 20 / (BODY_SIZE + space / 4096))


def grid_lines(height_twips: int, pitch_twips: int) -> int:
    return height_twips // pitch_twips
