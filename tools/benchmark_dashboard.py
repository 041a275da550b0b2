"""How long the 统计 dashboard takes to refresh on a large register, against the raw aggregate SQL behind it.

    python tools/benchmark_dashboard.py --db sqlite:////tmp/ipcase-1m.db --cases 1000000
    python tools/benchmark_dashboard.py --db postgresql://postgres@127.0.0.1:5432/ipcase --cases 1000000

Cases are generated first when the database has fewer than --cases (`python main.py demo`'s generator, with
three sub-offices). For each filter the script records the SQL statements one dashboard refresh sends, then
measures in the same run: (1) those statements executed and fetched on the bare DB-API connection, (2) the
dashboard query function (ipcase.queries.statistics.figures.dashboard: the same SQL plus SQLAlchemy and the DTOs),
(3) the 统计 view's refresh in an offscreen window with the real task runner, from refresh() until the charts
are drawn, and the longest time the GUI thread's event loop went without running meanwhile. Medians of
--repeat runs, after one warm-up; prints a Markdown table for the README.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from datetime import date, datetime
from datetime import time as dt_time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import event, func, select  # noqa: E402

from ipcase.clock import FixedClock  # noqa: E402
from ipcase.config import AppConfig  # noqa: E402
from ipcase.db.engine import make_engine  # noqa: E402
from ipcase.db.migrate import upgrade_to_head  # noqa: E402
from ipcase.db.models.admin import Office, User  # noqa: E402
from ipcase.db.models.cases import Case  # noqa: E402
from ipcase.demo.bulk import generate  # noqa: E402
from ipcase.domain.enums import Role  # noqa: E402
from ipcase.dto.statistics import StatsFilter  # noqa: E402
from ipcase.queries.admin.users import list_users  # noqa: E402
from ipcase.queries.statistics.figures import dashboard  # noqa: E402
from ipcase.uow import uow_factory  # noqa: E402


def _median(fn, repeat: int) -> float:
    fn()  # warm-up: the same cache state for every measured run
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def recorded_sql(engine, new_uow, flt: StatsFilter, viewer_id: int, today: date) -> list[tuple[str, object]]:
    recorded: list[tuple[str, object]] = []

    def record(_conn, _cursor, statement, parameters, _context, _many):
        if not statement.lstrip().upper().startswith(("BEGIN", "COMMIT", "ROLLBACK")):
            recorded.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", record)
    try:
        with new_uow() as uow:
            dashboard(uow, flt, viewer_id=viewer_id, today=today)
    finally:
        event.remove(engine, "before_cursor_execute", record)
    return recorded


def run_raw(engine, statements) -> None:
    connection = engine.raw_connection()
    try:
        cursor = connection.cursor()
        for statement, parameters in statements:
            cursor.execute(statement, parameters)
            cursor.fetchall()
        cursor.close()
        connection.rollback()
    finally:
        connection.close()


class UiProbe:
    """The 统计 view in an offscreen window with the real TaskRunner."""

    def __init__(self, new_uow, viewer, today: date, data_dir: Path):
        from PySide6.QtCore import QEventLoop, QTimer
        from PySide6.QtWidgets import QApplication

        from ui.shell.context import AppContext
        from ui.shell.tasks import TaskRunner
        from ui.statistics.section import StatisticsView

        self.app = QApplication.instance() or QApplication([sys.argv[0]])
        self.runner = TaskRunner()
        ctx = AppContext(config=AppConfig("benchmark", data_dir, False),
                         clock=FixedClock(datetime.combine(today, dt_time(9, 0))), new_uow=new_uow,
                         runner=self.runner, user=viewer)
        self.view = StatisticsView(ctx)
        self.view.resize(1400, 900)
        self.view.show()
        # Wait in a nested event loop, not by polling processEvents(): PySide6 6.12 drops a reference to None
        # on every call of a void method from Python, which a polling loop makes thousands of times a second.
        self.loop = QEventLoop()
        self.view.loaded.connect(self.loop.quit)
        self.ticks: list[float] = []
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(lambda: self.ticks.append(time.perf_counter()))
        self.refresh(None)  # the scope (offices, officers) once

    def refresh(self, flt: StatsFilter | None) -> tuple[float, float]:
        """Seconds from refresh() to the charts drawn; the longest gap between event-loop ticks (s)."""
        bar = self.view.filter_bar
        if flt is not None:
            bar.blockSignals(True)
            bar.basis_combo.setCurrentIndex(bar.basis_combo.findData(flt.basis))
            bar.officer_combo.setCurrentIndex(max(bar.officer_combo.findData(flt.officer_id), 0))
            bar.set_range(flt.date_from, flt.date_to)
            bar.blockSignals(False)
        self.ticks = [time.perf_counter()]
        self.timer.start()
        started = time.perf_counter()
        self.view.refresh()
        self.loop.exec()
        self.view.grab()  # paints the charts now, as the screen would
        elapsed = time.perf_counter() - started
        self.timer.stop()
        self.ticks.append(time.perf_counter())
        stall = max(b - a for a, b in zip(self.ticks, self.ticks[1:], strict=False))
        return elapsed, stall


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="database URL (generated into when it has too few cases)")
    parser.add_argument("--cases", type=int, default=1_000_000)
    parser.add_argument("--today", type=date.fromisoformat, default=date(2026, 11, 21))
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-ui", action="store_true", help="skip the offscreen window")
    args = parser.parse_args(argv)
    url = args.db.replace("postgresql://", "postgresql+psycopg://", 1)
    engine = make_engine(url)
    upgrade_to_head(engine)
    new_uow = uow_factory(engine)
    with new_uow() as uow:
        have = uow.session.scalar(select(func.count()).select_from(Case)) or 0
    if have < args.cases:
        print(f"generating {args.cases - have} cases…", file=sys.stderr)
        started = time.perf_counter()
        generate(new_uow, cases=args.cases - have, today=args.today, sub_offices=3,
                 progress=lambda d, t, _x: print(f"\r{d}/{t}", end="", file=sys.stderr))
        print(f"\ngenerated in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    with new_uow() as uow:
        s = uow.session
        top = s.scalar(select(Office.id).where(Office.parent_id.is_(None)).order_by(Office.id))
        head_id = s.scalar(select(User.id).where(User.office_id == top, User.role == Role.DEPT_HEAD.value))
        officer_id = s.scalar(select(User.id).where(User.office_id == top, User.role == Role.OFFICER.value)
                              .order_by(User.id))
        total = s.scalar(select(func.count()).select_from(Case))
        viewer = next(u for u in list_users(uow) if u.id == head_id)
    today = args.today
    year = date(today.year, 1, 1)
    scenarios = [
        ("本年至今，按结案日期", StatsFilter(year, today, basis="closed")),
        ("本年至今，按立案日期", StatsFilter(year, today, basis="registered")),
        ("本月，按结案日期", StatsFilter(today.replace(day=1), today, basis="closed")),
        ("本年至今，一名承办人", StatsFilter(year, today, basis="closed", officer_id=officer_id)),
    ]
    probe = None if args.no_ui else UiProbe(new_uow, viewer, today, Path(os.environ.get("TMPDIR", "/tmp")))
    print(f"\n{engine.dialect.name}, {total} cases, today {today}, median of {args.repeat} runs\n")
    print("| 筛选 | 原始 SQL (s) | 查询函数 (s) | 比值 | 界面刷新 (s) | 比值 | 界面线程最长停顿 (ms) |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for name, flt in scenarios:
        statements = recorded_sql(engine, new_uow, flt, head_id, today)
        raw = _median(lambda st=statements: run_raw(engine, st), args.repeat)

        def query(flt=flt):
            with new_uow() as uow:
                dashboard(uow, flt, viewer_id=head_id, today=today)
        core = _median(query, args.repeat)
        ui_cells = "— | — | —"
        if probe is not None:
            probe.refresh(flt)
            runs = [probe.refresh(flt) for _ in range(args.repeat)]
            ui = statistics.median(r[0] for r in runs)
            stall = max(r[1] for r in runs)
            ui_cells = f"{ui:.2f} | {ui / raw:.2f} | {stall * 1000:.0f}"
        print(f"| {name}（{len(statements)} 条语句） | {raw:.2f} | {core:.2f} | {core / raw:.2f} | {ui_cells} |")
    engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
