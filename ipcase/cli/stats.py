"""`python main.py stats …`: the dashboard's aggregates (ipcase.db.aggregates) checked against the full SQL, rebuilt.

    python main.py stats verify [--db URL]     # exit 0: identical; 1: each difference named; 2: not built yet
    python main.py stats rebuild [--db URL]    # recompute them from the cases (after a bulk load, a repair)
"""
from __future__ import annotations

import argparse
import time

from ipcase.cli.command import Command
from ipcase.cli.startup import make_clock, open_database

BASIS_NAMES = {"received": "收案", "registered": "立案", "closed": "结案"}


def configure(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="stats_command", metavar="ACTION", required=True)
    v = sub.add_parser("verify", help="compare the dashboard's aggregates with the full SQL; name each difference")
    v.add_argument("--limit", type=int, default=200, metavar="N", help="list at most N differences (default 200)")
    r = sub.add_parser("rebuild", help="recompute the dashboard's aggregates from the cases")
    for p in (v, r):  # `stats verify --db URL` as well as `stats --db URL verify`
        p.add_argument("--db", metavar="URL", default=argparse.SUPPRESS, help="database URL")
        p.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS, help="data directory")


def describe(difference, numbers: dict[int, str] | None = None) -> str:
    """One difference as a line an administrator can act on."""
    d = difference
    if d.what == "build":
        return "统计汇总尚未建立：运行 python main.py stats rebuild"
    if d.what == "case":
        case_id = d.key[0]
        name = f"案件 #{case_id}" + (f"（{numbers[case_id]}）" if numbers and numbers.get(case_id) else "")
        if d.field == "missing":
            return f"{name}：汇总中缺少此案"
        if d.field == "extra":
            return f"{name}：汇总中有此案，案件表中已没有"
        return f"{name}：{d.field} 汇总为 {d.stored}，按案件计算为 {d.computed}"
    basis, month, office, officer, ptype, foreign, ecommerce, fair, method, registered = d.key
    period = "全部月份" if month == 0 else f"{month // 100}年{month % 100}月"
    cell = (f"{BASIS_NAMES.get(basis, basis)} {period} 机关#{office} 承办人#{officer or '无'} 专利类型 {ptype or '无'} "
            f"涉外 {int(foreign)} 电商 {int(ecommerce)} 展会 {int(fair)} 结案方式 {method or '未结'} "
            f"{'已立案' if registered else '未立案'}")
    if d.field == "missing":
        return f"汇总格缺失：{cell}（应为 {d.computed}）"
    if d.field == "extra":
        return f"多余的汇总格：{cell}（{d.stored}）"
    return f"汇总格 {cell}：{d.field} 为 {d.stored}，按各案计算为 {d.computed}"


def _verify(db, args) -> int:
    from sqlalchemy import select

    from ipcase.db.aggregates import verify
    from ipcase.db.models.cases import Case

    with db.engine.connect() as conn:
        differences = verify(conn, limit=args.limit)
        ids = [d.key[0] for d in differences if d.what == "case"]
        numbers = dict(conn.execute(select(Case.id, Case.case_number).where(Case.id.in_(ids))).all()) if ids else {}
    for d in differences:
        print(describe(d, numbers))
    if not differences:
        print("统计汇总与按案件计算的结果一致")
        return 0
    if differences[0].what == "build":
        return 2
    print(f"共 {len(differences)} 处不一致" + ("（只列出前若干处）" if len(differences) >= args.limit else "")
          + "；python main.py stats rebuild 可重新计算")
    return 1


def _rebuild(db, now) -> int:
    from ipcase.db.aggregates import rebuild

    started = time.perf_counter()
    with db.engine.begin() as conn:
        cases = rebuild(conn, now=now)
    print(f"统计汇总已重新计算：{cases} 件案件，用时 {time.perf_counter() - started:.1f} 秒")
    return 0


def run(args: argparse.Namespace) -> int:
    clock = make_clock(getattr(args, "today", None))
    db = open_database(args, clock)
    try:
        if args.stats_command == "verify":
            return _verify(db, args)
        return _rebuild(db, clock.now())
    finally:
        db.engine.dispose()


COMMAND = Command("stats", "dashboard aggregates: verify them against the full SQL, rebuild them", configure, run)
