"""The rows of tools/benchmark_scale.py, one module per area (issue 19's table).

Each module has `rows(db_url: str) -> list[Row]`; a row is `(name, app_fn, limit_fn or None)` or
`(name, app_fn, limit_fn, unit)`: each function runs ONE measurement and returns its value (seconds, unless
`unit` says otherwise, e.g. "MiB"), timing only the measured part. The benchmark runs each function
`--repeat` times, prints the medians and the ratio app/limit. Modules read the run's settings from `CONTEXT`."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

Row = tuple  # (name, app_fn, limit_fn | None[, unit])


@dataclass
class Context:
    db_url: str                  # the large register
    demo_url: str                # the demo database: the limit of the start-up rows
    work_dir: Path               # scratch space (data directories of the started applications)
    today: date
    cases: int
    extra: dict = field(default_factory=dict)


CONTEXT: Context | None = None


def context() -> Context:
    if CONTEXT is None:
        raise RuntimeError("tools/benchmark_scale.py sets scale_rows.CONTEXT before calling rows()")
    return CONTEXT


def timed(fn: Callable[[], object]) -> float:
    import time
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def top_office_head(url: str) -> tuple:
    """(engine, new_uow, the top office's id, a department head of it): whom the rows that read as the window does
    run as."""
    from sqlalchemy import select

    from ipcase.db.engine import make_engine
    from ipcase.db.models.admin import Office, User
    from ipcase.domain.enums import Role
    from ipcase.uow import uow_factory

    engine = make_engine(url)
    new_uow = uow_factory(engine)
    with new_uow() as uow:
        s = uow.session
        top = s.scalar(select(Office.id).where(Office.parent_id.is_(None)).order_by(Office.id))
        head = s.scalar(select(User.id).where(User.office_id == top, User.role == Role.DEPT_HEAD.value))
    return engine, new_uow, top, head
