"""When a checkpoint is written: on request (`audit checkpoint`), with every backup (ipcase.backup calls
`write_checkpoint`), and at start-up when the newest one is a day old."""
from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy.orm import Session

from ipcase.audit import checkpoints
from ipcase.audit.verify import chain_id, current_head

DAILY = timedelta(days=1)


def write_checkpoint(session: Session, data_dir: Path, now: datetime) -> checkpoints.Checkpoint | None:
    """Sign the current chain head into `data_dir/checkpoints/`; None when the database has no chain."""
    conn = session.connection()
    cid, head = chain_id(conn), current_head(conn)
    if cid is None or head is None:
        return None
    return checkpoints.write(data_dir, cid, head.seq, head.hash, head.at, now)


def checkpoint_if_due(session: Session, data_dir: Path, now: datetime) -> checkpoints.Checkpoint | None:
    """At start-up: a checkpoint when none of this chain is younger than a day (or the head moved on since)."""
    conn = session.connection()
    cid, head = chain_id(conn), current_head(conn)
    if cid is None or head is None:
        return None
    last = checkpoints.latest(data_dir, cid)
    if last is not None and (now - last.written_at < DAILY or last.seq == head.seq):
        return None
    return checkpoints.write(data_dir, cid, head.seq, head.hash, head.at, now)


__all__ = ["checkpoint_if_due", "write_checkpoint"]
