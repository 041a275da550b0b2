"""`python main.py checkout|checkin|sync …`: the field laptop (issue 14) from the command line.

At the office (`--db` the office database, as every command):
    python main.py checkout --user zhangwei --case "某市知裁字〔2026〕12号" --intake SA2026-0031 --until 2026-12-20 \\
                            --numbers evidence_preservation=3 --laptop 张伟的笔记本 --out 外出.ipcpkg
    python main.py checkout --user zhangwei --mine --to sqlite:///E:/laptop.db      # straight to a laptop database
    python main.py checkin 签入.ipcpkg            # a check-in package (USB stick) …
    python main.py checkin E:/laptop.db           # … or the laptop's database file itself (the direct path)
    python main.py sync status
    python main.py sync transfer --user liuyang --case "…" --kind transfer --out 移送.ipcpkg   # read-only package
On the laptop (`--db` the laptop database):
    python main.py sync unpack 外出.ipcpkg --to sqlite:///C:/ipcase/laptop.db
    python main.py sync pack --out 签入.ipcpkg
    python main.py sync receipt 签入-回执.ipcpkg   # what the office made of each operation (written by checkin)
    python main.py sync open 移送.ipcpkg --to sqlite:///C:/ipcase/移送.db

A package's passphrase comes from IPCASE_PACKAGE_PASSPHRASE or is asked at the terminal, never an option (the
process list shows every option to every user of the machine); the databases' own passphrases as for every
command (ipcase.cli.keys). `checkin` prints what became of each operation and exits 1 when anything was refused
or went to the conflict queue."""
from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import date
from pathlib import Path

from ipcase.cli import sync_actions
from ipcase.cli.command import Command
from ipcase.cli.startup import make_clock, open_database
from ipcase.cli.sync_inputs import (
    KIND_NAMES,
    OUTCOMES,
    REFUSED,
    STATES,
    as_url,
    find_user,
    numbers,
    package_passphrase,
    say_refusal,
    selected_records,
    sqlite_path,
)
from ipcase.errors import ValidationFailed

# ---- checkout ------------------------------------------------------------------------------------------------

