"""Every way a time limit may be extended, and by how much, as one table (DOMAIN §4).

Validation (the services and the state machines), computation (the deadline modules) and the dialogs' hints read
the lengths here, so a limit is written once. Who approves an extension is the gesture "extension.approve" of
`ipcase.domain.permissions`.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from ipcase.errors import ValidationFailed


class ExtensionKind(StrEnum):
    DECISION = "decision"                      # D1 立案审查期限, on a case and at intake (M25 art 20)
    CLOSING_FIRST = "closing_first"            # D12 结案期限, first extension (M25 art 37)
    CLOSING_SECOND = "closing_second"          # D12, second extension: the next-higher office approves
    MEDIATION_CLOSING = "mediation_closing"    # D19 权属纠纷调解期限 (M25 art 70)
    EVIDENCE_PERIOD = "evidence_period"        # D10 举证期限, on a party's request


@dataclass(frozen=True)
class ExtensionLimit:
    length: int
    unit: str                          # "working_days" | "days" | "months"
    exact: bool = False                # granted as exactly `length` (else: up to `length`)
    higher_office_ref: bool = False    # the next-higher office's approval must be on record

    @property
    def words(self) -> str:
        """The length as the dialogs' hints say it: 一个月, 两个月, 5个工作日."""
        if self.unit == "months":
            return _MONTH_NUMERALS.get(self.length, str(self.length)) + "个月"
        return f"{self.length}{_UNIT_WORDS[self.unit]}"


_MONTH_NUMERALS = {1: "一", 2: "两", 3: "三", 4: "四", 5: "五", 6: "六"}
_UNIT_WORDS = {"days": "日", "working_days": "个工作日"}

EXTENSIONS: dict[ExtensionKind, ExtensionLimit] = {
    # The default of the D1 setting (an administrator may change it in the deadline rules).
    ExtensionKind.DECISION: ExtensionLimit(5, "working_days", exact=True),
    ExtensionKind.CLOSING_FIRST: ExtensionLimit(1, "months"),
    ExtensionKind.CLOSING_SECOND: ExtensionLimit(2, "months", higher_office_ref=True),
    ExtensionKind.MEDIATION_CLOSING: ExtensionLimit(1, "months", exact=True),
    # Not a legal rule: a sanity bound on one extension of a party's evidence period.
    ExtensionKind.EVIDENCE_PERIOD: ExtensionLimit(90, "days"),
}

# The closing limit's extensions in the order they are granted.
CLOSING_LEVELS: tuple[ExtensionKind, ...] = (ExtensionKind.CLOSING_FIRST, ExtensionKind.CLOSING_SECOND)
# A month-limited extension given in days may take up to 31 days per month.
DAYS_PER_MONTH = 31


def limit(kind: ExtensionKind) -> ExtensionLimit:
    return EXTENSIONS[kind]


def closing_limit(level: int) -> ExtensionLimit | None:
    """The limit of the closing limit's `level`-th extension (1-based), or None when there is no such level."""
    return EXTENSIONS[CLOSING_LEVELS[level - 1]] if 1 <= level <= len(CLOSING_LEVELS) else None


def max_closing_months() -> int:
    return max(EXTENSIONS[k].length for k in CLOSING_LEVELS)


def closing_length_ok(length: int, unit: str, months: int) -> bool:
    """Whether `length` `unit`s ("months" or "days") stays within `months` months."""
    return 1 <= length and ((unit == "months" and length <= months)
                            or (unit == "days" and length <= DAYS_PER_MONTH * months))


def validate_closing_extension(level: int, length: int, unit: str, higher_office_ref: str | None) -> None:
    """Level 1: ≤1 month by the 部门负责人; level 2: ≤2 months, only with the next-higher office's approval
    on record (M25 art 37)."""
    rule = closing_limit(level)
    if rule is None:
        raise ValidationFailed("length", "extensions_exhausted")
    if unit not in ("months", "days"):
        raise ValidationFailed("unit", "choice", value=unit)
    if not closing_length_ok(length, unit, rule.length):
        raise ValidationFailed("length", "range", f"≤{rule.length}个月", value=length)
    if rule.higher_office_ref and not (higher_office_ref or "").strip():
        raise ValidationFailed("higher_office_ref", "required")


def check_evidence_extension_days(days: int) -> int:
    most = EXTENSIONS[ExtensionKind.EVIDENCE_PERIOD].length
    if not isinstance(days, int) or not 1 <= days <= most:
        raise ValidationFailed("days", "range", f"1–{most}", value=days)
    return days


__all__ = ["CLOSING_LEVELS", "EXTENSIONS", "ExtensionKind", "ExtensionLimit", "check_evidence_extension_days",
           "closing_length_ok", "closing_limit", "limit", "max_closing_months", "validate_closing_extension"]
