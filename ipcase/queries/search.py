"""The search box of every register (cases, intake, documents, mediation cases): a text that names a number
(numbering.number_query) finds it whatever brackets or separators were typed; any other text is a substring,
looked up through the register's search index (ipcase.db.search_index) and re-checked by the same LIKE, so the
rows are exactly the unindexed scan's on both backends."""
from __future__ import annotations

import json
import time
import unicodedata
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import NamedTuple

from sqlalchemy import (
    Connection,
    Integer,
    Text,
    and_,
    bindparam,
    cast,
    func,
    literal,
    literal_column,
    or_,
    select,
    table,
)
from sqlalchemy import column as sql_column
from sqlalchemy import text as sql_text
from sqlalchemy.dialects.postgresql import ARRAY, array
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.functions import FunctionElement

from ipcase.db import prepared
from ipcase.db.search_index import NUMBER_FUNCTION, REGISTERS, fts_phrase, gram_indexable
from ipcase.domain.identifiers import normalize_name
from ipcase.domain.numbering import BRACKET_KEYS, NumberQuery, number_key, number_query


def number_key_sql(column):
    """numbering.number_key in SQL, for numbers the register wrote (format_number: no spaces, no full-width
    digits), so it only needs to unify the brackets; the same on SQLite and PostgreSQL."""
    return _number_key(column)


class _number_key(FunctionElement):  # noqa: N801 — an SQL function, named as one
    """The brackets of `column` unified (BRACKET_KEYS). PostgreSQL: one `translate` with the brackets written into
    the SQL, as the number-key index's own function does (ipcase_number_key). It was 16 nested `replace` calls
    with their 32 characters as bound values: a number search's page (收案编号: 4 such columns) had 136 parameters
    and 5,600 characters, more than psycopg keeps its parsed form of (50 parameters, 4,096 characters) — it split
    the statement with its regular expression and adapted its 136 values again at every run (issue 19, P19c).
    SQLite (no `translate`): the `replace` calls as before."""
    type = Text()
    inherit_cache = True
    name = "number_key"


@compiles(_number_key)
def _number_key_replaced(element, compiler, **kw):
    expr = list(element.clauses)[0]
    for char, key in BRACKET_KEYS.items():
        expr = func.replace(expr, char, key)
    return compiler.process(expr, **kw)


# every bracket and its key, one character each: `translate` maps them as the replace calls do
_BRACKETS, _BRACKET_KEYS = "".join(BRACKET_KEYS), "".join(BRACKET_KEYS.values())
assert len(_BRACKETS) == len(_BRACKET_KEYS) and "'" not in _BRACKETS + _BRACKET_KEYS


@compiles(_number_key, "postgresql")
def _number_key_translated(element, compiler, **kw):
    return f"translate({compiler.process(element.clauses, **kw)}, '{_BRACKETS}', '{_BRACKET_KEYS}')"


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
    return field_matcher(text, numbers=numbers)(fields)


_SEPARATOR = "\x00"   # no stored text holds it (the text rule); NFKC neither decomposes nor composes it


def normalized_all(values: list[str]) -> list[str]:
    """[normalize_name(v) for v in values], normalising their joined text once (a page's 匹配 column: one call
    instead of one per field, issue 19). The same values: NFKC leaves a control character and never composes
    across it, normalize_name keeps it (it is neither whitespace, a format character nor a bracket), so the
    joined result splits back into each value's own."""
    if not values:
        return []
    if any(_SEPARATOR in v for v in values):
        return [normalize_name(v) for v in values]
    return normalize_name(_SEPARATOR.join(values)).split(_SEPARATOR)


