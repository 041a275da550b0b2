"""Which column is which field: proposed from the header words, the values under them, and what the office
mapped the last time (a header it has seen before keeps its field)."""
from __future__ import annotations

from collections.abc import Mapping, Sequence

from ipcase.domain.identifiers import parse_patent_number
from ipcase.domain.ledger.fields import HEADER_WORDS, REQUIRED, LedgerField, header_key
from ipcase.domain.ledger.values import looks_like_closing, looks_like_patent_type, parse_date
from ipcase.domain.numbering import number_query
from ipcase.errors import ValidationFailed

# A column "is" a kind of value when this share of its non-empty sample cells are.
_SHARE = 0.6
# Scores: what the office chose before beats what the values show, which beats the header's words.
_REMEMBERED, _VALUES, _HEADER_EXACT, _HEADER_WORD = 400, 300, 200, 100


def _is_patent_number(text: str) -> bool:
    try:
        parse_patent_number(text)
    except ValidationFailed:
        return False
    return True


def _is_date(text: str) -> bool:
    try:
        parse_date(text)
    except ValidationFailed:
        return False
    return True


def _share(values: Sequence[str], test) -> float:
    filled = [v for v in values if v.strip()]
    return sum(1 for v in filled if test(v)) / len(filled) if filled else 0.0


def value_field(values: Sequence[str]) -> LedgerField | None:
    """The field a column's values show whatever its header says: a column of ZL…/CN… numbers is the 专利号,
    one of 〔2024〕12号 numbers the 案号, one of 发明/实用新型/外观设计 the 专利类型, one of 调解/撤回/驳回… the
    结案方式. Dates say only that the column is a date (which one, the header tells)."""
    if _share(values, _is_patent_number) >= _SHARE:
        return LedgerField.PATENT_NUMBER
    if _share(values, lambda v: number_query(v) is not None and not _is_date(v)) >= _SHARE:
        return LedgerField.CASE_NUMBER
    if _share(values, looks_like_patent_type) >= _SHARE:
        return LedgerField.PATENT_TYPE
    if _share(values, looks_like_closing) >= _SHARE:
        return LedgerField.CLOSING_METHOD
    return None


def header_field(header: str) -> tuple[LedgerField | None, int]:
    """The field a header names and how sure: an exact header word, else the longest word it contains."""
    key = header_key(header)
    if not key:
        return None, 0
    best: tuple[LedgerField | None, int, int] = (None, 0, 0)
    for field, words in HEADER_WORDS.items():
        for word in words:
            if key == word:
                return field, _HEADER_EXACT
            if word in key and len(word) > best[2]:
                best = (field, _HEADER_WORD, len(word))
    return best[0], best[1]


def propose_mapping(headers: Sequence[str], columns: Sequence[Sequence[str]],
                    remembered: Mapping[str, str] | None = None) -> tuple[str, ...]:
    """One field value (or "" for a column left out) per column. `columns[i]` are sample cells of column i,
    `remembered` maps a header key to the field the office chose for it last time. Each field goes to at most
    one column: the surest."""
    remembered = remembered or {}
    candidates: list[tuple[int, int, LedgerField]] = []   # (score, column, field)
    for i, header in enumerate(headers):
        key = header_key(header)
        if key in remembered:
            if remembered[key] in LedgerField.__members__.values():
                candidates.append((_REMEMBERED, i, LedgerField(remembered[key])))
            continue   # left out last time: stays out
        by_header, score = header_field(header)
        values = list(columns[i]) if i < len(columns) else []
        by_values = value_field(values)
        if by_values is not None:
            candidates.append((_VALUES + score, i, by_values))
        if by_header is not None and by_header != by_values:
            candidates.append((score, i, by_header))
    chosen: dict[int, LedgerField] = {}
    taken: set[LedgerField] = set()
    for _score, i, field in sorted(candidates, key=lambda c: (-c[0], c[1])):
        if i in chosen or field in taken:
            continue
        chosen[i] = field
        taken.add(field)
    return tuple(chosen[i].value if i in chosen else "" for i in range(len(headers)))


def mapping_problems(mapping: Sequence[str]) -> list[ValidationFailed]:
    """A mapping the rows cannot be read with: a field twice, an unknown field, a required field missing."""
    problems = []
    seen: set[str] = set()
    for value in mapping:
        if not value:
            continue
        if value not in LedgerField.__members__.values():
            problems.append(ValidationFailed("mapping", "choice", value))
        elif value in seen:
            problems.append(ValidationFailed("mapping", "mapped_twice", value))
        seen.add(value)
    for field in sorted(f.value for f in _required_missing(seen)):
        problems.append(ValidationFailed("mapping", "unmapped", field))
    return problems


def _required_missing(seen: set[str]) -> set[LedgerField]:
    missing = {f for f in REQUIRED if f.value not in seen}
    if LedgerField.RECEIVED_DATE.value not in seen and LedgerField.REGISTERED_DATE.value not in seen:
        missing.add(LedgerField.RECEIVED_DATE)
    return missing
