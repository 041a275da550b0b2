"""ipcase — 专利侵权纠纷行政裁决案件管理. The composition root.

    python main.py                      # the desktop application (same as `python main.py gui`)
    python main.py --db postgresql://user@host/ipcase --data-dir D:/ipcase
    python main.py --today 2026-11-21 --user zhangwei --password ipcase2026   # demos and screenshots

Subcommands are registered in COMMANDS (see `register_command`), so scripts such as
`python main.py demo --cases N` or `python main.py report …` can be added next to `gui`.
"""
from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

log = logging.getLogger("ipcase")


# ---- clock -------------------------------------------------------------------------------------

class ShiftedClock:
    """System time moved to another day (`--today`): the time of day still runs, so the timeline keeps its
    order, while every date the app computes with is as if today were that day."""

    def __init__(self, today: date):
        self._offset = datetime.combine(today, datetime.now().time()) - datetime.now()

    def now(self) -> datetime:
        return (datetime.now() + self._offset).replace(microsecond=0)

    def today(self) -> date:
        return self.now().date()


def make_clock(today: date | None):
    from ipcase.clock import SystemClock
    return ShiftedClock(today) if today else SystemClock()


# ---- command line ------------------------------------------------------------------------------

@dataclass(frozen=True)
class Command:
    name: str
    help: str
    configure: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace], int]


COMMANDS: dict[str, Command] = {}


def register_command(name: str, help: str, configure: Callable[[argparse.ArgumentParser], None],
                     run: Callable[[argparse.Namespace], int]) -> None:
    COMMANDS[name] = Command(name, help, configure, run)


def _common_options(parser: argparse.ArgumentParser, *, in_subcommand: bool) -> None:
    # In a subcommand the defaults are SUPPRESS, so `main.py --db X gui` keeps X (argparse would otherwise
    # overwrite the top-level value with the subparser's default).
    default = argparse.SUPPRESS if in_subcommand else None
    parser.add_argument("--db", metavar="URL", default=default,
                        help="database URL (default: IPCASE_DB_URL, else a SQLite file in the data directory)")
    parser.add_argument("--data-dir", metavar="DIR", default=default,
                        help="where the SQLite file, drafts, backups and the log live")
    parser.add_argument("--today", metavar="YYYY-MM-DD", type=date.fromisoformat, default=default,
                        help="pretend today is this date (demos, screenshots)")
    parser.add_argument("--lang", metavar="LOCALE", default=argparse.SUPPRESS if in_subcommand else "zh_CN",
                        help="UI language (default zh_CN)")
    parser.add_argument("--no-demo", action="store_true", default=argparse.SUPPRESS if in_subcommand else False,
                        help="never fill an empty database with demo cases")


def _gui_options(parser: argparse.ArgumentParser, *, in_subcommand: bool = True) -> None:
    default = argparse.SUPPRESS if in_subcommand else None
    parser.add_argument("--user", metavar="NAME", default=default, help="log in as this user (screenshots)")
    parser.add_argument("--password", metavar="PW", default=default, help="password for --user")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="ipcase", description="专利侵权纠纷行政裁决案件管理")
    _common_options(parser, in_subcommand=False)
    _gui_options(parser, in_subcommand=False)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for command in COMMANDS.values():
        p = sub.add_parser(command.name, help=command.help)
        _common_options(p, in_subcommand=True)
        command.configure(p)
    return parser


# ---- database ----------------------------------------------------------------------------------

@dataclass
class Database:
    config: object
    engine: object
    new_uow: Callable
    backup: Path | None
    demo_created: bool


