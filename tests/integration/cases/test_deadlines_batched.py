"""The set-based recomputation (`services.common.recompute_many`, the start-of-day step and every bulk
recomputation) stores exactly what `recompute_deadlines` stores case by case, and reports the same count — on
varied cases (paused, resumed, extended, ruled, mediated, withdrawn, not accepted, transferred; the demo office's
seizures, evidence extensions, enforcement steps and published rulings), on several days, on both backends —
while its statements do not grow with the number of cases."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from intake_helpers import ruled_case
from sqlalchemy import event, select
from sqlalchemy.orm import selectinload
from stats_fixture import build

from case_helpers import at
from ipcase.db.models.cases import Case, DeadlineRow
from ipcase.db.office_scope import system_work
from ipcase.domain.cases.enforcement import EnforcementStep
from ipcase.services.common import recompute_deadlines, recompute_many
from ipcase.services.credit.enforcement import record_enforcement_step

_LOADED = (selectinload(Case.parties), selectinload(Case.pauses), selectinload(Case.extensions))


def _rows(s) -> list:
    return sorted((r.case_id, r.code, r.party_id or 0, r.start_date, r.due_date, r.provisional, r.basis, r.status,
                   r.met_date or date.min, r.paused, r.hide_after_due) for r in s.scalars(select(DeadlineRow)))


def _recomputed(new_uow, today: date, batched: bool) -> tuple[int, list]:
    """(deadlines changed, every stored row) after recomputing every case on `today`; rolled back."""
    with new_uow() as uow:
        s = uow.session
        with system_work(s):
            cases = s.scalars(select(Case).options(*_LOADED).order_by(Case.id)).all()
            if batched:
                changed = recompute_many(s, cases, today)
            else:
                changed = sum(recompute_deadlines(s, c, today) for c in cases)
            s.flush()
            return changed, _rows(s)


def _same_both_ways(new_uow, days) -> None:
    for today in days:
        one_by_one, batched = _recomputed(new_uow, today, False), _recomputed(new_uow, today, True)
        assert batched == one_by_one, today


def test_batched_equals_case_by_case_on_varied_cases(new_uow, staff):
    ids = build(new_uow, staff)      # eleven cases in every state (tests/stats_fixture.py)
    # A running suspension and a pause resumed then begun again, extended: limits that move with the day.
    from case_helpers import Driver
    running = Driver.new(new_uow, staff, at(date(2026, 9, 1)), received=date(2026, 9, 1))
    running.panel(at(date(2026, 9, 1)))
    running.act_approved("register", {"registered_date": date(2026, 9, 1)}, at(date(2026, 9, 1)))
    running.act_approved("suspend", {"ground": "party_died", "start_date": date(2026, 9, 10)}, at(date(2026, 9, 10)))
    running.act("resume", {"resume_date": date(2026, 9, 20), "reason_text": "继承人已确定"}, at(date(2026, 9, 20)))
    running.act_approved("suspend", {"ground": "force_majeure", "start_date": date(2026, 10, 5)},
                         at(date(2026, 10, 5)))
    running.act_approved("extend_closing", {"length": 1, "unit": "months", "reason": "案情复杂"},
                         at(date(2026, 10, 8)))
    assert len(ids) == 11
    # A ruling served 04-03 with a D15 enforcement step on record: the enforcement rows are read in a batch too.
    ruled = ruled_case(new_uow, staff)
    with new_uow() as uow:
        record_enforcement_step(uow, actor_id=staff.officer.id, case_id=ruled.ref.id,
                                expected_version=ruled.ref.version, step=EnforcementStep.NO_SUIT,
                                day=date(2026, 4, 21), now=at(date(2026, 4, 21)))
    changed, _ = _recomputed(new_uow, date(2027, 1, 15), True)
    assert changed > 0                       # the comparison below is not only of untouched rows
    _same_both_ways(new_uow, [date(2026, 11, 2), date(2026, 11, 20), date(2027, 1, 15), date(2027, 6, 30)])


def test_statements_do_not_grow_with_the_cases(new_uow, staff):
    build(new_uow, staff)
    with new_uow() as uow:
        s = uow.session
        counted = []
        listen = lambda *a, **k: counted.append(1)  # noqa: E731
        with system_work(s):
            cases = s.scalars(select(Case).options(*_LOADED).order_by(Case.id)).all()
            event.listen(s.get_bind(), "before_cursor_execute", listen)
            try:
                recompute_many(s, cases[:1], date(2027, 1, 15))
                s.flush()
                one = len(counted)
                counted.clear()
                recompute_many(s, cases, date(2027, 2, 15))
                s.flush()
                every = len(counted)
            finally:
                event.remove(s.get_bind(), "before_cursor_execute", listen)
    # Reading is a fixed handful of statements; writing is one DELETE plus the inserted rows (batched by the
    # ORM's insertmanyvalues into very few statements): nothing per case read.
    assert len(cases) == 11 and every <= one + 4


@pytest.mark.xdist_group("demo")   # on the worker that builds the session's demo office
def test_batched_equals_case_by_case_on_the_demo_office(demo_copy):
    from demo_helpers import DEMO_TODAY

    from ipcase.db.engine import make_engine
    from ipcase.db.models.evidence import EvidenceExtension, Seizure
    from ipcase.db.models.publication import PublishedRuling
    from ipcase.uow import uow_factory

    engine = make_engine(f"sqlite:///{demo_copy}")
    try:
        new_uow = uow_factory(engine)
        with new_uow() as uow, system_work(uow.session):
            s = uow.session
            # The tables read in batches hold rows here, so the comparison covers them (the demo has no
            # enforcement steps: the test above records one).
            for model in (EvidenceExtension, Seizure, PublishedRuling):
                assert s.scalars(select(model).limit(1)).first() is not None, model
        _same_both_ways(new_uow, [DEMO_TODAY, DEMO_TODAY + timedelta(days=45), DEMO_TODAY + timedelta(days=400)])
    finally:
        engine.dispose()
