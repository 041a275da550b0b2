"""Every dashboard figure against the hand count of tests/stats_fixture.py, on SQLite and PostgreSQL, and every
drill-down lists exactly the cases behind its figure."""
from __future__ import annotations

from datetime import date

import pytest
from stats_fixture import OCTOBER, TODAY, build

from ipcase.domain.cases.deadlines import PauseFacts
from ipcase.domain.enums import CaseState, PatentType, PauseKind
from ipcase.domain.statistics.counting import excluded_days, handling_days
from ipcase.dto.cases import CaseFilter
from ipcase.dto.statistics import StatsFilter
from ipcase.errors import PermissionDenied, ValidationFailed
from ipcase.queries.cases.register import case_detail, list_cases
from ipcase.queries.statistics.figures import dashboard, drilldown, statistics_scope


@pytest.fixture
def fixture_cases(new_uow, staff):
    return build(new_uow, staff)


def _dash(new_uow, staff, **kw):
    flt = StatsFilter(*OCTOBER, **kw)
    with new_uow() as uow:
        return dashboard(uow, flt, viewer_id=staff.dept_head.id, today=TODAY), flt


def _listed(new_uow, flt: CaseFilter) -> set[int]:
    with new_uow() as uow:
        page = list_cases(uow, flt, today=TODAY)
    return {r.id for r in page.rows}


def test_dashboard_figures_match_the_hand_count(new_uow, staff, fixture_cases):
    d, _ = _dash(new_uow, staff)
    p = d.period
    assert (p.received, p.registered, p.not_accepted) == (4, 1, 1)        # D (10-31), E, I, J; D; E
    assert (p.carried_over, p.closed, p.open_at_end) == (5, 4, 2)        # A B C G H; A B C G; D H
    assert p.closure_rate == pytest.approx(4 / 6)
    c = d.closing
    assert dict(c.by_method) == {"ruling_infringement": 1, "ruling_rejected": 1, "mediated": 1, "withdrawn": 1,
                                 "revoked": 0, "transferred": 0, "withdrawn_unregistered": 1, "not_accepted": 1}
    assert (c.closed, c.on_time, c.late) == (4, 3, 1)                    # B was late
    assert c.excluded_days_total == 36 + 10 + 9                           # A's overlap counts once
    assert c.handling_days_total == 84 + 125 + 1 + 68
    assert c.average_handling_days == pytest.approx(69.5)
    assert (c.mediated, c.settlement_not_mediated) == (1, 1)              # B; G
    assert c.mediation_rate == pytest.approx(0.25) and c.mediation_success == pytest.approx(0.5)
    mix = d.composition
    assert mix.cases == 4 and dict(mix.by_patent_type) == {PatentType.INVENTION: 1, PatentType.UTILITY_MODEL: 2,
                                                           PatentType.DESIGN: 1}
    assert (mix.foreign, mix.ecommerce, mix.trade_fair) == (0, 2, 1)
    assert dict(d.open_by_state)[CaseState.RECEIVED] == 1 and dict(d.open_by_state)[CaseState.REGISTERED] == 3
    assert d.open_cases == 4
    assert [(u.name, u.overdue, u.due_soon) for u in d.urgent] == [("张伟", 1, 1)]   # H overdue, I due 11-04
    assert d.due_soon_until == date(2026, 11, 5)
    assert [(w.name, w.unregistered, w.registered_open) for w in d.workload] == [("张伟", 1, 2), ("赵敏", 0, 1)]
    this_year = d.monthly[1]
    assert this_year.year == 2026 and sum(d.monthly[0].received) == 0
    assert this_year.received[5:11] == (1, 2, 2, 1, 4, 1)                # June … November
    assert this_year.registered[5:11] == (1, 2, 2, 1, 1, 1)


def test_sql_paused_days_equal_the_domain_rule(new_uow, staff, fixture_cases):
    """The SQL sweep over overlapping pauses gives what domain.deadlines.paused_days gives, case by case."""
    total_excluded = total_days = 0
    for letter in "ABCG":
        with new_uow() as uow:
            detail = case_detail(uow, fixture_cases[letter], viewer_id=staff.officer.id, today=TODAY)
        pauses = [PauseFacts(PauseKind(p.kind), p.start_date, p.end_date) for p in detail.pauses]
        total_excluded += excluded_days(pauses, detail.closed_date)
        total_days += handling_days(detail.registered_date, detail.closed_date, pauses)
    d, _ = _dash(new_uow, staff)
    assert (d.closing.excluded_days_total, d.closing.handling_days_total) == (total_excluded, total_days)


def test_the_period_by_registration_date(new_uow, staff, fixture_cases):
    d, _ = _dash(new_uow, staff, basis="registered")
    assert d.composition.cases == 1 and d.composition.foreign == 1       # D, registered on 10-31
    assert d.closing.closed == 0
    flt = StatsFilter(date(2026, 9, 1), date(2026, 9, 30), basis="registered")
    with new_uow() as uow:
        september = dashboard(uow, flt, viewer_id=staff.dept_head.id, today=TODAY)
    # C, registered 09-30 (the last day of September), closed in October: in September's cohort.
    assert september.composition.cases == 1 and september.closing.closed == 1
    assert dict(september.closing.by_method)["withdrawn"] == 1


