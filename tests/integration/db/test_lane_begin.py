"""Issue 19 (Q19c): on SQLite a read-only unit's lane begins its transaction on the driver (engine.begin_reading:
the reader's pragmas and a deferred BEGIN, no SQLAlchemy transaction) — the same transaction as before: the unit
reads one snapshot from its first read to its end, through the lane and through a Session opened later (which joins
it: no second BEGIN), the unit's end rolls it back (the pooled connection is left outside any transaction and the
next unit sees the newer commit), and a failed unit leaves the connection usable. PostgreSQL's lane is unchanged
(autocommit: each statement sees the last commit, READ COMMITTED)."""
from __future__ import annotations

from sqlalchemy import func, insert, select, text

from ipcase.db.models.admin import Office


def _offices(conn) -> int:
    return conn.execute(select(func.count()).select_from(Office)).scalar()


def _add_office(engine, name: str) -> None:
    with engine.begin() as conn:
        conn.execute(insert(Office).values(name=name, short_name=name[:4]))


def test_the_lane_reads_one_snapshot_and_a_later_session_joins_it(engine, new_uow):
    _add_office(engine, "第一个机关")
    with new_uow(read_only=True) as uow:
        conn = uow.connection()
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:
            assert conn.connection.driver_connection.in_transaction   # begun on the driver
        first = _offices(conn)
        _add_office(engine, "第二个机关")   # committed beside the unit
        again = _offices(conn)
        by_session = uow.session.execute(select(func.count()).select_from(Office)).scalar()
        by_text = uow.session.execute(text("SELECT count(*) FROM offices")).scalar()
    if sqlite:
        assert again == by_session == by_text == first   # one snapshot, the Session in the same transaction
    else:
        assert again == by_session == by_text == first + 1
    with new_uow(read_only=True) as uow:
        conn = uow.connection()
        assert _offices(conn) == first + 1   # the next unit: a new transaction
    if sqlite:
        with engine.connect() as plain:   # the pooled connection was returned outside any transaction
            assert not plain.connection.driver_connection.in_transaction


def test_a_failed_lane_leaves_its_connection_usable(engine, new_uow):
    for _ in range(2):
        try:
            with new_uow(read_only=True) as uow:
                _offices(uow.connection())
                uow.connection().execute(text("SELECT no_such_column FROM offices"))
        except Exception:   # noqa: BLE001 — the statement's error, whatever the backend names it
            pass
    _add_office(engine, "第三个机关")   # a writer on the pool after the failed readers
    with new_uow(read_only=True) as uow:
        assert _offices(uow.connection()) >= 1
