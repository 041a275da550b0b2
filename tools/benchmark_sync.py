"""Issue 14's measurement: check-out and check-in of 50 cases with their files and 500 offline operations, against
the same 500 gestures made online at the office (medians of --repeat rounds; SQLite office, and PostgreSQL when
--pg URL names an empty database).

    python tools/benchmark_sync.py                              # SQLite office in a temporary folder
    python tools/benchmark_sync.py --pg "postgresql://postgres@/bench_sync?host=/tmp/pg&port=5432"

The office gets 50 received cases, each with one 200 KB evidence file (what the laptop copy must carry). Each round:
the 500 gestures online (evidence.add_item through ipcase.commands.run, one transaction each, every other one with
a 50 KB photo); then the field laptop path as the command line runs it — check-out to a passphrase package
(ipcase.sync.checkout.check_out_to + the package), unpack on the laptop, the same 500 gestures on the laptop (each
recorded in the outbox), pack the signed check-in package, and check it in at the office (verify, replay each
operation in its own transaction, settle). The laptop database is SQLCipher-encrypted as in real use.
Prints a Markdown table for the README after the machine's load average. Timing stays out of the test suite."""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(1, str(ROOT / "tests"))   # the tests' builders of staff and requests (real services)

from conftest import make_staff  # noqa: E402
from sqlalchemy import func, select  # noqa: E402

from case_helpers import sample_request  # noqa: E402
from ipcase import commands  # noqa: E402
from ipcase.db.engine import make_engine  # noqa: E402
from ipcase.db.migrate import upgrade_to_head  # noqa: E402
from ipcase.db.models.cases import Case  # noqa: E402
from ipcase.dto.evidence import EvidenceInput, FileUpload  # noqa: E402
from ipcase.sync.checkin import check_in  # noqa: E402
from ipcase.sync.checkout import check_out_to  # noqa: E402
from ipcase.sync.copy import open_laptop  # noqa: E402
from ipcase.sync.package import (  # noqa: E402
    extract_database,
    open_checkin,
    pack_checkin,
    record_applied,
    write_database_package,
)
from ipcase.uow import uow_factory  # noqa: E402

CASES = 50
OPERATIONS = 500
CASE_FILE = 200_000
PHOTO = 50_000
PASSPHRASE = "benchmark-passphrase-2026"
RECEIVED = date(2026, 10, 30)
START = datetime(2026, 11, 2, 9, 0)


def build_office(url: str) -> tuple:
    engine = make_engine(url)
    upgrade_to_head(engine)
    new_uow = uow_factory(engine)
    with new_uow() as uow:
        if uow.session.scalar(select(func.count()).select_from(Case)):
            sys.exit(f"{url}: not empty — give an empty database")
    staff = make_staff(new_uow)
    ids = []
    for i in range(CASES):
        with new_uow() as uow:
            ref = commands.run("cases.register_request", uow, actor_id=staff.officer.id,
                               data=sample_request(RECEIVED), now=START + timedelta(minutes=i))
        with new_uow() as uow:
            commands.run("evidence.add_item", uow, actor_id=staff.officer.id, case_id=ref.id,
                         data=EvidenceInput(f"请求人证据{i}", RECEIVED, by_office=True),
                         files=(FileUpload(f"证据{i}.pdf", os.urandom(CASE_FILE)),), now=START + timedelta(minutes=i))
        ids.append(ref.id)
    return engine, new_uow, staff, tuple(ids)


def gestures(new_uow, staff, case_ids, at: datetime) -> None:
    """The 500 operations: ten per case, evidence items, every other one with a photo."""
    for n in range(OPERATIONS):
        case_id = case_ids[n % len(case_ids)]
        files = (FileUpload(f"现场照片{n}.jpg", os.urandom(PHOTO)),) if n % 2 == 0 else ()
        with new_uow() as uow:
            commands.run("evidence.add_item", uow, actor_id=staff.officer.id, case_id=case_id,
                         data=EvidenceInput(f"现场取证{n}", at.date(), by_office=True, purpose="展会现场"),
                         files=files, now=at + timedelta(seconds=n))


def timed(results: dict, name: str, fn):
    started = time.perf_counter()
    value = fn()
    results.setdefault(name, []).append(time.perf_counter() - started)
    return value


