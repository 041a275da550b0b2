from __future__ import annotations

import time

from sqlalchemy import Engine, create_engine, event, make_url
from sqlalchemy.exc import DisconnectionError

from ipcase.db import search_index

# The execution option that marks a read-only unit of work's connection (ipcase.uow.uow_factory(read_only=True)).
READ_ONLY = "ipcase_read_only"
CACHE_KIB = 32 * 1024   # SQLite's page cache per connection (PRAGMA cache_size, negative = KiB)
NEVER_BY_COUNT = 2 ** 62   # psycopg's prepare_threshold: no statement is prepared for having run often (below)
PING_AFTER_IDLE = 5.0   # seconds a PostgreSQL connection sat in the pool before its next checkout pings it
_IDLE_SINCE = "ipcase.idle_since"


def _reader_pragmas(pooled, read_only: bool) -> None:
    """A pooled SQLite connection switched to a reader's or a writer's pragmas, only when its kind changes."""
    kept = pooled.info   # the pooled connection's own state
    if kept.get(READ_ONLY, False) != read_only:
        # A reader keeps SQLite's temporary b-trees in memory: a page's ORDER BY … LIMIT sorts its rows in one, and
        # as a file-backed temporary database (temp_store=FILE; no file is written for a page) it cost ≈ 0.1 ms
        # more per statement (plain sqlite3, 3.40) — more than a rare search's whole index probe (issue 19). A
        # reader's are small (at most a page, or a count's list of index hits); a writer (a bulk load, `stats
        # rebuild`) keeps the default.
        driver = pooled.driver_connection
        driver.execute(f"PRAGMA query_only={int(read_only)}")
        driver.execute(f"PRAGMA temp_store={'MEMORY' if read_only else 'DEFAULT'}")
        kept[READ_ONLY] = read_only


def begin_reading(connection) -> None:
    """A read-only unit's lane on SQLite (ipcase.uow: UnitOfWork.connection): the reader's pragmas and a deferred
    BEGIN sent on the driver, without a SQLAlchemy transaction — SQLAlchemy's begin and its rollback at the unit's
    end (the Transaction object, their events, the begin listener) cost a rare search ≈ 10 % of its gesture, more
    than its viewer's read (issue 19, Q19c). The transaction is the same: the pool's reset rolls it back when the
    connection is returned (the unit's end), and a Session or a statement that begins one later on this connection
    finds it begun and joins it (the begin listener sends no second BEGIN), so it reads the same snapshot."""
    _reader_pragmas(connection.connection, True)
    connection.connection.driver_connection.execute("BEGIN")


def _driver(url: str) -> str:
    """The DBAPI driver SQLAlchemy picks for `url`: named after a "+", else the dialect's default — psycopg for a
    plain postgresql:// URL since SQLAlchemy 2.1 (G19d found such an engine preparing every statement after its
    fifth run: a 王 search's page then ran PostgreSQL's generic plan, 2.5–4.4 s at a million cases)."""
    scheme = url.split("://", 1)[0]
    if "+" in scheme:
        return scheme.split("+", 1)[1]
    try:
        return make_url(url).get_dialect().driver
    except Exception:   # an unknown or unloadable dialect: create_engine reports it
        return ""


