"""Formatting of 案号 / 文号 from an office's configurable pattern (DOMAIN §9, §11: 〔〕 brackets, full
year, no leading zeros, no 第)."""
from __future__ import annotations

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
