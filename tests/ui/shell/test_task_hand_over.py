"""The database thread waits for the GUI thread to show a result before it starts the next task (issue 19): the
GUI thread's turn that shows a page never competes for the GIL with the next task building its rows."""
from __future__ import annotations

from PySide6.QtCore import QTimer

from ui.shell import tasks
from ui.shell.tasks import TaskRunner


def test_the_next_task_starts_after_the_gui_thread_has_shown_the_result(qtbot, monkeypatch):
    monkeypatch.setattr(tasks, "HAND_OVER_S", 60.0)   # only the GUI thread going idle lets the next task start
    runner = TaskRunner()
    seen: list[str] = []

    def shown_later(_value) -> None:
        seen.append("delivered")
        QTimer.singleShot(0, lambda: seen.append("shown"))   # what a view does after its rows arrive (paint)

    runner.run_db(lambda: 1, on_success=shown_later)
    runner.run_db(lambda: seen.append("next task started"))
    qtbot.waitUntil(lambda: "next task started" in seen, timeout=10_000)
    assert seen == ["delivered", "shown", "next task started"]
    assert runner.wait_idle()


def test_shutdown_does_not_wait_for_the_gui_thread(qtbot, monkeypatch):
    monkeypatch.setattr(tasks, "HAND_OVER_S", 60.0)
    runner = TaskRunner()
    done: list[int] = []
    for i in range(3):
        runner.run_db(lambda i=i: i, on_success=done.append)
    # the GUI thread blocks here (no event loop): the database thread goes on by itself
    assert runner.wait_idle(20_000)
    qtbot.waitUntil(lambda: done == [0, 1, 2], timeout=10_000)


def test_a_runner_hands_the_gil_over_within_its_switch_interval(qapp):
    """The GUI thread waits for the database thread's Python at most SWITCH_INTERVAL_S at each entry into Python
    (S19c): a runner shortens the interpreter's switch interval (5 ms by default), never lengthens a shorter one."""
    import sys
    before = sys.getswitchinterval()
    try:
        sys.setswitchinterval(0.005)
        TaskRunner()
        assert sys.getswitchinterval() == tasks.SWITCH_INTERVAL_S <= 0.001
        sys.setswitchinterval(0.0005)
        TaskRunner()
        assert sys.getswitchinterval() == 0.0005
    finally:
        sys.setswitchinterval(before)


def _policy_and_nice() -> tuple[int, int]:
    import os
    import threading
    return os.sched_getscheduler(0), os.getpriority(os.PRIO_PROCESS, threading.get_native_id())


def test_worker_threads_give_way_to_the_gui_thread_and_still_do_their_work(qtbot):
    """On a busy machine the GUI thread waits for a CPU behind the app's own workers (S19d): a database or render
    task runs on a SCHED_BATCH thread (it no longer preempts at wake-up) at its nice as before, and completes; the
    GUI thread keeps its own policy."""
    import os
    import sys

    import pytest
    if not sys.platform.startswith("linux"):
        pytest.skip("scheduling policies are Linux's; elsewhere the workers are left as they are")
    gui = _policy_and_nice()
    runner = TaskRunner()
    seen: dict[str, tuple] = {}
    runner.run_db(lambda: (_policy_and_nice(), sum(range(100_000))), on_success=lambda r: seen.update(db=r))
    runner.run_render(lambda: (_policy_and_nice(), sum(range(100_000))), on_success=lambda r: seen.update(render=r))
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=10_000)
    for lane in ("db", "render"):
        (policy, nice), total = seen[lane]
        assert policy == os.SCHED_BATCH, lane
        assert nice == gui[1], lane   # the same share of the CPU: a lowered nice made the GUI thread wait longer
        assert total == sum(range(100_000))
    assert _policy_and_nice() == gui
    assert gui[0] == os.SCHED_OTHER
    assert runner.wait_idle()
