"""Dashboard rows: the 统计 dashboard's year to date against the raw SQL it sends and its refresh in the window.
(The GUI-thread stalls of the 统计 charts and of the 工作台 are measured in one place: stalls.py.)"""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from tools.scale_rows import context, timed, top_office_head

_state: dict = {}


def _setup(url: str) -> dict:
    """Engine, units of work, a department head of the top office (and the UI probes, made when first needed)."""
    if _state.get("url") == url:
        return _state
    from ipcase.queries.admin.users import list_users

    engine, new_uow, _top, head = top_office_head(url)
    with new_uow() as uow:
        viewer = next(u for u in list_users(uow) if u.id == head)
    _state.clear()
    _state.update(url=url, engine=engine, new_uow=new_uow, head=head, viewer=viewer)
    return _state


def _filter():
    from ipcase.dto.statistics import StatsFilter
    today = context().today
    return StatsFilter(date(today.year, 1, 1), today, basis="closed")


def _dashboard(url: str, use_aggregates: bool = True, basis: str = "closed") -> float:
    from ipcase.queries.statistics.figures import dashboard
    st, today = _setup(url), context().today

    def run():
        with st["new_uow"]() as uow:
            dashboard(uow, replace(_filter(), basis=basis), viewer_id=st["head"], today=today,
                      use_aggregates=use_aggregates)
    return timed(run)


def _aggregates_built(url: str) -> bool:
    from ipcase.db import aggregates
    with _setup(url)["engine"].connect() as conn:
        return aggregates.usable(conn)


def _raw_sql(url: str) -> float:
    from tools.benchmark_dashboard import recorded_sql, run_raw
    st = _setup(url)
    if "statements" not in st:
        st["statements"] = recorded_sql(st["engine"], st["new_uow"], _filter(), st["head"], context().today)
    return timed(lambda: run_raw(st["engine"], st["statements"]))


def _charts(url: str) -> float:
    """Seconds from the 统计 view's refresh in an offscreen window (the real task runner) to drawn charts."""
    from tools.benchmark_dashboard import UiProbe
    st = _setup(url)
    if "ui" not in st:
        st["ui"] = UiProbe(st["new_uow"], st["viewer"], context().today, context().work_dir)
    elapsed, _stall = st["ui"].refresh(_filter())
    return elapsed


def rows(db_url: str) -> list:
    return [
        # The aggregates (ipcase.db.aggregates) against the full SQL the dashboard ran before them (issue 19).
        *[(f"dashboard, year to date by {label} date (aggregates, against the full SQL)"
           if _aggregates_built(db_url) else f"dashboard, year to date by {label} date (aggregates NOT BUILT)",
           lambda basis=basis: _dashboard(db_url, True, basis), lambda basis=basis: _dashboard(db_url, False, basis))
          for label, basis in (("closing", "closed"), ("registration", "registered"))],
        ("dashboard, year to date by closing date (query, against its raw SQL)", lambda: _dashboard(db_url),
         lambda: _raw_sql(db_url)),
        ("dashboard refresh in the window, to charts drawn", lambda: _charts(db_url), None),
    ]
