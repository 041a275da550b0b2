"""The search box of every register (cases, intake, documents, mediation cases): a text that names a number
(numbering.number_query) finds it whatever brackets or separators were typed; any other text is a substring."""
from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import func

from ipcase.domain.identifiers import normalize_name
from ipcase.domain.numbering import BRACKET_KEYS, NumberQuery, number_key, number_query


def number_key_sql(column):
    """numbering.number_key in SQL, for numbers the register wrote (format_number: no spaces, no full-width
    digits), so it only needs to unify the brackets; the same on SQLite and PostgreSQL."""
    expr = column
    for char, key in BRACKET_KEYS.items():
        expr = func.replace(expr, char, key)
    return expr


def number_matches(column, q: NumberQuery):
    """The stored number is the one the query names: its year and sequence followed by 号 or by nothing, so
    (2026)98 never finds 〔2026〕981号."""
    key = number_key_sql(column)
    return key.contains(q.key + "号", autoescape=True) | key.endswith(q.key, autoescape=True)


def number_condition(text: str, *columns):
    """A condition on the number columns when `text` names a number, else None."""
    q = number_query(text)
    if q is None or not columns:
        return None
    cond = number_matches(columns[0], q)
    for column in columns[1:]:
        cond = cond | number_matches(column, q)
    return cond


def text_key(text: str) -> str:
    """The search text as the registers' search_text compares it (names normalised, ZL prefix dropped)."""
    return normalize_name(text).removeprefix("zl")


def matched_field(text: str, fields: Iterable[tuple[str, str | None]], *, numbers: Iterable[str] = ()) -> str:
    """Which of a result's fields the search text was found in (the first, in the order given), so a list can
    say why a row is there; "" when none shows it (e.g. an older spelling of a corrected name)."""
    q, numbers = number_query(text), set(numbers)
    needle, raw = text_key(text), text.strip().lower()
    for name, value in fields:
        if not value:
            continue
        if name in numbers and q is not None:
            key = number_key(value)
            if q.key + "号" in key or key.endswith(q.key):
                return name
            continue
        plain = value.lower()
        if needle and (needle in normalize_name(value) or needle in plain.replace(".", "")) or raw in plain:
            return name
    return ""