class field_matcher:  # noqa: N801 — used as the function it replaces: matched = field_matcher(text); matched(fields)
    """matched_field for one search text and many results: the text is read (as a number, normalised) once, not
    once per result, and `many` normalises a whole page's fields at once (a page's 匹配 column)."""

    def __init__(self, text: str, *, numbers: Iterable[str] = ()):
        q = number_query(text)
        self._numbers = frozenset(numbers) if q is not None else frozenset()
        self._needle, self._raw = text_key(text), text.strip().lower()
        self._within, self._end = (q.key + "号", q.key) if q is not None else ("", "")

    def __call__(self, fields: Iterable[tuple[str, str | None]]) -> str:
        return self.many([list(fields)])[0]

    @staticmethod
    @lru_cache(maxsize=256)
    def of(text: str, numbers: tuple[str, ...] = ()) -> field_matcher:
        """field_matcher(text, numbers=numbers), kept for the last texts searched: a matcher depends on its text
        alone and never changes, and working it out (the text as a number, its normalised key) was a tenth of a
        rare search's gesture — a list asks again with the same text for each page, sort and refresh
        (issue 19, Q19c)."""
        return field_matcher(text, numbers=numbers)

    def many(self, results: list[list[tuple[str, str | None]]]) -> list[str]:
        """The matched field of each result (a list of (name, value) in the order to report). The whole page is
        screened first (`_shows`, on its values joined): a rare search's page mostly holds rows whose own columns
        do not show it (王 found in an agent's name), and checking them field by field cost twice the screen
        (issue 19, Q19b)."""
        if self._numbers or _SEPARATOR in self._raw or _SEPARATOR in self._needle:
            return self._by_field(results)
        if not self._shows([value for fields in results for _name, value in fields if value]):
            return [""] * len(results)
        return self._by_field(results)

    def shown(self, results: list[list[tuple[str, str | None]]]) -> list[str]:
        """`many` without the page's screen, for results that most likely show the text: a found row's agents and
        credit codes, read because its own columns did not (the same answers: the screen only shortcuts a page
        that shows nothing)."""
        return self._by_field(results)

    def columns(self, names: tuple[str, ...], columns: list[list[str | None]]) -> list[str]:
        """`many` for results given by column: `columns[j][i]` is result i's field `names[j]` (a page's own
        columns, in the order to report). The same answers — a result's first field that shows the text by the
        plain check or, for a value that is not ASCII letters and digits, by its normalised name — worked out a
        column at a time: each column is lowered and normalised once for the page and each check is one pass
        over the results still unanswered, where `_by_field` made per result and field the calls and lists
        that cost a 200-row page most of its 匹配 column (issue 19, G19d)."""
        numbers, needle, raw, within, end = self._numbers, self._needle, self._raw, self._within, self._end
        if _SEPARATOR in raw or _SEPARATOR in needle:
            return self._by_field([list(zip(names, row, strict=True)) for row in zip(*columns, strict=True)])
        found = [""] * (len(columns[0]) if columns else 0)
        if len(found) <= 20 and not numbers and not self._shows([v for column in columns for v in column if v]):
            return found   # a few rows whose own columns show nothing (王 found in an agent's name): one screen
        pending = list(range(len(found)))
        for name, column in zip(names, columns, strict=True):
            if not pending:
                break
            values = [v or "" for v in column] if len(pending) == len(column) else [column[i] or "" for i in pending]
            if name in numbers:
                hits = [bool(v) and (within in k or k.endswith(end)) for v, k in
                        zip(values, [number_key(v) if v else "" for v in values], strict=True)]
            else:
                joined = _SEPARATOR.join(values)
                if joined.count(_SEPARATOR) != len(values) - 1:   # a value holding the separator: by field
                    hits = [bool(v) and bool(self._by_field([[(name, v)]])[0]) for v in values]
                elif not raw:
                    hits = [bool(v) for v in values]
                else:
                    low = joined.lower()
                    if raw not in low and not (needle and (needle in low.replace(".", "")
                                                           or needle in normalize_name(joined))):
                        continue   # no value of the column shows it (the text holds no separator)
                    lowered = low.split(_SEPARATOR)
                    if not needle or needle == raw and "." not in joined:
                        hits = [raw in v for v in lowered]
                    else:
                        hits = [raw in v or needle in v.replace(".", "") for v in lowered]
                    if needle:
                        doubtful = [j for j, v in enumerate(values)
                                    if v and not hits[j] and not (v.isascii() and v.isalnum())]
                        if doubtful:
                            normalized = normalize_name(_SEPARATOR.join([values[j] for j in doubtful]))
                            # each value's own (normalized_all: no value holds the separator, counted above);
                            # not found in the whole: in none of them (the needle holds no separator)
                            if needle in normalized:
                                for j, v in zip(doubtful, normalized.split(_SEPARATOR), strict=True):
                                    if needle in v:
                                        hits[j] = True
            left = []
            for i, hit in zip(pending, hits, strict=True):
                if hit:
                    found[i] = name
                else:
                    left.append(i)
            pending = left
        return found

    def _shows(self, values: list[str]) -> bool:
        """Whether any of `values` shows the text (by the checks of `_by_field`), tested on their joined text:
        a substring without the separator lies within one value, lower() is per value around it (a control
        character is neither cased nor case-ignorable) and normalize_name keeps each value's own (normalized_all).
        True when a value holds the separator itself (then the fields decide)."""
        if not values:
            return False
        raw, needle = self._raw, self._needle
        joined = _SEPARATOR.join(values)
        if joined.count(_SEPARATOR) >= len(values):
            return True
        plain = joined.lower()
        return raw in plain or bool(needle) and (needle in plain.replace(".", "") or needle in normalize_name(joined))

    def _by_field(self, results: list[list[tuple[str, str | None]]]) -> list[str]:
        numbers, needle, raw, within, end = self._numbers, self._needle, self._raw, self._within, self._end
        # Pass 1, the plain checks: each result's first field they accept, and before it the fields whose
        # normalised name could still be found first (normalised below, all at once).
        plain_hits: list[str] = []
        doubtful: list[list[tuple[str, str]]] = []
        for fields in results:
            hit, before = "", []
            for name, value in fields:
                if not value:
                    continue
                if name in numbers:
                    key = number_key(value)
                    if within in key or key.endswith(end):
                        hit = name
                        break
                    continue
                plain = value.lower()
                if raw in plain or needle and needle in plain.replace(".", ""):
                    hit = name
                    break
                if needle and not (value.isascii() and value.isalnum()):
                    # (an ASCII letters-and-digits value — a credit code — normalises to its lower-case: NFKC
                    # leaves ASCII alone and it has no bracket, dot, space or format character; the plain check
                    # above has tested exactly that)
                    before.append((name, value))
            plain_hits.append(hit)
            doubtful.append(before)
        values = [value for before in doubtful for _name, value in before]
        if not values:
            return plain_hits
        normalized = iter(normalized_all(values))
        found = []
        for hit, before in zip(plain_hits, doubtful, strict=True):
            by_name = [name for name, _value in before if needle in next(normalized)]
            found.append(by_name[0] if by_name else hit)
        return found


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
    like = icontains(text_column, needle)   # PostgreSQL: a plain LIKE where case cannot matter
    # PostgreSQL's grams hold letters and digits only, as SQLite's (0032_number_keys). Only for a needle the
    # grams index finds in few rows: ipcase_grams costs ≈ 0.6 ms a row wherever PostgreSQL evaluates it outside
    # the index — as the filter of a scan in list order (科技, 12 % of a million cases: 0.6 s for a page), or as
    # the recheck of a bitmap too large for work_mem (the count of 科技: 107 s, against 5 s for the LIKE alone).
    # A common needle is the LIKE alone: the list's order then finds a page after PAGE / frequency rows.
    if gram_indexable(short) and not _common_on_postgresql(s.connection(), register, short):
        return and_(func.ipcase_grams(text_column).op("@>")(cast(array([short]), ARRAY(Text))), like)
    return like


