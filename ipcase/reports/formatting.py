"""How a report figure reads in a PDF or a CSV (Excel keeps numbers and sets number formats instead)."""
from __future__ import annotations

UNITS = {"count": "件", "rate": "%", "days": "日", "score": "分"}


def value_text(kind: str, value: float | None) -> str:
    """The CSV's number, with a dash for no value and the percent sign a rate prints with."""
    if value is None:
        return "—"
    return csv_number(kind, value) + ("%" if kind == "rate" else "")


def change_text(kind: str, value: float | None) -> str:
    """同比/环比: a relative change for counts and days, a difference in percentage points for rates."""
    if value is None:
        return "—"
    if kind == "rate":
        return f"{value * 100:+.1f}个百分点"
    if kind == "score":   # 保护社会满意度: the difference in points
        return f"{value:+.2f}分"
    return f"{value * 100:+.1f}%"


def csv_number(kind: str, value: float | None) -> str:
    if value is None:
        return ""
    if kind == "rate":
        return f"{value * 100:.1f}"
    if kind == "days":
        return f"{value:.1f}"
    if kind == "score":
        return f"{value:.2f}"
    return str(int(value))


def ranking_value_text(key: str, value: float | None) -> str:
    if key in ("closure_rate", "on_time_rate"):
        return value_text("rate", value)
    if key == "handling_days":
        return value_text("days", value)
    return value_text("count", value)
