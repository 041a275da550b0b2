"""Where a backup meets the audit trail (ipcase.audit): every backup writes a signed checkpoint of the chain
head first (so the backup carries it, and the data directory keeps it), and a restore verifies the snapshot's
chain against the checkpoints inside the backup before anything is replaced."""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from sqlalchemy.orm import Session

from ipcase.audit.checkpointing import write_checkpoint
from ipcase.audit.describe import sentence
from ipcase.audit.verify import verify


def checkpoint_hook(new_uow: Callable, data_dir: Path, now: datetime) -> Callable[[], dict | None]:
    """For create_backup(checkpoint=…): sign the head into data_dir/checkpoints/ and return its body."""
    def checkpoint() -> dict | None:
        with new_uow() as uow:
            cp = write_checkpoint(uow.session, Path(data_dir), now)
        return cp.body() if cp is not None else None
    return checkpoint


def chain_problems(engine, files_dir: Path | None) -> list[str]:
    """For restore_backup(verify_audit=…): the alterations found in the snapshot's chain, in words (warnings
    — worth a look, not proof — do not stop a restore). `files_dir` holds the backup's checkpoints."""
    with Session(engine) as session:
        report = verify(session, data_dir=files_dir if files_dir and files_dir.exists() else None, full=True)
    return [sentence(f) for f in report.findings if not f.warning]
