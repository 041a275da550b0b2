"""GUI-thread stall rows (issue 19: "the GUI thread only paints"): the longest time the event loop did not turn
while a screen loaded on the large register, measured by an event-loop watchdog, with where the GUI thread was.

The watchdog: a 10 ms QTimer beats on the GUI thread; a Python thread looks every 5 ms and, while the beat is
late by more than SAMPLE_AFTER, samples the GUI thread's Python stack (sys._current_frames). The row's value is
the longest gap between beats (ms) from the screen's refresh until its data is shown and painted (the event loop
runs SETTLE_MS more, so the paints it posts are in the measure); `IPCASE_STALL_WHERE=1` prints, for each
measurement, the innermost ipcase/ui/tools frame seen most often during stalls, and what the longest gap was made of:
the GUI thread's CPU, its wait for a CPU, the rest (blocked: waiting for the GIL, which another thread of the
process holds), and the CPU and the wait for a CPU of the process's other threads meanwhile (the database thread
building rows in Python while it waits for a CPU holds the GIL all that time: S19c).

A gap is wall time: on a loaded machine it also holds the time the GUI thread waited for a CPU or for the GIL
(held by the database thread while it builds rows in Python). So each beat also reads the GUI thread's own CPU
time (`time.thread_time()` on that thread), and the "CPU" rows give the most CPU the GUI thread spent between
two beats — the part the app's code decides, independent of the machine's load.

Screens: the 统计 dashboard (charts), the 工作台 with everyone's deadlines (a department head), the first page
of the 案件 list and of the 收案登记 register."""
from __future__ import annotations

import os
import sys
import threading
import time
from collections import Counter
from datetime import date, datetime
from datetime import time as dt_time

from tools.scale_rows import context, top_office_head

SAMPLE_AFTER = 0.05   # s: a beat this late is a stall worth sampling
SETTLE_MS = 400       # the event loop runs this long after the data arrived (paints, chunked filling)
_PROJECT = ("/ipcase/", "/ui/", "/tools/")


def _threads_schedstat() -> dict[str, tuple[str, float, float]]:
    """Per thread of this process: (name, seconds on a CPU, seconds runnable waiting for one) (Linux; {} else)."""
    out = {}
    try:
        tids = os.listdir("/proc/self/task")
    except OSError:
        return out
    for tid in tids:
        try:
            with open(f"/proc/self/task/{tid}/schedstat", encoding="ascii") as f:
                run, wait = f.read().split()[:2]
            with open(f"/proc/self/task/{tid}/comm", encoding="utf-8") as f:
                name = f.read().strip()
        except (OSError, ValueError):
            continue
        out[tid] = (name, int(run) / 1e9, int(wait) / 1e9)
    return out


def _run_queue_wait() -> float:
    """Seconds the calling thread has spent runnable but waiting for a CPU (Linux schedstat; 0 elsewhere)."""
    try:
        with open("/proc/thread-self/schedstat", encoding="ascii") as f:
            return int(f.read().split()[1]) / 1e9
    except (OSError, IndexError, ValueError):
        return 0.0


