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


def open_database(args: argparse.Namespace, clock, config: AppConfig | None = None) -> Database:
    """The configured database (`--db`, `--data-dir`), upgraded to the current schema after a backup copy."""
    from ipcase.audit.chain import seal_pending
    from ipcase.config import load_config
    from ipcase.db.engine import make_engine
    from ipcase.db.migrate import upgrade_to_head
    from ipcase.uow import uow_factory

    config = config or load_config(getattr(args, "db", None), getattr(args, "data_dir", None))
    Path(config.data_dir).mkdir(parents=True, exist_ok=True)
    engine = make_engine(config.db_url)
    backup = upgrade_to_head(engine, backup_at=clock.now())
    if backup:
        log.info("database backed up to %s before upgrading", backup)
    new_uow = uow_factory(engine)
    with new_uow() as uow:  # a database upgraded from before the audit chain: seal its record first
        if seal_pending(uow.session.connection(), clock.now()):
            uow.commit()
    return Database(config, engine, new_uow, backup)


class NotInitialised(RuntimeError):
    """The database has no office yet: `python main.py init …` creates it and its administrator."""

    def __init__(self, url: str):
        super().__init__(
            f"数据库尚未初始化（{url}）。请先运行：python main.py init --office-name 机关全称 --short-name 机关简称 "
            f"--admin-username admin（可加 --db 指定同一数据库）")


def prepare_database(args: argparse.Namespace, clock, config: AppConfig | None = None) -> Database:
    """The database ready for work: opened and upgraded, demo data on an empty default database, refused when
    no office exists, and what fell due while the application was closed brought up to date."""
    from ipcase.services.admin.deadline_rules import refresh_paused_deadlines
    from ipcase.services.admin.setup import is_initialised
    from ipcase.services.documents.service import apply_deemed_services

    db = open_database(args, clock, config)
    # Only the embedded default database gets demo data: a real office's new server database must not.
    if db.config.demo and not args.no_demo:
        from ipcase.demo.office import ensure_demo_database
        db.demo_created = ensure_demo_database(db.new_uow, today=clock.today(), now=clock.now())
        if db.demo_created:
            log.info("empty database: demo office, users and cases created")
    with db.new_uow() as uow:
        if not is_initialised(uow):
            raise NotInitialised(db.config.db_url)
    with db.new_uow() as uow:
        refresh_paused_deadlines(uow, now=clock.now())
    with db.new_uow() as uow:   # 公告送达 whose period ran out while the app was closed
        apply_deemed_services(uow, now=clock.now())
    return db