def test_filters_narrow_every_figure(new_uow, staff, fixture_cases):
    d, _ = _dash(new_uow, staff, officer_id=staff.officer2.id)
    assert (d.closing.closed, d.closing.on_time, d.closing.mediated) == (2, 1, 1)   # B, G
    assert d.period.received == 1 and d.open_cases == 0                              # J
    assert d.monthly[1].received[5:10] == (1, 0, 1, 0, 1)                            # B, G, J by month
    assert d.monthly[1].registered[5:10] == (1, 0, 1, 0, 0)
    d, _ = _dash(new_uow, staff, patent_type=PatentType.DESIGN)
    assert d.closing.closed == 1 and d.closing.handling_days_total == 68
    d, _ = _dash(new_uow, staff, flag_ecommerce=True)
    assert d.closing.closed == 2 and d.composition.ecommerce == 2                    # A, C
    d, _ = _dash(new_uow, staff, flag_trade_fair=True)
    assert dict(d.closing.by_method)["withdrawn"] == 1 and d.closing.closed == 1     # C


DRILLS = [
    ("state", CaseState.REGISTERED, "DFH"),
    ("overdue", "officer", "H"),
    ("due_soon", "officer", "I"),
    ("overdue_all", None, "H"),
    ("workload_unregistered", "officer", "I"),
    ("workload_registered", "officer", "FH"),
    ("open", None, "DFHI"),
    ("received_month", (2026, 10), "DEIJ"),
    ("registered_month", (2026, 9), "C"),
    ("received", None, "DEIJ"),
    ("registered", None, "D"),
    ("closed", None, "ABCG"),
    ("method", "ruling_infringement", "A"),
    ("method", "withdrawn", "C"),
    ("method", "withdrawn_unregistered", "J"),
    ("method", "not_accepted", "E"),
    ("on_time", True, "ACG"),
    ("on_time", False, "B"),
    ("handling", None, "ABCG"),
    ("mediation", "mediated", "B"),
    ("mediation", "settlement_not_mediated", "G"),
    ("patent_type", PatentType.UTILITY_MODEL, "BC"),
    ("flag", "flag_trade_fair", "C"),
    ("flag", "flag_ecommerce", "AC"),
]


def test_every_figure_drills_down_to_its_cases(new_uow, staff, fixture_cases):
    d, flt = _dash(new_uow, staff)
    with new_uow() as uow:
        scope = statistics_scope(uow, viewer_id=staff.dept_head.id)
    wrong = []
    for figure, key, letters in DRILLS:
        key = staff.officer.id if key == "officer" else key
        case_filter = drilldown(flt, scope, figure, key, today=TODAY, due_soon_until=d.due_soon_until)
        got = _listed(new_uow, case_filter)
        want = {fixture_cases[x] for x in letters}
        if got != want:
            wrong.append((figure, key, sorted(got), sorted(want)))
    assert wrong == []


def test_only_supervisors_and_their_offices(new_uow, staff):
    with pytest.raises(PermissionDenied), new_uow() as uow:
        dashboard(uow, StatsFilter(*OCTOBER), viewer_id=staff.officer.id, today=TODAY)
    with pytest.raises(PermissionDenied), new_uow() as uow:
        dashboard(uow, StatsFilter(*OCTOBER, office_ids=(999,)), viewer_id=staff.dept_head.id, today=TODAY)
    with pytest.raises(ValidationFailed) as e, new_uow() as uow:
        dashboard(uow, StatsFilter(date(2026, 10, 31), date(2026, 10, 1)), viewer_id=staff.dept_head.id,
                  today=TODAY)
    assert (e.value.field, e.value.reason) == ("date_to", "before_start")


def test_an_office_sees_its_sub_offices_and_may_pick_one(new_uow, staff, fixture_cases):
    from ipcase.db.models.admin import Office
    with new_uow() as uow:
        county = Office(name="甲县市场监督管理局", short_name="甲县", parent_id=staff.office.id)
        uow.session.add(county)
        uow.commit()
        county_id = county.id
    with new_uow() as uow:
        scope = statistics_scope(uow, viewer_id=staff.dept_head.id)
    assert scope.office_ids == (staff.office.id, county_id) and [o.name for o in scope.sub_offices] == ["甲县市场监督管理局"]
    everything, _ = _dash(new_uow, staff)
    city, _ = _dash(new_uow, staff, office_ids=(staff.office.id,))
    county_only, flt = _dash(new_uow, staff, office_ids=(county_id,))
    assert city.closing == everything.closing and city.period == everything.period
    assert county_only.closing.closed == 0 and county_only.open_cases == 0
    assert drilldown(flt, scope, "closed").office_ids == (county_id,)