class Watchdog:
    """Longest event-loop gap and where the GUI thread was meanwhile (see the module's docstring)."""

    def __init__(self):
        from PySide6.QtCore import QTimer
        self._timer = QTimer()
        self._timer.setInterval(10)
        self._timer.timeout.connect(self._beat)
        self._gui = threading.get_ident()
        self._last, self._last_cpu, self._last_queued = time.perf_counter(), time.thread_time(), _run_queue_wait()
        self.longest = 0.0
        self.busiest = 0.0    # the most CPU time (s) the GUI thread spent between two beats
        self.unqueued = 0.0   # the longest gap less the time the GUI thread waited for a CPU meanwhile
        self.where: Counter = Counter()
        self._running = False
        self._sampler: threading.Thread | None = None
        self._explain = bool(os.environ.get("IPCASE_STALL_WHERE"))
        self._threads: dict = {}
        self.made_of = ""   # what the longest gap was made of (IPCASE_STALL_WHERE only: see the module's docstring)

    def _beat(self) -> None:   # on the GUI thread: thread_time() and schedstat are its own
        now, cpu, queued = time.perf_counter(), time.thread_time(), _run_queue_wait()
        gap = now - self._last
        if self._explain:
            self._explain_gap(gap, cpu - self._last_cpu, queued - self._last_queued)
        self.longest = max(self.longest, gap)
        self.busiest = max(self.busiest, cpu - self._last_cpu)
        self.unqueued = max(self.unqueued, gap - (queued - self._last_queued))
        self._last, self._last_cpu, self._last_queued = now, cpu, queued

    def _explain_gap(self, gap: float, cpu: float, queued: float) -> None:
        threads, before = _threads_schedstat(), self._threads
        self._threads = threads
        if gap <= self.longest or not before:
            return
        gui = str(threading.get_native_id())
        others = [f"{name} {1000 * (run - before[tid][1]):.0f}/{1000 * (wait - before[tid][2]):.0f}"
                  for tid, (name, run, wait) in threads.items()
                  if tid != gui and tid in before and run + wait - before[tid][1] - before[tid][2] > 0.001]
        self.made_of = (f"GUI thread: CPU {1000 * cpu:.0f}, waiting for a CPU {1000 * queued:.0f}, blocked "
                        f"{1000 * max(0.0, gap - cpu - queued):.0f}; other threads (CPU/waiting for a CPU): "
                        + ("; ".join(others) or "none"))

    def _sample(self) -> None:
        while self._running:
            time.sleep(0.005)
            if time.perf_counter() - self._last > SAMPLE_AFTER:
                frame = sys._current_frames().get(self._gui)   # noqa: SLF001 — the documented way to sample a thread
                while frame is not None and not any(p in frame.f_code.co_filename for p in _PROJECT):
                    frame = frame.f_back
                if frame is not None:
                    code = frame.f_code
                    self.where[f"{code.co_filename.rsplit('/work/main/', 1)[-1]}:{frame.f_lineno} "
                               f"{code.co_name}"] += 1

    def start(self) -> None:
        self.longest, self.busiest, self.unqueued, self.where = 0.0, 0.0, 0.0, Counter()
        self._threads, self.made_of = _threads_schedstat() if self._explain else {}, ""
        self._last, self._last_cpu, self._last_queued = time.perf_counter(), time.thread_time(), _run_queue_wait()
        self._running = True
        self._timer.start()
        self._sampler = threading.Thread(target=self._sample, daemon=True)
        self._sampler.start()

    def stop(self) -> float:
        """The longest gap (ms) since start()."""
        self._beat()
        self._timer.stop()
        self._running = False
        if self._sampler is not None:
            self._sampler.join()
        if os.environ.get("IPCASE_STALL_WHERE"):
            print(f"  longest {self.longest * 1000:.0f} ms, less waiting for a CPU {self.unqueued * 1000:.0f} ms "
                  f"(GUI-thread CPU in one turn at most {self.busiest * 1000:.0f} ms); stalled at: "
                  f"{self.where.most_common(3)}; the longest gap: {self.made_of}", file=sys.stderr)
        return self.longest * 1000


_state: dict = {}


def setup(url: str) -> dict:
    """The application objects shared by the probes: units of work, a department head of the top office and
    the context of her window (the real TaskRunner: database work on its own thread, as in the app)."""
    if _state.get("url") == url:
        return _state
    from PySide6.QtWidgets import QApplication

    from ipcase.clock import FixedClock
    from ipcase.config import AppConfig
    from ipcase.queries.admin.users import list_users
    from ipcase.uow import uow_factory
    from ui.shell.context import AppContext
    from ui.shell.tasks import TaskRunner

    engine, new_uow, _top, head = top_office_head(url)
    with new_uow() as uow:
        viewer = next(u for u in list_users(uow) if u.id == head)
    from ui.shell.window_state import keep_settings_in
    keep_settings_in(context().work_dir / "settings")   # no layout the user saved narrows what is measured
    app = QApplication.instance()
    if app is None:   # set up as main.py does: the CJK font, the texts, the style sheet (painting costs with them)
        from ui import catalogue
        from ui.common import texts
        from ui.shell import app as ui_app
        app = QApplication(["benchmark"])
        ui_app.install_cjk_font(app)
        texts.install(catalogue.TEXTS)
        ui_app.install_style(app)
    runner = TaskRunner()
    today = context().today
    ctx = AppContext(config=AppConfig("benchmark", context().work_dir, False),
                     clock=FixedClock(datetime.combine(today, dt_time(9, 0))), new_uow=uow_factory(engine,
                                                                                                 viewer_id=head),
                     runner=runner, user=viewer)
    _state.clear()
    _state.update(url=url, app=app, ctx=ctx, runner=runner, watchdog=Watchdog(), views={})
    return _state


