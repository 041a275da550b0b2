"""Which tables the chain covers, how a row is read for it, and which 案号 (or 收案编号) a row belongs to.

A row is read back from the database (not taken from the ORM object) so that the image hashed when the change is
made is the image `verify` reads later, whatever the column types do on the way in."""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from functools import cache
from typing import Any

from sqlalchemy import Connection, Select, Table, bindparam, select, tuple_

from ipcase.audit.canonical import dumps, plain
from ipcase.db.base import Base

# Not covered, and why: the chain itself; the stored deadlines, which are recomputed from the record on every
# change (a changed row there is repaired by the next recomputation, and its cause is in the record); the
# register counters, whose every value is recorded on the case, item or document that took it; a laptop copy's
# own bookkeeping (its outbox and state: every gesture the outbox records is itself in the laptop's chain, and
# reaches the office's chain when check-in replays it).
NOT_AUDITED = frozenset({"audit_entries", "alembic_version", "deadlines", "intake_deadlines",
                         "mediation_deadlines", "sequences", "routine_runs", "outbox", "laptop_state"})
# The dashboard's aggregates (ipcase.db.aggregates): sums of audited rows, recomputed from them (`stats rebuild`).
NOT_AUDITED |= {"stats_case_facts", "stats_cells"}
# 文书 › 待送达 kept as rows (ipcase.db.serve_waiting): derived from documents and service records.
NOT_AUDITED |= {"serve_waiting"}

# Tables whose rows carry the number a reader knows a record by, and that number's column.
NUMBERED = {"cases": "case_number", "mediation_cases": "case_number", "intake_items": "number"}


def audited_tables() -> list[Table]:
    import ipcase.db.models  # noqa: F401  (registers every table)
    return [t for t in Base.metadata.sorted_tables if t.name not in NOT_AUDITED]


def table(name: str) -> Table | None:
    t = Base.metadata.tables.get(name)
    return None if t is None or name in NOT_AUDITED else t


def key_text(values: Iterable[Any]) -> str:
    """A primary key as the chain records it: canonical JSON of its values in column order."""
    values = list(values)
    if len(values) == 1 and type(values[0]) is int:
        return f"[{values[0]}]"   # what dumps gives a one-integer key (nearly every key), without the encoder
    return dumps(plain(values))


# Columns the chain holds as a digest only: a password's hash and a person's full ID number must not become
# readable to whoever reads the audit trail; the digest still shows that, and when, they changed.
# masks: a redaction's originals; confidential_items: what a party asked to keep out of the published ruling
SECRET_COLUMNS = frozenset({"password_hash", "id_number", "masks", "confidential_items"})


# Columns the database keeps itself from other rows: the case list's sort keys (cases.sort_*, written by the
# triggers of ipcase/db/search_index.py when a party, user, patent or deadline changes). They are derived, not
# record: the rows they are read from are in the chain, and a trigger's write has no gesture to explain it.
DERIVED_PREFIX = "sort_"


def image(row: Mapping[str, Any], algorithm: str) -> dict[str, Any]:
    return {name: (plain(str(value).encode("utf-8"), algorithm) if name in SECRET_COLUMNS and value else
                   plain(value, algorithm)) for name, value in row.items() if not name.startswith(DERIVED_PREFIX)}


def read_images(conn: Connection, t: Table, keys: Iterable[tuple], algorithm: str) -> dict[str, dict]:
    """The plain images of the rows of `t` with these primary keys, by key text (missing rows are absent)."""
    keys = list(dict.fromkeys(keys))
    pk = list(t.primary_key.columns)
    out: dict[str, dict] = {}
    for start in range(0, len(keys), 500):
        chunk = keys[start:start + 500]
        if len(pk) == 1:
            rows = conn.execute(_rows_by_key(t), {"keys": [k[0] for k in chunk]})
        else:
            rows = conn.execute(select(t).where(tuple_(*pk).in_(chunk)))
        for row in rows.mappings():
            out[key_text(row[c.name] for c in pk)] = image(row, algorithm)
    return out


# The statements the capture runs at every flush, built once per table: a statement object keeps its cache key,
# so it is not built and keyed again per flush (SQL text only; every execution reads the database).
@cache
def _rows_by_key(t: Table) -> Select:
    return select(t).where(next(iter(t.primary_key.columns)).in_(bindparam("keys", expanding=True)))


@cache
def _row_by(t: Table, column: str) -> Select:
    return select(t).where(t.c[column] == bindparam("value"))


def all_images(conn: Connection, t: Table, algorithm: str, batch: int = 500) -> Iterator[tuple[str, dict]]:
    """Every row of `t` as (key text, plain image), in primary-key order."""
    pk = list(t.primary_key.columns)
    result = conn.execute(select(t).order_by(*pk).execution_options(yield_per=batch)).mappings()
    for row in result:
        yield key_text(row[c.name] for c in pk), image(row, algorithm)


def _parent_links(t: Table) -> list[tuple[str, Table, str]]:
    """(column, parent table, parent column) of each single-column foreign key of `t`."""
    links = []
    for fk in t.foreign_keys:
        parent = fk.column.table
        if parent.name not in NOT_AUDITED and parent is not t:
            links.append((fk.parent.name, parent, fk.column.name))
    return links


def record_number(conn: Connection, table_name: str, row: Mapping[str, Any] | None,
                  cache: dict | None = None, depth: int = 3,
                  known: Mapping[tuple[str, str], Mapping[str, Any]] | None = None) -> str | None:
    """The 案号 (or 收案编号) of the record this row belongs to: its own, or found up its foreign keys
    (a party → its case, a file → its evidence item → its case). None when it belongs to no numbered record.
    `known`: images of rows as the database holds them now, by (table, key text) — a parent found there is
    not read."""
    if row is None:
        return None
    if table_name in NUMBERED:
        return row.get(NUMBERED[table_name])
    t = Base.metadata.tables.get(table_name)
    if t is None or depth == 0:
        return None
    cache = {} if cache is None else cache
    for column, parent, parent_column in _parent_links(t):
        value = row.get(column)
        if value is None or parent.name in ("users", "offices"):
            continue
        key = (parent.name, parent_column, value)
        if key not in cache:
            parent_row = _known_row(known, parent, parent_column, value)
            if parent_row is None:
                parent_row = conn.execute(_row_by(parent, parent_column), {"value": value}).mappings().first()
            cache[key] = (record_number(conn, parent.name, parent_row, cache, depth - 1, known)
                          if parent_row else None)
        if cache[key]:
            return cache[key]
    return None


def _known_row(known, parent: Table, column: str, value) -> Mapping[str, Any] | None:
    """The parent's known image when `column` is its whole primary key (an image holds the columns
    record_number reads as the row does: integer keys and the number's text)."""
    if not known:
        return None
    pk = list(parent.primary_key.columns)
    if len(pk) != 1 or pk[0].name != column:
        return None
    return known.get((parent.name, key_text([value])))


__all__ = ["NOT_AUDITED", "NUMBERED", "all_images", "audited_tables", "image", "key_text", "read_images",
           "record_number", "table"]