def configure_checkout(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--user", required=True, help="username of the officer who takes the records out")
    parser.add_argument("--case", action="append", default=[], metavar="案号", help="a case (repeat for more)")
    parser.add_argument("--intake", action="append", default=[], metavar="收案编号", help="an intake item")
    parser.add_argument("--mediation", action="append", default=[], metavar="调解案号", help="a mediation case")
    parser.add_argument("--mine", action="store_true", help="every open case the officer handles (承办人)")
    parser.add_argument("--until", type=date.fromisoformat, metavar="YYYY-MM-DD", help="expected back by")
    parser.add_argument("--numbers", action="append", default=[], metavar="KIND=N",
                        help="文号 to reserve for documents issued on the laptop, e.g. evidence_preservation=3")
    parser.add_argument("--laptop", metavar="NAME", help="the laptop's name (default: the officer's name)")
    target = parser.add_mutually_exclusive_group(required=True)
    target.add_argument("--out", metavar="FILE", help="write a check-out package (passphrase-encrypted)")
    target.add_argument("--to", metavar="URL", help="write the laptop database directly (sqlite:///… on the laptop)")


def run_checkout(args: argparse.Namespace) -> int:
    """The laptop database is always encrypted (SQLCipher) under the package passphrase: the package protects it
    on the USB stick, the passphrase protects it on the laptop (the same one opens both)."""
    from ipcase.sync.checkout import check_out_to
    from ipcase.sync.package import write_database_package

    clock = make_clock(getattr(args, "today", None))
    try:
        passphrase = package_passphrase(new=True)
    except ValidationFailed as e:
        return say_refusal(e)
    db = open_database(args, clock)
    try:
        now = clock.now()
        with db.new_uow() as uow:
            user = find_user(uow.session, args.user)
            user_id, full_name = user.id, user.full_name
            selection = selected_records(uow.session, args)
        inputs = dict(actor_id=user_id, user_id=user_id, mine=args.mine, laptop_name=args.laptop or full_name,
                      until=args.until, numbers=numbers(args.numbers), now=now, passphrase=passphrase, **selection)
        if args.to:
            sqlite_path(args.to)   # a laptop database is an SQLite file: said before anything is marked
            result = check_out_to(db.engine, args.to, **inputs)   # the laptop keeps the office URL: direct check-in
            print(f"已检出到笔记本数据库（已加密）：{result.laptop_path}")
        else:
            with tempfile.TemporaryDirectory(prefix="ipcase-checkout-") as folder:
                laptop = Path(folder) / "laptop.db"
                result = check_out_to(db.engine, f"sqlite:///{laptop}", office_url="", **inputs)
                m = result.manifest
                write_database_package(args.out, laptop, kind="checkout", office_id=m.office_id,
                                       office_name=m.office_name, passphrase=passphrase, now=now,
                                       checkout_id=m.checkout_id, about={"laptop": m.laptop_name, "user": args.user})
            print(f"已写出检出包：{args.out}（在笔记本上：python main.py sync unpack 该文件 --to sqlite:///…）")
        _print_manifest(result.manifest)
        return 0
    except REFUSED as e:
        return say_refusal(e)
    finally:
        db.engine.dispose()


def _print_manifest(manifest) -> None:
    until = f"，预计 {manifest.until:%Y-%m-%d} 交回" if manifest.until else ""
    print(f"外出办案编号 {manifest.checkout_id}：{manifest.laptop_name}{until}")
    for r in manifest.records:
        print(f"  {KIND_NAMES.get(r.kind, r.kind)} {r.number or r.record_id}")
    for b in manifest.blocks:
        print(f"  预留文号 {b.kind.removeprefix('doc:')} {b.year} 年第 {b.first}–{b.last} 号")


# ---- checkin -------------------------------------------------------------------------------------------------

def configure_checkin(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="a check-in package (.ipcpkg) or the laptop's database file")


def run_checkin(args: argparse.Namespace) -> int:
    """The same steps as the window's 签入 (ipcase.sync.handover): a check-in package, or the laptop's database file."""
    from ipcase.sync.handover import check_in_laptop_file, check_in_package, laptop_file_encrypted
    from ipcase.sync.package_format import is_package

    clock = make_clock(getattr(args, "today", None))
    db = open_database(args, clock)
    try:
        if is_package(args.file):
            done = check_in_package(db.new_uow, args.file, now=clock.now(), progress=_progress)
            print(f"签入包：{done.laptop_name}，{len(done.lines)} 项操作")
            print(f"回执：{done.receipt}（带回笔记本：python main.py sync receipt 该文件）")
        else:
            path = sqlite_path(as_url(args.file))
            # The laptop file is encrypted under the package passphrase (IPCASE_PACKAGE_PASSPHRASE, else asked).
            passphrase = package_passphrase(new=False) if path.is_file() and laptop_file_encrypted(path) else None
            done = check_in_laptop_file(db.new_uow, path, passphrase=passphrase, now=clock.now(),
                                        progress=_progress)
            print(f"笔记本数据库：{done.laptop_name}，{len(done.lines)} 项操作")
    except REFUSED as e:
        return say_refusal(e)
    finally:
        db.engine.dispose()
    return _print_summary(done)


def _progress(done: int, total: int, text: str) -> None:
    print(f"\r  {done}/{total}", end="\n" if done == total else "", file=sys.stderr)


def _print_summary(done) -> int:
    """One line per operation and a total; 1 when anything went to the conflict queue or was refused."""
    bad = 0
    for line in done.lines:
        outcome = OUTCOMES.get(line.outcome, line.outcome)
        why = f"：{line.reason_code}" + (f"（{line.reason_detail}）" if line.reason_detail else "") \
            if line.reason_code else ""
        conflict = f"，冲突编号 {line.conflict_id}" if line.conflict_id else ""
        earlier = "（此前的签入已处理）" if line.status == "skipped" else ""
        print(f"  #{line.seq} {line.command} {outcome}{why}{conflict}{earlier}")
        bad += line.outcome in ("conflict", "refused")
    repeated = sum(1 for line in done.lines if line.status == "skipped")
    applied = sum(1 for line in done.lines if line.status in ("applied", "adapted"))
    conflicts = sum(1 for line in done.lines if line.outcome == "conflict")
    refused = sum(1 for line in done.lines if line.outcome == "refused")
    print(f"应用 {applied} 项，此前已处理 {repeated} 项，冲突 {conflicts} 项，拒绝 {refused} 项；"
          f"外出办案：{STATES.get(done.checkout_state, done.checkout_state)}")
    return 1 if bad else 0


# ---- sync status | pack | unpack | transfer | open --------------------------------------------------------------

def configure_sync(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="sync_command", metavar="ACTION", required=True)

    def action(name: str, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text)
        # The shared options are accepted after the action too (`sync status --db URL`).
        p.add_argument("--db", metavar="URL", default=argparse.SUPPRESS, help="database URL (as before the action)")
        p.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS)
        p.add_argument("--today", metavar="YYYY-MM-DD", type=date.fromisoformat, default=argparse.SUPPRESS)
        p.add_argument("--no-demo", action="store_true", default=argparse.SUPPRESS)
        return p

    action("status", "check-outs per laptop, conflicts, last check-in (office); what waits to be sent (laptop)")
    p = action("pack", "on the laptop: write the check-in package")
    p.add_argument("--out", metavar="FILE", required=True)
    p = action("unpack", "on the laptop: make the laptop database from a check-out package")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--to", metavar="URL", required=True, help="the new laptop database (sqlite:///…)")
    p = action("transfer", "a read-only package of cases: 移送 to another office, or a meeting's case package")
    p.add_argument("--user", required=True, help="username of who makes the package")
    p.add_argument("--case", action="append", default=[], metavar="案号", required=True)
    p.add_argument("--kind", choices=("transfer", "meeting"), default="transfer")
    p.add_argument("--out", metavar="FILE", required=True)
    p = action("receipt", "on the laptop: read the office's receipt of a check-in package into the outbox")
    p.add_argument("file", metavar="FILE")
    p = action("void-numbers", "void the 文号 reserved for an ended check-out whose laptop never returns")
    p.add_argument("--checkout", metavar="N", type=int, required=True, help="the check-out's number (sync status)")
    p.add_argument("--user", required=True, help="username of the 处(科)室负责人/部门负责人 who settles them")
    p.add_argument("--reason", required=True, help="why they are void (recorded on each number, audited)")
    p = action("open", "open a 移送/meeting package as a read-only database")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--to", metavar="URL", required=True, help="where the read-only copy is written (sqlite:///…)")
    p.add_argument("--viewer", metavar="USERNAME",
                   help="make a 查阅人 account on the copy to sign in with (its password: IPCASE_VIEWER_PASSWORD or asked)")
    p.add_argument("--viewer-name", metavar="姓名", help="the 查阅人's full name (default: the username)")


def run_sync(args: argparse.Namespace) -> int:
    try:
        return sync_actions.ACTIONS[args.sync_command](args)
    except REFUSED as e:
        return say_refusal(e)


CHECKOUT = Command("checkout", "lend cases to a field laptop: a check-out package (--out) or database (--to)",
                   configure_checkout, run_checkout)
CHECKIN = Command("checkin", "bring a laptop's work back: a check-in package or the laptop database file",
                  configure_checkin, run_checkin)
SYNC = Command("sync", "field laptop: status, pack, unpack, receipt, transfer, open, void-numbers", configure_sync, run_sync)

__all__ = ["CHECKIN", "CHECKOUT", "SYNC"]
