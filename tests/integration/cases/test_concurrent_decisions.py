"""Two people deciding the same thing at the same moment (issue 12, "Races and lost updates"): exactly one
decision applies, the other is told that someone else decided first. On PostgreSQL both decisions are held at
the case's row lock until both have read the approval, which is the interleaving that applied an approved
延长结案期限 twice; SQLite serialises writers (BEGIN IMMEDIATE), so there the two simply run in parallel."""
from __future__ import annotations

import threading
from datetime import date

import pytest
from sqlalchemy import func, select, text

from case_helpers import Driver, at
from ipcase.db.models.cases import Case, Extension, TimelineEntry
from ipcase.errors import ValidationFailed
from ipcase.queries.cases.approvals import pending_approvals
from ipcase.services.cases import actions as cases

DAY = date(2025, 9, 1)


class CaseLockHeld:
    """Hold the case's row lock on PostgreSQL until `waiters` other sessions queue behind it."""

    def __init__(self, engine, case_id: int, waiters: int):
        self.engine, self.case_id, self.waiters = engine, case_id, waiters

    def __enter__(self):
        self.conn = None
        if self.engine.dialect.name == "postgresql":
            self.conn = self.engine.connect()
            self.conn.execute(select(Case.id).where(Case.id == self.case_id).with_for_update())
        return self

    def wait_for_queue(self, threads) -> None:
        if self.conn is None:
            return
        with self.engine.connect() as probe:
            # Poll the server's own lock table (a state, not a clock): each blocked session waits on a lock.
            while probe.execute(text("SELECT count(*) FROM pg_locks WHERE NOT granted")).scalar_one() < self.waiters:
                assert all(t.is_alive() for t in threads), "a decision finished while the case was locked"
                probe.rollback()

    def __exit__(self, *exc):
        if self.conn is not None:
            self.conn.rollback()
            self.conn.close()


def _race(engine, case_id, *decisions):
    """Run the zero-argument `decisions` in threads at once; returns each one's result or exception."""
    results: list = [None] * len(decisions)

    def run(i, fn):
        try:
            results[i] = fn()
        except Exception as e:   # noqa: BLE001 - the outcome is what the test compares
            results[i] = e

    threads = [threading.Thread(target=run, args=(i, fn)) for i, fn in enumerate(decisions)]
    with CaseLockHeld(engine, case_id, len(threads)) as lock:
        for t in threads:
            t.start()
        lock.wait_for_queue(threads)
    for t in threads:
        t.join(timeout=60)
    return results


def _pending_extension(new_uow, staff) -> tuple[Driver, int]:
    c = Driver.new(new_uow, staff, at(DAY), received=DAY)
    c.panel(at(DAY))
    c.act_approved("register", {"registered_date": DAY}, at(DAY))
    c.act("extend_closing", {"length": 1, "unit": "months", "reason": "案情复杂"}, at(DAY))
    with new_uow() as uow:
        (approval,) = [a for a in pending_approvals(uow, viewer_id=staff.dept_head.id) if a.case_id == c.ref.id]
    return c, approval.id


def test_two_heads_approving_one_extension_at_once_extend_it_once(engine, new_uow, staff):
    c, approval_id = _pending_extension(new_uow, staff)

    def decide():
        with new_uow() as uow:
            return cases.decide_approval(uow, actor_id=staff.dept_head.id, approval_id=approval_id, approve=True,
                                         opinion="同意", higher_office_ref="市局批复〔2025〕1号", now=at(DAY, 11))

    results = _race(engine, c.ref.id, decide, decide)
    refused = [r for r in results if isinstance(r, Exception)]
    assert len(refused) == 1, results
    assert isinstance(refused[0], ValidationFailed) and refused[0].reason == "not_pending"
    with new_uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Extension)
                                  .where(Extension.case_id == c.ref.id)) == 1


@pytest.mark.parametrize("first_approves", [True, False])
def test_an_approval_and_a_refusal_at_once_leave_one_decision(engine, new_uow, staff, first_approves):
    c, approval_id = _pending_extension(new_uow, staff)

    def decide(approve):
        def run():
            with new_uow() as uow:
                return cases.decide_approval(uow, actor_id=staff.dept_head.id, approval_id=approval_id,
                                             approve=approve, opinion="同意" if approve else "不同意",
                                             higher_office_ref="市局批复〔2025〕1号", now=at(DAY, 11))
        return run

    results = _race(engine, c.ref.id, decide(first_approves), decide(not first_approves))
    assert sum(isinstance(r, ValidationFailed) and r.reason == "not_pending" for r in results) == 1, results
    with new_uow() as uow:
        extensions = uow.session.scalar(select(func.count()).select_from(Extension)
                                        .where(Extension.case_id == c.ref.id))
        decided = uow.session.scalars(select(TimelineEntry.detail).where(
            TimelineEntry.case_id == c.ref.id, TimelineEntry.kind == "approval_decided")).all()
    assert [d["action"] for d in decided] == ["register", "extend_closing"]     # one decision of the extension
    assert extensions == (1 if decided[-1]["approved"] else 0)
