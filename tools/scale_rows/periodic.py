"""Periodic report rows (月报 / 年报, ipcase.reports.periodic): the report read from the dashboard's aggregates
against the same report computed from the cases (`use_aggregates=False`, the full SQL it used before)."""
from __future__ import annotations

from datetime import datetime, time

from tools.scale_rows import context, timed, top_office_head

_state: dict = {}


def _setup(url: str) -> dict:
    if _state.get("url") == url:
        return _state
    engine, new_uow, _top, head = top_office_head(url)
    _state.clear()
    _state.update(url=url, engine=engine, new_uow=new_uow, head=head)
    return _state


def _report(url: str, kind: str, use_aggregates: bool) -> float:
    from ipcase.domain.statistics.counting import ReportPeriod
    from ipcase.reports.periodic import build_report
    st, today = _setup(url), context().today
    # The last whole month before today, and the year before today's (whole periods, as reported upward).
    period = (ReportPeriod("month", today.year - (today.month == 1), (today.month - 2) % 12 + 1) if kind == "month"
              else ReportPeriod("year", today.year - 1))

    def run():
        with st["new_uow"]() as uow:
            build_report(uow, viewer_id=st["head"], period=period, now=datetime.combine(today, time(9)),
                         use_aggregates=use_aggregates)
    return timed(run)


def rows(db_url: str) -> list:
    return [
        ("periodic report (月报), last month: aggregates vs full SQL",
         lambda: _report(db_url, "month", True), lambda: _report(db_url, "month", False)),
        ("periodic report (年报), last year: aggregates vs full SQL",
         lambda: _report(db_url, "year", True), lambda: _report(db_url, "year", False)),
    ]
