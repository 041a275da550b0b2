"""The demo office of a first start: built whole or not at all, once per data folder, and — for the desktop
application — in a process of its own while the window's toolkit starts (issue 16).

`build(config, …)` is the one way the embedded default database gets its demo: under a lock beside the database
(`ipcase.db.lock`; a second start waits for the first one's build, then opens what it built), into a temporary
file (`ipcase.db.building`) renamed into place only when the build is complete, so a start killed half-way
leaves no database, never half a demo. `prepare_database` calls it in-process (the command line, the first-run
wizard's 试用演示数据); `python main.py` calls `start(...)` before it imports Qt: the child process builds on the
second core while the parent starts Qt, the fonts and the translations, and `Child.wait` hands the child's
progress reports to the start-up dialog. The child ends when its parent does (it reads its stdin to EOF), and
writes its log to the parent's file (`<data-dir>/ipcase.log`).

This module imports nothing heavy at the top: `python main.py` imports it before Qt and before the database
modules, and the child imports them itself."""
from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import threading
import time
import traceback
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING

if TYPE_CHECKING:
    from ipcase.config import AppConfig

log = logging.getLogger("ipcase")

Progress = Callable[[int, int, str], None]

WAITING = "waiting"            # the progress text while another start holds the lock (main.py says so)
BUILDING_SUFFIX = ".building"  # the file being built, beside the database
LOCK_SUFFIX = ".lock"
_SIDECARS = ("-wal", "-shm", "-journal")


class BuildStopped(RuntimeError):
    """The build's process ended without a result (killed, or it died); the database was not created."""


class BuildFailed(RuntimeError):
    """The build's process reported an error the parent has no class for; its traceback is in the note."""


def needed(args, config: AppConfig) -> bool:
    """Whether this start would build the demo: the embedded default database, not there yet (or an empty
    file), demo data not refused (`--no-demo`) and not a new encrypted database (`encrypt`)."""
    if not config.demo or getattr(args, "no_demo", False) or getattr(args, "encrypt", False):
        return False
    target = database_file(config)
    return not target.exists() or target.stat().st_size == 0


def database_file(config: AppConfig) -> Path:
    return Path(config.data_dir) / "ipcase.db"


def build(config: AppConfig, *, today: date, now: datetime, progress: Progress | None = None) -> bool:
    """The demo database at its place, built whole; False when another start built it meanwhile. Failures of
    the disk or the folder are StorageFailed naming the database (ipcase.db.storage)."""
    from filelock import FileLock, Timeout

    from ipcase.db.storage import storage_errors

    target = database_file(config)
    with storage_errors(str(target)):
        target.parent.mkdir(parents=True, exist_ok=True)
        lock = FileLock(str(target) + LOCK_SUFFIX)   # the OS drops it when its process dies: never stale
        try:
            lock.acquire(timeout=0)
        except Timeout:
            log.info("another start is building the demo database in %s: waiting for it", target.parent)
            if progress is not None:
                progress(0, 0, WAITING)
            lock.acquire()
        try:
            if target.exists() and target.stat().st_size > 0:
                return False
            _build_into(target, config, today=today, now=now, progress=progress)
            log.info("empty database: demo office, users and cases created (CPU %.1f s)", time.process_time())
            return True
        finally:
            lock.release()


def _build_into(target: Path, config: AppConfig, *, today: date, now: datetime, progress: Progress | None) -> None:
    from ipcase.db.engine import make_engine
    from ipcase.db.migrate import upgrade_to_head
    from ipcase.demo.office import ensure_demo_database
    from ipcase.documents.fonts import use_machine_fonts
    from ipcase.uow import uow_factory

    building = target.with_name(target.name + BUILDING_SUFFIX)
    _remove(building)   # what a killed start left (we hold the lock: nobody is writing it)
    use_machine_fonts(config.data_dir)   # as open_database does: fonts an administrator picked on this machine
    engine = make_engine(f"sqlite:///{building.as_posix()}")
    try:
        upgrade_to_head(engine)
        log.info("demo build: schema ready in %s (CPU %.1f s)", building.name, time.process_time())
        ensure_demo_database(uow_factory(engine), today=today, now=now, progress=progress)
        raw = engine.raw_connection()
        try:   # the write-ahead log folded into the file: the rename below moves every committed row
            busy, _log, _done = raw.cursor().execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        finally:
            raw.close()
    finally:
        engine.dispose()
    wal = building.with_name(building.name + "-wal")
    if busy or (wal.exists() and wal.stat().st_size > 0):
        raise RuntimeError(f"the demo database's write-ahead log could not be checkpointed ({wal})")
    _put_in_place(building, target)
    _remove(building)


def _put_in_place(building: Path, target: Path) -> None:
    """Atomic: the database appears complete or not at all. Never over a database that appeared meanwhile (a
    command that opens the folder directly, e.g. `init`, takes no lock): FileExistsError, the build discarded."""
    if target.exists() and target.stat().st_size == 0:
        os.replace(building, target)    # the empty file a start may find: built in its place, as before
    elif os.name == "nt":
        os.rename(building, target)     # Windows refuses to rename onto an existing file
    else:
        os.link(building, target)       # refuses an existing target, unlike rename
        building.unlink()


def _remove(building: Path) -> None:
    for path in (building, *(building.with_name(building.name + s) for s in _SIDECARS)):
        path.unlink(missing_ok=True)


