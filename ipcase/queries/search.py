"""The search box of every register (cases, intake, documents, mediation cases): a text that names a number
(numbering.number_query) finds it whatever brackets or separators were typed; any other text is a substring,
looked up through the register's search index (ipcase.db.search_index) and re-checked by the same LIKE, so the
rows are exactly the unindexed scan's on both backends."""
from __future__ import annotations

import json
from collections.abc import Iterable

from sqlalchemy import Text, and_, cast, func, literal, literal_column, or_, select, table
from sqlalchemy import column as sql_column
from sqlalchemy.dialects.postgresql import ARRAY, array
from sqlalchemy.orm import Session

from ipcase.db.search_index import NUMBER_FUNCTION, REGISTERS, fts_phrase, gram_indexable
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
    """A condition on the number columns when `text` names a number, else None. Each column is looked up by its
    number key (an equality on the expression index of migration 0032_number_keys: the stored number's year and
    sequence, `search_index.number_core`) and re-checked by the full match (the typed prefix, 号 or the end)."""
    q = number_query(text)
    if q is None or not columns:
        return None
    core = f"({q.year}){q.n}"
    return or_(*(and_(getattr(func, NUMBER_FUNCTION)(column) == core, number_matches(column, q))
                 for column in columns))


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


# A needle found in more rows than this is "common": the list then reads the register in its own order and keeps
# the rows the LIKE accepts (about PAGE × rows / hits rows read for a page), instead of collecting every hit from the
# index and sorting them all (a million hits for 有限公司). Counting up to it costs at most this many index entries.
COMMON_HITS = 5000


def _index_hits(s: Session, fts: str, phrase: str):
    hits = table(fts, sql_column("rowid")).c.rowid
    return select(hits).where(literal_column(fts).op("MATCH")(literal(phrase)))


def _hit_ids(ids: list[int]):
    """The index's hits, read once, as one bound JSON text (one parameter however many ids; SQLite's json_each)."""
    return select(literal_column("value")).select_from(func.json_each(literal(json.dumps(ids), Text)))


def contains(s: Session, register: str, id_column, text_column, needle: str, *, ordered: bool = True):
    """`text_column` contains `needle`, case-insensitively (the LIKE every register always ran), narrowed first by
    the register's index: FTS5 trigram (3+ characters) or grams (1–2) on SQLite, pg_trgm (through the LIKE
    itself) or the grams array on PostgreSQL. The user's text only ever reaches MATCH as a quoted FTS5 string.
    `ordered`: the rows are wanted a page at a time in the list's order (common needles then scan in that order;
    PostgreSQL's planner weighs this itself from its statistics). For a page on SQLite the index is asked ONCE:
    its hits (up to COMMON_HITS) are read here and handed to the page's statement as a list — before, the index
    was matched once to count the hits and again inside every statement of the page (a long needle's trigram
    MATCH is the whole cost of its search: a patent number's took 4× the index alone, issue 19). The rows are the
    same: the page runs in the same transaction, so the index cannot have changed in between."""
    like = text_column.icontains(needle, autoescape=True)
    short = needle.lower()
    if s.get_bind().dialect.name == "sqlite":
        tri, gram = REGISTERS[register]
        if len(needle) >= 3:
            narrow = _index_hits(s, tri, fts_phrase(needle))
        elif gram_indexable(short):
            narrow = _index_hits(s, gram, fts_phrase(short))
        else:  # punctuation only: no index holds it; the scan answers
            return like
        if not ordered:   # a count: one statement, the index inside it
            return and_(id_column.in_(narrow), like)
        hits = s.connection().scalars(narrow.limit(COMMON_HITS + 1)).all()
        if len(hits) > COMMON_HITS:
            return like
        return and_(id_column.in_(_hit_ids(hits)), like)
    if gram_indexable(short):   # PostgreSQL's grams hold letters and digits only, as SQLite's (0032_number_keys)
        return and_(func.ipcase_grams(text_column).op("@>")(cast(array([short]), ARRAY(Text))), like)
    return like


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def text_condition(s: Session, register: str, id_column, text_column, text: str, *, ordered: bool = True):
    """The registers' search: the normalised needle (names, ZL dropped) or the text as typed. A needle that holds
    another one is left out (`zl2021` holds `2021`: every text containing it contains `2021`, so the OR adds no
    row) — compared with ASCII letters folded only, the case-insensitivity both databases' LIKE certainly share."""
    needles = list(dict.fromkeys(n for n in (text_key(text), text.strip()) if n))
    folded = [n.translate(_ASCII_LOWER) for n in needles]
    needles = [n for i, (n, f) in enumerate(zip(needles, folded, strict=True))
               if not any(o in f and (o != f or j < i) for j, o in enumerate(folded) if j != i)]
    return or_(*(contains(s, register, id_column, text_column, n, ordered=ordered) for n in needles))
