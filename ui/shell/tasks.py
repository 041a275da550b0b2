"""Running core calls off the GUI thread.

`TaskRunner.run_db(fn, on_success=..., on_failure=...)` runs `fn()` on a one-thread pool, so database work is
serialised (one SQLite writer, one Session per task); `run_render(...)` uses a separate pool for slow pure work
(documents). Results come back through a queued signal and callbacks run on the GUI thread. Callbacks whose
`owner` widget has been deleted in the meantime are dropped. A task started `with_progress` is called as
`fn(progress=..., cancel=...)` with the core's types (ipcase.progress); a task that raises `Cancelled` is
silent. `SyncRunner` has the same interface and runs everything at once, for tests.

After a database task's result is handed to the GUI thread, the database thread waits until the GUI thread has
shown it — until its event loop has turned once after the callback (what the callback posted, the view's repaint,
is done by then), at most HAND_OVER_S — before it starts the next task (issue 19). Python runs one thread at a
time: a next task building its rows in Python would make the GUI thread wait for the GIL at every call from Qt
into Python (each cell painted or measured); the GUI thread, doing 20–30 ms of work, stalled for 150–250 ms.

Within a task the database thread still runs Python (building rows) while the GUI thread may want to (a paint, a
timer, the user's input): CPython hands the GIL to a waiting thread only after the holder has run its switch
interval. A `TaskRunner` shortens it from 5 ms to SWITCH_INTERVAL_S (1 ms, `sys.setswitchinterval`), so each entry
of the GUI thread into Python waits at most that long for the database thread. With the other core busy (220,000
cases, a `nice 10` busy loop) the 工作台's longest stall, while its deadlines are read, fell from 66 to 29 ms (medians
of 28 loads; S19c, issue 19, README). A thread alone in Python is never interrupted for it.

On a busy machine (the other core taken by a scan) the GUI thread's stalls are mostly waits for a CPU, and the
app's own worker threads are among those it waits behind. Each worker thread therefore makes itself a background
thread once (`as_background_thread`, S19d): on Linux its scheduling policy becomes SCHED_BATCH, so it no longer
preempts a running thread when it wakes. Its nice, hence its share of the CPU, is unchanged: a lowered nice was
measured to be worse (the worker holds the GIL while it waits for a CPU, and the GUI thread then waits for both).
"""
from __future__ import annotations

import itertools
import logging
import os
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot

from ipcase.errors import AccountRevoked
from ipcase.progress import Cancelled, CancelToken, Progress

log = logging.getLogger(__name__)

Callback = Callable[[Any], None]
HAND_OVER_S = 0.2   # the longest the database thread waits for the GUI thread to show a result (see above)
SWITCH_INTERVAL_S = 0.001   # the longest a thread runs Python while another waits for the GIL (see above)


_background = threading.local()


def as_background_thread() -> None:
    """Let the calling worker thread give way to the GUI thread for a CPU (see the module's docstring); once per
    thread. Linux: SCHED_BATCH (no preemption at wake-up, the same nice and share of the CPU; allowed without
    privileges). Elsewhere nothing: a lower thread priority (Windows' SetThreadPriority, which QThread.setPriority
    calls; QThread.setPriority does nothing under Linux's SCHED_OTHER) is a strict priority there, and a worker
    holding the GIL while it waits behind the GUI thread would make the GUI thread wait for the GIL in turn — the
    inversion a lowered nice showed on Linux. Not measured there, so not done."""
    if getattr(_background, "done", False):
        return
    _background.done = True
    if sys.platform.startswith("linux"):
        try:
            os.sched_setscheduler(0, os.SCHED_BATCH, os.sched_param(0))   # 0: the calling thread
        except OSError as exc:   # a sandbox refusing it: the thread runs as before
            log.debug("worker thread left at its scheduling policy: %r", exc)


@dataclass
class Task:
    id: int
    fn: Callable[..., Any]
    on_success: Callback | None = None
    on_failure: Callback | None = None
    on_progress: Progress | None = None
    owner: QObject | None = None
    token: CancelToken = field(default_factory=CancelToken)
    with_progress: bool = False
    shown: threading.Event | None = None   # set when the GUI thread has shown the result (database tasks)

    def owner_alive(self) -> bool:
        return self.owner is None or shiboken6.isValid(self.owner)

    def call(self) -> Any:
        if self.with_progress:
            return self.fn(progress=self._report, cancel=self.token)
        return self.fn()

    def _report(self, done: int, total: int, text: str = "") -> None:
        # Replaced by the runner with a thread-safe signal emit.
        pass


class _Job(QRunnable):
    def __init__(self, runner: TaskRunner, task: Task):
        super().__init__()
        self._runner = runner
        self._task = task
        self.setAutoDelete(True)

    def run(self) -> None:  # worker thread: no widgets here
        as_background_thread()
        task = self._task
        try:
            result = task.call()
        except BaseException as exc:  # noqa: BLE001 — every failure goes back to the GUI thread
            self._runner.finished.emit(task, False, exc)
        else:
            self._runner.finished.emit(task, True, result)
        if task.shown is not None:
            task.shown.wait(HAND_OVER_S)


