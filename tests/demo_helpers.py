"""The demo office for tests: built once per test session (a full build goes through ~4,000 service gestures)
and handed to each test module as a copy of its own, so a test that writes (a login, a tampered row) never
changes what the next one reads. The fixtures are `demo_database` / `demo_copy` in tests/conftest.py."""
from __future__ import annotations

import sqlite3
from datetime import date, datetime
from pathlib import Path

# A Friday: on this day the builder once drove a recent case to "answer period over" while the period was still
# running, and the first start failed (tests/integration/demo/test_demo.py keeps the regression).
DEMO_TODAY = date(2026, 11, 20)
DEMO_BUILT = datetime(2026, 11, 20, 8, 5)  # before the office's first gestures of the day (9:30)


def build_demo_file(path: Path) -> Path:
    """The demo office as a first start on DEMO_TODAY at DEMO_BUILT makes it, in the SQLite file `path`."""
    from ipcase.db.engine import make_engine
    from ipcase.db.migrate import upgrade_to_head
    from ipcase.demo.office import ensure_demo_database
    from ipcase.uow import uow_factory
    engine = make_engine(f"sqlite:///{path}")
    try:
        upgrade_to_head(engine)
        assert ensure_demo_database(uow_factory(engine), today=DEMO_TODAY, now=DEMO_BUILT)
    finally:
        engine.dispose()
    return path


def copy_demo_file(source: Path, target: Path) -> Path:
    """A consistent copy of the built file (SQLite's backup API: the WAL's pages included)."""
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    src.close()
    dst.close()
    return target
