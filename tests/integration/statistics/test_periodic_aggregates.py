"""The periodic report (月报/季报/年报, ipcase.reports.periodic) reads its period figures, ranking and monthly
series from the dashboard's aggregates (stats_cells) and gives exactly the report the full SQL gives — every line, the same
period last year and the previous one, the ranking, the monthly series — for a month, a quarter and a year, for
the whole database and for one office among others, on both backends; and on the demo office's story and past
cases (SQLite)."""
from __future__ import annotations

from datetime import datetime

import pytest
from stats_fixture import build

from ipcase.db import aggregates
from ipcase.db.models.admin import Office
from ipcase.domain.statistics.counting import ReportPeriod
from ipcase.reports.periodic import build_office_report, build_report

NOW = datetime(2026, 11, 2, 9, 0)
PERIODS = (ReportPeriod("month", 2026, 10), ReportPeriod("month", 2026, 9), ReportPeriod("quarter", 2026, 3),
           ReportPeriod("quarter", 2026, 4), ReportPeriod("year", 2026), ReportPeriod("year", 2025))


def _both_ways(new_uow, build_fn, period, **kw):
    with new_uow() as uow:
        assert aggregates.usable(uow.session.connection())   # else both would be the full SQL
        cells = build_fn(uow, period=period, now=NOW, **kw)
    with new_uow() as uow:
        full = build_fn(uow, period=period, now=NOW, use_aggregates=False, **kw)
    return cells, full


def test_the_report_from_the_aggregates_equals_the_full_sql(new_uow, staff):
    build(new_uow, staff)        # eleven cases: every closing method, pauses, flags, months (stats_fixture)
    for period in PERIODS:
        cells, full = _both_ways(new_uow, build_report, period, viewer_id=staff.dept_head.id)
        assert cells == full, period
        if period == PERIODS[0]:
            assert cells.current.counts.registered > 0 and cells.current.closing.closed > 0
    # Another office in the database: the report is of the viewer's office only (cells filtered by office).
    with new_uow() as uow:
        uow.session.add(Office(name="另一市场监督管理局", short_name="另一"))
        uow.commit()
    for period in PERIODS[:3]:
        cells, full = _both_ways(new_uow, build_report, period, viewer_id=staff.dept_head.id)
        assert cells == full, period
    # Sub-offices: the ranking is by office (its figures per office from the cells).
    with new_uow() as uow:
        for name in ("甲县市场监督管理局", "乙县市场监督管理局"):
            uow.session.add(Office(name=name, short_name=name[:2], parent_id=staff.office.id))
        uow.commit()
    for period in PERIODS[:2]:
        cells, full = _both_ways(new_uow, build_report, period, viewer_id=staff.dept_head.id)
        assert cells == full and cells.ranking.unit_kind == "office", period


@pytest.mark.xdist_group("demo")   # on the worker that builds the session's demo office
def test_the_demo_office_report_from_the_aggregates(demo_copy):
    from ipcase.db.engine import make_engine
    from ipcase.uow import uow_factory

    engine = make_engine(f"sqlite:///{demo_copy}")
    try:
        new_uow = uow_factory(engine)
        for period in (ReportPeriod("month", 2026, 10), ReportPeriod("quarter", 2026, 2), ReportPeriod("year", 2025),
                       ReportPeriod("year", 2026)):
            cells, full = _both_ways(new_uow, build_office_report, period)
            assert cells == full, period
            assert cells.current.counts.registered + cells.current.closing.closed > 0 or period.kind == "month"
    finally:
        engine.dispose()
