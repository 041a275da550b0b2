"""The ledger import (issue 18) against typing the same cases in: N ledger rows imported in one transaction vs N
requests registered through the services, one gesture (one transaction) each, as the 登记处理请求 form does.

    python tools/benchmark_import.py                       # 10,000 rows, a fresh SQLite file in a temp folder
    python tools/benchmark_import.py --rows 2000 --db postgresql+psycopg://postgres@127.0.0.1:55432/bench

Each side starts from an empty database with one office and its 部门负责人. The ledger is generated in the shape of
examples/台账示例.xlsx (dates as Excel dates and as text, closed / open / not-accepted cases, two parties in some
cells); the services side registers the same rows' requests (patent, parties, received date) with
ipcase.services.cases.actions.register_request. Prints a Markdown table for the README."""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import func, select, text  # noqa: E402

from ipcase import commands  # noqa: E402
from ipcase.db.engine import make_engine  # noqa: E402
from ipcase.db.migrate import upgrade_to_head  # noqa: E402
from ipcase.db.models.cases import Case  # noqa: E402
from ipcase.domain.enums import PartyKind, Role  # noqa: E402
from ipcase.domain.ledger.values import parse_date, split_parties  # noqa: E402
from ipcase.dto.cases import PartyInput, PatentInput, RequestInput  # noqa: E402
from ipcase.queries.ledger.imports import proposed_mapping  # noqa: E402
from ipcase.services.admin import auth, setup  # noqa: E402
from ipcase.services.ledger.importing import preview_ledger  # noqa: E402
from ipcase.services.ledger.sheets import read_sheet  # noqa: E402
from ipcase.uow import uow_factory  # noqa: E402
from tools.make_ledger_examples import HEADERS, patent, write_ledger  # noqa: E402

NOW = datetime(2026, 12, 6, 9, 0)
METHODS = ("调解结案", "行政裁决：侵权成立", "行政裁决：驳回请求", "请求人撤回", "", "")


def ledger_rows(n: int) -> list[tuple]:
    rows = []
    for i in range(n):
        year = 2020 + i % 6
        seq = i // 6 + 1
        received = date(year, 1, 2) + timedelta(days=(i * 7) % 300)
        registered = received + timedelta(days=4)
        method = METHODS[i % len(METHODS)]
        closed = registered + timedelta(days=60) if method else None
        if closed and closed > NOW.date():
            method, closed = "", None
        as_text = i % 3 == 1   # a third of the dates typed as text, like real ledgers
        day = (lambda d: f"{d.year}.{d.month}.{d.day}" if d else None) if as_text else (lambda d: d)
        requesters = f"请求人{i}有限公司" + (f"、请求人{i}分公司" if i % 10 == 0 else "")
        rows.append((i + 1, f"测速市知裁字〔{year}〕{seq}号", day(received), day(registered), requesters,
                     f"被请求人{i}商行", patent(2010 + i % 10, 1 + i % 3, 100000 + i), "", f"产品{i}",
                     "专利侵权纠纷", "", day(closed), method, ""))
    return rows


def fresh(url: str):
    engine = make_engine(url)
    upgrade_to_head(engine)
    new_uow = uow_factory(engine)
    with new_uow() as uow:
        _office, admin = setup.create_office(uow, name="测速市市场监督管理局", short_name="测速市",
                                             admin_username="admin", admin_password="password1")
    with new_uow() as uow:
        head = auth.create_user(uow, actor_id=admin.id, username="head", full_name="刘洋", role=Role.DEPT_HEAD,
                                password="password1")
    return engine, new_uow, head


def database_url(base: str | None, name: str, folder: Path) -> str:
    if base is None:
        return f"sqlite:///{folder / name}.db"
    admin = make_engine(base)
    with admin.connect().execution_options(isolation_level="AUTOCOMMIT") as c:
        c.execute(text(f"DROP DATABASE IF EXISTS {name}"))
        c.execute(text(f"CREATE DATABASE {name}"))
    admin.dispose()
    return make_engine(base).url.set(database=name).render_as_string(hide_password=False)


