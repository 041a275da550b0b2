"""Start-up shared by the desktop application and every command: the clock (`--today`) and the database
(configuration, engine, a backup copy and migrations, demo data, the checks of a first start).

The database modules are imported when first needed: `python main.py` shows its window before they load."""
from __future__ import annotations

import argparse
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ipcase.clock import SystemClock

if TYPE_CHECKING:
    from ipcase.config import AppConfig

log = logging.getLogger("ipcase")


class ShiftedClock:
    """System time moved to another day (`--today`): the time of day still runs, so the timeline keeps its
    order, while every date the app computes with is as if today were that day."""

    def __init__(self, today: date):
        self._offset = datetime.combine(today, datetime.now().time()) - datetime.now()

    def now(self) -> datetime:
        return (datetime.now() + self._offset).replace(microsecond=0)

    def today(self) -> date:
        return self.now().date()


def make_clock(today: date | None):
    return ShiftedClock(today) if today else SystemClock()


@dataclass
class Database:
    config: AppConfig
    engine: object
    new_uow: Callable
    backup: Path | None
    demo_created: bool = False
    db_key: object = None  # ipcase.db.sqlcipher.DatabaseKey of an encrypted embedded database


def open_database(args: argparse.Namespace, clock, config: AppConfig | None = None) -> Database:
    """The configured database (`--db`, `--data-dir`), upgraded to the current schema after a backup copy."""
    from ipcase.audit.chain import seal_pending
    from ipcase.cli.keys import make_engine_for
    from ipcase.config import load_config
    from ipcase.db.migrate import upgrade_to_head
    from ipcase.db.storage import database_location, probe_writable, storage_errors
    from ipcase.documents.fonts import use_machine_fonts
    from ipcase.uow import uow_factory

    config = config or load_config(getattr(args, "db", None), getattr(args, "data_dir", None))
    use_machine_fonts(config.data_dir)   # fonts an administrator picked on this machine (设置 › 公文字体)
    # A damaged, truncated or foreign file, a read-only file or folder, a full disk: StorageFailed naming
    # the database, never a traceback (the GUI offers the latest good backup, the CLI says what to do).
    with storage_errors(database_location(config.db_url)):
        Path(config.data_dir).mkdir(parents=True, exist_ok=True)
        engine, db_key = make_engine_for(config, args)  # SQLCipher when the file is encrypted (ipcase/cli/keys)
        probe_writable(engine)
        backup = upgrade_to_head(engine, backup_at=clock.now())
        if backup:
            log.info("database backed up to %s before upgrading", backup)
        new_uow = uow_factory(engine)
        with new_uow() as uow:  # a database upgraded from before the audit chain: seal its record first
            if seal_pending(uow.session.connection(), clock.now()):
                uow.commit()
    return Database(config, engine, new_uow, backup, db_key=db_key)


class NotInitialised(RuntimeError):
    """The database has no office yet: `python main.py init …` creates it and its administrator."""

    def __init__(self, url: str):
        super().__init__(
            f"数据库尚未初始化（{url}）。请先运行：python main.py init --office-name 机关全称 --short-name 机关简称 "
            f"--admin-username admin（可加 --db 指定同一数据库）")


def prepare_database(args: argparse.Namespace, clock, config: AppConfig | None = None, *,
                     catch_up_now: bool = True, progress=None, demo_built: bool = False) -> Database:
    """The database ready for work: opened and upgraded, demo data on an empty default database, refused when
    no office exists, and what fell due while the application was closed brought up to date — at once, or,
    with `catch_up_now=False` (the desktop application), left to `catch_up(db, clock)`, which the caller runs
    in the background once the window is usable. `progress(done, total, text)` hears of a demo build's steps.
    `demo_built`: the desktop application's build process has just built the demo here (first_build.Child)."""
    from ipcase.cli import first_build
    from ipcase.config import load_config
    from ipcase.db.storage import database_location, storage_errors

    config = config or load_config(getattr(args, "db", None), getattr(args, "data_dir", None))
    # A first start's demo: built whole into a file of its own, then renamed into place, once per data folder
    # (a second start waits for it); the desktop application has usually built it in a child process already.
    built = demo_built or (first_build.needed(args, config) and first_build.build(
        config, today=clock.today(), now=clock.now(), progress=progress))
    db = open_database(args, clock, config)
    db.demo_created = built
    with storage_errors(database_location(db.config.db_url)):
        _ensure_initialised(db, args, clock, progress)
    if catch_up_now:
        catch_up(db, clock)
    return db


def _ensure_initialised(db: Database, args: argparse.Namespace, clock, progress=None) -> None:
    from ipcase.services.admin.setup import is_initialised

    # Only the embedded default database gets demo data: a real office's new server database must not. (Not
    # looked for again when this start has just built it: nor the demo's modules imported for that.)
    if db.config.demo and not args.no_demo and not db.demo_created:
        from ipcase.demo.office import ensure_demo_database
        # (an empty database file with its schema but no office: built in place, as before)
        if ensure_demo_database(db.new_uow, today=clock.today(), now=clock.now(), progress=progress):
            db.demo_created = True
            log.info("empty database: demo office, users and cases created")
    with db.new_uow() as uow:
        if not is_initialised(uow):
            raise NotInitialised(db.config.db_url)


# What a start imports on its way to the window (open_database, _ensure_initialised, catch_up_steps, the login):
# the desktop application imports them while it waits for the demo build (ui/shell/warm_up.py).
MODULES = (
    "ipcase.audit.chain", "ipcase.cli.keys", "ipcase.db.migrate", "ipcase.db.storage", "ipcase.documents.fonts",
    "ipcase.uow", "ipcase.services.admin.setup", "ipcase.services.admin.auth", "ipcase.backup.daily",
    "ipcase.services.admin.deadline_rules", "ipcase.services.documents.service", "ipcase.db.aggregates",
)


