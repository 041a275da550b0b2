"""The actions of `python main.py sync …` (ipcase/cli/sync.py parses them): status, pack, unpack, transfer, open."""
from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

from ipcase.cli.startup import make_clock, open_database
from ipcase.cli.sync_inputs import (
    KIND_NAMES,
    PACKAGE_PASSPHRASE_ENV,
    STATES,
    find_user,
    package_passphrase,
    selected_records,
    sqlite_path,
    viewer_password,
)

OUTBOX_STATES = {"pending": "待发送", "applied": "已应用", "conflict": "冲突待处理", "refused": "被拒绝",
                 "dropped": "已放弃"}


def status(args: argparse.Namespace) -> int:
    """Per office of the database, its check-outs; on a laptop copy, its outbox."""
    from sqlalchemy import select

    from ipcase.db import office_scope
    from ipcase.db.models.admin import Office
    from ipcase.queries.sync.status import sync_status

    clock = make_clock(getattr(args, "today", None))
    db = open_database(args, clock)
    try:
        with db.new_uow() as uow, office_scope.system_work(uow.session):
            offices = [(o.id, o.name) for o in uow.session.scalars(select(Office).order_by(Office.id))]
            reports = [(name, sync_status(uow, office_id=office_id, now=clock.now())) for office_id, name in offices]
    finally:
        db.engine.dispose()
    laptop = next((s.laptop for _, s in reports if s.laptop is not None), None)
    if laptop is not None:
        _print_laptop(laptop)
        return 0
    warned = False
    for name, report in reports:
        if not report.checkouts and len(reports) > 1:
            continue
        print(f"{name}：外出办案 {len(report.checkouts)} 起，待处理冲突 {report.open_conflicts} 项"
              f"（超过 {report.warn_days} 天未签入即提醒）")
        for c in report.checkouts:
            last = f"{c.last_checkin_at:%Y-%m-%d %H:%M}" if c.last_checkin_at else "尚未签入"
            flags = "".join([f"  ⚠ {c.days_without_checkin} 天未签入" if c.warn else "",
                             "  ⚠ 已超过预计交回日期" if c.overdue else ""])
            until = f"，预计 {c.until:%Y-%m-%d} 交回" if c.until else ""
            print(f"  [{c.id}] {c.laptop_name} · {c.user_name} · {STATES.get(c.state, c.state)} · "
                  f"检出 {c.created_at:%Y-%m-%d}{until} · 上次签入 {last} · 冲突 {c.open_conflicts}{flags}")
            for r in c.records:
                back = f"（{r.returned_at:%Y-%m-%d} 已交回）" if r.returned_at else ""
                print(f"      {KIND_NAMES.get(r.kind, r.kind)} {r.number or r.record_id}{back}")
            if c.state == "ended" and c.reserved_left:
                print(f"      ⚠ 预留文号 {c.reserved_left} 个未签回：笔记本不再交回时，由负责人作废"
                      f"（python main.py sync void-numbers --checkout {c.id} --user 用户名 --reason 原因）")
            warned = warned or c.warn or c.overdue
    return 1 if warned else 0


def _print_laptop(laptop) -> None:
    until = f"，预计 {laptop.until:%Y-%m-%d} 交回" if laptop.until else ""
    last = f"{laptop.last_checkin_at:%Y-%m-%d %H:%M}" if laptop.last_checkin_at else "尚未签入"
    print(f"笔记本副本：{laptop.laptop_name} · {laptop.user_name} · {laptop.office_name} · "
          f"外出办案自 {laptop.checked_out_at:%Y-%m-%d}{until} · 上次签入 {last}")
    counts = "，".join(f"{OUTBOX_STATES.get(k, k)} {n} 项" for k, n in sorted(laptop.counts.items())) or "没有操作"
    print(f"操作：{counts}")
    for entry in laptop.outbox:
        if entry.state != "applied":
            print(f"  #{entry.seq} {entry.at:%Y-%m-%d %H:%M} {entry.command} {OUTBOX_STATES.get(entry.state, entry.state)}"
                  f"{' ' + entry.message if entry.message else ''}")


def _laptop_database(args: argparse.Namespace, clock):
    """The laptop database named by --db, opened with its package's passphrase (the file is encrypted under it)."""
    if not getattr(args, "passphrase", None):
        args.passphrase = os.environ.get(PACKAGE_PASSPHRASE_ENV)
    return open_database(args, clock)


def pack(args: argparse.Namespace) -> int:
    from ipcase.sync.package import pack_checkin

    clock = make_clock(getattr(args, "today", None))
    db = _laptop_database(args, clock)
    try:
        packed = pack_checkin(db.new_uow, args.out, now=clock.now())
    finally:
        db.engine.dispose()
    print(f"已写出签入包：{packed.path}（{packed.operations} 项操作，{packed.files} 个文件）")
    print("在单位：python main.py checkin 该文件")
    return 0


