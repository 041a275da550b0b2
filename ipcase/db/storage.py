"""What the database or the disk said, in one place: a driver or OS error that means "the storage cannot do
this" becomes a StorageFailed subclass (full, read-only, not a database, unavailable) naming where, so the UI
and the command line can say what is wrong and what to do instead of showing a traceback. Used by the unit of
work on every gesture and by the start-up."""
from __future__ import annotations

import errno
from contextlib import contextmanager

from ipcase.errors import (
    IpcaseError,
    NotADatabase,
    StorageFailed,
    StorageFull,
    StorageReadOnly,
    StorageUnavailable,
)

# SQLite's own messages (sqlite3 exposes no error code before Python 3.11's sqlite_errorname on every error).
_SQLITE = (
    ("file is not a database", NotADatabase),
    ("database disk image is malformed", NotADatabase),
    ("file is encrypted or is not a database", NotADatabase),
    ("database or disk is full", StorageFull),
    ("readonly database", StorageReadOnly),
    ("read-only", StorageReadOnly),
    ("unable to open database file", StorageUnavailable),
    ("disk i/o error", StorageUnavailable),
)
# PostgreSQL SQLSTATEs (class 53 insufficient resources, 25006 read-only transaction, class 08 connection,
# XX001/XX002 data or index corrupted).
_SQLSTATE = {"53100": StorageFull, "53200": StorageFull, "25006": StorageReadOnly, "XX001": NotADatabase,
             "XX002": NotADatabase}
_ERRNO = {errno.ENOSPC: StorageFull, errno.EDQUOT: StorageFull, errno.EROFS: StorageReadOnly,
          errno.EACCES: StorageReadOnly, errno.EPERM: StorageReadOnly}


def _chain(exc: BaseException):
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        yield exc
        orig = getattr(exc, "orig", None)     # SQLAlchemy's DBAPIError wraps the driver's exception
        if orig is not None and id(orig) not in seen:
            yield orig
            seen.add(id(orig))
        exc = exc.__cause__ or exc.__context__


def classify(exc: BaseException, where: str = "") -> StorageFailed | None:
    """The StorageFailed that `exc` means, or None when it is something else (a bug, a constraint, a lock)."""
    for e in _chain(exc):
        if isinstance(e, StorageFailed):
            return e
        sqlstate = getattr(e, "sqlstate", None)
        if sqlstate:
            kind = _SQLSTATE.get(sqlstate) or (StorageUnavailable if sqlstate.startswith("08") else None)
            if kind:
                return kind(where, str(e).strip())
        if type(e).__module__ == "sqlite3":
            text = str(e).lower()
            for needle, kind in _SQLITE:
                if needle in text:
                    return kind(where, str(e))
        if isinstance(e, OSError) and e.errno in _ERRNO:
            return _ERRNO[e.errno](where or (e.filename or ""), str(e))
    return None


def database_location(url: str) -> str:
    """The file of a SQLite URL, or the server and database of another, without the password."""
    from sqlalchemy.engine import make_url
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return (parsed.database or "").removeprefix("file:").split("?")[0]
    return parsed.render_as_string(hide_password=True)




def probe_writable(engine) -> None:
    """Write nothing, but as a write: a read-only file, folder or server refuses it now, at start-up, rather than
    at the first save of the day. SQLite rewrites its header's user_version with the value it has (the file's
    content is unchanged); PostgreSQL is asked whether the session is read-only (a standby, a read-only user)."""
    from sqlalchemy import text
    with engine.begin() as conn:
        if conn.dialect.name == "sqlite":
            version = conn.exec_driver_sql("PRAGMA user_version").scalar_one()
            conn.exec_driver_sql(f"PRAGMA user_version = {int(version)}")
        elif conn.execute(text("SHOW transaction_read_only")).scalar_one() == "on":
            raise StorageReadOnly(engine.url.render_as_string(hide_password=True), "transaction_read_only")


@contextmanager
def storage_errors(where: str):
    """Raise what a storage failure inside the block means (see `classify`); other exceptions pass unchanged."""
    try:
        yield
    except IpcaseError:
        raise
    except Exception as exc:
        failed = classify(exc, where)
        if failed is None:
            raise
        raise failed from exc


__all__ = ["classify", "database_location", "probe_writable", "storage_errors"]
