"""What typed or pasted text may hold before it is stored (the rule; `ipcase.services.boundary` applies it to
every service input, `ipcase.db.column_limits` holds the storable part on every flush).

Why: a control character in a party's name is accepted on save and then breaks every document of the case
(DOCX is XML, which cannot carry U+0000–U+001F except tab/newline/CR, nor U+FFFE/U+FFFF). Text pasted from Word
brings its soft line break (U+000B) and CRLF; text pasted from web pages brings BOM and zero-width characters,
invisible on screen but fatal to an identifier's check digit or a later search.

Reason codes (`TextRefused.reason`, carried on as `ValidationFailed.reason`): "control_char" (detail: the
character as U+XXXX), "line_break" (a line break where the field holds one line)."""
from __future__ import annotations

import re

# Zero-width and byte-order characters a web page or a clipboard leaves in text: invisible, never meant.
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"
_INVISIBLE_RE = re.compile(f"[{INVISIBLE}]")
# A value made only of these (and ordinary spaces) is empty to a reader: it is treated as not filled in.
_BLANK_RE = re.compile(rf"^[\s{INVISIBLE}\u3000]*$")
NONCHARACTERS = "\ufffe\uffff"
LINE_BREAKS = "\r\n\v\u2028\u2029\x85"


class TextRefused(ValueError):
    def __init__(self, reason: str, detail: str = ""):
        super().__init__(f"{reason}{' ' + detail if detail else ''}")
        self.reason = reason
        self.detail = detail


def codepoint(ch: str) -> str:
    return f"U+{ord(ch):04X}"


def is_blank(value: str) -> bool:
    """Only spaces (ASCII, ideographic) and zero-width characters: nothing a reader could see."""
    return bool(_BLANK_RE.match(value))


def normalize_lines(value: str) -> str:
    """Every kind of line break becomes "\\n": CRLF and CR (Windows, old Mac), U+000B (Word's soft line
    break, Shift+Enter), U+2028/U+2029 and NEL (other editors)."""
    value = value.replace("\r\n", "\n")
    return re.sub("[\r\v\u2028\u2029\x85]", "\n", value)


def storable_problem(value: str, *, lines: bool = True) -> TextRefused | None:
    """What makes `value` unstorable — a character a document cannot carry, or a line break where the field
    holds one line — else None. Tab is allowed everywhere; "\\n" only where `lines`."""
    for ch in value:
        o = ord(ch)
        if ch == "\n" or (not lines and ch in LINE_BREAKS):
            if not lines:
                return TextRefused("line_break")
        elif ch == "\t":
            continue
        elif o < 0x20 or o == 0x7F or ch in NONCHARACTERS or 0xD800 <= o <= 0xDFFF:
            return TextRefused("control_char", codepoint(ch))
    return None


def clean_text(value: str, *, lines: bool) -> str:
    """The text as it will be stored: line breaks made one kind (where lines are allowed; elsewhere a line
    break is refused, as is any control character), a blank value made "". Raises TextRefused."""
    if lines:
        value = normalize_lines(value)
    elif value.endswith(("\r\n", "\n")) and not value.rstrip("\r\n").count("\n"):
        # One trailing newline from a paste into a one-line field is what the user did not see.
        value = value.rstrip("\r\n")
    problem = storable_problem(value, lines=lines)
    if problem is not None:
        raise problem
    return "" if is_blank(value) else value


def strip_invisible(value: str) -> str:
    """An identifier (patent number, credit code, ID number, 案号) without BOM and zero-width characters."""
    return _INVISIBLE_RE.sub("", value)


def clean_identifier(value: str) -> str:
    """An identifier as it will be checked and stored: invisible characters gone, surrounding space trimmed;
    anything else that is not printable is refused (TextRefused)."""
    return clean_text(strip_invisible(value), lines=False).strip()


__all__ = ["INVISIBLE", "TextRefused", "clean_identifier", "clean_text", "codepoint", "is_blank",
           "normalize_lines", "storable_problem", "strip_invisible"]
