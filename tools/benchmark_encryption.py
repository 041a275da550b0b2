"""What encryption at rest costs: the same demo database, plain and encrypted with SQLCipher (issue 13).

    python tools/benchmark_encryption.py [--repeat 15] [--cases 5000] [--work DIR]

Builds the demo database (`python main.py`'s first start: the demo office and its cases through every service),
optionally adds --cases generated cases (ipcase.demo.bulk), then copies it and encrypts the copy as
`python main.py encrypt` does. For each file it measures, medians of --repeat runs after one warm-up:

- start-up: open the database as the application does (ipcase.cli.startup.open_database: the passphrase's key
  derivation, the write probe, the migration check, the audit seal check) and show the first page of the case
  list, from nothing to the rows;
- case list: the first page (50 rows) of the case list again, on the open database;
- a save: one service gesture — registering a request (cases.register_request, with its timeline entry, deadlines
  and audit entries), committed.

Prints a Markdown table for the README. Not a test: timings depend on the machine."""
from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from ipcase.cli.encrypt import encrypt_database  # noqa: E402
from ipcase.cli.startup import open_database  # noqa: E402
from ipcase.clock import FixedClock  # noqa: E402
from ipcase.db.engine import make_engine  # noqa: E402
from ipcase.db.migrate import upgrade_to_head  # noqa: E402
from ipcase.demo.builder import DemoBuilder  # noqa: E402
from ipcase.demo.bulk import generate  # noqa: E402
from ipcase.demo.cases import register_case  # noqa: E402
from ipcase.demo.office import ensure_demo_database  # noqa: E402
from ipcase.dto.cases import CaseFilter  # noqa: E402
from ipcase.queries.admin.users import list_users  # noqa: E402
from ipcase.queries.cases.register import list_cases  # noqa: E402
from ipcase.uow import uow_factory  # noqa: E402

TODAY = date(2026, 12, 7)
NOW = datetime(2026, 12, 7, 9, 0)
PASSPHRASE = "benchmark-长城-passphrase"


def _median_ms(fn, repeat: int) -> float:
    fn()  # warm-up: the same file-system cache state for every measured run
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def build(folder: Path, cases: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "ipcase.db"
    engine = make_engine(f"sqlite:///{path}")
    upgrade_to_head(engine)
    new_uow = uow_factory(engine)
    ensure_demo_database(new_uow, today=TODAY, now=NOW)
    if cases:
        generate(new_uow, cases=cases, today=TODAY)
    engine.dispose()
    return path


def _args(folder: Path, passphrase: str | None) -> argparse.Namespace:
    return argparse.Namespace(db=None, data_dir=str(folder), passphrase=passphrase, no_demo=True)


def _first_page(new_uow) -> int:
    with new_uow() as uow:
        return len(list_cases(uow, CaseFilter(), today=TODAY).rows)


def measure(folder: Path, passphrase: str | None, repeat: int) -> dict[str, float]:
    clock = FixedClock(NOW)

    def start_up() -> None:
        db = open_database(_args(folder, passphrase), clock)
        _first_page(db.new_uow)
        db.engine.dispose()

    results = {"start-up + first page": _median_ms(start_up, repeat)}
    db = open_database(_args(folder, passphrase), clock)
    try:
        results["case list, first page"] = _median_ms(lambda: _first_page(db.new_uow), repeat)
        builder = DemoBuilder(db.new_uow, TODAY, seed=11)
        with db.new_uow() as uow:   # the demo's officers, as the demo builder knew them when it made the office
            builder.users = {u.username: u for u in list_users(uow)}
        results["a save (register a request)"] = _median_ms(lambda: register_case(builder, "received", TODAY),
                                                            repeat)
    finally:
        db.engine.dispose()
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--cases", type=int, default=0, help="generated cases added to the demo's")
    parser.add_argument("--work", type=Path, help="folder for the two databases (default: a temporary one)")
    args = parser.parse_args(argv)
    work = args.work or Path(tempfile.mkdtemp(prefix="ipcase-bench-"))
    plain = build(work / "plain", args.cases)
    encrypted_dir = work / "encrypted"
    encrypted_dir.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(plain, encrypted_dir / "ipcase.db")
    counts = encrypt_database(encrypted_dir / "ipcase.db", PASSPHRASE)
    size = plain.stat().st_size / 1e6
    print(f"demo database: {counts.get('cases', 0)} cases, {size:.1f} MB; medians of {args.repeat} runs\n")
    plain_ms = measure(work / "plain", None, args.repeat)
    encrypted_ms = measure(encrypted_dir, PASSPHRASE, args.repeat)
    print("| | unencrypted | encrypted (SQLCipher) | difference |")
    print("|---|---:|---:|---:|")
    for name, base in plain_ms.items():
        enc = encrypted_ms[name]
        print(f"| {name} | {base:.1f} ms | {enc:.1f} ms | {enc - base:+.1f} ms ({(enc / base - 1) * 100:+.0f} %) |")
    if not args.work:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
