"""A backup taken by a person in the window (设置 › 备份): the same backup as `python main.py backup`, but only by an
administrator ('backup.manage') of a top-level office — a backup holds every office's records of the database, so
a county administrator of a shared database may not carry them away — and recorded in the audit trail.

The command line (`python main.py backup|restore`, the daily automatic backup, the start-up recovery of a damaged
database) is the machine's own work: whoever can run it already holds the database file or the server's
credentials, and there may be no usable database to check a user against."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

from ipcase.audit.capture import AT, note
from ipcase.audit.checkpointing import write_checkpoint
from ipcase.backup.create import BackupResult, create_backup
from ipcase.db import office_scope
from ipcase.db.sqlcipher import DatabaseKey
from ipcase.progress import CancelToken, Progress
from ipcase.services.common import actor


def back_up(uow, *, actor_id: int, db_url: str, data_dir: Path, out_dir: Path, now: datetime,
            encrypt: bool = False, db_key: DatabaseKey | None = None, progress: Progress | None = None,
            cancel: CancelToken | None = None) -> BackupResult:
    """Check the acting user, sign the audit chain's head into the data directory (so the backup carries the
    checkpoint), take the backup and record it as an audit entry ('backup.create': file, size, encrypted)."""
    s = uow.session
    user = actor(s, actor_id, "backup.manage", "backup.create")
    office_scope.require_top_level(s, user.office_id, "backup.manage", user.role)
    checkpoint = write_checkpoint(s, Path(data_dir), now)
    s.rollback()  # nothing written yet: no read transaction stays open on the database while it is copied
    made = create_backup(db_url=db_url, data_dir=Path(data_dir), out_dir=Path(out_dir), now=now,
                         encrypt=encrypt, db_key=db_key, progress=progress, cancel=cancel,
                         checkpoint=lambda: checkpoint.body() if checkpoint is not None else None)
    s.info[AT] = now  # (session.info, where actor() put who acts, outlives the rollback)
    note(s, "backup.create", detail={"file": made.path.name, "size": made.size, "files": made.files,
                                     "encrypted": bool(encrypt or db_key is not None)})
    uow.commit()
    return made


__all__ = ["back_up"]
