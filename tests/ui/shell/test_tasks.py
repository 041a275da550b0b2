"""The task runner: results come back on the GUI thread; failures, dead owners, the synchronous runner."""
from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QObject

from ipcase.progress import Cancelled
from ui.shell.tasks import SyncRunner, TaskRunner


def test_results_are_delivered_on_the_gui_thread(qtbot):
    runner = TaskRunner()
    worker_threads, callback_threads = [], []

    def work():
        worker_threads.append(threading.get_ident())
        return 42

    got = []
    runner.run_db(work, on_success=lambda v: (got.append(v), callback_threads.append(threading.get_ident())))
    qtbot.waitUntil(lambda: got == [42], timeout=5000)
    assert worker_threads[0] != threading.get_ident()
    assert callback_threads == [threading.get_ident()]
    assert not runner.busy
    runner.wait_idle()


def test_database_lane_is_serial(qtbot):
    runner = TaskRunner()
    active, overlap, done = [0], [False], []
    lock = threading.Lock()

    def work(i):
        with lock:
            active[0] += 1
            overlap[0] |= active[0] > 1
        threading.Event().wait(0.02)
        with lock:
            active[0] -= 1
        return i

    for i in range(5):
        runner.run_db(lambda i=i: work(i), on_success=done.append)
    qtbot.waitUntil(lambda: len(done) == 5, timeout=5000)
    assert done == [0, 1, 2, 3, 4] and not overlap[0]


def test_failures_go_to_the_handler(qtbot):
    runner = TaskRunner()
    seen = []
    runner.error_handler = seen.append
    runner.run_db(lambda: 1 / 0)
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=5000)
    assert isinstance(seen[0], ZeroDivisionError)


def test_callbacks_of_a_deleted_owner_are_dropped(qtbot):
    runner = SyncRunner()
    owner = QObject()
    import shiboken6
    shiboken6.delete(owner)
    got = []
    runner.run_db(lambda: 1, on_success=got.append, owner=owner)
    assert got == []


def test_sync_runner_and_cancel_and_progress(qapp):
    runner = SyncRunner()
    got, errors, progress = [], [], []
    runner.run_db(lambda: "ok", on_success=got.append)
    runner.run_db(lambda: (_ for _ in ()).throw(KeyError("x")), on_failure=errors.append)

    def long_job(progress, cancel):
        progress(1, 2, "一半")
        raise Cancelled()

    runner.run_render(long_job, with_progress=True, on_progress=lambda *a: progress.append(a),
                      on_failure=errors.append)
    assert got == ["ok"] and len(errors) == 1 and progress == [(1, 2, "一半")]


def test_keyboard_interrupt_is_not_swallowed(qapp):
    with pytest.raises(KeyboardInterrupt):
        SyncRunner().run_db(lambda: (_ for _ in ()).throw(KeyboardInterrupt()))
