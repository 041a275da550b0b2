"""A consistent snapshot of a live database, and loading one back, per backend.

SQLite: the online backup API (pages copied under a read transaction, the WAL included) — never a bare file
copy. An encrypted (SQLCipher) file is copied encrypted under the same key and salt. PostgreSQL: `pg_dump`
in its custom format (one consistent snapshot of the whole database), loaded with `pg_restore --clean` in a
single transaction."""
from __future__ import annotations

import os
import secrets
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, func, inspect, select, table
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from ipcase.db.sqlcipher import DatabaseKey, copy_encrypted, is_encrypted
from ipcase.errors import BackupRefused, WrongDatabaseKey

SQLITE_MEMBER = "database.sqlite"
PG_MEMBER = "database.pgdump"


def backend_of(db_url: str) -> str:
    return "postgresql" if make_url(db_url).get_backend_name() == "postgresql" else "sqlite"


def sqlite_path(db_url: str) -> Path:
    db = make_url(db_url).database
    if not db or db == ":memory:":
        raise BackupRefused("backend_mismatch", "an in-memory database has nothing to back up")
    return Path(db)


def dump(db_url: str, folder: Path, key: DatabaseKey | None = None) -> Path:
    """Write the snapshot into `folder`; returns the file."""
    if backend_of(db_url) == "postgresql":
        target = folder / PG_MEMBER
        _pg_tool("pg_dump", db_url, "--format=custom", "--no-owner", "--no-privileges", f"--file={target}")
        return target
    source, target = sqlite_path(db_url), folder / SQLITE_MEMBER
    if not source.exists():
        raise BackupRefused("not_a_backup", f"{source} does not exist")
    if is_encrypted(source):
        if key is None:
            raise WrongDatabaseKey(str(source), missing=True)
        copy_encrypted(source, target, key)
        return target
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return target


def load(snapshot: Path, db_url: str) -> None:
    """Replace the database at `db_url` by the snapshot (the caller has kept the current one aside)."""
    if backend_of(db_url) == "postgresql":
        if snapshot.name != PG_MEMBER:
            raise BackupRefused("backend_mismatch", "a SQLite backup cannot be restored into PostgreSQL")
        _pg_tool("pg_restore", db_url, "--clean", "--if-exists", "--no-owner", "--no-privileges",
                 "--single-transaction", "--exit-on-error", str(snapshot))
        return
    if snapshot.name != SQLITE_MEMBER:
        raise BackupRefused("backend_mismatch", "a PostgreSQL backup cannot be restored into a SQLite file")
    target = sqlite_path(db_url)
    target.parent.mkdir(parents=True, exist_ok=True)
    staged = target.with_name(target.name + ".restoring")
    shutil.copyfile(snapshot, staged)
    for side in ("-wal", "-shm", "-journal"):
        target.with_name(target.name + side).unlink(missing_ok=True)
    os.replace(staged, target)  # atomic on one file system: the old file or the new one, never half


@contextmanager
def scratch_database(db_url: str) -> Iterator[str]:
    """A new, empty PostgreSQL database beside the one at `db_url` (same server and user), dropped afterwards:
    where a restore loads and checks a snapshot before it touches the real database. The user needs the
    CREATEDB privilege; without it the restore is refused, not done unchecked."""
    url = make_url(db_url)
    name = f"{url.database}_restore_check_{secrets.token_hex(4)}"[-63:]
    admin = create_engine(url, isolation_level="AUTOCOMMIT")  # CREATE/DROP DATABASE run outside a transaction
    try:
        try:
            with admin.connect() as conn:
                conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
        except SQLAlchemyError as exc:
            raise BackupRefused("tool_failed", f"cannot create a scratch database to check the backup in "
                                               f"(CREATEDB privilege needed): {exc.orig or exc}") from None
        try:
            yield url.set(database=name).render_as_string(hide_password=False)
        finally:
            with admin.connect() as conn:
                conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}"')
    finally:
        admin.dispose()


def table_counts(engine) -> dict[str, int]:
    """Rows per table (the report of a restore)."""
    with engine.connect() as conn:  # one connection: SQLite's BEGIN IMMEDIATE would make a second one wait
        names = sorted(inspect(conn).get_table_names())
        return {name: conn.execute(select(func.count()).select_from(table(name))).scalar_one()
                for name in names}


def _pg_tool(tool: str, db_url: str, *args: str) -> None:
    """Run pg_dump/pg_restore against `db_url`; the password travels in the environment, not the command line
    (visible to every user of the machine in the process list)."""
    url = make_url(db_url)
    env = dict(os.environ)
    for var, value in (("PGHOST", url.host), ("PGPORT", url.port), ("PGUSER", url.username),
                       ("PGPASSWORD", url.password), ("PGDATABASE", url.database)):
        if value is not None:
            env[var] = str(value)
    exe = shutil.which(tool)
    if exe is None:
        raise BackupRefused("tool_failed", f"{tool} not found (install the PostgreSQL client tools)")
    done = subprocess.run([exe, *args, f"--dbname={url.database}"], env=env, capture_output=True, text=True,
                          check=False)
    if done.returncode != 0:
        raise BackupRefused("tool_failed", f"{tool}: {done.stderr.strip()[-2000:]}")
