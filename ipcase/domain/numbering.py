"""Formatting of 案号 / 文号 from an office's configurable pattern (DOMAIN §9, §11: 〔〕 brackets, full
year, no leading zeros, no 第)."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from ipcase.errors import ValidationFailed

DEFAULT_CASE_PATTERN = "{机关简称}知裁字〔{YYYY}〕{n}号"
DEFAULT_MEDIATION_PATTERN = "{机关简称}知调字〔{YYYY}〕{n}号"   # [U] no national pattern, like the 案号's
INTAKE_PATTERN = "{机关简称}收〔{YYYY}〕{n}号"   # the 收案编号: an internal register number, not configurable
PLACEHOLDERS = ("{机关简称}", "{YYYY}", "{n}")


def format_number(pattern: str, *, short_name: str, year: int, n: int) -> str:
    return (pattern.replace("{机关简称}", short_name).replace("{YYYY}", str(year)).replace("{n}", str(n)))


def validate_pattern(pattern: str, field: str = "case_number_pattern") -> str:
    pattern = (pattern or "").strip()
    if not pattern:
        raise ValidationFailed(field, "required")
    if "{n}" not in pattern:
        raise ValidationFailed(field, "missing_sequence", "{n}")
    if "{YYYY}" not in pattern:
        # A yearly sequence without the year would repeat numbers every January.
        raise ValidationFailed(field, "missing_year", "{YYYY}")
    return pattern


# ---------------------------------------------------------------- searching by number

# How people type 〔2026〕98号 into a search box: any bracket pair around the year, or the year followed by
# "-", "/", "年" (after NFKC full-width forms are ASCII). The 号 and a leading 第 are optional.
_OPEN, _CLOSE = "([{【〔〖", ")]}】〕〗"
_NUMBER_QUERY = re.compile(
    rf"^(?P<prefix>\D*?)(?:[{re.escape(_OPEN)}](?P<y1>\d{{4}})[{re.escape(_CLOSE)}]|(?P<y2>\d{{4}})[-/年—–])"
    r"第?(?P<n>\d{1,7})号?$")
# Every bracket a register pattern or a typist may use, and the one it stands for in a number key.
BRACKET_KEYS = {**{c: "(" for c in "[{【〔〖（［｛"}, **{c: ")" for c in "]}】〕〗）］｝"}}
_BRACKET_KEY = str.maketrans(BRACKET_KEYS)


@dataclass(frozen=True)
class NumberQuery:
    """A search text that names a register number (案号, 收案编号, 调解案号, 文号) by its year and sequence."""
    year: int
    n: int
    prefix: str = ""   # what was typed before the year (e.g. 某市知裁字), as a bracket key

    @property
    def key(self) -> str:
        """The number as `number_key` writes it, without what follows the sequence."""
        return f"{self.prefix}({self.year}){self.n}"


def number_key(number: str) -> str:
    """A stored number in the form searches compare: NFKC, no spaces, every bracket style as ( )."""
    text = unicodedata.normalize("NFKC", number or "")
    return "".join(c for c in text if not c.isspace()).translate(_BRACKET_KEY)


def number_query(text: str | None) -> NumberQuery | None:
    """The register number a search text names — (2026)98, （2026）98, 【2026】98, [2026]98, 2026-98, 2026年98,
    某市知裁字〔2026〕98号 — or None when the text is not a number. Leading zeros of the sequence are dropped
    (numbers have none, DOMAIN §11)."""
    m = _NUMBER_QUERY.match(number_key(text or ""))
    if m is None:
        return None
    return NumberQuery(int(m["y1"] or m["y2"]), int(m["n"]), m["prefix"])
