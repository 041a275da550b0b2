"""main.py: options, subcommands, the shifted clock."""
from __future__ import annotations

import importlib.util
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _main():
    """main.py is a script at the repository root, not a package module: load it by path once."""
    if "ipcase_main" not in sys.modules:
        spec = importlib.util.spec_from_file_location("ipcase_main", ROOT / "main.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules["ipcase_main"] = module  # dataclasses look their module up while the class is built
        spec.loader.exec_module(module)
    return sys.modules["ipcase_main"]


def test_default_is_the_gui_with_options():
    main = _main()
    args = main.build_parser().parse_args(["--db", "sqlite:///x.db", "--today", "2026-11-21", "--user", "zhangwei"])
    assert args.command is None and args.db == "sqlite:///x.db" and args.today == date(2026, 11, 21)
    assert args.user == "zhangwei" and args.lang == "zh_CN"


def test_options_before_a_subcommand_are_kept():
    main = _main()
    args = main.build_parser().parse_args(["--db", "sqlite:///x.db", "gui", "--today", "2026-11-21"])
    assert args.command == "gui" and args.db == "sqlite:///x.db" and args.today == date(2026, 11, 21)


def test_subcommands_can_be_registered():
    main = _main()
    ran = []
    main.register_command("demo", "build a demo database", lambda p: p.add_argument("--cases", type=int),
                          lambda args: ran.append(args.cases) or 0)
    try:
        assert main.main(["demo", "--cases", "5"]) == 0 and ran == [5]
    finally:
        main.COMMANDS.pop("demo")


def test_shifted_clock():
    main = _main()
    clock = main.make_clock(date(2026, 11, 21))
    assert clock.today() == date(2026, 11, 21)
