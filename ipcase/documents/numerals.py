"""Counts in running text as Chinese drafters write them: 一式三份, 十五日内, 第（二）项 (GB/T 15835 leaves
counts in fixed phrases in Chinese numerals); dates and amounts stay in Arabic digits."""
from __future__ import annotations

DIGITS = "零一二三四五六七八九"


def chinese_numeral(value: int | str) -> str:
    """0–99 in Chinese numerals (十五, 二十, 三十一); other values, or text that is not a number, unchanged."""
    text = str(value).strip()
    if not text.isdigit() or not 0 <= int(text) < 100:
        return text
    n = int(text)
    tens, units = divmod(n, 10)
    if tens == 0:
        return DIGITS[units]
    head = "十" if tens == 1 else DIGITS[tens] + "十"
    return head + (DIGITS[units] if units else "")


def copies(value: int | str) -> str:
    """A number of copies before 份: 两 for two, as in 一式两份 (legal counts of days keep 二: 二日内)."""
    text = chinese_numeral(value)
    return "两" if text == "二" else text
