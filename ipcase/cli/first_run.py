"""The first start without a database (issue 18): the `init` steps and the shared database's upgrade, for the
first-run wizard (ui/admin/first_run.py). The wizard runs these off the GUI thread; they call the same services
as `python main.py init` (ipcase.services.admin.setup.create_office) and the same start-up code."""
from __future__ import annotations

import argparse

from ipcase.cli.startup import open_database
from ipcase.config import AppConfig
from ipcase.db.storage import database_location
from ipcase.dto.admin import OfficeInfo, UserInfo
from ipcase.errors import ValidationFailed


def _args(config: AppConfig) -> argparse.Namespace:
    return argparse.Namespace(db=config.db_url, data_dir=str(config.data_dir), passphrase=None, encrypt=False)


def create_office_database(config: AppConfig, clock, **office) -> tuple[OfficeInfo, UserInfo]:
    """新建本单位数据库: the configured database (created and brought to the current schema, as every start does),
    then the office and its administrator (`office` are create_office's keywords). A database that has an office
    already is left as it is: ValidationFailed("database", "initialised", where)."""
    from ipcase.services.admin.setup import create_office, is_initialised

    db = open_database(_args(config), clock, config)
    try:
        with db.new_uow() as uow:
            if is_initialised(uow):
                raise ValidationFailed("database", "initialised", database_location(config.db_url))
        with db.new_uow() as uow:
            return create_office(uow, **office)
    finally:
        db.engine.dispose()


def upgrade_database(config: AppConfig, clock) -> None:
    """An ipcase database of an older schema brought to the current one (a SQLite file is copied first)."""
    db = open_database(_args(config), clock, config)
    db.engine.dispose()
