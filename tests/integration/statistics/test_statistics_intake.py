"""The intake figures of the dashboard (繁简分流, 重复侵权, 收案登记) against the hand count of
tests/stats_intake_fixture.py, on SQLite and PostgreSQL, and their drill-downs."""
from __future__ import annotations

from datetime import date

import pytest
from stats_fixture import OCTOBER, TODAY, build
from stats_intake_fixture import add_items, add_open_items

from ipcase.dto.statistics import StatsFilter
from ipcase.queries.cases.register import list_cases
from ipcase.queries.statistics.figures import dashboard, drilldown, statistics_scope


@pytest.fixture
def fixture_cases(new_uow, staff):
    cases = build(new_uow, staff)
    add_items(new_uow, cases)
    return cases


def _dash(new_uow, staff, **kw):
    flt = StatsFilter(*OCTOBER, **kw)
    with new_uow() as uow:
        return dashboard(uow, flt, viewer_id=staff.dept_head.id, today=TODAY), flt


def test_track_repeat_and_intake_items_match_the_hand_count(new_uow, staff, fixture_cases):
    d, _ = _dash(new_uow, staff)
    assert dict(d.composition.by_track) == {"fast": 1, "standard": 1, "complex": 0, "none": 2}   # A; G; B C
    assert d.composition.repeat == 1                                                           # G
    assert d.intake_received == 1                                                              # item 4
    d, _ = _dash(new_uow, staff, officer_id=staff.officer2.id)
    assert dict(d.composition.by_track) == {"fast": 0, "standard": 1, "complex": 0, "none": 1}   # G; B
    d, _ = _dash(new_uow, staff, basis="registered")
    assert dict(d.composition.by_track)["none"] == 1 and d.composition.repeat == 0             # D
    with new_uow() as uow:
        summer = dashboard(uow, StatsFilter(date(2026, 6, 1), date(2026, 8, 31)), viewer_id=staff.dept_head.id,
                           today=TODAY)
    assert summer.intake_received == 3                                                         # items 1–3


@pytest.mark.parametrize(("figure", "key", "letters"), [
    ("track", "fast", "A"),
    ("track", "standard", "G"),
    ("track", "complex", ""),
    ("track", "none", "BC"),
    ("flag", "flag_repeat", "G"),
])
def test_intake_figures_drill_down_to_their_cases(new_uow, staff, fixture_cases, figure, key, letters):
    d, flt = _dash(new_uow, staff)
    with new_uow() as uow:
        scope = statistics_scope(uow, viewer_id=staff.dept_head.id)
        page = list_cases(uow, drilldown(flt, scope, figure, key), today=TODAY)
    assert {r.id for r in page.rows} == {fixture_cases[x] for x in letters}
    counted = dict(d.composition.by_track).get(key, d.composition.repeat)
    assert page.total == counted


def test_intake_items_due_count_per_handler_and_received_per_month(new_uow, staff, fixture_cases):
    add_open_items(new_uow, fixture_cases, staff)
    d, _ = _dash(new_uow, staff)
    urgent = {u.officer_id: (u.overdue, u.due_soon, u.intake_overdue, u.intake_due_soon) for u in d.urgent}
    assert urgent == {staff.officer.id: (1, 1, 1, 0),     # cases H, I; item 8 (telling the reporter)
                      staff.officer2.id: (0, 0, 0, 1),    # item 5 (D1)
                      None: (0, 0, 1, 0)}                 # item 6, not assigned
    assert [u.officer_id for u in d.urgent][-1] is None and d.overdue_cases == 1 and d.overdue_intake == 2
    last, this = d.monthly
    assert this.intake == (0, 0, 0, 0, 0, 1, 1, 1, 0, 5, 0, 0) and last.intake == (0,) * 12
    assert d.intake_received == 5
    d, _ = _dash(new_uow, staff, officer_id=staff.officer2.id)
    assert [(u.officer_id, u.intake_due_soon) for u in d.urgent] == [(staff.officer2.id, 1)]
    assert d.monthly[1].intake[9] == 1 and d.intake_received == 1
