"""`python main.py demo --cases N [--sub-offices 3] [--years 3]`: add N generated cases to the database, for
load tests. An empty database first gets the demo office of a first start (its users, 200 service-built cases
and documents), so that the register measured is the demo plus N; `--no-demo` starts from a bare office. Each run
also tops up the 收案登记 and 调解 registers to ~1.5 intake items and ~0.1 mediation case per case (office by
office); `--cases 0` does only that (a register generated before they were made)."""
from __future__ import annotations

import argparse
import sys
import time

from ipcase.cli.command import Command
from ipcase.cli.startup import make_clock, open_database
from ipcase.errors import IpcaseError


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--cases", type=int, required=True,
                        help="how many cases to add (0: only top up the intake and mediation registers)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--years", type=int, default=3, help="spread over this many years back from today")
    parser.add_argument("--sub-offices", type=int, default=0, help="county offices under the top office")


def run(args: argparse.Namespace) -> int:
    from ipcase.demo.bulk import generate, top_up_registers

    if args.cases < 0:
        print("--cases 须为非负整数", file=sys.stderr)
        return 2
    clock = make_clock(getattr(args, "today", None))
    db = open_database(args, clock)
    started = time.perf_counter()
    if not args.no_demo:
        from ipcase.demo.office import ensure_demo_database
        if ensure_demo_database(db.new_uow, today=clock.today(), now=clock.now()):
            print(f"空数据库：已建演示机关及其案件，用时 {time.perf_counter() - started:.0f} 秒。", file=sys.stderr)

    def progress(done: int, total: int, _text: str) -> None:
        print(f"\r{done}/{total} 件  {time.perf_counter() - started:.0f} s", end="", file=sys.stderr, flush=True)

    try:
        if args.cases == 0:
            added = top_up_registers(db.new_uow, today=clock.today(), seed=args.seed, years=args.years,
                                     progress=progress)
            print(f"\n收案登记/调解已补足：{added or '无需补充'}，用时 {time.perf_counter() - started:.0f} 秒。")
            return 0
        generate(db.new_uow, cases=args.cases, today=clock.today(), seed=args.seed, years=args.years,
                 sub_offices=args.sub_offices, progress=progress)
    except IpcaseError as e:
        print(f"\n未生成：{e}", file=sys.stderr)
        return 2
    finally:
        db.engine.dispose()
    print(f"\n已生成 {args.cases} 件演示案件，用时 {time.perf_counter() - started:.0f} 秒。")
    return 0


COMMAND = Command("demo", "add N generated cases to the database (load tests)", configure, run)