# The statistics ANALYZE keeps of a register's grams index (PostgreSQL's `most_common_elems`, with their
# frequencies, ~1,000 grams): the rows holding a gram are estimated as its frequency × the table's rows; a gram not
# among them is rarer than the least common one listed. Read once per register and engine for STATS_SECONDS (they
# change only when ANALYZE runs; a stale estimate only changes the plan, never the rows).
_GRAM_STATS = sql_text(
    "SELECT s.most_common_elems::text::text[], s.most_common_elem_freqs, c.reltuples "
    "FROM pg_stats s JOIN pg_class c ON c.oid = to_regclass(:table) "
    "WHERE s.schemaname = current_schema() AND s.tablename = :index")
STATS_SECONDS = 600.0
_gram_rows: dict[tuple, tuple[float, dict[str, float]]] = {}


def _common_on_postgresql(s: Session | Connection, register: str, gram: str) -> bool:
    """More than COMMON_HITS rows of `register` hold `gram`, by PostgreSQL's own statistics (no statistics yet, or
    a gram not among the most common: not common)."""
    conn = s if isinstance(s, Connection) else s.connection()
    key, now = (id(conn.engine), register), time.monotonic()
    read_at, rows = _gram_rows.get(key, (None, {}))
    if read_at is None or now - read_at > STATS_SECONDS:
        found = conn.execute(_GRAM_STATS, {"table": register, "index": f"ix_grams_{register}"}).first()
        rows = ({g: f * max(found[2], 0) for g, f in zip(found[0], found[1], strict=False)}
                if found is not None and found[0] is not None else {})
        _gram_rows[key] = (now, rows)
    return rows.get(gram, 0) > COMMON_HITS


