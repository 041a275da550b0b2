"""Breaking Chinese text into lines on the GB/T 9704 character grid, for the PDF (pure: the font is a width function).

Word and WPS lay a 公文 out on a document grid (22 lines × 28 characters): every full-width character takes one
grid cell of 156/28 mm, whatever its font size, while Latin letters and digits keep their own widths. This module
does the same for the PDF, and keeps the rules drafters expect:
- 禁则 (GB/T 15834): closing punctuation never starts a line, opening brackets and quotes never end one; the
  character before is pushed down with it (推出) rather than letting punctuation hang in the margin;
- a run of Latin letters and digits is one word, broken only at spaces;
- a patent number (ZL2023 1 2345678.9, CN…, with or without the spaces) is never broken.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ipcase.documents.blocks import SOFT_BREAK

CANNOT_START = "，。、：；！？）》」』】〕〉”’…—·%‰,.;:!?)]}"
CANNOT_END = "（《「『【〔〈“‘([{"

# A patent or application number as drafters type it: ZL/CN, then 12 digits (since 2003) or 8 (before), spaces
# allowed between year, type and serial, the check character after an optional dot.
PATENT_NUMBER = re.compile(r"(?:ZL|CN)\s?(?:\d{4}\s?\d\s?\d{7}|\d{2}\s?\d\s?\d{5})\s?\.?\s?[0-9Xx]")
# U+202F NARROW NO-BREAK SPACE, not U+00A0: LibreOffice (7.4, measured) breaks a line after a U+00A0 that follows
# Chinese text, but not at U+202F; both are no-break spaces for Unicode line breaking (class GL), as Word keeps them.
NO_BREAK_SPACE = "\u202f"
_FUZZ = 1e-6


def keep_patent_numbers_together(text: str) -> str:
    """Spaces inside a patent number become no-break spaces (the DOCX: Word, WPS and LibreOffice do not break a
    Latin word, and a no-break space joins its parts)."""
    return PATENT_NUMBER.sub(lambda m: m.group(0).replace(" ", NO_BREAK_SPACE), text)


@dataclass(frozen=True)
class Token:
    text: str
    width: float
    space: bool = False       # a break opportunity that disappears at a line's end
    newline: bool = False     # a soft break inside the paragraph


@dataclass(frozen=True)
class Line:
    tokens: tuple[Token, ...]
    width: float              # natural width, without justification
    last: bool                # last line of the paragraph or before a soft break: not justified


def _wide(char: str, width: float, size: float) -> bool:
    return width >= 0.9 * size


def tokens(text: str, measure: Callable[[str], float], size: float, pitch: float) -> list[Token]:
    """`measure(text)` is the natural width at `size`; a full-width character takes `pitch` (the grid cell)."""
    out: list[Token] = []
    word = ""

    def flush() -> None:
        nonlocal word
        if word:
            out.append(Token(word, measure(word)))
            word = ""

    i = 0
    while i < len(text):
        m = PATENT_NUMBER.match(text, i)
        if m and not word[-1:].isalnum():
            flush()
            out.append(Token(m.group(0), measure(m.group(0))))
            i = m.end()
            continue
        c = text[i]
        i += 1
        if c == SOFT_BREAK or c == "\n":
            flush()
            out.append(Token("", 0.0, newline=True))
        elif c in (" ", "\t", "\u3000"):
            flush()
            out.append(Token(c if c != "\t" else " ", pitch if c == "\u3000" else measure(" "), space=True))
        else:
            w = measure(c)
            if _wide(c, w, size):
                flush()
                out.append(Token(c, pitch))
            else:
                word += c
    flush()
    return out


def _split_long(tok: Token, measure: Callable[[str], float], avail: float) -> list[Token]:
    """A word longer than a whole line (a URL) is broken between characters: nothing else fits."""
    if tok.width <= avail + _FUZZ:
        return [tok]
    return [Token(c, measure(c)) for c in tok.text]


def _trim(line: list[Token]) -> list[Token]:
    while line and line[-1].space:
        line.pop()
    return line


def break_lines(toks: list[Token], widths: Callable[[int], float], measure: Callable[[str], float]) -> list[Line]:
    """Greedy breaking; `widths(n)` is the room on line n (the first may be indented)."""
    lines: list[Line] = []
    line: list[Token] = []
    used = 0.0

    def emit(last: bool) -> None:
        nonlocal line, used
        kept = _trim(line)
        lines.append(Line(tuple(kept), sum(t.width for t in kept), last))
        line, used = [], 0.0

    queue = [t for tok in toks for t in _split_long(tok, measure, widths(1))]
    i = 0
    while i < len(queue):
        tok = queue[i]
        i += 1
        if tok.newline:
            emit(last=True)
            continue
        if tok.space and not line:
            continue                      # no space at the start of a line
        if used + tok.width <= widths(len(lines)) + _FUZZ or not line:
            line.append(tok)
            used += tok.width
            continue
        if tok.space:                     # the break falls on the space: it disappears
            emit(last=False)
            continue
        carry = [tok]
        while len(line) > 1 and carry[0].text[:1] in CANNOT_START and not line[-1].space:
            carry.insert(0, line.pop())
        while len(line) > 1 and line[-1].text[-1:] in CANNOT_END:
            carry.insert(0, line.pop())
        emit(last=False)
        queue[i:i] = carry
    if line or not lines:
        emit(last=True)
    return lines
