"""Keyset paging of a register: a page starts after the (sort key, id) of the previous page's last row, so any page
costs what the first one costs (an OFFSET reads and drops every row before it).

Order: the sort key in the asked direction with empty keys (NULL) last either way, ties by id in the same
direction. Rows with a key and rows without are fetched as two index-friendly ranges — `(key, id) > (k, i)` and
`key IS NULL AND id > i` — so an index on (key, id) serves both directions on SQLite and PostgreSQL. (On SQLite an
index on the key alone is that index: every index ends with the rowid. PostgreSQL's is not: it sorts the key's
whole first group, 1.8 s for the three values of 类型 at a million cases — 0041_sort_ids.)"""
from __future__ import annotations

import heapq
from itertools import islice

from sqlalchemy import Connection, Integer, Select, String, bindparam, func, select, tuple_, union_all
from sqlalchemy.orm import Session

from ipcase.db import prepared

KEY = "sort_key"   # the label under which the query selects the sort key
ID = "id"


def key_at(s: Session, q: Select, key, ident, *, descending: bool, position: int,
           params: dict | None = None) -> tuple | None:
    """The (key, id) of the row at `position` (0-based) of `q` in the keyset order, None past the end. Reads the
    key and id only (an index walk, no row built), so a page can start at any position: pass the key of the row
    before it as `after` (the scrolling lists' 跳到第 N 条)."""
    keys = q.with_only_columns(key, ident)
    k, i = (key.desc(), ident.desc()) if descending else (key.asc(), ident.asc())
    found = s.execute(keys.where(key.is_not(None)).order_by(k, i).offset(position).limit(1), params).first()
    if found is None:   # past the rows with a key: into the empty keys (ordered by id)
        with_key = s.scalar(select(func.count()).select_from(keys.where(key.is_not(None)).subquery()), params)
        found = s.execute(keys.where(key.is_(None)).order_by(i).offset(position - with_key).limit(1),
                          params).first()
    return tuple(found) if found is not None else None


def _nullable(key) -> bool:
    return getattr(getattr(key, "expression", key), "nullable", True)


def page(s: Session, q: Select, key, ident, *, descending: bool, limit: int, after: tuple | None,
         skip: int = 0, partition: tuple | None = None, cache: object = None, params: dict | None = None,
         keep_plan: bool = False, ranged: bool = False):
    """(rows, next_after): up to `limit` rows of `q` after the key `after` — or, without `after`, from position
    `skip` (found by key_at: the same rows as OFFSET skip); next_after is None on the last page.
    `q` selects the key labelled KEY and the id labelled ID.

    `partition` = (column, values): only the rows whose `column` is one of `values` (a viewer's offices, the
    states a list asks for). With one value it is an equality (an index on (column, key, id) serves the page as
    one range); with several, each value's page is read by that index and the pages are merged — `column IN (…)`
    would read and sort every row of those values for each page, or walk the key's index past every row of the
    other values. For a key never empty (收到日期) the pages are subqueries of one statement, merged by the
    database (_merged_page; up to MERGED_AT_MOST values). Otherwise they are read one by one and merged here, where
    Python orders the key as the database does: on SQLite always (it orders text by its UTF-8 bytes, the order
    of Python's str comparison), on PostgreSQL for a key that is not text (its collation need not be Python's
    order, so for text keys the IN stays and its planner chooses). A jump (`skip`) reads by the IN.

    `cache`: a hashable name of `q` when the caller passes the very same `q` object each time (a register's
    unfiltered select, built once): the page's statements are then built once, with the key, id, office and
    limit as bound parameters, and executed as the same objects — building them and adapting SQLAlchemy's cached
    compilation to new statement objects cost about a third of a page's CPU (issue 19).

    `params`: values of bound parameters `q` holds (a search written once per shape, search.shape_condition),
    passed to every statement of the page.

    The rows are tuples (or Rows) with the columns of `q` in its order. With `cache` on a Connection the
    statements are prepared reads (ipcase.db.prepared: compiled once, run on the driver's cursor); `keep_plan`:
    their plan does not depend on `params` (prepared.rows(keep_plan=…): prepared on a PostgreSQL server).

    `ranged`: `q`'s conditions hold a range of another column that an index on (that column, key, …, id) answers
    (a 立案 or 结案 period, the list in 收到日期 order): the page is read by _ranged_page, the range's ids first
    — its cost follows the range's size, where a walk of the key's index follows its place in the register."""
    if ranged:
        return _ranged_page(s, q, key, ident, descending, limit, after, skip, partition, params)
    column = None
    if partition is not None:
        column, values = partition
        if len(values) > 1 and ((after is None and skip > 0) or not _merges_in_order(s, key)):
            q, column, cache = q.where(column.in_(values)), None, None
        elif 1 < len(values) <= MERGED_AT_MOST and not _nullable(key):
            return _merged_page(s, q, key, ident, descending, limit, after, column, values, cache, params, keep_plan)
        elif len(values) > 1:
            statements = _statements(q, key, ident, descending, column, cache)
            parts = [_rows(s, statements, limit, after, v, params, cache is not None, keep_plan) for v in values]
            merged = heapq.merge(*parts, key=_merge_key(descending, statements[-1]), reverse=descending)
            return _with_next(list(islice(merged, limit)), limit, statements[-1])
    part = values[0] if column is not None else None
    if after is None and skip > 0:
        if column is not None:
            q, column, cache = q.where(column == part), None, None
        after = key_at(s, q, key, ident, descending=descending, position=skip - 1, params=params)
        if after is None:
            return [], None
    statements = _statements(q, key, ident, descending, column, cache)
    return _with_next(_rows(s, statements, limit, after, part, params, cache is not None, keep_plan), limit,
                      statements[-1])


