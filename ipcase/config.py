"""Start-up configuration: which database, where the user's data lives. Read once, frozen."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "ipcase"


@dataclass(frozen=True)
class AppConfig:
    db_url: str
    data_dir: Path
    demo: bool  # create a demo database when the default SQLite file does not exist yet

    @property
    def is_default_sqlite(self) -> bool:
        return self.db_url == default_db_url(self.data_dir)


def default_db_url(data_dir: Path) -> str:
    return f"sqlite:///{(data_dir / 'ipcase.db').as_posix()}"


URL_FILE = "database.url"   # the shared database chosen in the first-run wizard (ipcase.shared_database)


def remembered_url(data_dir: Path) -> str | None:
    try:
        return (data_dir / URL_FILE).read_text(encoding="utf-8").strip() or None
    except OSError:
        return None


def load_config(db_arg: str | None = None, data_dir: str | None = None,
                env: dict[str, str] | None = None) -> AppConfig:
    """`--db URL` beats `IPCASE_DB_URL`, which beats the shared database chosen at the first start (remembered in
    the user data directory), which beats the embedded SQLite file there."""
    env = os.environ if env is None else env
    base = Path(data_dir or env.get("IPCASE_DATA_DIR") or user_data_dir(APP_NAME, appauthor=False))
    url = db_arg or env.get("IPCASE_DB_URL") or remembered_url(base) or default_db_url(base)
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
    return AppConfig(db_url=url, data_dir=base, demo=url == default_db_url(base))
