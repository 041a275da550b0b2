"""A superseded read frees the database lane (issue 19): with the real one-thread database runner, a read that
would never end is cancelled through `runner.cancel(task)`, ends silently, and the next read on the lane runs."""
from __future__ import annotations

import threading

from sqlalchemy import text

from ui.shell.tasks import TaskRunner

ENDLESS = ("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) "
           "SELECT count(*) FROM c WHERE started(x) > 0")


def test_a_cancelled_endless_read_frees_the_lane(make_ctx, staff, qtbot):
    ctx = make_ctx(staff.officer)
    ctx.runner = runner = TaskRunner()
    started = threading.Event()

    def endless(uow):
        if uow.session.get_bind().dialect.name == "sqlite":
            def mark(_x):
                started.set()
                return 1
            uow.session.connection().connection.driver_connection.create_function("started", 1, mark)
            return uow.session.execute(text(ENDLESS)).scalar()
        started.set()
        return uow.session.execute(text("SELECT pg_sleep(600)")).scalar()

    outcomes: list = []
    stale = runner.run_db(ctx.db_query(endless), on_success=lambda v: outcomes.append(("stale", v)),
                          on_failure=lambda exc: outcomes.append(("failed", exc)), with_progress=True)
    assert started.wait(60)
    runner.cancel(stale)
    runner.run_db(ctx.db_query(lambda uow: uow.session.execute(text("SELECT 7")).scalar()),
                  on_success=lambda v: outcomes.append(("next", v)), with_progress=True)
    qtbot.waitUntil(lambda: ("next", 7) in outcomes, timeout=60_000)
    assert outcomes == [("next", 7)]          # the stale read ended silently (Cancelled), nothing shown for it
    assert runner.wait_idle(60_000)
