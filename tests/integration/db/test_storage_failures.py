"""A full disk, a read-only file and a file that is not a database (issue 12, "Races and lost updates", and
issue 13's start-up bullet): real bad files and a real size limit, each giving the StorageFailed that names the
cause and the database — at a gesture (nothing written, the same save works once the cause is gone) and at
start-up."""
from __future__ import annotations

import argparse
from datetime import date

import psycopg.errors
import pytest
from sqlalchemy import event, func, select
from sqlalchemy.exc import OperationalError

from case_helpers import Driver, at
from ipcase.cli.startup import SystemClock, open_database, prepare_database
from ipcase.config import load_config
from ipcase.db.engine import make_engine
from ipcase.db.models.documents import CaseAttachment
from ipcase.db.storage import classify
from ipcase.errors import NotADatabase, StorageFull, StorageReadOnly, StorageUnavailable
from ipcase.services.documents.issue import add_attachment
from ipcase.uow import uow_factory

DAY = date(2025, 9, 1)
SCAN = b"%PDF-1.4 " + bytes(range(256)) * 2000      # ~0.5 MB: more pages than the database has free


@pytest.fixture
def new_uow(sqlite_engine):
    """These failures are SQLite's own (a file); PostgreSQL's are classified below from its real error types."""
    return uow_factory(sqlite_engine)


def _args(path):
    return argparse.Namespace(db=f"sqlite:///{path}", data_dir=str(path.parent / "data"), no_demo=True)


def _attach(new_uow, staff, case_id):
    with new_uow() as uow:
        return add_attachment(uow, actor_id=staff.clerk.id, case_id=case_id, title="现场照片", filename="照片.pdf",
                              data=SCAN, now=at(DAY))


def test_a_full_database_refuses_the_save_and_keeps_nothing(sqlite_engine, new_uow, staff):
    c = Driver.new(new_uow, staff, at(DAY), received=DAY)
    full = make_engine(str(sqlite_engine.url))

    @event.listens_for(full, "connect")
    def _no_room(dbapi_conn, _record):
        # SQLite's own size limit at the pages it has now: exactly what a full disk does to a write.
        pages = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
        dbapi_conn.execute(f"PRAGMA max_page_count={pages}")

    with pytest.raises(StorageFull) as caught:
        _attach(uow_factory(full), staff, c.ref.id)
    assert caught.value.where.endswith("ipcase.db") and caught.value.cause == "full"
    full.dispose()
    with new_uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(CaseAttachment)) == 0
    assert _attach(new_uow, staff, c.ref.id).title == "现场照片"      # room again: the same save works


def test_a_read_only_database_refuses_the_save(sqlite_engine, new_uow, staff):
    c = Driver.new(new_uow, staff, at(DAY), received=DAY)
    sqlite_engine.dispose()
    # Opened read-only by SQLite itself: chmod would not stop root, who may run the tests.
    read_only = make_engine(f"sqlite:///file:{sqlite_engine.url.database}?mode=ro&uri=true")
    with pytest.raises(StorageReadOnly):
        _attach(uow_factory(read_only), staff, c.ref.id)
    read_only.dispose()


def _real_database(tmp_path):
    path = tmp_path / "office" / "ipcase.db"
    path.parent.mkdir()
    db = open_database(_args(path), SystemClock())
    db.engine.dispose()
    return path


def test_a_text_file_named_db_is_not_a_database_at_start_up(tmp_path):
    path = tmp_path / "ipcase.db"
    path.write_text("这不是数据库，是一份会议纪要。\n" * 200, encoding="utf-8")
    with pytest.raises(NotADatabase) as caught:
        prepare_database(_args(path), SystemClock())
    assert caught.value.where == str(path)
    assert path.read_text(encoding="utf-8").startswith("这不是数据库")      # left as it was


def test_a_truncated_database_is_not_a_database_at_start_up(tmp_path):
    path = _real_database(tmp_path)
    with path.open("r+b") as f:      # a copy cut short (a full USB stick, an interrupted transfer)
        f.truncate(path.stat().st_size // 3)
    for leftover in path.parent.glob("ipcase.db-*"):
        leftover.unlink()
    with pytest.raises(NotADatabase):
        prepare_database(_args(path), SystemClock())


def test_a_damaged_header_is_not_a_database_at_start_up(tmp_path):
    path = _real_database(tmp_path)
    with path.open("r+b") as f:
        f.write(b"\x00" * 100)
    with pytest.raises(NotADatabase):
        prepare_database(_args(path), SystemClock())


def test_a_read_only_database_at_start_up(tmp_path):
    path = _real_database(tmp_path)      # refused before anything reads it: not at the first save of the day
    args = argparse.Namespace(db=f"sqlite:///file:{path}?mode=ro&uri=true", data_dir=str(tmp_path / "data"),
                              no_demo=True)
    with pytest.raises(StorageReadOnly) as caught:
        prepare_database(args, SystemClock(), load_config(args.db, args.data_dir))
    assert caught.value.where == str(path)


def test_a_missing_folder_is_unavailable_at_start_up(tmp_path):
    args = argparse.Namespace(db=f"sqlite:///{tmp_path}/gone/ipcase.db", data_dir=str(tmp_path / "data"),
                              no_demo=True)
    with pytest.raises(StorageUnavailable):
        prepare_database(args, SystemClock(), load_config(args.db, args.data_dir))


@pytest.mark.parametrize(("error", "kind"), [
    (psycopg.errors.DiskFull("could not extend file: No space left on device"), StorageFull),
    (psycopg.errors.ReadOnlySqlTransaction("cannot execute INSERT in a read-only transaction"), StorageReadOnly),
    (psycopg.errors.DataCorrupted("invalid page in block 3"), NotADatabase),
    (psycopg.OperationalError("connection to server failed"), None),
    (OSError(28, "No space left on device"), StorageFull),
    (OSError(30, "Read-only file system"), StorageReadOnly),
    (ValueError("a bug"), None),
])
def test_the_postgresql_and_system_errors_are_named_alike(error, kind):
    wrapped = OperationalError("INSERT …", {}, error)
    found = classify(wrapped, "server")
    assert (type(found) if found else None) is kind


def test_a_lost_connection_is_unavailable():
    class Lost(psycopg.OperationalError):
        sqlstate = "08006"
    assert isinstance(classify(Lost("server closed the connection"), "db"), StorageUnavailable)



def test_the_command_line_says_what_is_wrong_without_a_traceback(tmp_path, capsys):
    from ipcase.cli.main import main
    path = tmp_path / "ipcase.db"
    path.write_bytes(b"PK\x03\x04 a zip file, not a database" * 100)
    code = main(["demo", "--cases", "1", "--db", f"sqlite:///{path}", "--data-dir", str(tmp_path / "data")],
                gui=lambda args: 0)
    err = capsys.readouterr().err
    assert code == 2 and f"“{path}”不是可用的数据库" in err and "Traceback" not in err
