"""Validators for the identifiers a case carries (DOMAIN §10): patent numbers, 统一社会信用代码,
居民身份证号, plus name normalisation for matching parties.

Each `parse_*`/`check_*` returns the canonical value or raises `ValidationFailed(field, reason, detail)`.
Reason codes: "required", "format", "year", "type", "check_digit", "birth_date".
No clock is read here: callers pass the current year / today when they want future values refused.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from stdnum.cn import ric, uscc

from ipcase.domain.enums import PatentType
from ipcase.domain.text import strip_invisible
from ipcase.errors import ValidationFailed

# ---------------------------------------------------------------- patent numbers (DOMAIN §10.1)

PATENT_FIELD = "patent_number"
CREDIT_CODE_FIELD = "credit_code"
ID_NUMBER_FIELD = "id_number"

# With no current year given, only an absurd year is refused; the UI passes clock.today().year.
MAX_FILING_YEAR = 2100
FIRST_CURRENT_FORMAT_YEAR = 2003  # 12-digit numbers from 2003-10-01
OLD_FORMAT_YEARS = range(1989, 2004)  # 8 digits + check char; 1985-1988 numbers had no check char

_CHECK_ALPHABET = "0123456789X"
_WEIGHTS_12 = (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)
_WEIGHTS_8 = (2, 3, 4, 5, 6, 7, 8, 9)
_PATENT_RE = re.compile(r"^(?:ZL|CN)?(\d{12}|\d{8})\.?([0-9X])$")
_TYPE_TO_PATENT_TYPE = {
    1: PatentType.INVENTION,
    2: PatentType.UTILITY_MODEL,
    3: PatentType.DESIGN,
    8: PatentType.INVENTION,      # PCT national phase, invention
    9: PatentType.UTILITY_MODEL,  # PCT national phase, utility model
}
_WHITESPACE_RE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class PatentNumber:
    application_number: str  # "201610259567.X" / "93100001.7": digits, dot, check char
    filing_year: int
    type_digit: int
    patent_type: PatentType
    is_pct: bool

    def __str__(self) -> str:
        return f"ZL{self.application_number}"


def _compact(text: str) -> str:
    # Pasted from a web page, an identifier brings BOM and zero-width characters nobody sees (ipcase.domain.text).
    text = unicodedata.normalize("NFKC", strip_invisible(text)).replace("。", ".")
    return _WHITESPACE_RE.sub("", text).upper()


def patent_check_char(digits: str) -> str:
    """Check char for the 12 (or old 8) digits before the dot."""
    if len(digits) == 12:
        weights = _WEIGHTS_12
    elif len(digits) == 8:
        weights = _WEIGHTS_8
    else:
        raise ValueError(f"patent number body must have 8 or 12 digits, got {digits!r}")
    if not digits.isascii() or not digits.isdigit():
        raise ValueError(f"patent number body must be digits, got {digits!r}")
    return _CHECK_ALPHABET[sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 11]


def parse_patent_number(text: str | None, *, current_year: int | None = None) -> PatentNumber:
    """Parse a 专利号/申请号 in any common spelling ("ZL 2016 1 0259567.x", "CN201610259567X", full width…).

    `current_year` refuses filing years after it; None only refuses years after MAX_FILING_YEAR.
    """
    compact = _compact(text or "")
    if not compact:
        raise ValidationFailed(PATENT_FIELD, "required", value=text)
    m = _PATENT_RE.match(compact)
    if m is None:
        raise ValidationFailed(PATENT_FIELD, "format", value=text)
    digits, check = m.groups()
    max_year = MAX_FILING_YEAR if current_year is None else current_year
    if len(digits) == 12:
        year = int(digits[:4])
        if not FIRST_CURRENT_FORMAT_YEAR <= year <= max_year:
            raise ValidationFailed(PATENT_FIELD, "year", str(year), value=text)
        type_digit = int(digits[4])
    else:
        yy = int(digits[:2])
        year = 2000 + yy if yy <= 3 else 1900 + yy
        if year not in OLD_FORMAT_YEARS or year > max_year:
            raise ValidationFailed(PATENT_FIELD, "year", str(year), value=text)
        type_digit = int(digits[2])
    patent_type = _TYPE_TO_PATENT_TYPE.get(type_digit)
    if patent_type is None:
        raise ValidationFailed(PATENT_FIELD, "type", str(type_digit), value=text)
    expected = patent_check_char(digits)
    if check != expected:
        raise ValidationFailed(PATENT_FIELD, "check_digit", expected, value=text)
    return PatentNumber(
        application_number=f"{digits}.{check}",
        filing_year=year,
        type_digit=type_digit,
        patent_type=patent_type,
        is_pct=type_digit in (8, 9),
    )


def make_patent_number(year: int, type_digit: int, serial: int) -> str:
    """A valid canonical "ZL…" number (demo data, tests). Years before 2003 use the old 8-digit form."""
    if type_digit not in _TYPE_TO_PATENT_TYPE:
        raise ValueError(f"type digit {type_digit} not in {sorted(_TYPE_TO_PATENT_TYPE)}")
    if FIRST_CURRENT_FORMAT_YEAR <= year <= 9999:
        if not 0 <= serial <= 9_999_999:
            raise ValueError(f"serial {serial} needs 7 digits at most")
        digits = f"{year:04d}{type_digit}{serial:07d}"
    elif year in OLD_FORMAT_YEARS:
        if not 0 <= serial <= 99_999:
            raise ValueError(f"serial {serial} needs 5 digits at most in the old format")
        digits = f"{year % 100:02d}{type_digit}{serial:05d}"
    else:
        raise ValueError(f"year {year} has no check-char number format")
    return f"ZL{digits}.{patent_check_char(digits)}"


# ---------------------------------------------------------------- 统一社会信用代码 (DOMAIN §10.2)

_USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_RE = re.compile(rf"^[{_USCC_ALPHABET}]\d{{7}}[{_USCC_ALPHABET}]{{10}}$")


def check_credit_code(text: str | None) -> str:
    """Validate a 统一社会信用代码 and return it compact and upper-case.

    python-stdnum insists on digits in positions 1-8, but GB 32100's 登记管理部门码 (position 1) may be a
    letter (e.g. 'Y' for other authorities), so the format is checked here; the check char still comes from
    stdnum, whose weighted sum works over the whole 31-char alphabet.
    """
    code = _compact(text or "").replace("-", "")
    if not code:
        raise ValidationFailed(CREDIT_CODE_FIELD, "required", value=text)
    if not _USCC_RE.match(code):
        raise ValidationFailed(CREDIT_CODE_FIELD, "format", value=text)
    expected = uscc.calc_check_digit(code[:17])
    if code[17] != expected:
        raise ValidationFailed(CREDIT_CODE_FIELD, "check_digit", expected, value=text)
    return code


def make_credit_code(body17: str) -> str:
    """Append the check char to 17 code chars (demo data)."""
    body = body17.upper()
    if len(body) != 17 or any(c not in _USCC_ALPHABET for c in body):
        raise ValueError(f"credit code body must be 17 chars of {_USCC_ALPHABET}, got {body17!r}")
    return body + uscc.calc_check_digit(body)


# ---------------------------------------------------------------- 居民身份证号 (DOMAIN §10.3)

_ID_RE = re.compile(r"^\d{17}[0-9X]$")
_EARLIEST_BIRTH_YEAR = 1850


def check_id_number(text: str | None, *, today: date | None = None) -> str:
    """Validate an 18-char 居民身份证号 (check char and birth date) and return it with an upper-case X.

    15-digit first-generation numbers are refused ("format"). The address code is not checked against
    stdnum's division list, which lags behind renamed and new counties. `today` refuses future birth dates.
    """
    number = _compact(text or "")
    if not number:
        raise ValidationFailed(ID_NUMBER_FIELD, "required", value=text)
    if not _ID_RE.match(number):
        raise ValidationFailed(ID_NUMBER_FIELD, "format", value=text)
    expected = ric.calc_check_digit(number)
    if number[17] != expected:
        raise ValidationFailed(ID_NUMBER_FIELD, "check_digit", expected, value=text)
    try:
        birth = date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        birth = None
    if birth is None or birth.year < _EARLIEST_BIRTH_YEAR or (today is not None and birth > today):
        raise ValidationFailed(ID_NUMBER_FIELD, "birth_date", number[6:14], value=text)
    return number


def make_id_number(body17: str) -> str:
    """Append the check char to 17 digits (demo data; never use a real person's number)."""
    if len(body17) != 17 or not body17.isascii() or not body17.isdigit():
        raise ValueError(f"ID number body must be 17 digits, got {body17!r}")
    # stdnum's calc_check_digit ignores the last char, so any placeholder works.
    return body17 + ric.calc_check_digit(body17 + "0")


def mask_id_number(text: str | None) -> str:
    """"360426199101010071" -> "360426********0071". Never raises: lists show whatever was stored."""
    number = _compact(text or "")
    if len(number) <= 10:
        return "*" * len(number)
    return number[:6] + "*" * (len(number) - 10) + number[-4:]


# ---------------------------------------------------------------- names

_BRACKETS = str.maketrans({
    "（": "(", "［": "(", "[": "(", "【": "(", "〔": "(", "〖": "(", "｛": "(", "{": "(",
    "）": ")", "］": ")", "]": ")", "】": ")", "〕": ")", "〗": ")", "｝": ")", "}": ")",
    "・": "·", "•": "·", "‧": "·", "∙": "·", "･": "·",
})


# The brackets and dots above, and ASCII letters lower-cased, as one table (str.translate runs in C).
_NAME_KEY = str.maketrans({**{chr(k): v for k, v in _BRACKETS.items()},
                           **{c: c.lower() for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"}})
# Unicode's invisible format characters (category Cf, Unicode 14.0 = this Python's unicodedata; a test compares
# the class with every code point's category, so a newer Unicode cannot drift from it unnoticed).
_FORMAT_CHARS = re.compile(
    "[\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890-\u0891\u08e2\u180e\u200b-\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd\U00013430-\U00013438"
    "\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f]")


# _NAME_KEY in two C-level steps (Q19b, issue 19): str.translate with a dict looks every character of a Chinese
# text up one by one (25 µs for a page's 16 names joined, two thirds of normalize_name). The non-ASCII keys (the
# brackets and dots) are rare: one regex finds them and only they are replaced; the ASCII keys (letters, [ ] { })
# are a 256-entry bytes.translate table over the UTF-8 text (an ASCII byte never occurs inside another character's
# sequence). The same text as translating at once: no replacement ("(", ")", "·") is itself a key.
_ASCII_KEY = bytes(ord(_NAME_KEY.get(i, chr(i))) for i in range(128)) + bytes(range(128, 256))
_OTHER_KEY = {chr(k): v for k, v in _NAME_KEY.items() if k >= 128}
_OTHER_KEYS = re.compile("[" + "".join(_OTHER_KEY) + "]")
# Found, each key is replaced by str.replace where it occurs (no replacement is itself a key, so the order does not
# matter): a regex sub calling back into Python for every bracket cost half of normalising a page's 16 names
# joined, whose 案号 all hold 〔〕 (3.1 of 6.4 µs; 1.0 this way, issue 19, Q19c).
_OTHER_ITEMS = tuple(_OTHER_KEY.items())


def normalize_name(text: str | None) -> str:
    """A key for matching party names: NFKC, no whitespace or invisible format chars, one bracket style
    (all of （）[]【】〔〕 become ()), one middle dot, ASCII letters lower-cased. Not for display.
    Written with C-level string operations (translate, split, one regex): a search's 匹配 column normalises
    every shown party, agent and credit code, and a per-character loop was most of a rare search's time
    (issue 19); `str.split()` splits on exactly the characters `str.isspace()` accepts. The table: _OTHER_KEYS
    and _ASCII_KEY ("surrogatepass": any str round-trips through its UTF-8). The format characters' regex runs
    only when a character could be one: after the spaces are gone, a text that `isprintable()` holds no Cf
    character (a joined page's NUL separators, search.normalized_all, are set aside for that check)."""
    text = unicodedata.normalize("NFKC", text or "")
    if _OTHER_KEYS.search(text):
        for key, value in _OTHER_ITEMS:
            if key in text:
                text = text.replace(key, value)
    text = "".join(text.encode("utf-8", "surrogatepass").translate(_ASCII_KEY)
                   .decode("utf-8", "surrogatepass").split())
    if text.isprintable() or ("\x00" in text and text.replace("\x00", "").isprintable()):
        return text
    return _FORMAT_CHARS.sub("", text)
