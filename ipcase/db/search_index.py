"""The registers' search indexes over `search_text` (cases, intake items, mediation cases), built by migration
0022_search and kept by database triggers, so every path that writes the column — services, imports, the demo's
bulk inserts — keeps them right in the same transaction.

SQLite: an FTS5 `trigram` table per register (substrings of 3+ characters) and a contentless FTS5 table of the
text's 1- and 2-character grams (shorter queries; a trigram index cannot answer them). The grams are computed by
the SQL function `ipcase_grams`, registered on every connection the app opens (`register`).
PostgreSQL: a pg_trgm GIN index on search_text (ILIKE, 3+ characters) and a GIN index over `ipcase_grams(…)`, an
IMMUTABLE SQL function returning the grams as an array (1–2 characters).

An index only narrows: the query always re-checks the same LIKE the unindexed search runs, so results are exactly
the LIKE scan's on both backends (ipcase.queries.text_search)."""
from __future__ import annotations

import re

# register table → (FTS5 trigram table, FTS5 grams table). The migration repeats these names (it imports no
# live code); tests/integration/db/test_search_index.py checks they agree.
REGISTERS = {
    "cases": ("cases_tri", "cases_grams"),
    "intake_items": ("intake_items_tri", "intake_items_grams"),
    "mediation_cases": ("mediation_cases_tri", "mediation_cases_grams"),
}
GRAMS_FUNCTION = "ipcase_grams"
NUMBER_FUNCTION = "ipcase_number_key"
# The registers' number columns, each with an expression index over ipcase_number_key(column) (migration
# 0032_number_keys), so a search by 案号 / 收案编号 / 调解案号 / 文号 is an equality lookup, not a scan.
NUMBER_COLUMNS = {"cases": "case_number", "intake_items": "number", "mediation_cases": "case_number",
                  "documents": "number"}
# Every bracket a register pattern or a typist may use → ( ) (numbering.BRACKET_KEYS; repeated in the migration,
# a test checks they agree).
BRACKETS_FROM, BRACKETS_TO = "[{【〔〖（［｛]}】〕〗）］｝", "(" * 8 + ")" * 8
_NUMBER_CORE = re.compile(r"(\([0-9]{4}\)[0-9]+)(?:号|\Z)")
FTS_SUFFIXES = ("", "_data", "_idx", "_content", "_docsize", "_config")


def grams(text: str | None) -> str:
    """The distinct 1- and 2-character grams of the lower-cased text made only of letters and digits, space
    separated: the FTS5 `ascii` tokenizer keeps every non-ASCII character and ASCII letters/digits in a token,
    so each gram is exactly one token."""
    t = (text or "").lower()
    seen: dict[str, None] = {}
    for i, ch in enumerate(t):
        if not ch.isalnum():
            continue
        seen.setdefault(ch)
        if i + 1 < len(t) and t[i + 1].isalnum():
            seen.setdefault(t[i:i + 2])
    return " ".join(seen)


def gram_indexable(needle: str) -> bool:
    """Whether a 1–2 character needle can be looked up in the grams table (letters and digits only)."""
    return 0 < len(needle) <= 2 and all(ch.isalnum() for ch in needle)


def number_core(number: str | None) -> str | None:
    """The year and sequence of a stored register number, brackets unified — 某市知裁字〔2026〕98号 → (2026)98 —
    or None. The first "(YYYY)n" followed by 号 or by the end (what `queries.search.number_matches` accepts), so a
    search by number is an equality on this key (indexed), re-checked by the full match. PostgreSQL's
    ipcase_number_key (migration 0032_number_keys) computes the same."""
    if number is None:
        return None
    m = _NUMBER_CORE.search(number.translate(_BRACKETS))
    return m[1] if m else None


_BRACKETS = str.maketrans(BRACKETS_FROM, BRACKETS_TO)


def register(dbapi_conn) -> None:
    """Make `ipcase_grams` and `ipcase_number_key` available on a SQLite (or SQLCipher) connection; the index
    triggers and the number indexes call them (deterministic: SQLite refuses other functions in an index)."""
    for name, fn in ((GRAMS_FUNCTION, grams), (NUMBER_FUNCTION, number_core)):
        try:
            dbapi_conn.create_function(name, 1, fn, deterministic=True)
        except TypeError:  # a driver without the keyword
            dbapi_conn.create_function(name, 1, fn)


def fts_phrase(text: str) -> str:
    """`text` as one FTS5 string (a phrase): double quotes doubled, so no user text is ever read as query syntax
    (NEAR, AND, *, -, column filters …)."""
    return '"' + text.replace('"', '""') + '"'


def index_table_names() -> frozenset[str]:
    """Every table the SQLite indexes create (the FTS5 tables and their shadow tables): not model tables."""
    return frozenset(base + suffix for pair in REGISTERS.values() for base in pair for suffix in FTS_SUFFIXES)


