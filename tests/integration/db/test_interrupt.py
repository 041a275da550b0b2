"""A stale query is cancelled, not run to its end (issue 19): a read inside `uow.interruptible(token)` stops
mid-statement when the token is cancelled from another thread (SQLite interrupt, PostgreSQL statement cancel),
ends as `Cancelled`, and the connection serves the next query."""
from __future__ import annotations

import threading

import pytest
from sqlalchemy import text

from ipcase.progress import Cancelled, CancelToken

ENDLESS = ("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) "
           "SELECT count(*) FROM c WHERE started(x) > 0")


def _run_in_thread(new_uow, token, statement, prepare=None):
    outcome: dict = {}

    def work():
        try:
            with new_uow() as uow, uow.interruptible(token):
                if prepare:
                    prepare(uow)
                outcome["value"] = uow.session.execute(text(statement)).scalar()
        except BaseException as exc:  # noqa: BLE001 - handed to the test thread
            outcome["error"] = exc
    thread = threading.Thread(target=work)
    thread.start()
    return thread, outcome


def _wait_for_backend_running(engine, needle: str) -> None:
    """Until PostgreSQL shows the statement running (bounded: the test fails, it never hangs)."""
    for _ in range(600):
        with engine.connect() as conn:
            if conn.execute(text("SELECT count(*) FROM pg_stat_activity WHERE state = 'active' "
                                 "AND query LIKE :q AND pid <> pg_backend_pid()"), {"q": f"%{needle}%"}).scalar():
                return
        threading.Event().wait(0.05)
    raise AssertionError("the statement never started")


def test_a_running_statement_stops_when_its_token_is_cancelled(engine, new_uow):
    token = CancelToken()
    started = threading.Event()
    if engine.dialect.name == "sqlite":
        def prepare(uow):
            def mark(_x):
                started.set()
                return 1
            uow.session.connection().connection.driver_connection.create_function("started", 1, mark)
        thread, outcome = _run_in_thread(new_uow, token, ENDLESS, prepare)
        assert started.wait(60)
    else:
        thread, outcome = _run_in_thread(new_uow, token, "SELECT pg_sleep(600) /* h4-stale */")
        _wait_for_backend_running(engine, "h4-stale")
    token.cancel()
    thread.join(60)
    assert not thread.is_alive(), "the statement ran on after its cancel"
    assert isinstance(outcome.get("error"), Cancelled), outcome
    with new_uow() as uow:  # the lane (and the pooled connection) works for the next query
        assert uow.session.execute(text("SELECT 1")).scalar() == 1


def test_a_task_cancelled_before_it_starts_runs_nothing(new_uow):
    token = CancelToken()
    token.cancel()
    ran = []
    with pytest.raises(Cancelled), new_uow() as uow, uow.interruptible(token):
        ran.append(uow.session.execute(text("SELECT 1")).scalar())
    assert ran == []


def test_a_finished_task_is_never_interrupted_later(new_uow):
    token = CancelToken()
    with new_uow() as uow, uow.interruptible(token):
        assert uow.session.execute(text("SELECT 2")).scalar() == 2
    token.cancel()   # after the unit of work: the connection is back in the pool, nobody interrupts it
    with new_uow() as uow:
        assert uow.session.execute(text("SELECT 3")).scalar() == 3