def one_round(office, folder: Path, round_no: int, results: dict, sizes: dict) -> None:
    engine, new_uow, staff, case_ids = office
    day = START + timedelta(days=1 + round_no)
    timed(results, "online: 500 gestures at the office", lambda: gestures(new_uow, staff, case_ids, day))

    laptop_file = folder / f"laptop-{round_no}.db"
    package = folder / f"checkout-{round_no}.ipcpkg"

    def check_out():
        with tempfile.TemporaryDirectory() as tmp:
            made = Path(tmp) / "laptop.db"
            result = check_out_to(engine, f"sqlite:///{made}", actor_id=staff.dept_head.id, user_id=staff.officer.id,
                                  cases=case_ids, laptop_name="执法笔记本-01", until=None, now=day,
                                  passphrase=PASSPHRASE, office_url="")
            m = result.manifest
            write_database_package(package, made, kind="checkout", office_id=m.office_id, office_name=m.office_name,
                                   passphrase=PASSPHRASE, now=day, checkout_id=m.checkout_id)
    timed(results, "check-out of 50 cases with their files → package", check_out)
    sizes["check-out package"] = package.stat().st_size
    timed(results, "unpack on the laptop", lambda: extract_database(package, laptop_file, passphrase=PASSPHRASE,
                                                                    expect=("checkout",)))
    laptop = open_laptop(f"sqlite:///{laptop_file}", PASSPHRASE)
    try:
        laptop_uow = uow_factory(laptop)
        timed(results, "offline: 500 gestures on the laptop (outbox)",
              lambda: gestures(laptop_uow, staff, case_ids, day + timedelta(hours=2)))
        checkin_file = folder / f"checkin-{round_no}.ipcpkg"
        timed(results, "pack the check-in package (500 operations)",
              lambda: pack_checkin(laptop_uow, checkin_file, now=day + timedelta(hours=8)))
        sizes["check-in package"] = checkin_file.stat().st_size
    finally:
        laptop.dispose()

    def check_in_package():
        opened = open_checkin(new_uow, checkin_file)
        report = check_in(new_uow, opened.ops, checkout_id=opened.header.checkout_id, now=day + timedelta(days=1))
        record_applied(new_uow, opened, now=day + timedelta(days=1))
        if report.count("applied") != OPERATIONS:
            sys.exit(f"check-in applied {report.count('applied')} of {OPERATIONS}: "
                     f"{[(i.status, i.reason_code) for i in report.items if i.status != 'applied'][:5]}")
    timed(results, "check-in at the office (verify, replay 500, settle)", check_in_package)


def run(label: str, url: str, folder: Path, repeat: int) -> tuple[dict, dict]:
    print(f"{label}: building the office (50 cases, 200 KB file each)…", file=sys.stderr)
    folder = folder / label   # each office's laptops and packages apart
    folder.mkdir()
    office = build_office(url)
    results: dict[str, list[float]] = {}
    sizes: dict[str, int] = {}
    try:
        for r in range(repeat):
            one_round(office, folder, r, results, sizes)
            print(f"  round {r + 1}/{repeat} done", file=sys.stderr)
    finally:
        office[0].dispose()
    medians = {k: statistics.median(v) for k, v in results.items()}
    # Said at once: kept even when a later backend's run fails.
    print(f"{label}: " + "; ".join(f"{k} {v:.1f} s" for k, v in medians.items()), file=sys.stderr)
    return medians, sizes


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pg", metavar="URL", help="also measure with an (empty) PostgreSQL office database")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    columns = []
    with tempfile.TemporaryDirectory(prefix="ipcase-bench-sync-") as tmp:
        folder = Path(tmp)
        columns.append(("SQLite office",) + run("SQLite", f"sqlite:///{folder / 'office.db'}", folder, args.repeat))
        if args.pg:
            pg = args.pg if "+psycopg" in args.pg else args.pg.replace("postgresql://", "postgresql+psycopg://", 1)
            columns.append(("PostgreSQL office",) + run("PostgreSQL", pg, folder, args.repeat))
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"\nMedians of {args.repeat} rounds, seconds (load average {load}; {os.cpu_count()} CPUs):\n")
    print("| step | " + " | ".join(c[0] for c in columns) + " |")
    print("|---|" + "---:|" * len(columns))
    for name in columns[0][1]:
        print(f"| {name} | " + " | ".join(f"{c[1][name]:.1f}" for c in columns) + " |")
    offline = [c[1]["offline: 500 gestures on the laptop (outbox)"] + c[1]["check-in at the office (verify, replay 500, "
                                                                          "settle)"] for c in columns]
    online = [c[1]["online: 500 gestures at the office"] for c in columns]
    print("| offline gestures + check-in ÷ online gestures | "
          + " | ".join(f"{o / n:.2f}×" for o, n in zip(offline, online, strict=True)) + " |")
    for name in columns[0][2]:
        print(f"| size of the {name} (MB) | " + " | ".join(f"{c[2][name] / 1e6:.1f}" for c in columns) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
