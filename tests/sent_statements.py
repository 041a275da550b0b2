"""What the register read tests share to look at the plans of the statements a list really sends (issue 19): the
statements captured on the engine, and their plans on each backend."""
from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlalchemy import event


def _a_case_page(statement: str) -> bool:
    return "FROM cases" in statement and "ORDER BY" in statement


@contextmanager
def sent_statements(engine, wanted: Callable[[str], bool] = _a_case_page) -> Iterator[list[tuple[str, object]]]:
    """A list that collects (statement, parameters) of each statement `wanted` (by default: a read of cases in an
    order, a page) that runs on `engine` inside the block."""
    sent: list[tuple[str, object]] = []

    def capture(_conn, _cursor, statement, parameters, _context, _many):
        if wanted(statement):
            sent.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", capture)
    try:
        yield sent
    finally:
        event.remove(engine, "before_cursor_execute", capture)


def plan_text(engine, statement: str, parameters) -> str:
    """The plan of a captured statement as text: PostgreSQL's JSON plan with sequential scans off (a test register
    is small enough for the planner to prefer reading the table), SQLite's EXPLAIN QUERY PLAN."""
    with engine.connect() as conn:
        if engine.dialect.name == "postgresql":
            conn.exec_driver_sql("SET enable_seqscan = off")
            plan = conn.exec_driver_sql("EXPLAIN (FORMAT JSON) " + statement, parameters).scalar()
            return json.dumps(plan if isinstance(plan, list) else json.loads(plan))
        return " ".join(str(r[-1]) for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters))


__all__ = ["plan_text", "sent_statements"]