# ---- the desktop application: the build in a process of its own --------------------------------------------

class Child:
    """The parent's side of a build running in a child process."""

    def __init__(self, process: subprocess.Popen):
        self.process = process

    def wait(self, progress: Progress | None = None) -> bool:
        """Block until the child ends (off the GUI thread: main.py runs this on the database lane), passing its
        progress reports on; True when it built the demo, False when another start had. Its error is raised
        here: StorageFailed as such (the storage dialog), anything else as BuildFailed with the child's
        traceback in a note; a child that died without a word raises BuildStopped."""
        outcome: dict | None = None
        for line in self.process.stdout:
            message = json.loads(line)
            if "progress" in message:
                if progress is not None:
                    progress(*message["progress"])
            else:
                outcome = message
        code = self.process.wait()
        if outcome is None:
            raise BuildStopped(f"the demo build's process ended with exit code {code}")
        if "error" in outcome:
            raise _rebuilt(outcome["error"])
        return bool(outcome["built"])

    def stop(self) -> None:
        """End the child (the parent gave up before the build ended): closing its stdin is its signal."""
        if self.process.stdin is not None:
            self.process.stdin.close()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def start(config: AppConfig, *, today: date, now: datetime) -> Child | None:
    """Start the build in a child process (None for the packaged application, whose executable runs no module:
    its first start opens the first-run wizard, and the demo chosen there is built in-process)."""
    if getattr(sys, "frozen", False):
        return None
    spec = json.dumps({"db_url": config.db_url, "data_dir": str(Path(config.data_dir).resolve()),
                       "today": today.isoformat(), "now": now.isoformat()})
    root = str(Path(__file__).resolve().parents[2])
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, (root, os.environ.get("PYTHONPATH")))))
    command = [sys.executable, "-c", "import sys; from ipcase.cli.first_build import child_main; "
                                     "sys.exit(child_main(sys.argv[1:]))", spec]
    try:
        return Child(subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env))
    except OSError as exc:   # no process to be had: the start builds in-process, as before
        log.warning("the demo build's process could not be started (%s): building in-process", exc)
        return None


def child_main(argv: list[str]) -> int:
    """The child: build, reporting each step as one JSON line on the stdout it was given."""
    from ipcase.config import AppConfig

    spec = json.loads(argv[0])
    channel = _channel()
    threading.Thread(target=_die_with_parent, args=(sys.stdin.fileno(),), daemon=True).start()
    config = AppConfig(db_url=spec["db_url"], data_dir=Path(spec["data_dir"]), demo=True)
    _log_to(config.data_dir)
    log.info("demo build: process %d started for %s", os.getpid(), config.data_dir)

    def send(**message) -> None:
        channel.write(json.dumps(message, ensure_ascii=False) + "\n")
        channel.flush()

    try:
        built = build(config, today=date.fromisoformat(spec["today"]), now=datetime.fromisoformat(spec["now"]),
                      progress=lambda done, total, text: send(progress=[done, total, text]))
    except BaseException as exc:   # noqa: BLE001 — every failure goes to the parent, which shows it
        log.exception("the demo build failed")
        send(error=_described(exc))
        return _ended(1)
    send(built=built)
    return _ended(0)


def _ended(code: int) -> int:
    """Leave at once (the log flushed): the parent is waiting, and tearing down the interpreter's modules
    would only delay the window."""
    logging.shutdown()
    os._exit(code)


def _channel() -> IO[str]:
    """The protocol's own copy of stdout; fd 1 then points at stderr, so nothing else printed mixes in."""
    channel = os.fdopen(os.dup(sys.stdout.fileno()), "w", encoding="utf-8")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    return channel


def _die_with_parent(stdin: int) -> None:
    """The parent never writes to our stdin: its end closes when the parent ends, even when it is killed. No
    orphan goes on holding the lock and the half-built file (the next start removes the file). (The file
    descriptor, not sys.stdin: a daemon thread inside a buffered reader aborts the interpreter's shutdown.)"""
    while os.read(stdin, 4096):
        pass
    os._exit(3)


def _log_to(data_dir: Path) -> None:
    """The parent's log file and format (ui.shell.app.setup_logging); warnings also on stderr."""
    data_dir.mkdir(parents=True, exist_ok=True)
    terminal = logging.StreamHandler(sys.stderr)
    terminal.setLevel(logging.WARNING)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s",
                        handlers=[logging.FileHandler(data_dir / "ipcase.log", encoding="utf-8"), terminal])


def _described(exc: BaseException) -> dict:
    from ipcase.errors import StorageFailed
    text = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    if isinstance(exc, StorageFailed):
        return {"storage": type(exc).__name__, "where": exc.where, "detail": exc.detail, "text": text}
    return {"text": text, "summary": f"{type(exc).__name__}: {exc}"}


def _rebuilt(error: dict) -> Exception:
    from ipcase import errors
    if "storage" in error:
        kind = getattr(errors, error["storage"], errors.StorageFailed)
        if not (isinstance(kind, type) and issubclass(kind, errors.StorageFailed)):
            kind = errors.StorageFailed
        exc: Exception = kind(error["where"], error["detail"])
    else:
        exc = BuildFailed(error["summary"])
    exc.add_note("in the demo build's process:\n" + error["text"])
    return exc