def make_engine(url: str, **kw) -> Engine:
    """An engine for `url`; SQLite connections get foreign keys, WAL and a busy timeout so a second
    window or a backup does not make a save fail at once."""
    if url.startswith("sqlite"):
        kw.setdefault("connect_args", {}).setdefault("timeout", 15)
        engine = create_engine(url, **kw)

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn, _record):
            # Let SQLAlchemy's BEGIN (below) decide when a transaction starts.
            dbapi_conn.isolation_level = None
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA foreign_keys=ON")
            if ":memory:" not in url and url not in ("sqlite://", "sqlite:///"):
                cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA busy_timeout=15000")
            # A page of a register at a million cases touches 2–4 MB of b-tree pages (the cases, their D12
            # deadline, the pause index); SQLite's default 2 MB cache then re-reads them from the OS on every page
            # (half of a page's CPU, issue 19). Up to 32 MiB per connection, filled only as pages are read.
            cur.execute(f"PRAGMA cache_size={-CACHE_KIB}")
            cur.close()
            search_index.register(dbapi_conn)  # the search-index triggers call ipcase_grams

        @event.listens_for(engine, "begin")
        def _begin(conn):
            read_only = bool(conn.get_execution_options().get(READ_ONLY))
            _reader_pragmas(conn.connection, read_only)
            driver = conn.connection.driver_connection
            if read_only and driver.in_transaction:
                pass   # begun on the driver by the read lane (begin_reading); a Session joins its transaction
            elif read_only:
                # A read-only unit of work (ipcase.uow: the lists' pages, counts and searches): a deferred BEGIN
                # takes no lock until its first read, and under WAL that read sees the last commit and runs
                # beside a writer instead of queuing behind its whole transaction. It never writes (its session
                # refuses a flush; query_only refuses a Core statement too), so it never needs the upgrade to a
                # write lock that IMMEDIATE avoids (the audit chain relies on writers holding it from BEGIN).
                # On the driver itself: a deferred BEGIN cannot wait for a lock or fail on one, and through
                # SQLAlchemy it cost a tenth of a rare search's gesture.
                driver.execute("BEGIN")
            else:
                # BEGIN IMMEDIATE takes the write lock up front: two writers queue on busy_timeout instead of
                # failing with "database is locked" half-way through a transaction.
                conn.exec_driver_sql("BEGIN IMMEDIATE")

        return engine
    # No JIT compilation: it pays only for statements that run for many seconds; this application's are short,
    # and at a million cases the planner's cost estimates pass jit_above_cost often enough that compiling took
    # longer than running (the dashboard's workload count: 0.4 s of JIT in a 1.4 s statement, issue 19, G19).
    kw.setdefault("connect_args", {}).setdefault("options", "-c jit=off")
    if _driver(url) == "psycopg":
        # psycopg prepares a statement server-side after its 5th run; PostgreSQL may then keep a generic plan
        # that ignores the search pattern and its trigram index (TECH_NOTES.md). So nothing is prepared by count —
        # only the reads that ask for it (ipcase.db.prepared.rows(keep_plan=True): statements whose plan does not
        # depend on their values, e.g. the viewer's scope read). psycopg ignores an explicit prepare when the
        # threshold is None, hence a threshold no statement reaches instead.
        kw.setdefault("connect_args", {}).setdefault("prepare_threshold", NEVER_BY_COUNT)
    engine = create_engine(url, **kw)
    _ping_after_idle(engine)
    return engine


def _ping_after_idle(engine: Engine) -> None:
    """A pooled PostgreSQL connection is pinged at checkout only when it sat idle for PING_AFTER_IDLE seconds or
    more: a server restarted, or a link dropped, while it waited is then found before the gesture's first statement
    and a new connection taken (the pool tries again on DisconnectionError). SQLAlchemy's pool_pre_ping pinged at
    every checkout — one more round trip for every page, count and search of the window (≈ 0.15 ms of this
    process's CPU and a tenth of a rare name's whole gesture at a million cases, issue 19), though the read lane
    gives the same connection back and takes it again within milliseconds. A connection that died within those
    seconds fails its gesture with the driver's error (the pool then drops it) and the next gesture reconnects."""
    @event.listens_for(engine, "checkin")
    def _idle_from(_dbapi_conn, record) -> None:
        record.info[_IDLE_SINCE] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _ping(dbapi_conn, record, _proxy) -> None:
        since = record.info.get(_IDLE_SINCE)
        if since is None or time.monotonic() - since < PING_AFTER_IDLE:
            return   # a new connection, or one given back a moment ago
        try:
            engine.dialect.do_ping(dbapi_conn)
        except engine.dialect.loaded_dbapi.Error as exc:
            raise DisconnectionError(f"the database connection was lost while idle: {exc}") from exc
