"""The start-up every feature's screenshot script shares: the Qt application with the bundled Chinese font,
translators and style, message boxes that cannot block an offscreen run, a fresh demo database built through
main.py, and the command line (--out, --today) around the script's own `run(out, data_dir, today)`."""
from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from screenshots import ROOT  # noqa: I001  (tools/ is the script's folder; it also selects the offscreen platform)

import main
from ui.common import messages
from ui.shell import app as ui_app
from ui.shell.tasks import TaskRunner

DEFAULT_TODAY = date(2026, 11, 21)


def start_demo(data_dir: Path, today: date):
    """The application set up offscreen and a demo database as of `today`: returns (db, clock, runner)."""
    QCoreApplication.setOrganizationName("ipcase-screenshots")
    qapp = QApplication.instance() or QApplication([sys.argv[0]])
    ui_app.install_cjk_font(qapp)
    ui_app.install_translators(qapp, "zh_CN")
    ui_app.install_style(qapp)
    messages.ask_keep_draft = lambda parent: "discard"
    messages.ask_restore_draft = lambda parent, saved_at: False
    messages.show_error = lambda parent, exc, title=None: print("error:", repr(exc))
    args = main.build_parser().parse_args(["--data-dir", str(data_dir), "--today", today.isoformat()])
    clock = main.make_clock(today)
    print("preparing the demo database…")
    return main.prepare_database(args, clock), clock, TaskRunner()


def cli(run: Callable[[Path, Path, date], None], description: str, argv: list[str] | None = None) -> int:
    """Parse --out and --today, then `run(out, data_dir, today)` on a fresh temporary data folder."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--today", type=date.fromisoformat, default=DEFAULT_TODAY)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="ipcase-shots-") as data_dir:
        run(args.out, Path(data_dir), args.today)
    return 0
