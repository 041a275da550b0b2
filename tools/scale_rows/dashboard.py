"""Dashboard rows: the 统计 dashboard's year to date against the raw SQL it sends, its refresh in the window, and
the longest GUI-thread stalls of the 统计 charts and of the 工作台 (everyone's deadlines, a department head)."""
from __future__ import annotations

import time
from dataclasses import replace
from datetime import date, datetime
from datetime import time as dt_time

from tools.scale_rows import context, timed

_state: dict = {}


def _setup(url: str) -> dict:
    """Engine, units of work, a department head of the top office (and the UI probes, made when first needed)."""
    if _state.get("url") == url:
        return _state
    from sqlalchemy import select

    from ipcase.db.engine import make_engine
    from ipcase.db.models.admin import Office, User
    from ipcase.domain.enums import Role
    from ipcase.queries.admin.users import list_users
    from ipcase.uow import uow_factory

    engine = make_engine(url)
    new_uow = uow_factory(engine)
    with new_uow() as uow:
        s = uow.session
        top = s.scalar(select(Office.id).where(Office.parent_id.is_(None)).order_by(Office.id))
        head = s.scalar(select(User.id).where(User.office_id == top, User.role == Role.DEPT_HEAD.value))
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


def _charts(url: str, what: str) -> float:
    """The 统计 view refreshed in an offscreen window with the real task runner: seconds to drawn charts, or the
    longest gap between event-loop ticks meanwhile (ms)."""
    from tools.benchmark_dashboard import UiProbe
    st = _setup(url)
    if "ui" not in st:
        st["ui"] = UiProbe(st["new_uow"], st["viewer"], context().today, context().work_dir)
    elapsed, stall = st["ui"].refresh(_filter())
    return elapsed if what == "time" else stall * 1000


class _WorkbenchProbe:
    """The 工作台 (ui/workbench) of a department head, everyone's deadlines shown, in an offscreen window."""

    def __init__(self, new_uow, viewer, today: date):
        from PySide6.QtCore import QEventLoop, QTimer
        from PySide6.QtWidgets import QApplication

        from ipcase.clock import FixedClock
        from ipcase.config import AppConfig
        from ui.shell.context import AppContext
        from ui.shell.tasks import TaskRunner
        from ui.workbench.section import DashboardView

        self.app = QApplication.instance() or QApplication(["benchmark"])
        self.runner = TaskRunner()
        ctx = AppContext(config=AppConfig("benchmark", context().work_dir, False),
                         clock=FixedClock(datetime.combine(today, dt_time(9, 0))), new_uow=new_uow,
                         runner=self.runner, user=viewer)
        self.view = DashboardView(ctx)
        self.view.everyone_check.setChecked(True)
        self.view.resize(1366, 768)
        self.view.show()
        self.loop = QEventLoop()
        self.ticks: list[float] = []
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(lambda: self.ticks.append(time.perf_counter()))
        self.rows = 0

    def refresh(self) -> float:
        """The longest GUI-thread gap (ms) from refresh() until the deadlines are shown and painted."""
        from PySide6.QtCore import QTimer

        model = self.view.deadline_model
        model.modelReset.connect(self.loop.quit)
        self.view._loaded = False   # noqa: SLF001 — measure the first load's column sizing every time
        self.ticks = [time.perf_counter()]
        self.timer.start()
        self.view.refresh()
        QTimer.singleShot(120_000, self.loop.quit)
        self.loop.exec()
        self.view.grab()
        self.ticks.append(time.perf_counter())
        self.timer.stop()
        model.modelReset.disconnect(self.loop.quit)
        self.rows = model.rowCount()
        return max(b - a for a, b in zip(self.ticks, self.ticks[1:], strict=False)) * 1000


def _workbench(url: str) -> float:
    st = _setup(url)
    if "workbench" not in st:
        st["workbench"] = _WorkbenchProbe(st["new_uow"], st["viewer"], context().today)
    return st["workbench"].refresh()


def rows(db_url: str) -> list:
    return [
        # The aggregates (ipcase.db.aggregates) against the full SQL the dashboard ran before them (issue 19).
        *[(f"dashboard, year to date by {label} date (aggregates, against the full SQL)"
           if _aggregates_built(db_url) else f"dashboard, year to date by {label} date (aggregates NOT BUILT)",
           lambda basis=basis: _dashboard(db_url, True, basis), lambda basis=basis: _dashboard(db_url, False, basis))
          for label, basis in (("closing", "closed"), ("registration", "registered"))],
        ("dashboard, year to date by closing date (query, against its raw SQL)", lambda: _dashboard(db_url),
         lambda: _raw_sql(db_url)),
        ("dashboard refresh in the window, to charts drawn", lambda: _charts(db_url, "time"), None),
        ("GUI-thread stall: 统计 charts refresh", lambda: _charts(db_url, "stall"), None, "ms"),
        ("GUI-thread stall: 工作台, everyone's deadlines (first load, column sizing)", lambda: _workbench(db_url),
         None, "ms"),
    ]