def prepare_database(args: argparse.Namespace, clock, config=None) -> Database:
    """Config, engine, migrations (after a backup copy), demo data on an empty database."""
    from ipcase.config import load_config
    from ipcase.db.engine import make_engine
    from ipcase.db.migrate import upgrade_to_head
    from ipcase.uow import uow_factory

    config = config or load_config(args.db, args.data_dir)
    Path(config.data_dir).mkdir(parents=True, exist_ok=True)
    engine = make_engine(config.db_url)
    backup = upgrade_to_head(engine, backup_at=clock.now())
    if backup:
        log.info("database backed up to %s before upgrading", backup)
    new_uow = uow_factory(engine)
    created = False
    # Only the embedded default database gets demo data: a real office's new server database must not.
    if config.demo and not args.no_demo:
        from ipcase.demo.office import ensure_demo_database
        created = ensure_demo_database(new_uow, today=clock.today(), now=clock.now())
        if created:
            log.info("empty database: demo office, users and cases created")
    from ipcase.services.admin.deadline_rules import refresh_paused_deadlines
    from ipcase.services.admin.setup import is_initialised
    with new_uow() as uow:
        if not is_initialised(uow):
            raise NotInitialised(config.db_url)
    with new_uow() as uow:
        refresh_paused_deadlines(uow, now=clock.now())
    from ipcase.services.documents.service import apply_deemed_services
    with new_uow() as uow:   # 公告送达 whose period ran out while the app was closed
        apply_deemed_services(uow, now=clock.now())
    return Database(config, engine, new_uow, backup, created)


class NotInitialised(RuntimeError):
    """The database has no office yet: `python main.py init …` creates it and its administrator."""

    def __init__(self, url: str):
        super().__init__(
            f"数据库尚未初始化（{url}）。请先运行：python main.py init --office-name 机关全称 --short-name 机关简称 "
            f"--admin-username admin（可加 --db 指定同一数据库）")


# ---- init ----------------------------------------------------------------------------------------

def _init_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--office-name", required=True, help="机关全称, e.g. 某市市场监督管理局")
    parser.add_argument("--short-name", required=True, help="机关简称 used in 案号, e.g. 某市")
    parser.add_argument("--admin-username", default="admin")
    parser.add_argument("--admin-password", help="at least 8 characters (asked for when omitted)")
    parser.add_argument("--parent", metavar="SHORT_NAME",
                        help="add this office as a sub-office of the office with this 机关简称 (a county under its "
                             "city, sharing one database)")


def run_init(args: argparse.Namespace) -> int:
    """Create the office and its administrator in a new, empty database (a shared PostgreSQL one, say)."""
    import getpass

    from ipcase.config import load_config
    from ipcase.db.engine import make_engine
    from ipcase.db.migrate import upgrade_to_head
    from ipcase.errors import ValidationFailed
    from ipcase.services.admin.setup import create_office, is_initialised
    from ipcase.uow import uow_factory

    clock = make_clock(getattr(args, "today", None))
    config = load_config(getattr(args, "db", None), getattr(args, "data_dir", None))
    Path(config.data_dir).mkdir(parents=True, exist_ok=True)
    engine = make_engine(config.db_url)
    upgrade_to_head(engine, backup_at=clock.now())
    new_uow = uow_factory(engine)
    with new_uow() as uow:
        if is_initialised(uow) and not args.parent:
            print("数据库已初始化，未作改动（增加下级机关请用 --parent）。", file=sys.stderr)
            return 1
    password = args.admin_password or getpass.getpass("管理员密码（至少8位）：")
    try:
        with new_uow() as uow:
            office, admin = create_office(uow, name=args.office_name, short_name=args.short_name,
                                          admin_username=args.admin_username, admin_password=password,
                                          parent_short_name=args.parent or "")
    except ValidationFailed as e:
        print(f"未初始化：{e.field} {e.reason} {e.detail}", file=sys.stderr)
        return 2
    print(f"已创建 {office.name}（{office.short_name}）及管理员 {admin.username}。")
    engine.dispose()
    return 0


register_command("init", "create the office and its administrator in an empty database", _init_options, run_init)


# ---- statistics: scheduled reports, a large demo register ----------------------------------------

def _statistics_commands() -> None:
    from ipcase.cli import reports as commands
    register_command("report", "write the monthly / quarterly / yearly statistics report (.xlsx, .pdf, .csv)",
                     commands.report_options, commands.run_report)
    register_command("demo", "add N generated cases to the database (load tests)", commands.demo_options,
                     commands.run_demo)


