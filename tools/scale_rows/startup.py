"""Start-up rows: start to usable window and RSS (the app on the large register against the same app on the
demo database), and the start-of-day refresh that used to sweep the register before the login window."""
from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from datetime import datetime
from datetime import time as dt_time
from pathlib import Path

from ipcase.cli.startup import CHUNK
from tools.scale_rows import context, timed

ROOT = Path(__file__).resolve().parents[2]
USER, PASSWORD = "zhangwei", "ipcase2026"   # a demo officer (ipcase.demo.office.DEMO_USERS)
_rss: dict[str, list[float]] = {}
_warmed: list[bool] = []


def _data_dir(url: str) -> Path:
    """A data directory per database, automatic backups off: the first start of a day would otherwise copy the
    whole register in the background while the next measured start runs."""
    folder = context().work_dir / ("data-" + str(abs(hash(url)) % 10**8))
    (folder / "backups").mkdir(parents=True, exist_ok=True)
    (folder / "backups" / "policy.json").write_text(json.dumps({"automatic": False}), encoding="utf-8")
    return folder


def start(url: str) -> float:
    """Seconds from launching `python main.py` (offscreen, logging in as a demo officer) until its main window
    is shown with the event loop idle (ui/shell/start_probe); records the RSS it reported. The run's first start
    is preceded by one unmeasured start on the demo database: otherwise the register's start, measured first,
    alone pays for compiling the bytecode of files changed since the last run and for a cold file cache."""
    if not _warmed:
        _warmed.append(True)
        _launch(context().demo_url)
    return _launch(url)


def _launch(url: str) -> float:
    probe = context().work_dir / "probe.json"
    probe.unlink(missing_ok=True)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", IPCASE_START_PROBE=str(probe))
    launched = time.time()
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", url, "--data-dir", str(_data_dir(url)),
                           "--user", USER, "--password", PASSWORD], env=env, cwd=ROOT, capture_output=True,
                          text=True, timeout=1800)
    if not probe.exists():
        raise RuntimeError(f"the application did not reach its window (exit {done.returncode}):\n"
                           f"{done.stderr[-3000:]}")
    report = json.loads(probe.read_text(encoding="utf-8"))
    _rss.setdefault(url, []).append(report["rss_mib"])
    return report["usable_at"] - launched


def rss(url: str) -> float:
    """MiB resident after start: reported by a start measured before (one is run when there was none)."""
    if not _rss.get(url):
        start(url)
    return statistics.median(_rss[url])


def _refresh(url: str, *, first_of_day: bool, limit: int | None = None) -> float:
    from sqlalchemy import delete

    from ipcase.db.engine import make_engine
    from ipcase.db.models.admin import RoutineRun
    from ipcase.services.admin.deadline_rules import PAUSED_DEADLINES, refresh_paused_deadlines
    from ipcase.uow import uow_factory

    engine = make_engine(url)
    new_uow = uow_factory(engine)
    now = datetime.combine(context().today, dt_time(8, 30))
    try:
        if first_of_day:   # as if the last start was yesterday
            with new_uow() as uow:
                uow.session.execute(delete(RoutineRun).where(RoutineRun.name == PAUSED_DEADLINES))
                uow.commit()
        else:
            with new_uow() as uow:
                refresh_paused_deadlines(uow, now=now)

        def run():
            with new_uow() as uow:
                refresh_paused_deadlines(uow, now=now, limit=limit)
        return timed(run)
    finally:
        engine.dispose()


def rows(db_url: str) -> list:
    demo = context().demo_url
    return [
        ("start to usable window", lambda: start(db_url), lambda: start(demo)),
        ("RSS after start", lambda: rss(db_url), lambda: rss(demo), "MiB"),
        ("start-of-day refresh, first start of a day (after the window, background)",
         lambda: _refresh(db_url, first_of_day=True), lambda: _refresh(demo, first_of_day=True)),
        ("start-of-day refresh, one step (200 cases: the longest a user's task waits behind it)",
         lambda: _refresh(db_url, first_of_day=True, limit=CHUNK), lambda: _refresh(demo, first_of_day=True, limit=CHUNK)),
        ("start-of-day refresh, later starts of the day", lambda: _refresh(db_url, first_of_day=False),
         lambda: _refresh(demo, first_of_day=False)),
    ]
