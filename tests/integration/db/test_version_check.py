"""The start's version check (ipcase.db.migrate.upgrade_to_head): a database at head is recognised by one SELECT
of its stamp, with no Alembic context; one behind is upgraded (after a backup copy of an SQLite file)."""
from __future__ import annotations

import logging
from datetime import datetime

from alembic import command
from sqlalchemy import event

from ipcase.db.engine import make_engine
from ipcase.db.migrate import (
    alembic_config,
    current_revisions,
    head_revisions,
    stamped_revisions,
    upgrade_to_head,
)


def test_a_database_at_head_is_left_alone_after_one_select(db_url, caplog):
    engine = make_engine(db_url)
    try:
        with caplog.at_level(logging.INFO, logger="alembic"):
            upgrade_to_head(engine)
        assert any(r.name.startswith("alembic.runtime.migration") for r in caplog.records)   # migrated
        assert stamped_revisions(engine) == current_revisions(engine) == head_revisions()
        caplog.clear()
        statements: list[str] = []
        event.listen(engine, "before_cursor_execute",
                     lambda *a: a[2].startswith("BEGIN") or statements.append(a[2]))   # (SQLite's BEGIN aside)
        with caplog.at_level(logging.INFO, logger="alembic"):
            assert upgrade_to_head(engine, backup_at=datetime(2026, 12, 7, 8, 0)) is None
        assert not any(r.name.startswith("alembic") for r in caplog.records)   # no Alembic context opened
        # whether the stamp's table exists, and the stamp: nothing else
        assert len(statements) == 2 and statements[-1] == "SELECT version_num FROM alembic_version", statements
    finally:
        engine.dispose()


def test_an_empty_database_has_no_stamp(db_url):
    engine = make_engine(db_url)
    try:
        assert stamped_revisions(engine) == frozenset()
    finally:
        engine.dispose()


def test_a_database_one_revision_behind_is_backed_up_and_upgraded(tmp_path):
    path = tmp_path / "ipcase.db"
    engine = make_engine(f"sqlite:///{path}")
    upgrade_to_head(engine)
    command.downgrade(alembic_config(engine), "-1")
    assert stamped_revisions(engine) != head_revisions()
    backup = upgrade_to_head(engine, backup_at=datetime(2026, 12, 7, 8, 0))
    assert backup is not None and backup.exists()
    assert stamped_revisions(engine) == head_revisions()
    engine.dispose()