# Characters that no case mapping changes or produces: other letters (汉字), digits, punctuation, symbols, spaces —
# not cased letters (Lu/Ll/Lt), modifier letters, letter numbers (Ⅰ/ⅰ) or combining marks (İ lowers to i + U+0307).
_UNCASED = frozenset(("Lo", "Nd", "No", "Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po", "Sm", "Sc", "Sk", "So", "Zs"))


def icontains(column, needle: str):
    """`column` contains `needle` whatever its case: ILIKE, or a plain LIKE when case folding cannot change the
    answer (`caseless`) — the same rows on both backends (SQLite's LIKE folds ASCII, and such a needle has none)."""
    if caseless(needle):
        return column.contains(needle, autoescape=True)
    return column.icontains(needle, autoescape=True)


def caseless(needle: str) -> bool:
    """Whether `needle` has no character that case folding touches (有限公司, 2021, 知裁字〔): then "the text
    contains it" and "the lower-cased text contains it" are the same rows, and PostgreSQL can test a plain LIKE
    instead of ILIKE — which lower-cases every row's whole text before comparing (3–5× the CPU per row; a common
    needle's page reads 200–2,100 rows in list order, its count every row: issue 19). Both are answered by the
    pg_trgm index. Circled letters (Ⓐ, So) have case mappings: the lower()/upper() check refuses them."""
    return all(unicodedata.category(ch) in _UNCASED and ch.lower() == ch == ch.upper() for ch in needle)


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _needles(text: str) -> list[str]:
    """The normalised needle (names, ZL dropped) and the text as typed, less a needle that holds another one
    (`zl2021` holds `2021`: every text containing it contains `2021`, so the OR adds no row) — compared with ASCII
    letters folded only, the case-insensitivity both databases' LIKE certainly share."""
    needles = list(dict.fromkeys(n for n in (text_key(text), text.strip()) if n))
    folded = [n.translate(_ASCII_LOWER) for n in needles]
    return [n for i, (n, f) in enumerate(zip(needles, folded, strict=True))
            if not any(o in f and (o != f or j < i) for j, o in enumerate(folded) if j != i)]


def text_condition(s: Session, register: str, id_column, text_column, text: str, *, ordered: bool = True):
    """The registers' search: any of `_needles(text)`, each through `contains`."""
    return or_(*(contains(s, register, id_column, text_column, n, ordered=ordered) for n in _needles(text)))


# ---------------------------------------------------------------- a page's search as a shape and its values
# A search's statement used to be built anew for every page (its values written into it): building it, SQLAlchemy's
# cache key and adapting the cached compilation to the new object cost more CPU than a rare needle's index probe
# (issue 19). A page's search is now a *shape* — which kind of condition each needle takes — and bound values: the
# condition (and the caller's whole statement) is built once per shape, and the values change per search. The rows
# are those of number_condition / text_condition (the same SQL with the values as parameters; a test compares them).

_ESCAPE = "/"


def _escaped(value: str) -> str:
    """`value` for a LIKE with ESCAPE '/' (what autoescape=True writes)."""
    return value.replace(_ESCAPE, _ESCAPE * 2).replace("%", _ESCAPE + "%").replace("_", _ESCAPE + "_")


_HITS_READS: dict = {}


def _hits_read(fts: str):
    """The index's hits for a bound phrase, up to a bound limit (one statement object per index table)."""
    if fts not in _HITS_READS:
        hits = table(fts, sql_column("rowid")).c.rowid
        _HITS_READS[fts] = (select(hits).where(literal_column(fts).op("MATCH")(bindparam("phrase", type_=Text)))
                            .limit(bindparam("hits_limit", type_=Integer)))
    return _HITS_READS[fts]


class _Needle(NamedTuple):
    """One of a search text's needles (`_needles`) as a page's search uses it (`search_shape`)."""
    name: str            # its LIKE value's parameter (needle_<i>)
    escaped: str         # the LIKE value (ESCAPE '/')
    short: str           # lower-cased: the grams' key
    fts: int | None      # SQLite's index of it: 0 the trigram table, 1 the grams (REGISTERS' pair); None: none
    phrase: str          # its FTS5 phrase in that index
    gram: bool           # gram_indexable(short): PostgreSQL's grams array holds it
    caseless: bool       # `caseless`: a plain LIKE finds the same rows as ILIKE


