"""The first start's demo built in a process of its own (ipcase/cli/first_build.py, issue 16): the same demo as
one built in-process, whole or not at all, once per data folder."""
from __future__ import annotations

import shutil
import signal
import sqlite3
from pathlib import Path

import pytest
from demo_helpers import DEMO_BUILT, DEMO_TODAY
from filelock import FileLock

from ipcase.cli import first_build
from ipcase.cli import main as cli
from ipcase.config import load_config
from ipcase.errors import StorageFailed, StorageFull

pytestmark = pytest.mark.xdist_group("demo")

# Differ between any two builds by design (compared only as present or absent): each password's salt, the
# files' bytes (PDF and DOCX carry the moment they were made), the audit entries' real time of recording, their
# changes (the chain's random id, the files' hashes) and so every hash of the chain.
_FILES = {"pdf", "docx"}
RANDOM = {"users": {"password_hash"}, "documents": _FILES, "mediation_documents": _FILES,
          "published_rulings": _FILES, "audit_entries": {"at", "changes", "hash", "prev_hash", "row_hash"}}


def _rows(path: Path) -> dict[str, list[tuple]]:
    """Every table's rows in primary-key order (the FTS index's own shadow tables left out: derived)."""
    with sqlite3.connect(path) as db:
        tables = [name for (name,) in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name")]
        fts = {name for (name,) in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'")}
        found = {}
        for table in tables:
            if any(table.startswith(f + "_") for f in fts):
                continue
            random = RANDOM.get(table, ())
            listed = ", ".join(f'"{c}" IS NULL' if c in random else f'"{c}"'
                               for c in (c[1] for c in db.execute(f'PRAGMA table_info("{table}")')))
            found[table] = sorted(db.execute(f'SELECT {listed} FROM "{table}"').fetchall(), key=repr)
    db.close()
    return found


def test_the_child_builds_the_same_demo_as_in_process(demo_database, tmp_path):
    config = load_config(None, str(tmp_path / "data"))
    reports = []
    child = first_build.start(config, today=DEMO_TODAY, now=DEMO_BUILT)
    assert child.wait(lambda done, total, text: reports.append((done, total))) is True
    target = tmp_path / "data" / "ipcase.db"
    assert sorted(p.name for p in target.parent.iterdir() if p.name.startswith("ipcase.db")) == [
        "ipcase.db", "ipcase.db.lock"]                 # the temporary file renamed, its log folded in
    assert reports and reports[-1][0] == reports[-1][1]   # the bar reached its end
    built, reference = _rows(target), _rows(demo_database)
    assert built.keys() == reference.keys()
    assert [t for t in built if built[t] != reference[t]] == []
    assert "ipcase.log" in {p.name for p in target.parent.iterdir()}   # the child logged to the app's file
    assert cli.main(["--no-demo", "audit", "verify", "--data-dir", str(target.parent)], gui=None) == 0
    assert not first_build.needed(_Args(), config)


class _Args:
    no_demo = False


def test_a_killed_build_leaves_no_database_and_the_next_one_starts_afresh(tmp_path):
    config = load_config(None, str(tmp_path / "data"))
    child = first_build.start(config, today=DEMO_TODAY, now=DEMO_BUILT)

    def kill(*_report):   # at its first report the child is half-way: schema made, the build begun
        child.process.send_signal(signal.SIGKILL)
    with pytest.raises(first_build.BuildStopped):
        child.wait(kill)
    data = tmp_path / "data"
    assert not (data / "ipcase.db").exists() and (data / "ipcase.db.building").exists()
    assert first_build.needed(_Args(), config)
    # the parent ending (its end of the pipe closed) ends the child too
    child = first_build.start(config, today=DEMO_TODAY, now=DEMO_BUILT)
    child.stop()
    assert child.process.returncode == 3 and not (data / "ipcase.db").exists()


def test_a_failed_build_reports_its_error_and_leaves_no_database(tmp_path):
    data = tmp_path / "data"
    (data / "ipcase.db.building").mkdir(parents=True)   # something in the way of the temporary file
    (data / "ipcase.db.building" / "x").write_text("x")
    child = first_build.start(load_config(None, str(data)), today=DEMO_TODAY, now=DEMO_BUILT)
    with pytest.raises(first_build.BuildFailed) as failed:
        child.wait()
    assert "IsADirectoryError" in str(failed.value)
    assert "in the demo build's process" in failed.value.__notes__[0]   # the child's traceback, for the details
    assert not (data / "ipcase.db").exists()
    assert "the demo build failed" in (data / "ipcase.log").read_text(encoding="utf-8")


def test_a_storage_failure_crosses_as_itself():
    sent = first_build._described(StorageFull("/x/ipcase.db", "disk full"))
    again = first_build._rebuilt(sent)
    assert type(again) is StorageFull and isinstance(again, StorageFailed)
    assert (again.where, again.detail) == ("/x/ipcase.db", "disk full")


def test_a_second_start_during_a_build_waits_and_builds_nothing(demo_database, tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    target = data / "ipcase.db"
    lock = FileLock(str(target) + first_build.LOCK_SUFFIX)   # a first start's build holds it
    lock.acquire()
    heard = []

    def first_start_ends(done, total, text):   # the second start says it waits; then the first one finishes
        heard.append(text)
        shutil.copyfile(demo_database, target)
        lock.release()
    child = first_build.start(load_config(None, str(data)), today=DEMO_TODAY, now=DEMO_BUILT)
    assert child.wait(first_start_ends) is False
    assert heard == [first_build.WAITING]
    assert target.read_bytes() == demo_database.read_bytes()   # opened as the first start left it
    assert not (data / "ipcase.db.building").exists()


def test_the_build_never_replaces_a_database_that_appeared_meanwhile(tmp_path):
    """(A command that opens the folder directly, e.g. `init`, takes no lock.) The rename refuses; the empty file
    a start may find is replaced."""
    building, target = tmp_path / "ipcase.db.building", tmp_path / "ipcase.db"
    building.write_bytes(b"demo")
    target.write_bytes(b"office")
    with pytest.raises(FileExistsError):
        first_build._put_in_place(building, target)
    assert target.read_bytes() == b"office"
    target.write_bytes(b"")
    first_build._put_in_place(building, target)
    assert target.read_bytes() == b"demo" and not building.exists()
    building.write_bytes(b"demo 2")
    target.unlink()
    first_build._put_in_place(building, target)
    assert target.read_bytes() == b"demo 2" and not building.exists()