class BaseRunner(QObject):
    busy_changed = Signal(bool)
    progressed = Signal(object, int, int, str)  # task, done, total, text
    # The logged-in account was deactivated (or removed) since the window opened: the window logs out.
    account_revoked = Signal(object)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._ids = itertools.count(1)
        self._pending: dict[int, Task] = {}
        # Called for failures no one handles: set by the main window to show a message box.
        self.error_handler: Callback = lambda exc: log.error("unhandled task error: %r", exc)

    def run_db(self, fn: Callable[..., Any], *, on_success: Callback | None = None,
               on_failure: Callback | None = None, owner: QObject | None = None,
               on_progress: Progress | None = None,
               with_progress: bool = False) -> Task:
        task = Task(next(self._ids), fn, on_success, on_failure, on_progress, owner, with_progress=with_progress)
        self._start(task, render=False)
        return task

    def run_render(self, fn: Callable[..., Any], *, on_success: Callback | None = None,
                   on_failure: Callback | None = None, owner: QObject | None = None,
                   on_progress: Progress | None = None,
                   with_progress: bool = False) -> Task:
        task = Task(next(self._ids), fn, on_success, on_failure, on_progress, owner, with_progress=with_progress)
        self._start(task, render=True)
        return task

    def cancel(self, task: Task | None) -> None:
        """Stop a task no one wants any more (a superseded search): a read made by `AppContext.db_query` is
        interrupted mid-statement or never starts, so the database lane is free for the new one; the task ends
        silently."""
        if task is not None:
            task.token.cancel()

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def _start(self, task: Task, *, render: bool) -> None:
        raise NotImplementedError

    def _deliver(self, task: Task, ok: bool, value: Any) -> None:
        was_busy = self.busy
        self._pending.pop(task.id, None)
        if was_busy and not self.busy:
            self.busy_changed.emit(False)
        if not task.owner_alive():
            return
        if ok:
            if task.on_success is not None:
                task.on_success(value)
            return
        if isinstance(value, Cancelled):
            return
        if not isinstance(value, Exception):
            raise value  # KeyboardInterrupt / SystemExit
        if isinstance(value, AccountRevoked):
            # Whatever the task's own failure step: the core refused the user, not this one action.
            self.account_revoked.emit(value)
            return
        handler = task.on_failure or self.error_handler
        handler(value)

    def _track(self, task: Task) -> None:
        was_busy = self.busy
        self._pending[task.id] = task
        if not was_busy:
            self.busy_changed.emit(True)


class TaskRunner(BaseRunner):
    finished = Signal(object, bool, object)  # emitted from worker threads, received queued

    def __init__(self, parent: QObject | None = None, render_threads: int = 2):
        super().__init__(parent)
        sys.setswitchinterval(min(sys.getswitchinterval(), SWITCH_INTERVAL_S))   # the GIL handed over sooner
        self._db_pool = QThreadPool(self)
        self._db_pool.setMaxThreadCount(1)
        # Keep the one DB thread alive: pooled connections stay on one thread for the app's life.
        self._db_pool.setExpiryTimeout(-1)
        self._render_pool = QThreadPool(self)
        self._render_pool.setMaxThreadCount(render_threads)
        self.finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)
        self._progress_relay.connect(self._on_progress_relay, Qt.ConnectionType.QueuedConnection)
        self._unshown: list[threading.Event] = []   # results delivered, their showing not yet done

    _progress_relay = Signal(object, int, int, str)

    def _start(self, task: Task, *, render: bool) -> None:
        self._track(task)
        task._report = lambda done, total, text="": self._progress_relay.emit(task, done, total, text)
        if not render:
            task.shown = threading.Event()
        (self._render_pool if render else self._db_pool).start(_Job(self, task))

    @Slot(object, bool, object)
    def _on_finished(self, task: Task, ok: bool, value: Any) -> None:
        try:
            self._deliver(task, ok, value)
        finally:
            if task.shown is not None:
                self._unshown.append(task.shown)
                QTimer.singleShot(0, self._on_shown)   # after the timers and events the callback started

    @Slot()
    def _on_shown(self) -> None:
        """The loop has turned once since a result was delivered: the database thread goes on."""
        if self._unshown:
            self._unshown.pop(0).set()

    @Slot(object, int, int, str)
    def _on_progress_relay(self, task: Task, done: int, total: int, text: str) -> None:
        self.progressed.emit(task, done, total, text)
        if task.on_progress is not None and task.owner_alive():
            task.on_progress(done, total, text)

    def wait_idle(self, msecs: int = 30000) -> bool:
        """Block until both pools are empty (shutdown); queued results are still delivered by the loop."""
        for task in self._pending.values():   # the GUI thread blocks here: nothing waits for it to show more
            if task.shown is not None:
                task.shown.set()
        while self._unshown:
            self._unshown.pop().set()
        return self._db_pool.waitForDone(msecs) and self._render_pool.waitForDone(msecs)


class SyncRunner(BaseRunner):
    """Runs each task at once on the calling thread; callbacks fire before `run_db` returns."""

    def _start(self, task: Task, *, render: bool) -> None:
        self._track(task)

        def report(done: int, total: int, text: str = "") -> None:
            self.progressed.emit(task, done, total, text)
            if task.on_progress is not None:
                task.on_progress(done, total, text)

        task._report = report
        try:
            result = task.call()
        except BaseException as exc:  # noqa: BLE001
            self._deliver(task, False, exc)
        else:
            self._deliver(task, True, result)

    def wait_idle(self, msecs: int = 0) -> bool:
        return True
