"""The record's check as the 审计 section runs it: the full verify on demand (with progress), the quick one at
start-up. Reading what the check finds is reading the audit trail, so the same people may."""
from __future__ import annotations

from pathlib import Path

from ipcase.audit.verify import VerifyReport, verify
from ipcase.progress import CancelToken, Progress
from ipcase.queries.audit.trail import reader


def check_record(uow, *, viewer_id: int, data_dir: Path, full: bool = True, progress: Progress | None = None,
                 cancel: CancelToken | None = None) -> VerifyReport:
    reader(uow.session, viewer_id)
    return verify(uow.session, data_dir=Path(data_dir), full=full, progress=progress, cancel=cancel)


def startup_check(uow, *, data_dir: Path, now) -> VerifyReport:
    """At start-up, for every user: a checkpoint when the last is a day old, then the quick check (the last
    entries and the checkpoints). It only says whether the record was altered; the details are the auditor's."""
    from ipcase.audit.checkpointing import checkpoint_if_due
    checkpoint_if_due(uow.session, Path(data_dir), now)
    return verify(uow.session, data_dir=Path(data_dir), full=False)


__all__ = ["check_record", "startup_check"]
