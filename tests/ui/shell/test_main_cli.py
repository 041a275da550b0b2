"""The command line (ipcase/cli): options, subcommands, the GUI as the default, the shifted clock."""
from __future__ import annotations

import importlib.util
import sys
from datetime import date
from pathlib import Path

from ipcase.cli import main as cli
from ipcase.cli.command import Command
from ipcase.cli.startup import make_clock

ROOT = Path(__file__).resolve().parents[3]


def test_default_is_the_gui_with_options():
    args = cli.build_parser().parse_args(["--db", "sqlite:///x.db", "--today", "2026-11-21", "--user", "zhangwei"])
    assert args.command is None and args.db == "sqlite:///x.db" and args.today == date(2026, 11, 21)
    assert args.user == "zhangwei" and args.lang is None   # the window's own choice, else zh_CN (ui.shell.language)


def test_options_before_a_subcommand_are_kept():
    args = cli.build_parser().parse_args(["--db", "sqlite:///x.db", "gui", "--today", "2026-11-21"])
    assert args.command == "gui" and args.db == "sqlite:///x.db" and args.today == date(2026, 11, 21)


def test_every_command_has_its_module_and_the_gui_runs_without_one():
    assert [c.name for c in cli.COMMANDS] == ["init", "report", "demo", "documents", "audit", "check-lengths", "backup", "restore", "encrypt",
                                                "import-ledger", "checkout", "checkin", "sync", "stats"]
    ran = []
    command = Command("count", "count", lambda p: p.add_argument("--cases", type=int),
                      lambda args: ran.append(args.cases) or 0)
    gui = lambda args: ran.append(("gui", args.user)) or 0  # noqa: E731
    assert cli.main(["count", "--cases", "5"], gui=gui, commands=(command,)) == 0
    assert cli.main(["--user", "zhangwei"], gui=gui, commands=(command,)) == 0
    assert cli.main(["gui"], gui=gui, commands=(command,)) == 0
    assert ran == [5, ("gui", "zhangwei"), ("gui", None)]


def test_main_py_hands_its_command_line_to_ipcase_cli(monkeypatch):
    """main.py is a script at the repository root, not a package module: load it by path."""
    spec = importlib.util.spec_from_file_location("ipcase_main", ROOT / "main.py")
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "ipcase_main", module)
    spec.loader.exec_module(module)
    monkeypatch.setattr(module, "run_gui", lambda args: 7)
    assert module.main(["--today", "2026-11-21"]) == 7


def test_shifted_clock():
    assert make_clock(date(2026, 11, 21)).today() == date(2026, 11, 21)
