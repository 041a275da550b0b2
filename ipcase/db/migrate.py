"""Schema migrations with Alembic. Start-up copies the SQLite file before upgrading it."""
from __future__ import annotations

import shutil
from datetime import datetime
from functools import lru_cache
from pathlib import Path

from alembic.config import Config
from alembic.runtime.environment import EnvironmentContext
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect, text

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config(engine: Engine | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("path_separator", "os")
    if engine is not None:
        cfg.attributes["engine"] = engine
    return cfg


@lru_cache(maxsize=1)
def _scripts() -> ScriptDirectory:
    """The revision files, loaded once per process (Alembic executes every one of them to know the chain):
    the version check and the upgrade share them."""
    return ScriptDirectory.from_config(alembic_config())


def head_revisions() -> frozenset[str]:
    """The revisions the schema ends at. The application's start asks while it waits for the demo build, so
    the check after it costs one SELECT."""
    # Features developed side by side may each add a branch from the same parent until a merge revision
    # joins them; "heads" upgrades all of them.
    return frozenset(_scripts().get_heads())


def current_revisions(engine: Engine) -> frozenset[str]:
    with engine.connect() as conn:
        return frozenset(MigrationContext.configure(conn).get_current_heads())


def stamped_revisions(engine: Engine) -> frozenset[str]:
    """The revisions the database is stamped at, read with one plain SELECT (no Alembic context): the
    start-up's version check."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return frozenset()
        return frozenset(conn.execute(text("SELECT version_num FROM alembic_version")).scalars())


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
    first; returns the copy's path (or None). A database already at head is left alone after one version
    check: no Alembic context, no second look at the revision files (each start, and the first start after
    its demo build, which the build's process migrated)."""
    path = sqlite_file(engine)
    has_data = path is not None and path.exists() and path.stat().st_size > 0   # before a connection makes it
    if stamped_revisions(engine) == head_revisions():
        return None
    backup = None
    if backup_at is not None and has_data:
        backup = backup_sqlite(engine, backup_at)
    _upgrade(engine)
    return backup


def _upgrade(engine: Engine) -> None:
    """`alembic upgrade heads` (alembic.command.upgrade) with the revision files already loaded (_scripts)."""
    scripts = _scripts()
    with EnvironmentContext(alembic_config(engine), scripts, destination_rev="heads",
                            fn=lambda rev, _context: scripts._upgrade_revs("heads", rev)):
        scripts.run_env()