def _ranged_page(s, q: Select, key, ident, descending: bool, limit: int, after: tuple | None, skip: int,
                 partition: tuple | None, params: dict | None):
    """`page` of a `q` whose conditions hold a range of another column (page(ranged=True)): one statement that
    reads the page's ids in the key's order — selecting only the id, so an index on (the range's column, key, the
    columns of the other conditions and of the partition, id) answers it without reading a row — and then the
    columns of those ids. Both orders are
    written on the key fenced from its own index (coalesce(key, key): the same values): a planner that sees the
    key's index walks it past every row outside the range when the range lies far from the register's end
    (PostgreSQL, 立案 in March 2025 at a million cases: 0.78 s), and SQLite would walk it for the outer statement
    too. The partition, whatever its number of values, is a condition of the ids' statement.
    For a key never empty (the statement reads no empty keys)."""
    if _nullable(key):
        raise ValueError("a ranged page is read for a key never empty")
    if partition is not None:
        column, values = partition
        q = q.where(column == values[0] if len(values) == 1 else column.in_(values))
    fenced = func.coalesce(key, key)
    if after is None and skip > 0:
        after = key_at(s, q, fenced, ident, descending=descending, position=skip - 1, params=params)
        if after is None:
            return [], None
    order = _order(fenced, ident, descending)
    ids = q.with_only_columns(ident).order_by(*order).limit(limit)
    bound = dict(params or {})
    if after is not None:
        ids = ids.where(_past(key, ident, descending))
        bound.update(ks_key=after[0], ks_id=after[1])
    rows = s.execute(select(*q.selected_columns).where(ident.in_(ids)).order_by(*order), bound).all()
    return _with_next(rows, limit, _positions(q))


# The most values a partition's pages are merged by the database for (a viewer of that many offices): one
# subquery each, and SQLite refuses a compound SELECT of more than 500 terms; beyond, they are merged here.
MERGED_AT_MOST = 64


def _merged_page(s, q: Select, key, ident, descending: bool, limit: int, after: tuple | None, column, values,
                 cache, params: dict | None, keep_plan: bool):
    """`page` of a partition of several values by a key never empty: each value's page an index range in a
    subquery, merged by the database in the same statement — one round trip, `limit` rows out (the pages merged
    here read every value's page: 只看办理中 on PostgreSQL at a million cases 12.8 ms against 4.8 ms merged in
    the server), in the database's own order (so also for a text key on PostgreSQL)."""
    def build() -> tuple:
        k, i = _order(key, ident, descending)

        def merged(after_key: bool) -> Select:
            parts, bound = [], _bound(key, ident)   # one (ks_key, ks_id) for every subquery
            for n in range(len(values)):
                part = q.where(column == bindparam(f"ks_part_{n}", type_=column.type))
                if after_key:
                    part = part.where(_past(key, ident, descending, bound))
                parts.append(select(part.order_by(k, i).limit(_LIMIT).subquery(f"part_{n}")))
            every = union_all(*parts).subquery("merged")
            return select(every).order_by(*_order(every.c[KEY], every.c[ID], descending)).limit(_LIMIT)
        return merged(False), merged(True), _positions(q)

    name = (cache, descending, column.key, len(values), "merged") if cache is not None else None
    first, later, at = _remembered(name, build)
    bound = {**(params or {}), "ks_limit": limit, **{f"ks_part_{n}": v for n, v in enumerate(values)}}
    execute = _executor(s, cache is not None, keep_plan)
    if after is not None:
        return _with_next(execute(later, {**bound, "ks_key": after[0], "ks_id": after[1]}), limit, at)
    return _with_next(execute(first, bound), limit, at)


