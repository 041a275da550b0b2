"""PostgreSQL's plan_cache_mode for the tests that check a register reads the same rows whatever plan the server
keeps (auto, force_custom_plan, force_generic_plan); SQLite has no such setting and is read as it is."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def plan_cache_mode(uow, mode: str) -> Iterator[None]:
    """The lane's connection with PostgreSQL's plan_cache_mode set (session-wide in autocommit: reset after)."""
    conn = uow.connection()
    postgresql = conn.dialect.name == "postgresql"
    if postgresql and mode != "auto":
        conn.exec_driver_sql(f"SET plan_cache_mode = {mode}")
    try:
        yield
    finally:
        if postgresql and mode != "auto":
            conn.exec_driver_sql("RESET plan_cache_mode")
