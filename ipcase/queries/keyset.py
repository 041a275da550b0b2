"""Keyset paging of a register: a page starts after the (sort key, id) of the previous page's last row, so any page
costs what the first one costs (an OFFSET reads and drops every row before it).

Order: the sort key in the asked direction with empty keys (NULL) last either way, ties by id in the same
direction. Rows with a key and rows without are fetched as two index-friendly ranges — `(key, id) > (k, i)` and
`key IS NULL AND id > i` — so a plain index on the key serves both directions on SQLite and PostgreSQL."""
from __future__ import annotations

from sqlalchemy import Select, and_, func, literal, select, tuple_
from sqlalchemy.orm import Session

KEY = "sort_key"   # the label under which the query selects the sort key
ID = "id"


def key_at(s: Session, q: Select, key, ident, *, descending: bool, position: int) -> tuple | None:
    """The (key, id) of the row at `position` (0-based) of `q` in the keyset order, None past the end. Reads the
    key and id only (an index walk, no row built), so a page can start at any position: pass the key of the row
    before it as `after` (the scrolling lists' 跳到第 N 条)."""
    keys = q.with_only_columns(key, ident)
    k, i = (key.desc(), ident.desc()) if descending else (key.asc(), ident.asc())
    found = s.execute(keys.where(key.is_not(None)).order_by(k, i).offset(position).limit(1)).first()
    if found is None:   # past the rows with a key: into the empty keys (ordered by id)
        with_key = s.scalar(select(func.count()).select_from(keys.where(key.is_not(None)).subquery()))
        found = s.execute(keys.where(key.is_(None)).order_by(i).offset(position - with_key).limit(1)).first()
    return tuple(found) if found is not None else None


def page(s: Session, q: Select, key, ident, *, descending: bool, limit: int, after: tuple | None,
         skip: int = 0):
    """(rows, next_after): up to `limit` rows of `q` after the key `after` — or, without `after`, from position
    `skip` (found by key_at: the same rows as OFFSET skip); next_after is None on the last page.
    `q` selects the key labelled KEY and the id labelled ID."""
    if after is None and skip > 0:
        after = key_at(s, q, key, ident, descending=descending, position=skip - 1)
        if after is None:
            return [], None
    rows: list = []
    if after is None or after[0] is not None:
        cond = key.is_not(None)
        if after is not None:
            bound = tuple_(literal(after[0], key.type), literal(after[1], ident.type))
            cond = tuple_(key, ident) < bound if descending else tuple_(key, ident) > bound
        k, i = (key.desc(), ident.desc()) if descending else (key.asc(), ident.asc())
        rows = s.execute(q.where(cond).order_by(k, i).limit(limit)).all()
    if len(rows) < limit:
        cond = key.is_(None)
        if after is not None and after[0] is None:
            cond = and_(cond, ident < after[1] if descending else ident > after[1])
        rows += s.execute(q.where(cond).order_by(ident.desc() if descending else ident.asc())
                          .limit(limit - len(rows)))
    if len(rows) < limit or not rows:
        return rows, None
    last = rows[-1]._mapping
    return rows, (last[KEY], last[ID])