def receipt(args: argparse.Namespace) -> int:
    from ipcase.sync.package import apply_receipt

    clock = make_clock(getattr(args, "today", None))
    db = _laptop_database(args, clock)
    try:
        header, items = apply_receipt(db.new_uow, args.file)
    finally:
        db.engine.dispose()
    counts: dict[str, int] = {}
    for item in items:
        counts[item.status] = counts.get(item.status, 0) + 1
    said = "，".join(f"{OUTBOX_STATES.get(k, k)} {n} 项" for k, n in sorted(counts.items())) or "没有操作"
    print(f"已读入单位回执（{header.office_name}，{header.created_at:%Y-%m-%d %H:%M} 签入）：{said}")
    return 0


def unpack(args: argparse.Namespace) -> int:
    """A check-out package → the laptop database at `--to` (a new file; never over an existing database)."""
    from ipcase.sync import package_format as fmt
    from ipcase.sync.package import extract_database

    target = sqlite_path(args.to)
    header = extract_database(args.file, target, passphrase=package_passphrase(new=False), expect=(fmt.CHECKOUT,))
    print(f"已建立笔记本数据库：{target}（{header.office_name}，外出办案编号 {header.checkout_id}）")
    print(f"启动：python main.py --db {args.to}")
    return 0


def transfer(args: argparse.Namespace) -> int:
    """A read-only package of cases (移送 to another office, or a meeting's case package)."""
    from ipcase.db.models.admin import Office
    from ipcase.sync import read_only
    from ipcase.sync.copy import Selection, copy_records, open_laptop
    from ipcase.sync.package import write_database_package
    from ipcase.uow import uow_factory

    passphrase = package_passphrase(new=True)
    clock = make_clock(getattr(args, "today", None))
    db = open_database(args, clock)
    try:
        with db.new_uow() as uow:
            user = find_user(uow.session, args.user)
            user_id = user.id
            office = uow.session.get(Office, user.office_id)
            office_id, office_name = office.id, office.name
            selection = selected_records(uow.session, argparse.Namespace(case=args.case, intake=[], mediation=[]))
        with tempfile.TemporaryDirectory(prefix="ipcase-transfer-") as folder:
            copy = Path(folder) / "copy.db"
            # A meeting package is for its maker, who logs in to it; a 移送 copy lets no one of this office in.
            copy_records(db.engine, f"sqlite:///{copy}",
                         Selection(office_id=office_id, cases=selection["cases"],
                                   user_id=user_id if args.kind == "meeting" else None),
                         passphrase=passphrase)
            engine = open_laptop(f"sqlite:///{copy}", passphrase)
            try:
                with uow_factory(engine)() as uow:   # what makes the application refuse every change on it
                    read_only.mark(uow.session, office_id=office_id, kind=args.kind, office_name=office_name)
                    uow.commit()
            finally:
                engine.dispose()
            write_database_package(args.out, copy, kind=args.kind, office_id=office_id, office_name=office_name,
                                   passphrase=passphrase, now=clock.now(),
                                   about={"by": args.user, "cases": list(args.case)})
    finally:
        db.engine.dispose()
    what = "移送包" if args.kind == "transfer" else "会议案件包"
    print(f"已写出{what}（只读）：{args.out}，{len(args.case)} 件案件")
    return 0


def open_read_only(args: argparse.Namespace) -> int:
    """A 移送/meeting package → a read-only database at `--to`; with --viewer, a 查阅人 account on it."""
    from ipcase.sync import package_format as fmt
    from ipcase.sync.viewer import Viewer, open_copy

    target = sqlite_path(args.to)
    viewer = None
    if args.viewer:   # its password asked before anything is written
        viewer = Viewer(args.viewer, args.viewer_name or args.viewer, viewer_password())
    header = open_copy(args.file, target, passphrase=package_passphrase(new=False), viewer=viewer,
                       now=make_clock(getattr(args, "today", None)).now())
    print(f"已打开{'移送包' if header.kind == fmt.TRANSFER else '会议案件包'}（{header.office_name}，"
          f"{header.created_at:%Y-%m-%d}）：{target}（只读：可以查看，不能修改，也不能签入）")
    if args.viewer:
        print(f"查阅人账户：{args.viewer}（只能查阅）")
    print(f"查看：python main.py --db {args.to}（数据库口令即数据包口令）")
    return 0


def void_numbers(args: argparse.Namespace) -> int:
    """作废预留文号 of an ended check-out (the command `sync.void_numbers`, as its supervisor)."""
    from ipcase import commands

    clock = make_clock(getattr(args, "today", None))
    db = open_database(args, clock)
    try:
        with db.new_uow() as uow:
            user_id = find_user(uow.session, args.user).id
        with db.new_uow(viewer_id=user_id) as uow:
            count = commands.run("sync.void_numbers", uow, actor_id=user_id, checkout_id=args.checkout,
                                 reason=args.reason, now=clock.now())
    finally:
        db.engine.dispose()
    print(f"外出办案 {args.checkout}：{count} 个预留文号已登记作废（{args.reason.strip()}）")
    return 0


ACTIONS = {"status": status, "pack": pack, "unpack": unpack, "receipt": receipt, "transfer": transfer,
           "open": open_read_only, "void-numbers": void_numbers}