@lru_cache(maxsize=256)
def _analysed(text: str) -> tuple[NumberQuery | None, tuple[_Needle, ...]]:
    """number_query(text) and `_needles(text)` with what search_shape writes of each, worked out once per text
    (an LRU of the last texts): they depend on the text alone, and a list asks again with the same text for each
    page, sort and refresh — reading the text (its number, its normalised key, the needles' patterns) was a
    tenth of a rare search's gesture beside its index probe (issue 19, Q19c)."""
    found = []
    for i, needle in enumerate(_needles(text)):
        short = needle.lower()
        fts = 0 if len(needle) >= 3 else 1 if gram_indexable(short) else None
        found.append(_Needle(f"needle_{i}", _escaped(needle), short, fts,
                             fts_phrase(needle if fts == 0 else short) if fts is not None else "",
                             gram_indexable(short), caseless(needle)))
    return number_query(text), tuple(found)


def register_select(bind, register: str, text: str, key: tuple, searched: Callable, listed: Callable,
                    conds=(), *, few: int = 0) -> tuple:
    """(select, cache name, bound values) of a register's page: `searched(shape)` for `text`'s search shape, its
    values bound at execution (keyset.page's `params`), or `listed()` without a search; kept by keyset.page under
    (register, *key[, shape]). A filtered select is new each time: nothing to keep (cache name None). `few`: see
    search_shape."""
    values = None
    if text:
        shape, values = search_shape(bind, register, text, few=few)
        q, cache = searched(shape), (register, *key, shape)
    else:
        q, cache = listed(), (register, *key)
    if conds:
        q, cache = q.where(*conds), None
    return q, cache, values


def search_shape(s: Session | Connection, register: str, text: str, *, numbers: bool = True,
                 few: int = 0) -> tuple[tuple, dict]:
    """A page's search for `text` as (shape, values): ("number",) when it names a number (and `numbers`), else one
    kind per needle — "hits" (SQLite: the index's hits, read here once, as in `contains`; "few" instead when they
    are at most `few`: the same condition, and the caller knows its page is that small), "like" (a common or
    unindexable needle: the LIKE in list order), "plain" (the same on PostgreSQL for a `caseless` needle: LIKE, not
    ILIKE), "grams" (PostgreSQL's grams array; "grams_plain" for a `caseless` needle, rechecked by LIKE).
    `shape_condition` writes it. `s`: a Session or a read-only unit of work's connection (UnitOfWork.connection:
    the list's lane reads the hits as a prepared read)."""
    q, needles = _analysed(text)
    if numbers and q is not None:
        return ("number",), {"number_core": f"({q.year}){q.n}", "number_within": _escaped(q.key + "号"),
                             "number_end": _escaped(q.key)}
    conn = s if isinstance(s, Connection) else s.connection()
    sqlite = conn.dialect.name == "sqlite"
    shape: list[str] = []
    values: dict = {}
    for i, n in enumerate(needles):
        values[n.name] = n.escaped
        kind = "like"
        if sqlite and n.fts is not None:
            hits = prepared.scalars(conn, _hits_read(REGISTERS[register][n.fts]),
                                    {"phrase": n.phrase, "hits_limit": COMMON_HITS + 1})
            if len(hits) <= COMMON_HITS:
                kind, values[f"hits_{i}"] = "few" if len(hits) <= few else "hits", json.dumps(hits)
        elif not sqlite and n.gram and not _common_on_postgresql(conn, register, n.short):
            # (a common gram: the LIKE, see `contains`) — rechecked without ILIKE's lower-casing where case
            # cannot matter (王: "grams_plain", as "plain" below; ILIKE cost a rare gram's page 0.2 ms, G19b)
            kind, values[f"gram_{i}"] = "grams_plain" if n.caseless else "grams", n.short
        elif not sqlite and n.caseless:
            kind = "plain"   # the LIKE without ILIKE's lower-casing of every row (see `caseless`)
        shape.append(kind)
    return tuple(shape), values


