"""A read that stops when its task is cancelled: a superseded search frees the single database lane at once
instead of running to its end. SQLite: `connection.interrupt()`; PostgreSQL: psycopg's `cancel()` (a statement
cancel request to the server); both are made from the cancelling thread while the worker waits on the
statement, and the statement's error comes back as `Cancelled` (silent in the UI)."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, event
from sqlalchemy.orm import Session

from ipcase.progress import Cancelled, CancelToken


@contextmanager
def interruptible(target: Session | Connection | None, token: CancelToken | None) -> Iterator[None]:
    """`target`: a Session (its connection) or the Connection itself (a read-only unit of work's lane, which also
    runs prepared reads on it: ipcase.db.prepared calls the same listener before each)."""
    if token is None:
        yield
        return
    token.check()  # cancelled while it waited for the lane: nothing runs
    connection = target.connection() if isinstance(target, Session) else target
    driver = connection.connection.driver_connection
    stop = getattr(driver, "interrupt", None) or driver.cancel

    def before_statement(*_args) -> None:
        token.check()  # between statements (an interrupt reaches only a running one)

    event.listen(connection, "before_cursor_execute", before_statement)
    remove = token.on_cancel(stop)
    try:
        yield
    except Cancelled:
        raise
    except Exception as exc:
        if token.cancelled:  # the statement's "interrupted" / "canceling statement" error
            raise Cancelled() from exc
        raise
    finally:
        remove()
        event.remove(connection, "before_cursor_execute", before_statement)
