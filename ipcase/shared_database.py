"""连接单位共享数据库: what a typed database address leads to, in words a user can act on, and the address the
application remembers for its next starts (issue 18, the first-run wizard).

`probe(text)` accepts a PostgreSQL URL (postgresql://user:password@host:5432/ipcase) or the path of a shared SQLite
file (a network drive), connects once with a short timeout and answers a `Probe`: ready to log in, an ipcase
database of an older schema (upgrade it — after the office's backup), a newer one (update the program), an empty
database (set the office up in it), or the problem that stopped it: host not found, refused, wrong user or
password, no such database, timed out, no such file, not a database file, not an ipcase database.

`remember(data_dir, url)` keeps the address in the user's data folder; `ipcase.config.load_config` reads it on
every start after `--db` and IPCASE_DB_URL (a password in a PostgreSQL URL is stored with it, readable by the
user only)."""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.exc import DBAPIError, NoSuchModuleError
from sqlalchemy.pool import NullPool

from ipcase.config import URL_FILE, remembered_url
from ipcase.db.migrate import alembic_config, head_revisions
from ipcase.db.storage import database_location

CONNECT_TIMEOUT = 5   # seconds: a wrong host must not hang the wizard

# Probe.state
READY, OLDER, NEWER, EMPTY, NO_OFFICE, FAILED = "ready", "older", "newer", "empty", "no_office", "failed"

# libpq's and SQLite's messages → the problem they mean (libpq speaks English unless the server's lc_messages
# says otherwise; the Chinese forms are those of a server set up in Chinese).
_PROBLEMS = (
    ("host_not_found", re.compile(r"could not translate host name|Name or service not known|nodename nor servname|"
                                  r"No address associated|未知的名称或服务|无法解析主机名", re.I)),
    ("wrong_password", re.compile(r"password authentication failed|no password supplied|authentication failed|"
                                  r"role \".*\" does not exist|用户 .* 的口令认证失败|密码认证失败", re.I)),
    ("no_database", re.compile(r"database \".*\" does not exist|数据库 .* 不存在", re.I)),
    ("refused", re.compile(r"Connection refused|拒绝连接|No route to host|Network is unreachable", re.I)),
    ("timeout", re.compile(r"timeout expired|timed out|超时", re.I)),
    ("not_a_database", re.compile(r"file is not a database|file is encrypted|database disk image is malformed",
                                  re.I)),
)


@dataclass(frozen=True)
class Probe:
    url: str              # the address as the application will use it ("" when the text was not one)
    state: str            # READY, OLDER, NEWER, EMPTY, NO_OFFICE or FAILED
    problem: str = ""     # when FAILED: unsupported, host_not_found, refused, wrong_password, no_database, timeout,
    #                       no_file, not_a_database, not_ipcase, other
    detail: str = ""      # the driver's own words (for the log and the administrator)

    @property
    def usable(self) -> bool:
        """Whether the application can start on it as it is (an older schema is upgraded at start-up)."""
        return self.state in (READY, OLDER)


def normalise(text: str) -> str:
    """The engine URL for what was typed: a PostgreSQL URL (with the psycopg driver), a sqlite:/// URL, or a file
    path made into one; "" when it is neither."""
    text = text.strip().strip('"')
    if text.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + text.split("://", 1)[1]
    if text.startswith(("postgresql+psycopg://", "sqlite:///")):
        return text
    if "://" in text or not text:
        return ""
    return f"sqlite:///{Path(text).expanduser().absolute().as_posix()}"


def describe(url: str) -> str:
    """Where a database is, for the user: the file, or the server and database without the password."""
    return database_location(url)


def problem_of(message: str) -> str:
    """The problem a driver's message names ("other" when none is recognised)."""
    return next((code for code, pattern in _PROBLEMS if pattern.search(message)), "other")


def probe(text: str) -> Probe:
    url = normalise(text)
    if not url:
        return Probe("", FAILED, "unsupported", text)
    if url.startswith("sqlite:///"):
        path = Path(url.removeprefix("sqlite:///"))
        if not path.is_file():
            return Probe(url, FAILED, "no_file", str(path))
    connect_args = {"connect_timeout": CONNECT_TIMEOUT} if url.startswith("postgresql") else {}
    try:
        engine = sa.create_engine(url, poolclass=NullPool, connect_args=connect_args)
    except (NoSuchModuleError, sa.exc.ArgumentError) as exc:
        return Probe(url, FAILED, "unsupported", str(exc))
    try:
        with engine.connect() as conn:
            return _schema_state(url, conn)
    except DBAPIError as exc:
        message = str(exc.orig or exc)
        return Probe(url, FAILED, problem_of(message), message.strip().splitlines()[0] if message.strip() else "")
    finally:
        engine.dispose()


def _schema_state(url: str, conn) -> Probe:
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    tables = set(sa.inspect(conn).get_table_names())
    if not tables:
        return Probe(url, EMPTY)
    if not {"alembic_version", "offices"} <= tables:
        return Probe(url, FAILED, "not_ipcase", ", ".join(sorted(tables)[:5]))
    current = frozenset(MigrationContext.configure(conn).get_current_heads())
    if current != head_revisions():
        scripts = ScriptDirectory.from_config(alembic_config())
        known = all(_known(scripts, rev) for rev in current)
        return Probe(url, OLDER if known else NEWER, detail=", ".join(sorted(current)))
    if conn.execute(sa.text("SELECT count(*) FROM offices")).scalar() == 0:
        return Probe(url, NO_OFFICE)
    return Probe(url, READY)


def _known(scripts, revision: str) -> bool:
    try:
        return scripts.get_revision(revision) is not None
    except Exception:  # noqa: BLE001 — alembic raises several kinds for a revision it does not have
        return False


# ---- the remembered address

def remembered(data_dir: str | Path) -> str | None:
    return remembered_url(Path(data_dir))


def remember(data_dir: str | Path, url: str) -> Path:
    """Keep `url` for the next starts (written whole, then renamed; readable by the user only)."""
    folder = Path(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    part = folder / (URL_FILE + ".part")
    part.write_text(url + "\n", encoding="utf-8")
    os.chmod(part, 0o600)
    part.replace(folder / URL_FILE)
    return folder / URL_FILE
