"""Command-line entries registered by main.py: the periodic report for scheduled runs, and the large demo
register for load tests.

    python main.py report monthly --month 2026-10 --out report.xlsx
    python main.py report quarterly --quarter 2026-Q3 --out q3.pdf --rank-by closure_rate,handling_days
    python main.py report yearly --year 2026 --out 2026.csv
    python main.py report monthly --out last-month.xlsx          # the last full month before today
    python main.py demo --cases 1000000 [--sub-offices 3]
"""
from __future__ import annotations

import argparse
import sys
import time
from datetime import date, datetime

from ipcase.domain.statistics.counting import ReportPeriod, parse_period, period_containing
from ipcase.errors import IpcaseError, NotFound, ValidationFailed

KIND = {"monthly": ("month", "--month", "YYYY-MM"), "quarterly": ("quarter", "--quarter", "YYYY-Qn"),
        "yearly": ("year", "--year", "YYYY")}


def _database(args: argparse.Namespace, now: datetime):
    from ipcase.config import load_config
    from ipcase.db.engine import make_engine
    from ipcase.db.migrate import upgrade_to_head
    from ipcase.uow import uow_factory

    config = load_config(getattr(args, "db", None), getattr(args, "data_dir", None))
    config.data_dir.mkdir(parents=True, exist_ok=True)
    engine = make_engine(config.db_url)
    upgrade_to_head(engine, backup_at=now)
    return engine, uow_factory(engine)


def _now(args: argparse.Namespace) -> datetime:
    today = getattr(args, "today", None)
    return datetime.combine(today, datetime.now().time()).replace(microsecond=0) if today else \
        datetime.now().replace(microsecond=0)


# ---- report ---------------------------------------------------------------------------------------

def report_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("kind", choices=list(KIND), help="monthly / quarterly / yearly")
    for _kind, (_unit, flag, metavar) in KIND.items():
        parser.add_argument(flag, metavar=metavar, help="the period (default: the last full one before today)")
    parser.add_argument("--out", required=True, help="file to write: .xlsx, .pdf or .csv")
    parser.add_argument("--office", metavar="简称", help="office short name (default: the top office)")
    parser.add_argument("--rank-by", default="closure_rate,on_time_rate",
                        help="ranking indicators: registered, closed, closure_rate, on_time_rate, handling_days")


def _period(args: argparse.Namespace, today: date) -> ReportPeriod:
    unit, flag, _ = KIND[args.kind]
    text = getattr(args, flag.removeprefix("--"))
    if text:
        return parse_period(unit, text)
    return period_containing(unit, today).previous()


def run_report(args: argparse.Namespace) -> int:
    from ipcase.reports.export import export_report
    from ipcase.reports.periodic import build_office_report

    now = _now(args)
    try:
        period = _period(args, now.date())
        engine, new_uow = _database(args, now)
        try:
            with new_uow() as uow:
                report = build_office_report(uow, period=period, now=now, office=args.office,
                                             indicators=tuple(x.strip() for x in args.rank_by.split(",") if x.strip()))
            path = export_report(report, args.out)
        finally:
            engine.dispose()
    except ValidationFailed as e:
        print(f"未生成报表：{e.field} {e.reason} {e.detail}", file=sys.stderr)
        return 2
    except NotFound as e:
        print(f"未生成报表：未找到机关 {e.key}", file=sys.stderr)
        return 2
    print(f"已生成 {report.office_name} {period.label} 统计报表：{path}")
    return 0


# ---- demo ----------------------------------------------------------------------------------------

def demo_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--cases", type=int, required=True, help="how many cases to add")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--years", type=int, default=3, help="spread over this many years back from today")
    parser.add_argument("--sub-offices", type=int, default=0, help="county offices under the top office")


def run_demo(args: argparse.Namespace) -> int:
    from ipcase.demo.bulk import generate

    if args.cases < 1:
        print("--cases 须为正整数", file=sys.stderr)
        return 2
    now = _now(args)
    engine, new_uow = _database(args, now)
    started = time.perf_counter()

    def progress(done: int, total: int, _text: str) -> None:
        print(f"\r{done}/{total} 件  {time.perf_counter() - started:.0f} s", end="", file=sys.stderr, flush=True)

    try:
        generate(new_uow, cases=args.cases, today=now.date(), seed=args.seed, years=args.years,
                 sub_offices=args.sub_offices, progress=progress)
    except IpcaseError as e:
        print(f"\n未生成：{e}", file=sys.stderr)
        return 2
    finally:
        engine.dispose()
    print(f"\n已生成 {args.cases} 件演示案件，用时 {time.perf_counter() - started:.0f} 秒。")
    return 0
