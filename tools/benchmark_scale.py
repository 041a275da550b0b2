"""Issue 19's table in one run: the app's time against its limit's, on a large register (SQLite or PostgreSQL).

    python tools/benchmark_scale.py --db sqlite:////tmp/w3/scale/1m.sqlite --cases 1000000
    python tools/benchmark_scale.py --db "postgresql://postgres@/ipcase_100k?host=/tmp/w3/pg&port=55419" --cases 100000

The register is generated first when it has fewer than --cases (an empty database gets the demo office first,
then `python main.py demo`'s generator with --sub-offices). The limit of the start-up rows is the same app on the
demo database (--demo-db, built when missing). Every module of tools/scale_rows/ contributes rows (start-up and
dashboard here; lists and search by their owners): each measurement is run --repeat times (once when it took
longer than --long seconds), after --warmup uncounted runs, and the medians are printed with the ratio app / limit, issue 19's goal for the row
(met or not), the number of runs and the 1-minute load average as the row ended, as a Markdown table for the
README, after the machine's load average. `--generate-only` stops after the register is there (its generation
time, wall and CPU, is printed). Timing stays out of the test suite."""
from __future__ import annotations

import argparse
import importlib
import os
import pkgutil
import statistics
import sys
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import func, select  # noqa: E402

import tools.scale_rows as scale_rows  # noqa: E402
from ipcase.db.engine import make_engine  # noqa: E402
from ipcase.db.migrate import current_revisions, upgrade_to_head  # noqa: E402
from ipcase.db.models.cases import Case  # noqa: E402
from ipcase.uow import uow_factory  # noqa: E402

# Issue 19's goals, by a text the row's name contains (first match): ("ratio", x) — app/limit at most x;
# ("at most", x) — the app's value at most x in the row's unit; ("faster", x) — the app at least x times faster
# than the limit (the naive scans).
GOALS = (
    ("start to usable window", ("ratio", 1.3)),
    ("RSS", ("ratio", 1.3)),
    ("against a naive LIKE scan", ("faster", 20.0)),
    ("(against the index alone)", ("ratio", 1.5)),
    ("case list, first page", ("ratio", 2.0)),
    ("case list, page at", ("ratio", 2.0)),
    ("收案登记 list, first page", ("ratio", 2.0)),   # the intake and mediation registers (scale_rows/registers.py)
    ("收案登记 list, page at", ("ratio", 2.0)),
    ("调解 list, first page", ("ratio", 2.0)),
    ("调解 list, page at", ("ratio", 2.0)),
    ("sort by", ("ratio", 2.0)),
    ("GUI-thread stall", ("at most", 100.0)),
    ("GUI-thread CPU", ("at most", 100.0)),   # before "dashboard, …": a stall row may name the dashboard
    ("dashboard, year to date", ("at most", 1.0)),
)


def goal_of(name: str, app: float | None, limit: float | None, unit: str = "s") -> tuple[str, str]:
    """(the goal as written in the table, "met"/"not met"/"—") for a row."""
    kind, x = next((goal for text, goal in GOALS if text in name), (None, 0.0))
    if kind is None or app is None:
        return "—", "—"
    if kind == "ratio":
        return f"≤ {x:g}×", ("—" if not limit else "met" if app / limit <= x else "not met")
    if kind == "faster":
        return f"≥ {x:g}× faster", ("—" if not limit else "met" if limit / app >= x else "not met")
    return f"≤ {x:g} {unit}", "met" if app <= x else "not met"


def normal_url(url: str) -> str:
    return url.replace("postgresql://", "postgresql+psycopg://", 1) if url.startswith("postgresql://") else url


def ensure_register(url: str, cases: int, today: date, *, sub_offices: int, demo: bool) -> int:
    """The register at `url` with at least `cases` cases (generated when short); returns how many it has."""
    from ipcase.demo.bulk import generate
    from ipcase.demo.office import ensure_demo_database

    engine = make_engine(url)
    try:
        before = current_revisions(engine)
        upgrade_to_head(engine)
        changed = current_revisions(engine) != before
        new_uow = uow_factory(engine)
        if demo and ensure_demo_database(new_uow, today=today):
            print("empty database: the demo office built first", file=sys.stderr)
        with new_uow() as uow:
            have = uow.session.scalar(select(func.count()).select_from(Case)) or 0
        if have < cases:
            started, cpu = time.perf_counter(), time.process_time()
            print(f"generating {cases - have} cases into {url} …", file=sys.stderr)
            generate(new_uow, cases=cases - have, today=today, sub_offices=sub_offices,
                     progress=lambda d, t, _x: print(f"\r{d}/{t}  {time.perf_counter() - started:.0f} s", end="",
                                                     file=sys.stderr, flush=True))
            print(f"\ngenerated {cases - have:,} cases in {time.perf_counter() - started:.0f} s "
                  f"({time.process_time() - cpu:.0f} s of this process's CPU; load average now "
                  f"{load_average()})", file=sys.stderr)
            have = cases
            changed = True
        if changed:
            vacuum(engine)
        return have
    finally:
        engine.dispose()


