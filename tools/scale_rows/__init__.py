"""The rows of tools/benchmark_scale.py, one module per area (issue 19's table).

Each module has `rows(db_url: str) -> list[Row]`; a row is `(name, app_fn, limit_fn or None)` or
`(name, app_fn, limit_fn, unit)`: each function runs ONE measurement and returns its value (seconds, unless
`unit` says otherwise, e.g. "MiB"), timing only the measured part. The benchmark runs each function
`--repeat` times, prints the medians and the ratio app/limit. Modules read the run's settings from `CONTEXT`."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

Row = tuple  # (name, app_fn, limit_fn | None[, unit])


@dataclass
class Context:
    db_url: str                  # the large register
    demo_url: str                # the demo database: the limit of the start-up rows
    work_dir: Path               # scratch space (data directories of the started applications)
    today: date
    cases: int
    extra: dict = field(default_factory=dict)


CONTEXT: Context | None = None


def context() -> Context:
    if CONTEXT is None:
        raise RuntimeError("tools/benchmark_scale.py sets scale_rows.CONTEXT before calling rows()")
    return CONTEXT


def timed(fn: Callable[[], object]) -> float:
    import time
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def top_office_head(url: str) -> tuple:
    """(engine, new_uow, the top office's id, a department head of it): whom the rows that read as the window does
    run as."""
    from sqlalchemy import select

    from ipcase.db.engine import make_engine
    from ipcase.db.models.admin import Office, User
    from ipcase.domain.enums import Role
    from ipcase.uow import uow_factory

    engine = make_engine(url)
    new_uow = uow_factory(engine)
    with new_uow() as uow:
        s = uow.session
        top = s.scalar(select(Office.id).where(Office.parent_id.is_(None)).order_by(Office.id))
        head = s.scalar(select(User.id).where(User.office_id == top, User.role == Role.DEPT_HEAD.value))
    return engine, new_uow, top, head


def list_readers(state: dict, url: str, busiest_in: str) -> dict:
    """Fill `state` (a row module's own dict, kept between rows) for the register at `url`: its engine, `new_uow`,
    an officer of the top-level office (`viewer`: reads every office, the scope filters nothing) and one of the
    sub-office with the most rows in the table `busiest_in` (`sub_viewer`, `sub_office`). Done once per URL."""
    if state.get("url") == url:
        return state
    from sqlalchemy import text

    from ipcase.db.engine import make_engine
    from ipcase.uow import uow_factory
    engine = make_engine(url)
    state.clear()
    state.update(url=url, engine=engine, new_uow=uow_factory(engine))
    with engine.connect() as conn:
        state["viewer"] = conn.execute(text(
            "SELECT u.id FROM users u JOIN offices o ON o.id = u.office_id WHERE o.parent_id IS NULL "
            "AND u.active AND u.role = 'officer' ORDER BY u.office_id, u.id LIMIT 1")).scalar()
        sub = conn.execute(text(
            "SELECT u.id, u.office_id FROM users u JOIN offices o ON o.id = u.office_id WHERE o.parent_id IS NOT NULL "
            f"AND u.active AND u.role = 'officer' ORDER BY (SELECT count(*) FROM {busiest_in} t WHERE t.office_id = "
            "u.office_id) DESC, u.id LIMIT 1")).first()
    state["sub_viewer"], state["sub_office"] = tuple(sub) if sub else (None, None)
    return state


def run_today() -> date:
    """The run's "today" (the register's dates are relative to it), or the calendar's outside a run."""
    try:
        return context().today
    except RuntimeError:
        return date.today()


def raw_rows(engine, sql: str, params: dict | None = None) -> int:
    """How many rows one plain SQL statement returns on a pooled connection of the limits' own engine for the
    database of `engine` (limit_engine): the rows' limit."""
    from sqlalchemy import text
    with limit_engine(engine).connect() as conn:
        return len(conn.execute(text(sql), params or {}).all())


_limit_engines: dict = {}


def limit_engine(engine):
    """An engine of its own for the limits, on the same database and with the same connection settings. The app's
    read-only units switch a pooled SQLite connection to a reader (query_only, temp_store=MEMORY) and back only
    when its kind changes; a limit taken on the app's pool between two app runs switched it back every time, and
    SQLite then prepares every statement of the app's next run again — a cost the limit imposed on the app, not
    one a user's gestures pay (R19b, tenth session: a 收案编号 search 2.7× per call, 1.25× in blocks of ten)."""
    from ipcase.db.engine import make_engine
    url = engine.url.render_as_string(hide_password=False)
    if url not in _limit_engines:
        _limit_engines[url] = make_engine(url)
    return _limit_engines[url]


def page_length(state: dict, viewer: str, list_fn: Callable, flt) -> int:
    """How many rows one page of a register's list gives `state[viewer]`, read as the window reads it: a read-only
    unit of work bound to the viewer (ctx.db_query), the run's today."""
    with state["new_uow"](viewer_id=state[viewer], read_only=True) as uow:
        return len(list_fn(uow, flt, today=run_today()).rows)


def counted(state: dict, count_fn: Callable, flt) -> int:
    """A register's count for the top office's officer, read as the window reads it."""
    with state["new_uow"](viewer_id=state["viewer"], read_only=True) as uow:
        return count_fn(uow, flt)


def index_alone(engine, table: str, number_column: str, order: str, needle: str) -> int:
    """The limit of a register's search: the index alone, its matching ids in the register's `order` (FTS5 on
    SQLite, the GIN indexes on PostgreSQL; a number — 案号, 收案编号 — by the number-key expression index the app's
    number search uses, migration 0032)."""
    from ipcase.domain.numbering import number_query
    q = number_query(needle)
    tail = f" ORDER BY {order} LIMIT 200"
    if q is not None:
        return raw_rows(engine, f"SELECT id FROM {table} WHERE ipcase_number_key({number_column}) = :k" + tail,
                        {"k": f"({q.year}){q.n}"})
    if engine.dialect.name == "sqlite":
        fts = f"{table}_tri" if len(needle) >= 3 else f"{table}_grams"
        return raw_rows(engine, f"SELECT id FROM {table} WHERE id IN (SELECT rowid FROM {fts} WHERE {fts} MATCH :q)"
                        + tail, {"q": '"' + needle.lower() + '"'})
    if len(needle) >= 3:
        # the needle and operator the app's search uses (ZL dropped: 'ZL2021' searches '2021'; LIKE where no case
        # mapping touches the needle, search.caseless; pg_trgm answers both)
        from ipcase.queries.search import caseless, text_key
        key = text_key(needle) if text_key(needle) in needle.lower() else needle
        op = "LIKE" if caseless(key) else "ILIKE"
        return raw_rows(engine, f"SELECT id FROM {table} WHERE search_text {op} :q" + tail, {"q": f"%{key}%"})
    return raw_rows(engine, f"SELECT id FROM {table} WHERE ipcase_grams(search_text) @> ARRAY[CAST(:q AS text)]"
                    + tail, {"q": needle.lower()})


def index_mib(engine, sqlite_names: str, postgresql_names: str) -> float:
    """The size in MiB of the indexes (and tables) whose names the condition selects: `sqlite_names` on
    `dbstat.name`, `postgresql_names` on `pg_class.relname`."""
    from sqlalchemy import text
    sql = (f"SELECT sum(pgsize) FROM dbstat WHERE {sqlite_names}" if engine.dialect.name == "sqlite" else
           f"SELECT sum(pg_relation_size(c.oid)) FROM pg_class c WHERE {postgresql_names}")
    with engine.connect() as conn:
        size = conn.execute(text(sql)).scalar()
    return (size or 0) / 2 ** 20