def outside_models(name, type_, _parent_names) -> bool:
    """An alembic `include_name` hook: False for the search-index objects the models do not declare."""
    if type_ == "table":
        return name not in index_table_names()
    if type_ == "index":
        return not (name or "").startswith(("ix_search_", "ix_grams_"))
    return True


def rebuild(connection) -> None:
    """Rebuild every register's index from its table (after a restore from an older tool, or to measure)."""
    if connection.dialect.name != "sqlite":
        return  # PostgreSQL's expression indexes are never behind
    for table, (tri, gram) in REGISTERS.items():
        connection.exec_driver_sql(f"INSERT INTO {tri}({tri}) VALUES('rebuild')")
        connection.exec_driver_sql(f"INSERT INTO {gram}({gram}) VALUES('delete-all')")
        connection.exec_driver_sql(
            f"INSERT INTO {gram}(rowid, grams) SELECT id, {GRAMS_FUNCTION}(search_text) FROM {table}")


def _names_sql(role: str, sqlite: bool) -> str:
    if sqlite:
        return (f"(SELECT group_concat(name, '、') FROM (SELECT name FROM parties WHERE case_id = cases.id "
                f"AND role = '{role}' ORDER BY position, id))")
    return (f"(SELECT string_agg(name, '、' ORDER BY position, id) FROM parties WHERE case_id = cases.id "
            f"AND role = '{role}')")


def refresh_sort_keys_sql(sqlite: bool, where: str = "1 = 1") -> str:
    """One UPDATE recomputing the cases' sort_* keys (what the triggers keep row by row); the same statement as
    migration 0022_search's."""
    return (
        "UPDATE cases SET "
        f"sort_requesters = {_names_sql('requester', sqlite)}, "
        f"sort_respondents = {_names_sql('respondent', sqlite)}, "
        "sort_officer = (SELECT full_name FROM users WHERE users.id = cases.officer_id), "
        "sort_patent_number = (SELECT number FROM patents WHERE patents.id = cases.patent_id), "
        "sort_patent_type = (SELECT patent_type FROM patents WHERE patents.id = cases.patent_id), "
        "sort_patent_title = (SELECT title FROM patents WHERE patents.id = cases.patent_id), "
        "sort_closing_due = (SELECT max(due_date) FROM deadlines WHERE deadlines.case_id = cases.id "
        "AND deadlines.code = 'D12') "
        f"WHERE {where}")


# The case list's copied flags for the case `{c}` (migration 0040_case_flags, whose triggers keep them): the D12
# deadline's provisional flag (of its latest due date, the one sort_closing_due copies) and a running suspension.
LIST_PROVISIONAL = ("COALESCE((SELECT provisional FROM deadlines WHERE deadlines.case_id = {c} "
                    "AND deadlines.code = 'D12' ORDER BY due_date DESC, id LIMIT 1), false)")
LIST_SUSPENDED = ("EXISTS (SELECT 1 FROM pauses WHERE pauses.case_id = {c} AND pauses.kind = 'suspension' "
                  "AND pauses.end_date IS NULL)")


def refresh_list_flags_sql(where: str = "1 = 1") -> str:
    """One UPDATE recomputing the cases' sort_closing_provisional and sort_suspended (what 0040_case_flags'
    triggers keep row by row); the same on both backends."""
    return (f"UPDATE cases SET sort_closing_provisional = {LIST_PROVISIONAL.format(c='cases.id')}, "
            f"sort_suspended = {LIST_SUSPENDED.format(c='cases.id')} WHERE {where}")


def refresh_intake_sort_keys_sql(sqlite: bool, where: str = "1 = 1") -> str:
    """One UPDATE recomputing the intake items' sort_* keys (what migration 0029_registers' triggers keep row by
    row): the targets' names by position joined by 、, and the handler's name."""
    if sqlite:
        targets = ("(SELECT group_concat(name, '、') FROM (SELECT name FROM intake_targets "
                   "WHERE item_id = intake_items.id ORDER BY position, id))")
    else:
        targets = ("(SELECT string_agg(name, '、' ORDER BY position, id) FROM intake_targets "
                   "WHERE item_id = intake_items.id)")
    return (f"UPDATE intake_items SET sort_targets = {targets}, "
            "sort_handler = (SELECT full_name FROM users WHERE users.id = intake_items.handler_id) "
            f"WHERE {where}")


def refresh_sort_keys(connection) -> None:
    """Recompute every case's and intake item's sort keys, and the cases' list flags, set-based (after a bulk load
    or a copy that ran with the triggers off)."""
    sqlite = connection.dialect.name == "sqlite"
    connection.exec_driver_sql(refresh_sort_keys_sql(sqlite))
    connection.exec_driver_sql(refresh_list_flags_sql())
    connection.exec_driver_sql(refresh_intake_sort_keys_sql(sqlite))
