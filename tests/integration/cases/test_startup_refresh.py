"""The start-of-day refresh (issue 19) recomputes only the cases with a running pause, once per day, and leaves
the stored deadlines exactly as a full recomputation of every live case would — after pauses, resumptions,
other pauses and extensions written through the services on earlier days. Both backends (the `new_uow` fixture)."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select

from case_helpers import Driver, at
from ipcase.db.models.admin import RoutineRun
from ipcase.db.models.cases import DeadlineRow
from ipcase.services.admin import deadline_rules

DAY0 = date(2026, 9, 1)


def _stored(new_uow) -> dict:
    with new_uow() as uow:
        rows = uow.session.scalars(select(DeadlineRow)).all()
        return {(r.case_id, r.code, r.party_id): (r.start_date, r.due_date, r.provisional, r.basis, r.status,
                                                  r.met_date, r.paused) for r in rows}


def _full_refresh(new_uow, now: datetime) -> dict:
    """What a recomputation of every live case (the sweep start-up used to do) stores; not committed."""
    with new_uow() as uow:
        deadline_rules.recompute_live_deadlines(uow.session, now)
        rows = uow.session.scalars(select(DeadlineRow)).all()
        full = {(r.case_id, r.code, r.party_id): (r.start_date, r.due_date, r.provisional, r.basis, r.status,
                                                  r.met_date, r.paused) for r in rows}
    return full


def _registered(new_uow, staff) -> Driver:
    c = Driver.new(new_uow, staff, at(DAY0), received=DAY0)
    c.panel(at(DAY0))
    c.act_approved("register", {"registered_date": DAY0}, at(DAY0))
    return c


def _refresh(new_uow, now: datetime):
    with new_uow() as uow:
        return deadline_rules.refresh_paused_deadlines(uow, now=now)


def test_the_start_of_day_refresh_equals_a_full_one(new_uow, staff):
    running = _registered(new_uow, staff)
    running.act_approved("suspend", {"ground": "party_died", "start_date": date(2026, 9, 10)}, at(date(2026, 9, 10)))
    resumed = _registered(new_uow, staff)
    resumed.act_approved("suspend", {"ground": "force_majeure", "start_date": date(2026, 9, 5)}, at(date(2026, 9, 5)))
    resumed.act("resume", {"resume_date": date(2026, 9, 12), "reason_text": "原因消除"}, at(date(2026, 9, 12)))
    appraisal = _registered(new_uow, staff)
    appraisal.act("start_pause", {"pause_kind": "appraisal", "start_date": date(2026, 9, 8)}, at(date(2026, 9, 8)))
    appraisal.act_approved("extend_closing", {"length": 1, "unit": "months", "reason": "案情复杂"},
                           at(date(2026, 9, 15)))
    _registered(new_uow, staff)   # never paused

    later = datetime(2026, 9, 20, 8)
    first = _refresh(new_uow, later)
    assert first.cases == 2 and first.deadlines_changed > 0        # the two cases with a running pause
    assert _stored(new_uow) == _full_refresh(new_uow, later)
    # Started again the same day: the watermark says it is done, nothing is read or written.
    assert _refresh(new_uow, datetime(2026, 9, 20, 15)).cases == 0
    with new_uow() as uow:
        assert uow.session.get(RoutineRun, deadline_rules.PAUSED_DEADLINES).last_day == date(2026, 9, 20)

    # Days later, after more changes through the services: resumed, paused again, a pause ended.
    running.act("resume", {"resume_date": date(2026, 9, 25), "reason_text": "继承人已确定"}, at(date(2026, 9, 25)))
    resumed.act_approved("suspend", {"ground": "party_died", "start_date": date(2026, 9, 26)}, at(date(2026, 9, 26)))
    appraisal.act("end_pause", {"pause_kind": "appraisal", "end_date": date(2026, 9, 27)}, at(date(2026, 9, 27)))
    next_start = datetime(2026, 10, 3, 8)
    again = _refresh(new_uow, next_start)
    assert again.cases == 1        # only `resumed` has a running pause now
    assert _stored(new_uow) == _full_refresh(new_uow, next_start)
    # A day with no change to the running pause's case still moves its limit by the paused day.
    before = _stored(new_uow)
    assert _refresh(new_uow, datetime(2026, 10, 4, 8)).deadlines_changed > 0
    after = _stored(new_uow)
    moved = [k for k in after if after[k] != before[k]]
    assert [k[:2] for k in moved] == [(resumed.ref.id, "D12")]
    # Another day, also an earlier one (`--today` for a demonstration), runs again and matches the full sweep.
    earlier = datetime(2026, 10, 1, 8)
    assert _refresh(new_uow, earlier).cases == 1
    assert _stored(new_uow) == _full_refresh(new_uow, earlier)


def test_the_refresh_in_chunks_equals_one_run_and_marks_the_day_at_its_end(new_uow, staff):
    """The desktop application refreshes a chunk at a time (the user's work runs between chunks)."""
    for start in (date(2026, 9, 5), date(2026, 9, 7), date(2026, 9, 9)):
        _registered(new_uow, staff).act_approved("suspend", {"ground": "party_died", "start_date": start}, at(start))
    now = datetime(2026, 9, 21, 8)
    after, chunks = 0, 0
    while True:
        with new_uow() as uow:
            result = deadline_rules.refresh_paused_deadlines(uow, now=now, after_id=after, limit=1)
        chunks += 1
        with new_uow() as uow:
            mark = uow.session.get(RoutineRun, deadline_rules.PAUSED_DEADLINES)
            assert (mark is not None and mark.last_day == now.date()) == result.extra["finished"]
        if result.extra["finished"]:
            break
        after = result.extra["last_id"]
    assert chunks == 4        # three cases one by one, then the chunk that finds none left and marks the day
    assert _stored(new_uow) == _full_refresh(new_uow, now)
    assert _refresh(new_uow, now).cases == 0