def _measure(view, start, done_signal) -> float:
    """Longest GUI-thread gap (ms) from start() until done_signal fired and the loop ran SETTLE_MS more."""
    from PySide6.QtCore import QEventLoop, QTimer
    st = _state
    loop = QEventLoop()

    def settle(*_args) -> None:
        QTimer.singleShot(SETTLE_MS, loop.quit)
    done_signal.connect(settle)
    st["watchdog"].start()
    start()
    QTimer.singleShot(600_000, loop.quit)
    loop.exec()
    done_signal.disconnect(settle)
    wall = st["watchdog"].stop()
    dog, figures = st["watchdog"], st.setdefault("figures", {})
    for what, value in (("cpu", dog.busiest), ("unqueued", dog.unqueued)):
        figures.setdefault((_measuring[0], what), []).append(value * 1000)
    return wall


_measuring = [""]   # the screen measured now: its GUI-thread CPU values are kept under this key


def _kept(key: str, what: str, measure) -> float:
    """A figure of a measurement of `key` (ms): "cpu" — the GUI thread's most CPU in one turn; "unqueued" — the
    longest gap less the GUI thread's wait for a CPU. From the measurement its stall row just made (the
    benchmark runs a row's repeats before the next row), else from a new one."""
    kept = _state.get("figures", {}).get((key, what)) if _state else None
    if not kept:
        measure()
        kept = _state["figures"][(key, what)]
    return kept.pop(0)


def _view(key: str, make):
    from ui.shell import heap
    views = _state["views"]
    if key not in views:
        view = make(_state["ctx"])
        view.resize(1366, 768)
        view.show()
        # painted once before any measurement, as a section is when the user opens it before its data arrive:
        # else the first measurement alone pays for the widget's first paint (fonts, glyphs, layout).
        _state["app"].processEvents()
        view.repaint()
        views[key] = view
        heap.freeze_long_lived()   # as the app does once its window (every section) is made
    return views[key]


def _statistics(url: str) -> float:
    from ui.statistics.section import StatisticsView
    setup(url)
    _measuring[0] = "statistics"
    view = _view("statistics", StatisticsView)
    if view.dashboard is None:   # the scope (offices, officers) and a first load, not measured
        _measure(view, view.refresh, view.loaded)
    today = context().today
    bar = view.filter_bar
    bar.blockSignals(True)
    bar.basis_combo.setCurrentIndex(bar.basis_combo.findData("closed"))
    bar.set_range(date(today.year, 1, 1), today)
    bar.blockSignals(False)
    return _measure(view, view.refresh, view.loaded)


def _workbench(url: str) -> float:
    from ui.workbench.section import DashboardView
    setup(url)
    _measuring[0] = "workbench"
    view = _view("workbench", DashboardView)
    view.everyone_check.blockSignals(True)
    view.everyone_check.setChecked(True)
    view.everyone_check.blockSignals(False)
    view._loaded = False   # noqa: SLF001 — measure the first load (with its column sizing) every time
    return _measure(view, view.refresh, view.deadlines_shown)


def _register(url: str, key: str) -> float:
    """The first page of a register that scrolls by key (a new search would read it so), to rows painted."""
    import importlib
    module, cls = {"cases": ("ui.cases.list_section", "CaseListView"),
                   "intake": ("ui.intake.section", "IntakeView")}[key]
    setup(url)
    _measuring[0] = key
    view = _view(key, getattr(importlib.import_module(module), cls))
    return _measure(view, view.refresh, view.pager.page_shown)


SCREENS = (("statistics", "统计 dashboard, year to date, to charts painted", _statistics),
           ("workbench", "工作台, everyone's deadlines, first load", _workbench),
           ("cases", "案件 list, first page", lambda url: _register(url, "cases")),
           ("intake", "收案登记, first page", lambda url: _register(url, "intake")))


def rows(db_url: str) -> list:
    """Per screen: the longest stall (wall), the same less the GUI thread's wait for a CPU (the machine's load),
    and the GUI thread's most CPU in one turn meanwhile (what the app's code does in one turn)."""
    return [row for key, what, measure in SCREENS for row in (
        (f"GUI-thread stall (watchdog): {what}", lambda measure=measure: measure(db_url), None, "ms"),
        (f"GUI-thread stall less waiting for a CPU (watchdog): {what}",
         lambda key=key, measure=measure: _kept(key, "unqueued", lambda: measure(db_url)), None, "ms"),
        (f"GUI-thread CPU in one turn (watchdog): {what}",
         lambda key=key, measure=measure: _kept(key, "cpu", lambda: measure(db_url)), None, "ms"))]
