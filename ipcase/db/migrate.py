"""Schema migrations with Alembic. Start-up copies the SQLite file before upgrading it."""
from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config(engine: Engine | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("path_separator", "os")
    if engine is not None:
        cfg.attributes["engine"] = engine
    return cfg


def head_revisions() -> frozenset[str]:
    # Features developed side by side may each add a branch from the same parent until a merge revision
    # joins them; "heads" upgrades all of them.
    return frozenset(ScriptDirectory.from_config(alembic_config()).get_heads())


def current_revisions(engine: Engine) -> frozenset[str]:
    with engine.connect() as conn:
        return frozenset(MigrationContext.configure(conn).get_current_heads())


def sqlite_file(engine: Engine) -> Path | None:
    db = engine.url.database
    if engine.url.get_backend_name() != "sqlite" or not db or db == ":memory:":
        return None
    return Path(db)


def backup_sqlite(engine: Engine, now: datetime) -> Path | None:
    """Copy the database file (and its WAL) next to it before a migration touches it."""
    path = sqlite_file(engine)
    if path is None or not path.exists():
        return None
    engine.dispose()  # checkpoint-free copy is fine in WAL mode only if we copy the -wal file too
    target = path.with_name(f"{path.stem}.before-upgrade-{now:%Y%m%d-%H%M%S}{path.suffix}")
    shutil.copy2(path, target)
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            shutil.copy2(side, target.with_name(target.name + suffix))
    return target


def upgrade_to_head(engine: Engine, *, backup_at: datetime | None = None) -> Path | None:
    """Bring the schema to head. With `backup_at`, an existing SQLite file that needs upgrading is copied
    first; returns the copy's path (or None)."""
    backup = None
    path = sqlite_file(engine)
    has_data = path is not None and path.exists() and path.stat().st_size > 0
    if backup_at is not None and has_data and current_revisions(engine) != head_revisions():
        backup = backup_sqlite(engine, backup_at)
    command.upgrade(alembic_config(engine), "heads")
    return backup
