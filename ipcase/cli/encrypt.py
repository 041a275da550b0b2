"""`python main.py encrypt`: encrypt an existing embedded database in place (SQLCipher, a key derived from a
passphrase). Close the application first. `python main.py init --encrypt` creates a new database encrypted.

    IPCASE_DB_PASSPHRASE=… python main.py encrypt [--data-dir DIR] [--remove-plain-copies] [--keyring]
    python main.py encrypt --keyring          # an encrypted database: keep its passphrase in the OS key store
    python main.py encrypt --forget-keyring   # remove it from the key store again

The plain file is replaced only after the encrypted copy opened with the new key and holds the same rows; the
form drafts in `drafts/` are then sealed under the same key.
Copies taken before (upgrade copies, backups) are still plain: they are listed, and removed with
--remove-plain-copies once a new, encrypted backup has been taken."""
from __future__ import annotations

import argparse
import os
import sqlite3
import sys
from pathlib import Path

from ipcase.cli.command import Command


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--remove-plain-copies", action="store_true",
                        help="delete the plain upgrade copies and plain backups in the data directory")
    store = parser.add_mutually_exclusive_group()
    store.add_argument("--keyring", action="store_true",
                       help="keep the passphrase in the operating system's key store (asked no more at start-up)")
    store.add_argument("--forget-keyring", action="store_true",
                       help="remove the passphrase kept in the operating system's key store")


NO_KEY_STORE = "本机没有可用的系统密钥库（{reason}），口令未保存：启动时仍需输入口令。"


def _keep_in_key_store(db_file: Path, passphrase: str) -> int:
    from ipcase import keystore
    try:
        keystore.remember(db_file, passphrase)
    except keystore.KeyStoreUnavailable as exc:
        print(NO_KEY_STORE.format(reason=exc.reason), file=sys.stderr)
        return 1
    print(f"口令已保存在本机的系统密钥库中（{keystore.SERVICE}：{db_file}）；启动时不再询问。")
    return 0


def _key_store_only(args: argparse.Namespace, config, db_file: Path) -> int:
    """--keyring / --forget-keyring on a database that is already encrypted: only the key store changes."""
    from ipcase import keystore
    from ipcase.cli.keys import database_key
    if getattr(args, "forget_keyring", False):
        try:
            removed = keystore.forget(db_file)
        except keystore.KeyStoreUnavailable as exc:
            print(f"本机没有可用的系统密钥库（{exc.reason}），没有可删除的口令。", file=sys.stderr)
            return 1
        print("已从系统密钥库删除本数据库的口令。" if removed else "系统密钥库中没有本数据库的口令。")
        return 0
    reason = keystore.unavailable()
    if reason is not None:
        print(NO_KEY_STORE.format(reason=reason), file=sys.stderr)
        return 1
    # The passphrase is checked against the database before it is kept: a typo must not be remembered.
    args.passphrase = getattr(args, "passphrase", None) or _ask_once(db_file)
    database_key(config, args)
    return _keep_in_key_store(db_file, args.passphrase)


def _ask_once(db_file: Path) -> str:
    """The passphrase typed or given in the environment — never one already kept in the key store."""
    from ipcase.cli.keys import given_passphrase
    from ipcase.errors import WrongDatabaseKey
    found = given_passphrase(argparse.Namespace(passphrase=None))
    if not found:
        raise WrongDatabaseKey(str(db_file), missing=True)
    return found


def _counts(conn) -> dict[str, int]:
    names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
    return {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}


def plain_copies(data_dir: Path, db_file: Path) -> list[Path]:
    """Unencrypted copies of the database in the data directory: upgrade/restore copies and plain backups."""
    from ipcase.backup.store import backups_dir, list_backups
    from ipcase.db.sqlcipher import is_encrypted
    copies = [p for p in db_file.parent.glob(f"{db_file.stem}.before-*{db_file.suffix}") if not is_encrypted(p)]
    copies += [b.path for b in list_backups(backups_dir(data_dir)) if not b.encrypted]
    return sorted(copies)


def encrypt_database(db_file: Path, passphrase: str) -> dict[str, int]:
    """Replace the plain database file by an encrypted one with the same content; returns the rows per table."""
    from ipcase.db.sqlcipher import connect, encrypt_file, key_for

    target = db_file.with_name(db_file.name + ".encrypting")
    target.unlink(missing_ok=True)
    key = key_for(target, passphrase)  # a new file: a fresh salt
    encrypt_file(db_file, target, key)
    plain = sqlite3.connect(db_file)
    encrypted = connect(target, key)
    try:
        expected, got = _counts(plain), _counts(encrypted)
    finally:
        plain.close()
        encrypted.close()
    if expected != got:
        target.unlink(missing_ok=True)
        raise RuntimeError(f"encrypted copy differs: {expected} != {got}")
    for side in ("-wal", "-shm"):
        db_file.with_name(db_file.name + side).unlink(missing_ok=True)
    os.replace(target, db_file)
    return got


def seal_drafts(data_dir: Path, key) -> list[Path]:
    """The form drafts typed before the encryption (ui/common/drafts.py, `drafts/*.json`) sealed under the new
    database key, as the application seals every draft of an encrypted database."""
    from ipcase import crypto
    return crypto.seal_plain_files(data_dir / "drafts", crypto.files_key(key.key), plain_suffix=".json")


def run(args: argparse.Namespace) -> int:
    from ipcase.cli.keys import embedded_file, new_passphrase
    from ipcase.config import load_config
    from ipcase.db.sqlcipher import is_encrypted, key_for

    config = load_config(getattr(args, "db", None), getattr(args, "data_dir", None))
    db_file = embedded_file(config)
    if db_file is None:
        print("只有本机的嵌入式数据库（SQLite 文件）可以加密；服务器数据库请由数据库管理员加密存储。", file=sys.stderr)
        return 2
    if not db_file.exists():
        print(f"数据库文件不存在：{db_file}", file=sys.stderr)
        return 2
    if is_encrypted(db_file):
        if getattr(args, "keyring", False) or getattr(args, "forget_keyring", False):
            return _key_store_only(args, config, db_file)
        print(f"数据库已经加密：{db_file}", file=sys.stderr)
        return 1
    if getattr(args, "forget_keyring", False):
        print(f"数据库没有加密，系统密钥库中不会有它的口令：{db_file}", file=sys.stderr)
        return 1
    passphrase = new_passphrase(args)
    counts = encrypt_database(db_file, passphrase)
    print(f"已加密：{db_file}（{len(counts)} 个表，{sum(counts.values())} 条记录）。以后启动时需要输入口令。")
    drafts = seal_drafts(Path(config.data_dir), key_for(db_file, passphrase))
    if drafts:
        print(f"已加密 {len(drafts)} 份表单草稿。")
    copies = plain_copies(Path(config.data_dir), db_file)
    if copies and args.remove_plain_copies:
        for path in copies:
            path.unlink(missing_ok=True)
        print(f"已删除 {len(copies)} 个未加密的副本。")
    elif copies:
        print("以下副本仍未加密（请先做一次新的备份，再用 --remove-plain-copies 删除）：")
        for path in copies:
            print(f"  {path}")
    if getattr(args, "keyring", False):
        return _keep_in_key_store(db_file, passphrase)
    return 0


COMMAND = Command("encrypt", "encrypt the embedded database in place (asks for a passphrase)", configure, run)
