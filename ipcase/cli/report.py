"""`python main.py report …`: the periodic statistics report, for scheduled runs.

    python main.py report monthly --month 2026-10 --out report.xlsx
    python main.py report quarterly --quarter 2026-Q3 --out q3.pdf --rank-by closure_rate,handling_days
    python main.py report yearly --year 2026 --out 2026.csv
    python main.py report monthly --out last-month.xlsx          # the last full month before today
"""
from __future__ import annotations

import argparse
import sys
from datetime import date

from ipcase.cli.command import Command
from ipcase.cli.startup import make_clock, open_database
from ipcase.domain.statistics.counting import ReportPeriod, parse_period, period_containing
from ipcase.errors import NotFound, ValidationFailed

KIND = {"monthly": ("month", "--month", "YYYY-MM"), "quarterly": ("quarter", "--quarter", "YYYY-Qn"),
        "yearly": ("year", "--year", "YYYY")}


def configure(parser: argparse.ArgumentParser) -> None:
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


def run(args: argparse.Namespace) -> int:
    from ipcase.reports.export import export_report
    from ipcase.reports.periodic import build_office_report

    clock = make_clock(getattr(args, "today", None))
    now = clock.now()
    try:
        period = _period(args, now.date())
        db = open_database(args, clock)
        try:
            with db.new_uow() as uow:
                report = build_office_report(uow, period=period, now=now, office=args.office,
                                             indicators=tuple(x.strip() for x in args.rank_by.split(",") if x.strip()))
            path = export_report(report, args.out)
        finally:
            db.engine.dispose()
    except ValidationFailed as e:
        print(f"未生成报表：{e.field} {e.reason} {e.detail}", file=sys.stderr)
        return 2
    except NotFound as e:
        print(f"未生成报表：未找到机关 {e.key}", file=sys.stderr)
        return 2
    print(f"已生成 {report.office_name} {period.label} 统计报表：{path}")
    return 0


COMMAND = Command("report", "write the monthly / quarterly / yearly statistics report (.xlsx, .pdf, .csv)",
                  configure, run)