_statistics_commands()


# ---- documents -----------------------------------------------------------------------------------

def _documents_options(parser: argparse.ArgumentParser) -> None:
    from ipcase.cli.documents import configure
    configure(parser)


def run_documents(args: argparse.Namespace) -> int:
    """Render documents and bind case files from scripts (see ipcase/cli/documents.py)."""
    from ipcase.cli.documents import run
    clock = make_clock(getattr(args, "today", None))
    db = prepare_database(args, clock)
    try:
        return run(args, db.new_uow, clock)
    finally:
        db.engine.dispose()


register_command("documents", "render documents and bind case files (scripts, batch printing)",
                 _documents_options, run_documents)


# ---- GUI ---------------------------------------------------------------------------------------

def _wait_for(runner, fn):
    """Run `fn` on the database lane and spin the event loop until it is done (start-up only)."""
    from PySide6.QtCore import QEventLoop

    loop = QEventLoop()
    outcome: dict = {}

    def done(key, value):
        outcome[key] = value
        loop.quit()

    runner.run_db(fn, on_success=lambda v: done("ok", v), on_failure=lambda e: done("error", e))
    if not outcome:
        loop.exec()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["ok"]


def run_gui(args: argparse.Namespace) -> int:
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QApplication, QDialog, QProgressDialog

    from ipcase.config import load_config
    from ui.shell import app as ui_app

    clock = make_clock(args.today)
    config = load_config(args.db, args.data_dir)
    ui_app.setup_logging(Path(config.data_dir))
    QCoreApplication.setOrganizationName("ipcase")
    QCoreApplication.setApplicationName("ipcase")
    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    ui_app.install_cjk_font(qapp)
    ui_app.install_translators(qapp, args.lang)
    ui_app.install_style(qapp)
    window_ref: dict = {}
    ui_app.install_excepthook(lambda: window_ref.get("window"))

    from ui.shell.context import AppContext
    from ui.shell.login_dialog import LoginDialog
    from ui.shell.main_window import MainWindow
    from ui.shell.tasks import TaskRunner

    runner = TaskRunner()
    progress = QProgressDialog(QCoreApplication.translate("main", "正在准备数据库（首次运行会创建演示数据）…"),
                               "", 0, 0)
    progress.setCancelButton(None)
    progress.setWindowTitle(QCoreApplication.translate("main", "专利侵权纠纷行政裁决案件管理"))
    progress.setWindowModality(Qt.WindowModality.ApplicationModal)
    progress.setMinimumDuration(300)
    try:
        db = _wait_for(runner, lambda: prepare_database(args, clock, config))
    except NotInitialised as exc:
        progress.close()
        from PySide6.QtWidgets import QMessageBox
        QMessageBox.warning(None, QCoreApplication.translate("main", "数据库尚未初始化"), str(exc))
        return 2
    except Exception as exc:  # noqa: BLE001 — shown to the user, then the app stops
        progress.close()
        ui_app.show_unexpected_error(exc)
        return 2
    progress.close()

    ctx = AppContext(config=db.config, clock=clock, new_uow=db.new_uow, runner=runner)
    user = None
    if args.user and args.password:
        from ipcase.services.admin import auth
        try:
            user = _wait_for(runner, ctx.db(auth.login, username=args.user, password=args.password))
        except Exception as exc:  # noqa: BLE001 — fall back to the dialog
            log.warning("automatic login failed: %s", exc)
    if user is None:
        login = LoginDialog(ctx, username=args.user or "")
        if login.exec() != QDialog.DialogCode.Accepted or login.user is None:
            return 0
        user = login.user
    ctx.user = user

    window = MainWindow(ctx)
    window_ref["window"] = window
    window.show()
    code = qapp.exec()
    runner.wait_idle()
    db.engine.dispose()
    return code


register_command("gui", "start the desktop application (default)", _gui_options, run_gui)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    name = args.command or "gui"
    return COMMANDS[name].run(args)


if __name__ == "__main__":
    sys.exit(main())

