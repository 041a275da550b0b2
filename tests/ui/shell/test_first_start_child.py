"""`python main.py`'s first start with its demo built in a child process (ipcase/cli/first_build.py): a child that
dies reaches the user as an error dialog and leaves no database; the child dies with the application. Run as
real processes, offscreen, with IPCASE_SMOKE naming the first window shown (ui/shell/smoke.py)."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]

pytestmark = pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="finds the child through /proc")


def _start(data: Path) -> subprocess.Popen:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", IPCASE_SMOKE="1")
    return subprocess.Popen([sys.executable, str(ROOT / "main.py"), "--data-dir", str(data)], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _until(condition, what: str, limit: float = 300):
    """Poll (the machine may be busy: a generous limit, never a timing assertion)."""
    end = time.monotonic() + limit
    while not condition():
        if time.monotonic() > end:
            raise AssertionError(f"never happened: {what}")
        time.sleep(0.1)


def _child_of(pid: int) -> int:
    children = []

    def found() -> bool:
        for task in Path(f"/proc/{pid}/task").iterdir():
            children.extend(int(c) for c in (task / "children").read_text().split())
        return bool(children)
    _until(found, "the build's process started")
    return children[0]


def _alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(") ")[1][0] != "Z"
    except OSError:
        return False


def test_a_killed_build_is_said_to_the_user_and_leaves_no_database(tmp_path):
    data = tmp_path / "data"
    app = _start(data)
    child = _child_of(app.pid)
    _until(lambda: (data / "ipcase.db.building").exists(), "the build began")
    os.kill(child, signal.SIGKILL)
    out, err = app.communicate(timeout=300)
    assert "window shown: ErrorDialog" in out.splitlines(), err     # show_unexpected_error's dialog
    assert not (data / "ipcase.db").exists()
    assert "BuildStopped" in (data / "ipcase.log").read_text(encoding="utf-8")


def test_the_build_ends_with_the_application(tmp_path):
    data = tmp_path / "data"
    app = _start(data)
    child = _child_of(app.pid)
    _until(lambda: (data / "ipcase.db.building").exists(), "the build began")
    app.send_signal(signal.SIGKILL)   # no chance to clean up: the child notices its stdin's end
    app.communicate(timeout=60)
    _until(lambda: not _alive(child), "the child ended", limit=60)
    assert not (data / "ipcase.db").exists()
