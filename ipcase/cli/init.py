"""`python main.py init …`: create the office and its administrator in a new, empty database (a shared
PostgreSQL one, say), or add a sub-office (`--parent`) to one that has its office already."""
from __future__ import annotations

import argparse
import getpass
import sys

from ipcase.cli.command import Command
from ipcase.cli.startup import make_clock, open_database


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--office-name", required=True, help="机关全称, e.g. 某市市场监督管理局")
    parser.add_argument("--short-name", required=True, help="机关简称 used in 案号, e.g. 某市")
    parser.add_argument("--admin-username", default="admin")
    parser.add_argument("--admin-password", help="at least 8 characters (asked for when omitted)")
    parser.add_argument("--parent", metavar="SHORT_NAME",
                        help="add this office as a sub-office of the office with this 机关简称 (a county under its "
                             "city, sharing one database)")
    parser.add_argument("--encrypt", action="store_true",
                        help="create the embedded database encrypted (SQLCipher); asks for a passphrase that every "
                             "start will need (or IPCASE_DB_PASSPHRASE)")


def run(args: argparse.Namespace) -> int:
    from ipcase.errors import ValidationErrors, ValidationFailed
    from ipcase.services.admin.setup import create_office, is_initialised

    db = open_database(args, make_clock(getattr(args, "today", None)))
    try:
        with db.new_uow() as uow:
            if is_initialised(uow) and not args.parent:
                print("数据库已初始化，未作改动（增加下级机关请用 --parent）。", file=sys.stderr)
                return 1
        password = args.admin_password or getpass.getpass("管理员密码（至少8位）：")
        try:
            with db.new_uow() as uow:
                office, admin = create_office(uow, name=args.office_name, short_name=args.short_name,
                                              admin_username=args.admin_username, admin_password=password,
                                              parent_short_name=args.parent or "")
        except (ValidationFailed, ValidationErrors) as e:
            for problem in getattr(e, "errors", [e]):   # every problem, one line each
                print(f"未初始化：{problem.field} {problem.reason} {problem.detail}", file=sys.stderr)
            return 2
        print(f"已创建 {office.name}（{office.short_name}）及管理员 {admin.username}。")
        return 0
    finally:
        db.engine.dispose()


COMMAND = Command("init", "create the office and its administrator in an empty database", configure, run)