def vacuum(engine) -> None:
    """PostgreSQL: VACUUM ANALYZE after the register was generated or migrated. The generator runs ANALYZE only,
    and a register whose visibility map is stale makes an index-only scan read the table: the state presets'
    counts took 0.11–0.37 s (a parallel scan) on a freshly migrated million-case register, 2.6–30 ms after the
    vacuum. An office's server vacuums by itself (autovacuum); the benchmark does not wait for it. (SQLite: the
    register is measured as the app leaves it.)"""
    if engine.dialect.name != "postgresql":
        return
    started = time.perf_counter()
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("VACUUM ANALYZE")
    print(f"VACUUM ANALYZE in {time.perf_counter() - started:.0f} s", file=sys.stderr)


def load_average() -> str:
    try:
        return " ".join(f"{x:.1f}" for x in os.getloadavg()) + f" on {os.cpu_count()} cores"
    except OSError:
        return "unknown"


def one_minute_load() -> str:
    try:
        return f"{os.getloadavg()[0]:.1f}"
    except OSError:
        return "—"


def row_modules():
    for info in sorted(pkgutil.iter_modules(scale_rows.__path__), key=lambda m: m.name):
        yield importlib.import_module(f"tools.scale_rows.{info.name}")


def measure(fn, repeat: int, long: float, warmup: int = 0) -> tuple[float | None, int]:
    """(the median of up to `repeat` measurements, how many ran): a measurement that took longer than `long`
    seconds of wall-clock is not repeated (the first start of a day at a million: minutes each). `warmup` runs
    come first and are not counted — a gesture the window repeats all day is measured as it runs after its first
    calls (Python 3.11 specialises a function's code only after it has run a few times); a warm-up run longer than
    `long` is the row's only measurement."""
    if fn is None:
        return None, 0
    values: list[float] = []
    for i in range(warmup + repeat):
        started = time.perf_counter()
        value = fn()
        took = time.perf_counter() - started
        if i >= warmup or took > long:
            values.append(value)
        if took > long:
            break
    return statistics.median(values), len(values)


def cell(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "s":   # a page of a few ms in hundredths of a ms: "0.002 s" hid a 1.5× between two of them
        if value < 0.1:
            return f"{value * 1e3:.2f} ms"
        return f"{value:.3f} s" if value < 10 else f"{value:.1f} s"
    if unit == "ms":
        return f"{value:.0f} ms"
    return f"{value:.0f} {unit}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="the large register's URL (generated into when short)")
    parser.add_argument("--cases", type=int, required=True)
    parser.add_argument("--demo-db", help="the demo database, the start-up rows' limit (default: built in --work-dir)")
    parser.add_argument("--work-dir", default="/tmp/ipcase-benchmark-scale", help="scratch folder")
    parser.add_argument("--today", type=date.fromisoformat, default=date.today())
    parser.add_argument("--sub-offices", type=int, default=3)
    parser.add_argument("--no-demo", action="store_true", help="generate into an empty database without the demo")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--warmup", type=int, default=0,
                        help="runs of each measurement before the counted ones, not counted (app and limit alike)")
    parser.add_argument("--long", type=float, default=120.0,
                        help="a measurement longer than this many seconds is not repeated (its row says how many ran)")
    parser.add_argument("--only", default="", help="only rows whose name contains one of these texts (comma-separated)")
    parser.add_argument("--generate-only", action="store_true", help="generate the register (when short) and stop")
    args = parser.parse_args(argv)
    work = Path(args.work_dir)
    work.mkdir(parents=True, exist_ok=True)
    url = normal_url(args.db)
    demo_url = normal_url(args.demo_db or f"sqlite:///{(work / 'demo.sqlite').as_posix()}")
    total = ensure_register(url, args.cases, args.today, sub_offices=args.sub_offices, demo=not args.no_demo)
    if args.generate_only:
        return 0
    ensure_register(demo_url, 0, args.today, sub_offices=0, demo=True)
    scale_rows.CONTEXT = scale_rows.Context(url, demo_url, work, args.today, total)
    backend = url.split(":", 1)[0].split("+", 1)[0]
    print(f"\n{backend}, {total:,} cases, today {args.today}, median of {args.repeat} runs"
          f"{f' after {args.warmup} uncounted' if args.warmup else ''}, "
          f"load average at the start {load_average()}\n")
    print("| What | App | Limit | Ratio | Goal | Met | Runs | Load |")
    print("|---|---:|---:|---:|---|---|---:|---:|")
    for module in row_modules():
        for row in module.rows(url):
            name, app_fn, limit_fn = row[:3]
            unit = row[3] if len(row) > 3 else "s"
            if args.only and not any(part in name for part in args.only.split(",")):
                continue
            try:
                (app, runs), (limit, _) = (measure(app_fn, args.repeat, args.long, args.warmup),
                                           measure(limit_fn, args.repeat, args.long, args.warmup))
            except Exception as exc:  # noqa: BLE001 — one broken row must not hide the others
                print(f"| {name} | failed: {type(exc).__name__}: {str(exc)[:120]} | | | | | | |", flush=True)
                continue
            ratio = f"{app / limit:.2f}×" if limit and app is not None else "—"
            goal, met = goal_of(name, app, limit, unit)
            # the 1-minute load average as the row ends: on a shared machine absolute times follow it
            print(f"| {name} | {cell(app, unit)} | {cell(limit, unit)} | {ratio} | {goal} | {met} | {runs} "
                  f"| {one_minute_load()} |", flush=True)
    print(f"\nload average at the end {load_average()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