def ready_before_database() -> None:
    """What the first look at a database would otherwise do: the revisions the schema ends at (Alembic reads
    every revision file), the ORM's mappers configured (the first query would) and the sessions' hooks, which
    ipcase.uow installs once per process (the audit trail's ≈ 500 mapper events, the aggregates …)."""
    from sqlalchemy.orm import configure_mappers

    import ipcase.db.models  # noqa: F401 — every mapped class
    from ipcase.db.engine import make_engine
    from ipcase.db.migrate import head_revisions
    from ipcase.uow import uow_factory
    head_revisions()
    configure_mappers()
    nowhere = make_engine("sqlite://")   # no database is opened: the hooks are the process's, not an engine's
    try:
        uow_factory(nowhere)
    finally:
        nowhere.dispose()


CHUNK = 200   # cases with a running pause per transaction of the start-of-day refresh


def catch_up_steps(db: Database, clock, chunk: int = CHUNK):
    """What fell due while the application was closed, as short steps: each `next()` runs one (a chunk of
    the paused-deadline refresh, the deemed services, the daily backup) and yields its name. Neither routine
    reads the register: the refresh recomputes the cases with a running pause, once per day (its watermark),
    and the deemed services are the 公告送达 not yet applied whose day has come (both found by their own
    index). The desktop application queues one step at a time on the database lane, so the user's own work
    waits for one step at most, never for the whole routine."""
    from ipcase.backup.daily import start_of_day_backup
    from ipcase.db.storage import database_location, storage_errors
    from ipcase.services.admin.deadline_rules import refresh_paused_deadlines
    from ipcase.services.documents.service import apply_deemed_services

    where = database_location(db.config.db_url)
    after, cases = 0, 0
    while True:
        with storage_errors(where), db.new_uow() as uow:
            result = refresh_paused_deadlines(uow, now=clock.now(), after_id=after, limit=chunk)
        cases += result.cases
        if result.extra["finished"]:
            break
        after = result.extra["last_id"]
        yield "paused_deadlines"
    if cases:
        log.info("start of day: %d paused cases recomputed", cases)
    with storage_errors(where), db.new_uow() as uow:   # 公告送达 whose period ran out while the app was closed
        apply_deemed_services(uow, now=clock.now())
    yield "deemed_services"
    # The dashboard's aggregates, once after migration 0028 upgraded a database with cases (ipcase.db.aggregates).
    with storage_errors(where), db.new_uow() as uow:
        from ipcase.db.aggregates import build_if_missing
        if build_if_missing(uow.session.connection(), now=clock.now()):
            uow.commit()
            log.info("start of day: dashboard aggregates built")
    yield "aggregates"
    # The embedded database's first start of a day: a copy of the whole file, so it too waits for the window.
    start_of_day_backup(db_url=db.config.db_url, data_dir=Path(db.config.data_dir), now=clock.now(),
                        db_key=db.db_key, new_uow=db.new_uow)
    yield "backup"


def catch_up(db: Database, clock) -> None:
    """Every step of `catch_up_steps` at once (the command line)."""
    for _step in catch_up_steps(db, clock):
        pass


# ---- a database that cannot be used (StorageFailed at start-up) --------------------------------------------

def latest_backup(data_dir: str | Path):
    """The newest complete backup of the data directory (helper F's ipcase.backup), or None."""
    from ipcase.backup.store import latest_good_backup
    from ipcase.errors import IpcaseError
    try:
        return latest_good_backup(Path(data_dir))
    except (OSError, IpcaseError):      # the backups folder itself unreadable: nothing to offer
        return None


def restore_latest(config: AppConfig, backup, now: datetime, secret: str | None = None):
    """Put the backup in place of the unusable database (the current file is kept aside by the restore).
    `secret` opens an encrypted backup: its recovery code, or the passphrase of the encrypted database."""
    from ipcase.backup.restore import restore_backup
    return restore_backup(backup.path, db_url=config.db_url, data_dir=Path(config.data_dir), now=now,
                          secret=secret)


# The command line's sentences (the GUI has its own, translated, in ui/shell/storage_dialog.py).
STORAGE_ADVICE = {
    "full": "磁盘空间已满（{where}），没有写入任何内容。请清理磁盘，或把数据库移到空间充足的位置后重试。",
    "read_only": "数据库不能写入（{where}）：文件、所在文件夹或数据库服务器是只读的。请检查文件属性和权限"
                 "（例如从光盘或只读共享复制来的文件），或请管理员处理。",
    "not_a_database": "“{where}”不是可用的数据库：文件已损坏、不完整，或不是本系统的数据库文件。请勿继续使用该文件。",
    "unavailable": "无法打开数据库（{where}）：文件或文件夹不存在、无权访问，或数据库服务器无法连接。",
}


def storage_advice(exc, backup=None) -> str:
    text = STORAGE_ADVICE.get(exc.cause, STORAGE_ADVICE["unavailable"]).format(where=exc.where)
    if backup is not None:
        text += (f"\n最近的完好备份：{backup.path}（{backup.created_at:%Y-%m-%d %H:%M}）。"
                 f"恢复：python main.py restore \"{backup.path}\"")
    elif exc.cause == "not_a_database":
        text += "\n没有找到备份：请联系管理员，用其他位置保存的备份恢复。"
    return text