# A rare search's page with its index probe inside (SQLite, issue 19, Q19c): the shape ("few_tri",) or
# ("few_gram",) — one needle, its index the trigram table or the grams — reads the index's hits in the page's own
# statement, as a materialised CTE of at most FEW + 1 hits, and keeps rows only when the CTE holds at most FEW
# (a constant WHERE term SQLite evaluates once): exactly the rows of the ("few",) shape when the needle has at most
# FEW hits, no row otherwise. One statement instead of two for a name that finds a handful of cases (the hits'
# read as a statement of its own was a fifth of such a gesture beside the limit's single probe). An empty page
# does not say which: the caller then reads the hits as before (search_shape) and, when they are few after all,
# the empty page was the answer (the same transaction: the index cannot have changed in between).
FEW_KINDS = ("few_tri", "few_gram")


def few_shape(bind, text: str, few: int) -> tuple[tuple, dict] | None:
    """(shape, values) of a page that reads its index hits itself when they are at most `few` (see FEW_KINDS), or
    None where it does not apply: not SQLite, `few` 0, a number, several needles or a needle no index holds."""
    if not few or bind.dialect.name != "sqlite":
        return None
    q, needles = _analysed(text)
    if q is not None or len(needles) != 1 or needles[0].fts is None:
        return None
    n = needles[0]
    return (FEW_KINDS[n.fts],), {n.name: n.escaped, "phrase_0": n.phrase, "few": few, "few_read": few + 1}


def plan_independent(shape: tuple) -> bool:
    """Whether the best plan of a page searched by `shape` is the same whatever its values, so that PostgreSQL may
    keep one (prepared.rows(keep_plan=True)): a number only (an equality on the number-key index, re-checked on
    a handful of rows). Never a shape with a LIKE on search_text: PostgreSQL's generic plan for 王 ANDed the
    grams bitmap with a trigram bitmap of '%' || $n || '%' — every row of the table (0.6 s at 100,000 cases
    for a 4-row page, 18 s for a gram in half the rows; G19b) — as TECH_NOTES.md warns."""
    return shape == ("number",)


_SHAPES: dict = {}


def shape_condition(name: str, shape: tuple, id_column, text_column, number_columns: tuple = ()):
    """The condition of a search shape (search_shape) with bound values, built once per caller's `name` and shape
    (`name` stands for the columns: one register's)."""
    found = _SHAPES.get((name, shape))
    if found is not None:
        return found
    if shape == ("number",):
        core, within, end = (bindparam(n, type_=Text) for n in ("number_core", "number_within", "number_end"))
        found = or_(*(and_(getattr(func, NUMBER_FUNCTION)(c) == core,
                           number_key_sql(c).contains(within, escape=_ESCAPE)
                           | number_key_sql(c).endswith(end, escape=_ESCAPE)) for c in number_columns))
    else:
        parts = []
        for i, kind in enumerate(shape):
            needle = bindparam(f"needle_{i}", type_=Text)
            # (FEW_KINDS, SQLite only: its LIKE already ignores ASCII case and its lower() changes nothing else, so
            # lower(search_text) — a copy of each row's text — finds the same rows)
            like = (text_column.contains(needle, escape=_ESCAPE) if kind in ("plain", "grams_plain", *FEW_KINDS) else
                    text_column.icontains(needle, escape=_ESCAPE))
            if kind in ("hits", "few"):
                ids = select(literal_column("value")).select_from(func.json_each(bindparam(f"hits_{i}", type_=Text)))
                like = and_(id_column.in_(ids), like)
            elif kind in FEW_KINDS:
                fts = REGISTERS[name][FEW_KINDS.index(kind)]
                hits = table(fts, sql_column("rowid")).c.rowid
                found_hits = (select(hits).where(literal_column(fts).op("MATCH")(bindparam(f"phrase_{i}", type_=Text)))
                              .limit(bindparam("few_read", type_=Integer))
                              .cte(f"few_hits_{i}").prefix_with("MATERIALIZED"))
                few = select(func.count()).select_from(found_hits).scalar_subquery()
                like = and_(few <= bindparam("few", type_=Integer), id_column.in_(select(found_hits.c.rowid)), like)
            elif kind in ("grams", "grams_plain"):
                like = and_(func.ipcase_grams(text_column).op("@>")(
                    cast(array([bindparam(f"gram_{i}", type_=Text)]), ARRAY(Text))), like)
            parts.append(like)
        found = or_(*parts)
    _SHAPES[(name, shape)] = found
    return found
