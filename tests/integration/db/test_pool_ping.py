"""A pooled PostgreSQL connection is pinged at checkout only after it sat idle (engine._ping_after_idle): the read
lane gives its connection back and takes it again within milliseconds, and SQLAlchemy's pool_pre_ping paid a round
trip for every page, count and search (issue 19). A connection the server dropped while it was idle is replaced
before the gesture's first statement; one dropped a moment after it was used fails one gesture, and the next
reconnects. Against a real server: its backends are terminated with pg_terminate_backend."""
from __future__ import annotations

import pytest
import sqlalchemy as sa

from ipcase.db import engine as engine_module
from ipcase.db.engine import make_engine

pytestmark = pytest.mark.pg


@pytest.fixture
def pg_engine(pg_server_url):
    engine = make_engine(pg_server_url)
    pings = []
    ping = engine.dialect.do_ping
    engine.dialect.do_ping = lambda dbapi_conn: pings.append(1) or ping(dbapi_conn)
    engine.pings = pings
    yield engine
    engine.dispose()


def _backend(engine) -> int:
    with engine.connect() as conn:
        return conn.execute(sa.text("select pg_backend_pid()")).scalar_one()


def _terminate(admin, pid: int) -> None:
    with admin.connect() as conn:
        assert conn.execute(sa.text("select pg_terminate_backend(:pid)"), {"pid": pid}).scalar_one()
        for _ in range(200):   # until the server has let it go
            if not conn.execute(sa.text("select count(*) from pg_stat_activity where pid = :pid"),
                                {"pid": pid}).scalar_one():
                return
            conn.execute(sa.text("select pg_sleep(0.01)"))


def test_a_connection_taken_again_at_once_is_not_pinged(pg_engine, monkeypatch):
    first = _backend(pg_engine)
    for _ in range(5):
        assert _backend(pg_engine) == first   # the pool's one connection, given back and taken again
    assert pg_engine.pings == []
    monkeypatch.setattr(engine_module, "PING_AFTER_IDLE", 0.0)
    assert _backend(pg_engine) == first
    assert pg_engine.pings == [1]   # idle long enough: pinged, alive, kept


def test_a_connection_dropped_while_idle_is_replaced_before_the_gesture(pg_engine, pg_admin_engine, monkeypatch):
    first = _backend(pg_engine)
    _terminate(pg_admin_engine, first)
    monkeypatch.setattr(engine_module, "PING_AFTER_IDLE", 0.0)
    second = _backend(pg_engine)   # no error: the ping found it gone and the pool connected again
    assert second != first
    assert pg_engine.pings == [1]


def test_a_connection_dropped_a_moment_after_use_fails_one_gesture_then_reconnects(pg_engine, pg_admin_engine):
    first = _backend(pg_engine)
    _terminate(pg_admin_engine, first)
    with pytest.raises(sa.exc.OperationalError) as failed:
        _backend(pg_engine)
    assert failed.value.connection_invalidated
    assert _backend(pg_engine) != first
    assert pg_engine.pings == []
