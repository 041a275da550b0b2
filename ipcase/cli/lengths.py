"""`python main.py check-lengths [--db URL]`: the rows whose text is longer than its column allows.

Only SQLite lets such a row in (PostgreSQL refuses it, and since issue 12 the application refuses it on both), so
an office that moves its SQLite file to the shared PostgreSQL server runs this first: each line names the table,
the column, its limit, how many rows are over it and the longest value; exit 0 when none, 1 otherwise."""
from __future__ import annotations

import argparse

from ipcase.cli.command import Command
from ipcase.cli.startup import make_clock, open_database


def configure(parser: argparse.ArgumentParser) -> None:
    pass


def run(args: argparse.Namespace) -> int:
    from ipcase.db.column_limits import over_length_rows

    db = open_database(args, make_clock(getattr(args, "today", None)))
    try:
        with db.engine.connect() as conn:
            found = list(over_length_rows(conn))
    finally:
        db.engine.dispose()
    for f in found:
        print(f"{f.table}.{f.column}：{f.rows} 行超过 {f.limit} 个字（最长 {f.longest} 个字）")
    print("没有超长的内容，可以复制到 PostgreSQL。" if not found else
          "请先在程序中更正以上内容（或由管理员修改这些行），再复制到 PostgreSQL。")
    return 1 if found else 0


COMMAND = Command("check-lengths", "list rows whose text is longer than its column (before moving to PostgreSQL)",
                  configure, run)
