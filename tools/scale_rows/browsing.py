"""RSS after browsing (issue 19: "RSS after start / after browsing ≤ 1.3× the same app on the demo database").

Each measurement is a fresh process (`python -m tools.scale_rows.browsing URL TODAY WORK_DIR`) that opens the
sections a department head uses with the app's real task runner (database work on its own thread) and browses
like a user: the 案件 list's first page and PAGES more pages scrolled to, a sort by every column the database can
sort by, two searches (one character and a word), the 工作台 with everyone's deadlines, the 统计 dashboard, the
收案登记 register and one case's window (the first case of the list). Then it collects garbage and reports its
resident memory (MiB). The limit is the same browsing on the demo database; the row's ratio is register / demo."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PAGES = 5                      # pages scrolled to in the case list after the first
SEARCHES = ("王", "科技")       # a one-character search and a word
WAIT_S = 600                   # a step that has not finished by then fails the measurement


def rss_after_browsing(url: str) -> float:
    """MiB resident in a fresh process after the browsing above (see the module's docstring)."""
    from tools.scale_rows import context
    ctx = context()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-m", "tools.scale_rows.browsing", url, ctx.today.isoformat(),
                           str(ctx.work_dir)], env=env, cwd=ROOT, capture_output=True, text=True, timeout=3600)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode or not lines:
        raise RuntimeError(f"browsing failed (exit {done.returncode}):\n{done.stderr[-3000:]}")
    return json.loads(lines[-1])["rss_mib"]


def _wait(app, predicate, what: str) -> None:
    """Run the event loop until predicate() holds (the answers of the database thread are delivered by it)."""
    deadline = time.monotonic() + WAIT_S
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError(f"browsing: {what} did not finish in {WAIT_S} s")
        app.processEvents()
        time.sleep(0.005)


def browse(url: str) -> dict:
    """The browsing itself, in this process; returns what it saw and the resident memory after it."""
    import gc

    from PySide6.QtCore import Qt

    from tools.scale_rows import stalls
    from ui.cases.list_section import CaseListView
    from ui.cases.table_model import SORT_FIELD
    from ui.intake.section import IntakeView
    from ui.sections import case_detail_view
    from ui.shell.start_probe import resident_mib
    from ui.statistics.section import StatisticsView
    from ui.workbench.section import DashboardView

    state = stalls.setup(url)
    app, ctx, runner = state["app"], state["ctx"], state["runner"]
    idle = lambda: not runner.busy   # noqa: E731 — every read started by the step has been delivered
    shown: dict[str, int] = {}

    cases = CaseListView(ctx)
    cases.resize(1366, 768)
    cases.show()
    cases.refresh()
    _wait(app, lambda: idle() and cases.pager.total is not None, "the case list")
    for _ in range(PAGES):
        cases.table.scrollToBottom()
        cases.model.fetchMore()
        _wait(app, idle, "a page scrolled to")
    shown["case rows scrolled"] = cases.model.rowCount()
    header = cases.table.horizontalHeader()
    for column in SORT_FIELD:
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            header.setSortIndicator(column, order)
            _wait(app, lambda: idle() and not cases.pager.search_timer.isActive(), "a sort")
    for text in SEARCHES:
        cases.filter_bar.search_edit.setText(text)
        _wait(app, lambda: idle() and not cases.pager.search_timer.isActive(), "a search")
        shown[f"hits of {text}"] = cases.pager.total or 0
    cases.filter_bar.search_edit.clear()
    _wait(app, lambda: idle() and not cases.pager.search_timer.isActive(), "the search cleared")
    first_case = cases.model.row_at(0)

    workbench = DashboardView(ctx)
    workbench.everyone_check.setChecked(True)
    workbench.show()
    workbench.refresh()
    _wait(app, idle, "the 工作台")
    shown["deadlines"] = workbench.deadline_model.rowCount()

    statistics = StatisticsView(ctx)
    statistics.show()
    statistics.refresh()
    _wait(app, lambda: idle() and statistics.dashboard is not None, "the 统计 dashboard")

    intake = IntakeView(ctx)
    intake.show()
    intake.refresh()
    _wait(app, lambda: idle() and intake.pager.total is not None, "the 收案登记 register")

    if first_case is not None:
        detail = case_detail_view(ctx)
        detail.show()
        detail.show_case(first_case.id)
        _wait(app, lambda: idle() and detail.detail is not None, "a case window")
    gc.collect()
    return {"rss_mib": round(resident_mib(), 1), **shown}


def main(argv: list[str]) -> int:
    from datetime import date

    import tools.scale_rows as scale_rows
    url, today, work_dir = argv[0], date.fromisoformat(argv[1]), Path(argv[2])
    scale_rows.CONTEXT = scale_rows.Context(url, url, work_dir, today, 0)
    print(json.dumps(browse(url), ensure_ascii=False), flush=True)
    return 0


def rows(db_url: str) -> list:
    from tools.scale_rows import context
    demo = context().demo_url
    return [("RSS after browsing (案件 6 pages, every sort, 2 searches, 工作台, 统计, 收案登记, a case)",
             lambda: rss_after_browsing(db_url), lambda: rss_after_browsing(demo), "MiB")]


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.exit(main(sys.argv[1:]))
