"""The embedded database's automatic backup: on the first start of each day, into the data directory's
`backups/`, keeping the newest N automatic ones; and the warning when the last good backup is too old.

The two settings belong to this installation (its data directory and disk), not to an office's business rules,
so they live in `backups/policy.json` beside the backups, written by the administrator's backup dialog."""
from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from pathlib import Path

from ipcase.backup.create import BackupResult, create_backup
from ipcase.backup.store import AUTOMATIC, backups_dir, latest_good_backup, list_backups, rotate
from ipcase.db.sqlcipher import DatabaseKey
from ipcase.errors import IpcaseError, ValidationFailed

POLICY_FILE = "policy.json"
log = logging.getLogger("ipcase")


@dataclass(frozen=True)
class BackupPolicy:
    keep: int = 7             # automatic backups kept
    warn_after_days: int = 7  # the window warns when the newest good backup is older than this
    automatic: bool = True

    def validated(self) -> BackupPolicy:
        if not 1 <= self.keep <= 365:
            raise ValidationFailed("keep", "range", "1–365")
        if not 1 <= self.warn_after_days <= 365:
            raise ValidationFailed("warn_after_days", "range", "1–365")
        return self


def load_policy(data_dir: Path) -> BackupPolicy:
    path = backups_dir(data_dir) / POLICY_FILE
    try:
        stored = json.loads(path.read_text(encoding="utf-8"))
        return BackupPolicy(**{k: stored[k] for k in asdict(BackupPolicy()) if k in stored}).validated()
    except (OSError, ValueError, TypeError, ValidationFailed):
        return BackupPolicy()  # no file, or one edited by hand into nonsense: the defaults


def save_policy(data_dir: Path, policy: BackupPolicy) -> BackupPolicy:
    policy = policy.validated()
    folder = backups_dir(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    part = folder / (POLICY_FILE + ".part")
    part.write_text(json.dumps(asdict(policy), indent=1), encoding="utf-8")
    part.replace(folder / POLICY_FILE)
    return policy


def daily_backup(*, db_url: str, data_dir: Path, now: datetime, db_key: DatabaseKey | None = None,
                 checkpoint: Callable[[], dict | None] | None = None) -> BackupResult | None:
    """Take today's automatic backup unless one exists already (or the office turned them off), then drop
    the automatic ones beyond `keep`. Returns the new backup, or None."""
    policy = load_policy(data_dir)
    folder = backups_dir(data_dir)
    if not policy.automatic or any(b.kind == AUTOMATIC and b.created_at.date() == now.date()
                                   for b in list_backups(folder)):
        return None
    made = create_backup(db_url=db_url, data_dir=data_dir, out_dir=folder, now=now, db_key=db_key,
                         kind=AUTOMATIC, checkpoint=checkpoint)
    rotate(folder, policy.keep)
    return made


def backup_overdue(data_dir: Path, now: datetime) -> timedelta | None:
    """How old the newest good backup is, when that is older than the policy allows (or there is none:
    timedelta.max); None when all is well."""
    latest = latest_good_backup(data_dir)
    if latest is None:
        return timedelta.max
    age = now - latest.created_at
    return age if age > timedelta(days=load_policy(data_dir).warn_after_days) else None


def start_of_day_backup(*, db_url: str, data_dir: Path, now: datetime, db_key: DatabaseKey | None,
                        new_uow: Callable) -> BackupResult | None:
    """At start-up: the embedded database's daily backup (a server database is backed up by its office's
    own schedule with `python main.py backup`). A failure is logged, and shows as the age warning; it never
    stops the application from starting."""
    from ipcase.backup.audit_link import checkpoint_hook
    from ipcase.backup.snapshot import backend_of

    if backend_of(db_url) != "sqlite":
        return None
    try:
        made = daily_backup(db_url=db_url, data_dir=data_dir, now=now, db_key=db_key,
                            checkpoint=checkpoint_hook(new_uow, data_dir, now))
    except (OSError, IpcaseError) as exc:
        log.warning("automatic backup failed: %s", exc)
        return None
    if made is not None:
        log.info("automatic backup %s", made.path)
    return made
