"""`python main.py backup|restore …`: a consistent backup of the database and the data directory's files, and
its restore after every check.

    python main.py backup --out DIR [--db URL] [--encrypt]   # --encrypt: prints a recovery code ONCE
    python main.py restore BACKUP [--to URL] [--verify-only]    # asks for the recovery code or passphrase

An encrypted backup asks for its recovery code (or, for a backup of an encrypted database, the database's
passphrase) at the terminal, or reads it from IPCASE_BACKUP_KEY."""
from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from ipcase.cli.command import Command
from ipcase.cli.startup import make_clock, open_database

BACKUP_KEY_ENV = "IPCASE_BACKUP_KEY"


def configure_backup(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", metavar="DIR", required=True, help="folder the backup file is written into")
    parser.add_argument("--encrypt", action="store_true",
                        help="seal the backup with a new recovery key, printed once (keep it apart from the backup)")


def configure_restore(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("backup", metavar="BACKUP", help="the .ipcbak file")
    parser.add_argument("--to", metavar="URL", help="restore into this database (default: --db, else the embedded one)")
    parser.add_argument("--verify-only", action="store_true", help="check the backup, change nothing")


def _progress(done: int, total: int, text: str) -> None:
    if text and text not in ("pack", "seal", "write"):
        print(f"  [{done}/{total}] {text}", file=sys.stderr)


def run_backup(args: argparse.Namespace) -> int:
    from ipcase.backup.audit_link import checkpoint_hook
    from ipcase.backup.create import create_backup

    clock = make_clock(getattr(args, "today", None))
    db = open_database(args, clock)
    try:
        now = clock.now()
        made = create_backup(db_url=db.config.db_url, data_dir=Path(db.config.data_dir), out_dir=Path(args.out),
                             now=now, encrypt=args.encrypt, db_key=db.db_key,
                             checkpoint=checkpoint_hook(db.new_uow, Path(db.config.data_dir), now),
                             progress=_progress)
    finally:
        db.engine.dispose()
    print(f"已备份：{made.path}（{made.size // 1024} KB，数据库及 {made.files} 个文件）")
    if made.recovery_code:
        print("恢复密钥（只显示这一次，请抄下并与备份分开保存；没有它无法恢复）：")
        print(f"  {made.recovery_code}")
    elif db.db_key is not None:
        print("数据库已加密：备份以数据库口令加密，恢复时需要该口令。")
    return 0


def _secret(path: Path) -> tuple[str | None, bool]:
    """The backup's recovery code or passphrase (None when it is not encrypted), and whether it is the
    database passphrase."""
    from ipcase.backup.store import read_header
    header, _ = read_header(path)
    by_passphrase = header.get("key") == "database"
    if not header.get("encrypted"):
        return None, False
    found = os.environ.get(BACKUP_KEY_ENV)
    if not found and sys.stdin is not None and sys.stdin.isatty():
        found = getpass.getpass("数据库口令：" if by_passphrase else "恢复密钥：")
    return found or None, by_passphrase


def run_restore(args: argparse.Namespace) -> int:
    from ipcase.backup.audit_link import chain_problems
    from ipcase.backup.restore import restore_backup, verify_backup
    from ipcase.cli.keys import database_key
    from ipcase.config import load_config

    path = Path(args.backup)
    secret, by_passphrase = _secret(path)
    if args.verify_only:
        manifest = verify_backup(path, secret=secret)
        print(f"备份完好：{path}（{manifest['created_at']}，{len(manifest['files'])} 个文件与清单一致）")
        return 0
    config = load_config(getattr(args, "to", None) or getattr(args, "db", None), getattr(args, "data_dir", None))
    clock = make_clock(getattr(args, "today", None))
    # The database being replaced is kept aside first: if it is encrypted, its key (the backup's passphrase
    # is tried on it when the backup is of an encrypted database).
    current_key = None if by_passphrase else database_key(config, args)
    report = restore_backup(path, db_url=config.db_url, data_dir=Path(config.data_dir), now=clock.now(),
                            secret=secret, current_key=current_key, verify_audit=chain_problems)
    print(f"已恢复：{report.backup}")
    if report.aside:
        print(f"原数据库已另存为备份：{report.aside}")
    if report.renamed:
        print(f"原数据库文件已改名保存：{report.renamed}")
    print("各表记录数：")
    for name, count in report.counts.items():
        print(f"  {name}: {count}")
    print(f"文件：{len(report.files)} 个" + ("".join(f"\n  {f}" for f in report.files)))
    return 0


BACKUP = Command("backup", "back up the database and the data directory's files", configure_backup, run_backup)
RESTORE = Command("restore", "check a backup and restore it (the current database is kept aside)",
                  configure_restore, run_restore)
