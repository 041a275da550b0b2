"""The command line of `python main.py`: the options every command shares, one sub-command per module of this
package, and the desktop application as the default (its runner comes from main.py, the composition root,
so that this package stays free of Qt).

    python main.py [--db URL] [--data-dir DIR] [--today YYYY-MM-DD] [--user NAME --password PW]   # the GUI
    python main.py init|report|demo|documents …      # see each module's docstring
"""
from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from datetime import date

from ipcase.cli import audit, backup, demo, documents, encrypt, init, ledger, lengths, report, stats, sync
from ipcase.cli.command import Command
from ipcase.errors import BackupRefused, StorageFailed, ValidationFailed, WrongDatabaseKey

COMMANDS = (init.COMMAND, report.COMMAND, demo.COMMAND, documents.COMMAND, audit.COMMAND, lengths.COMMAND,
            backup.BACKUP, backup.RESTORE, encrypt.COMMAND, ledger.COMMAND, sync.CHECKOUT, sync.CHECKIN, sync.SYNC,
            stats.COMMAND)
GUI = "gui"


def common_options(parser: argparse.ArgumentParser, *, in_subcommand: bool) -> None:
    # In a subcommand the defaults are SUPPRESS, so `main.py --db X gui` keeps X (argparse would otherwise
    # overwrite the top-level value with the subparser's default).
    default = argparse.SUPPRESS if in_subcommand else None
    parser.add_argument("--db", metavar="URL", default=default,
                        help="database URL (default: IPCASE_DB_URL, else a SQLite file in the data directory)")
    parser.add_argument("--data-dir", metavar="DIR", default=default,
                        help="where the SQLite file, drafts, backups and the log live")
    parser.add_argument("--today", metavar="YYYY-MM-DD", type=date.fromisoformat, default=default,
                        help="pretend today is this date (demos, screenshots)")
    parser.add_argument("--lang", metavar="LOCALE", default=argparse.SUPPRESS if in_subcommand else None,
                        help="UI language for this start: zh_CN or en (default: the one chosen in the window's "
                             "帮助 › 界面语言 menu, else zh_CN)")
    parser.add_argument("--no-demo", action="store_true", default=argparse.SUPPRESS if in_subcommand else False,
                        help="never fill an empty database with demo cases")


def gui_options(parser: argparse.ArgumentParser, *, in_subcommand: bool = True) -> None:
    default = argparse.SUPPRESS if in_subcommand else None
    parser.add_argument("--user", metavar="NAME", default=default, help="log in as this user (screenshots)")
    parser.add_argument("--password", metavar="PW", default=default, help="password for --user")
    parser.add_argument("--welcome", action="store_true", default=argparse.SUPPRESS if in_subcommand else False,
                        help="open the first-run wizard (试用演示数据 / 新建本单位数据库 / 连接单位共享数据库), as the "
                             "packaged application does at its first start without a database")


def build_parser(commands: Sequence[Command] = COMMANDS) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="ipcase", description="专利侵权纠纷行政裁决案件管理")
    common_options(parser, in_subcommand=False)
    gui_options(parser, in_subcommand=False)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for command in commands:
        p = sub.add_parser(command.name, help=command.help)
        common_options(p, in_subcommand=True)
        command.configure(p)
    p = sub.add_parser(GUI, help="start the desktop application (default)")
    common_options(p, in_subcommand=True)
    gui_options(p)
    return parser


def main(argv: list[str] | None, *, gui: Callable[[argparse.Namespace], int],
         commands: Sequence[Command] = COMMANDS) -> int:
    """Parse `argv` and run its command; no command (or `gui`) runs `gui`, the desktop application."""
    args = build_parser(commands).parse_args(argv)
    if args.command in (None, GUI):
        return gui(args)
    try:
        return next(c for c in commands if c.name == args.command).run(args)
    except StorageFailed as exc:       # a damaged, read-only, full or unreachable database: say so, no traceback
        from ipcase.cli.startup import latest_backup, storage_advice
        from ipcase.config import load_config
        data_dir = load_config(getattr(args, "db", None), getattr(args, "data_dir", None)).data_dir
        print(storage_advice(exc, latest_backup(data_dir)), file=sys.stderr)
        return 2
    except (WrongDatabaseKey, BackupRefused, ValidationFailed) as exc:  # a key, passphrase or backup: say which
        from ipcase.cli.keys import safety_message
        if (message := safety_message(exc)) is None:
            raise
        print(message, file=sys.stderr)
        return 2