def bench_import(url: str, content: bytes) -> dict:
    engine, new_uow, head = fresh(url)
    t0 = time.perf_counter()
    sheet = read_sheet("台账.xlsx", content)
    t1 = time.perf_counter()
    with new_uow() as uow:
        mapping = proposed_mapping(uow, office_id=head.office_id, sheet=sheet)
        report = preview_ledger(uow, actor_id=head.id, file_name="台账.xlsx", content=content, mapping=mapping,
                                now=NOW)
    t2 = time.perf_counter()
    result = commands.run("ledger.import_ledger", new_uow, actor_id=head.id, file_name="台账.xlsx", content=content,
                          mapping=mapping, now=NOW)
    t3 = time.perf_counter()
    with new_uow() as uow:
        stored = uow.session.scalar(select(func.count()).select_from(Case))
    t4 = time.perf_counter()
    commands.run("ledger.undo_import", new_uow, actor_id=head.id, import_id=result.import_id, now=NOW)
    t5 = time.perf_counter()
    engine.dispose()
    assert stored == result.created == len(report.ready), (stored, result, len(report.ready))
    return {"read": t1 - t0, "preview": t2 - t1, "import": t3 - t2, "undo": t5 - t4, "cases": stored}


def bench_services(url: str, rows: list[tuple]) -> dict:
    engine, new_uow, head = fresh(url)
    inputs = [RequestInput(
        received_date=parse_date(str(r[2])) if not isinstance(r[2], date) else r[2],
        patent=PatentInput(number=r[6], title=r[8], patentee=split_parties(r[4])[0]),
        requesters=tuple(PartyInput(name) for name in split_parties(r[4])),
        respondents=(PartyInput(r[5], kind=PartyKind.INDIVIDUAL_BUSINESS, legal_rep="经营者"),)) for r in rows]
    t0 = time.perf_counter()
    for i, data in enumerate(inputs, start=1):
        with new_uow() as uow:
            commands.run("cases.register_request", uow, actor_id=head.id, data=data, now=NOW)
        if i % 1000 == 0:
            print(f"  services: {i:,} registered in {time.perf_counter() - t0:.1f} s", flush=True)
    t1 = time.perf_counter()
    with new_uow() as uow:
        stored = uow.session.scalar(select(func.count()).select_from(Case))
    engine.dispose()
    return {"register": t1 - t0, "cases": stored}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--db", help="a PostgreSQL server URL (a database per side is created); default SQLite")
    args = parser.parse_args()
    rows = ledger_rows(args.rows)
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        path = write_ledger(folder / "台账.xlsx", rows)
        content = path.read_bytes()
        imp = bench_import(database_url(args.db, "bench_import", folder), content)
        print(f"  import: read {imp['read']:.1f} s, check {imp['preview']:.1f} s, import {imp['import']:.1f} s, "
              f"undo {imp['undo']:.1f} s ({imp['cases']:,} cases)", flush=True)
        svc = bench_services(database_url(args.db, "bench_services", folder), rows)
    n = args.rows
    backend = "PostgreSQL" if args.db else "SQLite"
    print(f"\n{n:,} rows, {backend}, file {len(content) / 1e6:.1f} MB ({len(HEADERS)} columns)\n")
    print("| step | seconds | per row |")
    print("|---|---:|---:|")
    for label, key in (("read the .xlsx", "read"), ("check (preview, writes nothing)", "preview"),
                       ("import (one transaction)", "import"), ("undo the import", "undo")):
        print(f"| {label} | {imp[key]:.1f} | {imp[key] / n * 1000:.2f} ms |")
    print(f"| register the same requests through the services ({svc['cases']:,} gestures) | {svc['register']:.1f} | "
          f"{svc['register'] / n * 1000:.2f} ms |")
    print(f"\nimported cases: {imp['cases']:,}; registered through the services: {svc['cases']:,}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
