"""案号 / 文号 from an office's pattern (DOMAIN §9, §11: 〔〕 brackets, full year, no leading zeros, no 第)."""
from __future__ import annotations

import pytest

from ipcase.domain.numbering import DEFAULT_CASE_PATTERN, PLACEHOLDERS, format_number, validate_pattern
from ipcase.errors import ValidationFailed


def test_default_pattern():
    assert DEFAULT_CASE_PATTERN == "{机关简称}知裁字〔{YYYY}〕{n}号"
    assert "\u3014" in DEFAULT_CASE_PATTERN and "\u3015" in DEFAULT_CASE_PATTERN
    assert set(PLACEHOLDERS) == {"{机关简称}", "{YYYY}", "{n}"}


@pytest.mark.parametrize(("n", "expected"), [
    (1, "深市监知裁字〔2025〕1号"),
    (7, "深市监知裁字〔2025〕7号"),      # no leading zeros
    (123, "深市监知裁字〔2025〕123号"),
])
def test_format_default(n, expected):
    assert format_number(DEFAULT_CASE_PATTERN, short_name="深市监", year=2025, n=n) == expected


def test_format_custom_patterns():
    assert format_number("{YYYY}-{n}", short_name="x", year=2026, n=5) == "2026-5"
    assert format_number("{机关简称}〔{YYYY}〕{n}号/{机关简称}", short_name="江知", year=2025, n=4) == (
        "江知〔2025〕4号/江知")
    assert format_number("固定文号", short_name="x", year=2025, n=1) == "固定文号"


def test_validate_pattern_accepts_and_strips():
    assert validate_pattern(DEFAULT_CASE_PATTERN) == DEFAULT_CASE_PATTERN
    assert validate_pattern("  {机关简称}〔{YYYY}〕{n}号 \n") == "{机关简称}〔{YYYY}〕{n}号"
    assert validate_pattern("{YYYY}{n}") == "{YYYY}{n}"   # the office short name is optional


@pytest.mark.parametrize(("pattern", "reason"), [
    ("", "required"),
    ("   ", "required"),
    (None, "required"),
    ("{机关简称}〔{YYYY}〕号", "missing_sequence"),
    ("{机关简称}〔2025〕{n}号", "missing_year"),
    ("{机关简称}〔{YY}〕{n}号", "missing_year"),
    ("{N}{YYYY}", "missing_sequence"),
])
def test_validate_pattern_refuses(pattern, reason):
    with pytest.raises(ValidationFailed) as info:
        validate_pattern(pattern)
    assert (info.value.field, info.value.reason) == ("case_number_pattern", reason)


def test_validate_pattern_field_name():
    with pytest.raises(ValidationFailed) as info:
        validate_pattern("", field="document_number_pattern")
    assert info.value.field == "document_number_pattern"
