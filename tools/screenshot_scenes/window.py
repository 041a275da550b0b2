"""The start-up every scene shares: the Qt application with the bundled Chinese font, translators and style,
message boxes that cannot block an offscreen run, a demo database built through main.py's own start-up path,
and the helpers that drive the real window (wait for the task runner, log in, save a picture)."""
from __future__ import annotations

import sys
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from ipcase.cli.main import build_parser
from ipcase.cli.startup import Database, make_clock, prepare_database
from ipcase.demo.office import DEMO_PASSWORD
from ipcase.domain.enums import CaseState
from ipcase.dto.cases import CaseFilter
from ipcase.queries.cases import register as case_queries
from ipcase.services.admin import auth
from ui import catalogue
from ui.common import messages, texts
from ui.sections import Sections
from ui.shell import app as ui_app
from ui.shell import window_state
from ui.shell.context import AppContext
from ui.shell.main_window import MainWindow
from ui.shell.tasks import TaskRunner

ROOT = Path(__file__).resolve().parents[2]
WINDOW_SIZE = (1440, 900)


@dataclass
class Demo:
    db: Database
    clock: object  # make_clock's: now() and today()
    runner: TaskRunner
    today: date


def start_demo(data_dir: Path, today: date) -> Demo:
    """The application set up offscreen and a demo database as of `today` in `data_dir`."""
    QCoreApplication.setOrganizationName("ipcase-screenshots")
    QCoreApplication.setApplicationName("ipcase-screenshots")
    window_state.keep_settings_in(data_dir / "settings")   # the same pictures whatever layout the user saved
    qapp = QApplication.instance() or QApplication([sys.argv[0]])
    ui_app.install_cjk_font(qapp)
    ui_app.install_translators(qapp, "zh_CN")
    texts.install(catalogue.TEXTS)
    ui_app.install_style(qapp)
    # No message box may block an offscreen run.
    messages.ask_keep_draft = lambda parent: "discard"
    messages.ask_restore_draft = lambda parent, saved_at: False
    messages.confirm = lambda parent, title, text: True
    messages.info = lambda parent, title, text: None
    messages.show_error = lambda parent, exc, title=None: print("error:", repr(exc))
    args = build_parser().parse_args(["--data-dir", str(data_dir), "--today", today.isoformat()])
    clock = make_clock(today)
    print("preparing the demo database…")
    return Demo(prepare_database(args, clock), clock, TaskRunner(), today)


def settle(runner: TaskRunner, seconds: float = 20.0) -> None:
    """Process events until every queued database task has delivered its result."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        QApplication.processEvents()
        if not runner.busy:
            for _ in range(5):
                QApplication.processEvents()
                time.sleep(0.02)
            if not runner.busy:
                return
        time.sleep(0.02)


def settle_until(done, seconds: float = 20.0) -> None:
    """Process events until `done()` holds (e.g. the 统计 view's charts, filled one per event-loop turn)."""
    deadline = time.monotonic() + seconds
    while not done() and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)


def save(widget: QWidget, out: Path, name: str) -> Path:
    QApplication.processEvents()
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    print(f"saved {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
    return path


def open_window(demo: Demo, username: str) -> tuple[AppContext, MainWindow]:
    db = demo.db
    ctx = AppContext(config=db.config, clock=demo.clock, new_uow=db.new_uow, runner=demo.runner)
    with db.new_uow() as uow:
        ctx.user = auth.login(uow, username=username, password=DEMO_PASSWORD)
    window = MainWindow(ctx, Sections)
    window.resize(*WINDOW_SIZE)
    window.show()
    settle(demo.runner)
    return ctx, window


def pick_case(demo: Demo, ctx: AppContext, states: tuple[CaseState, ...], officer_only: bool = True) -> int:
    with demo.db.new_uow() as uow:
        page = case_queries.list_cases(uow, CaseFilter(states=states, officer_id=ctx.user_id if officer_only else None,
                                                       sort="closing_due", descending=False, limit=20),
                                       today=ctx.clock.today())
    rows = [r for r in page.rows if r.closing_due_provisional] or list(page.rows)
    return rows[0].id
