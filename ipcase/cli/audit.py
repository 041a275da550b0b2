"""`python main.py audit …`: check the audit chain, write and export its checkpoints.

    python main.py audit verify [--db URL] [--quick]     # exit 0: intact; 1: altered (each finding named)
    python main.py audit checkpoint [--export DIR]        # sign the chain head into <data dir>/checkpoints/
"""
from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

from ipcase.cli.command import Command
from ipcase.cli.startup import make_clock, open_database


def configure(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    v = sub.add_parser("verify", help="check the whole chain, every row and file hash, and the checkpoints")
    v.add_argument("--quick", action="store_true", help="only the last entries and the checkpoints")
    c = sub.add_parser("checkpoint", help="write a signed checkpoint of the chain head")
    c.add_argument("--export", metavar="DIR", help="also copy it to DIR (for the supervising office)")
    for p in (v, c):  # `audit verify --db URL` as well as `audit --db URL verify`
        p.add_argument("--db", metavar="URL", default=argparse.SUPPRESS, help="database URL")
        p.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS,
                       help="data directory (its checkpoints/ and keys/)")


def _verify(db, args) -> int:
    from ipcase.audit.describe import sentence, summary
    from ipcase.audit.verify import verify

    with db.new_uow() as uow:
        report = verify(uow.session, data_dir=Path(db.config.data_dir), full=not args.quick)
    for f in report.findings:
        print(("注意：" if f.warning else "改动：") + sentence(f))
    print(summary(report))
    return 1 if report.altered else 0


def _checkpoint(db, args, now) -> int:
    from ipcase.audit.checkpointing import write_checkpoint
    with db.new_uow() as uow:
        cp = write_checkpoint(uow.session, Path(db.config.data_dir), now)
    if cp is None:
        print("数据库没有审计链，未写检查点", file=sys.stderr)
        return 2
    print(f"检查点：#{cp.seq} {cp.hash} → {cp.path}")
    if args.export:
        target = Path(args.export)
        target.mkdir(parents=True, exist_ok=True)
        print(f"已导出：{shutil.copy2(cp.path, target / cp.path.name)}")
    return 0


def run(args: argparse.Namespace) -> int:
    clock = make_clock(getattr(args, "today", None))
    db = open_database(args, clock)
    try:
        if args.audit_command == "verify":
            return _verify(db, args)
        return _checkpoint(db, args, clock.now())
    finally:
        db.engine.dispose()


COMMAND = Command("audit", "audit trail: verify the chain, write checkpoints", configure, run)