def _merges_in_order(s, key) -> bool:
    """Whether Python's order of the key's values is the database's (page's merge of a partition's pages)."""
    return _dialect(s) == "sqlite" or not isinstance(key.type, String)


def _dialect(s) -> str:
    return (s.dialect if hasattr(s, "dialect") else s.get_bind().dialect).name   # a Connection or a Session


def _merge_key(descending: bool, at: tuple[int, int]):
    """The keyset order as a Python key (empty keys last in both directions; with reverse=True when descending);
    `at`: the positions of the key and the id in a row."""
    k, i = at
    if descending:
        return lambda r: (r[k] is not None, r[k], r[i])
    return lambda r: (r[k] is None, r[k], r[i])


def _with_next(rows: list, limit: int, at: tuple[int, int]):
    if len(rows) < limit or not rows:
        return rows, None
    last = rows[-1]
    return rows, (last[at[0]], last[at[1]])


_CACHE: dict = {}
_CACHE_SIZE = 256
_LIMIT = bindparam("ks_limit", type_=Integer)


def _remembered(name, build):
    """The statements named `name` in the cache, built by `build()` the first time (`name` None: built each time)."""
    if name is not None and name in _CACHE:
        return _CACHE[name]
    found = build()
    if name is not None:
        if len(_CACHE) >= _CACHE_SIZE:
            _CACHE.clear()
        _CACHE[name] = found
    return found


def _order(key, ident, descending: bool) -> tuple:
    """ORDER BY key, id in the page's direction."""
    return (key.desc(), ident.desc()) if descending else (key.asc(), ident.asc())


def _past(key, ident, descending: bool, bound=None):
    """The rows after (ks_key, ks_id) in the page's direction; `bound`: those parameters (_bound) when one
    statement tests them more than once — each parameter object is converted once per run (ipcase.db.prepared)."""
    bound = _bound(key, ident) if bound is None else bound
    return tuple_(key, ident) < bound if descending else tuple_(key, ident) > bound


def _bound(key, ident):
    return tuple_(bindparam("ks_key", type_=key.type), bindparam("ks_id", type_=ident.type))


def _statements(q: Select, key, ident, descending: bool, column, cache) -> tuple:
    """The page's four statements (rows with a key: first page / after a key; rows without: first / after), with
    bound parameters ks_key, ks_id, ks_part (the partition's value) and ks_limit; whether the key can be
    empty (a NOT NULL key such as received_date has no empty keys to read); the positions of KEY and ID in a row."""
    def build() -> tuple:
        base = q if column is None else q.where(column == bindparam("ks_part"))
        k, i = _order(key, ident, descending)
        keyed = base.where(key.is_not(None))
        empty = base.where(key.is_(None))
        last_id = bindparam("ks_id", type_=ident.type)
        return (keyed.order_by(k, i).limit(_LIMIT),
                keyed.where(_past(key, ident, descending)).order_by(k, i).limit(_LIMIT),
                empty.order_by(i).limit(_LIMIT),
                empty.where(ident < last_id if descending else ident > last_id).order_by(i).limit(_LIMIT),
                _nullable(key), _positions(q))

    # the partition's column is part of the name: one select is paged by office or by state (cases.register)
    return _remembered((cache, descending, None if column is None else column.key) if cache is not None else None,
                       build)


def _positions(q: Select) -> tuple[int, int]:
    names = list(q.selected_columns.keys())
    return names.index(KEY), names.index(ID)


def _rows(s: Session, statements: tuple, limit: int, after: tuple | None, part, values: dict | None = None,
          kept: bool = False, keep_plan: bool = False) -> list:
    keyed_first, keyed_after, empty_first, empty_after, nullable, _at = statements
    execute = _executor(s, kept, keep_plan)
    params = {**(values or {}), "ks_limit": limit}
    if part is not None:
        params["ks_part"] = part
    rows: list = []
    if after is None or after[0] is not None:
        if after is None:
            rows = execute(keyed_first, params)
        else:
            rows = execute(keyed_after, {**params, "ks_key": after[0], "ks_id": after[1]})
    if len(rows) < limit and nullable:
        params["ks_limit"] = limit - len(rows)
        if after is not None and after[0] is None:
            rows += execute(empty_after, {**params, "ks_id": after[1]})
        else:
            rows += execute(empty_first, params)
    return rows


def _executor(s, kept: bool, keep_plan: bool):
    """How a page's statement runs: statements built once (`kept`) on a Connection as prepared reads
    (ipcase.db.prepared), others through SQLAlchemy."""
    if kept and isinstance(s, Connection):
        return lambda statement, params: prepared.rows(s, statement, params, keep_plan=keep_plan)
    return lambda statement, params: s.execute(statement, params).all()
