"""The passphrase of an encrypted embedded database, for every command and the desktop application.

Where it comes from, first found wins: `args.passphrase` (set by the GUI's passphrase dialog), the
IPCASE_DB_PASSPHRASE variable (scripts, scheduled backups), the operating system's key store when the office
chose to keep it there (ipcase.keystore), else a prompt when a person sits at a terminal.
Never a command-line option: the process list shows every option to every user of the machine."""
from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from ipcase.config import AppConfig
from ipcase.db.sqlcipher import PASSPHRASE_ENV, DatabaseKey, is_encrypted, key_for, make_encrypted_engine
from ipcase.errors import ValidationFailed, WrongDatabaseKey

MIN_PASSPHRASE = 10


def embedded_file(config: AppConfig) -> Path | None:
    """The SQLite file of the configuration, or None for a server database."""
    from sqlalchemy.engine import make_url
    url = make_url(config.db_url)
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database)


def given_passphrase(args: argparse.Namespace, prompt: str = "数据库口令：") -> str | None:
    found = getattr(args, "passphrase", None) or os.environ.get(PASSPHRASE_ENV)
    if not found and sys.stdin is not None and sys.stdin.isatty():
        found = getpass.getpass(prompt)
    return found or None


def new_passphrase(args: argparse.Namespace) -> str:
    """A passphrase for a database being encrypted: asked twice at a terminal, at least MIN_PASSPHRASE long."""
    found = getattr(args, "passphrase", None) or os.environ.get(PASSPHRASE_ENV)
    if not found and sys.stdin is not None and sys.stdin.isatty():
        found = getpass.getpass(f"设置数据库口令（至少{MIN_PASSPHRASE}个字符）：")
        if getpass.getpass("再次输入口令：") != found:
            raise ValidationFailed("passphrase", "mismatch")
    check_passphrase(found or "")
    return found


def check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise ValidationFailed("passphrase", "too_short", str(MIN_PASSPHRASE))


def database_key(config: AppConfig, args: argparse.Namespace) -> DatabaseKey | None:
    """The key of an encrypted embedded database (checked: WrongDatabaseKey when wrong or missing); None for a
    plain file or a server database."""
    path = embedded_file(config)
    if path is None or not is_encrypted(path):
        return None
    from ipcase.db.sqlcipher import connect
    if not (getattr(args, "passphrase", None) or os.environ.get(PASSPHRASE_ENV)):
        # The office chose to keep it in the OS key store: used first; a stale one (the database was
        # re-encrypted since) falls through to the prompt rather than locking the user out.
        from ipcase import keystore
        kept = keystore.stored_passphrase(path)
        if kept:
            key = key_for(path, kept)
            try:
                connect(path, key).close()
                return key
            except WrongDatabaseKey:
                pass
    passphrase = given_passphrase(args)
    if not passphrase:
        raise WrongDatabaseKey(str(path), missing=True)
    key = key_for(path, passphrase)
    connect(path, key).close()
    return key


def make_engine_for(config: AppConfig, args: argparse.Namespace):
    """(engine, key): SQLCipher over an encrypted file — or a new file when `args.encrypt` asks for one —,
    the plain engine otherwise."""
    from ipcase.db.engine import make_engine
    path = embedded_file(config)
    if path is not None and getattr(args, "encrypt", False) and (not path.exists() or path.stat().st_size == 0):
        key = key_for(path, new_passphrase(args))
        return make_encrypted_engine(path, key), key
    key = database_key(config, args)
    if key is not None:
        return make_encrypted_engine(path, key), key
    return make_engine(config.db_url), None


BACKUP_MESSAGES = {
    "not_a_backup": "不是本系统的备份文件：{detail}",
    "damaged": "备份已损坏或被改动，未作任何恢复（{detail}）。",
    "key_required": "这是加密的备份：需要恢复密钥（或数据库口令），可用 IPCASE_BACKUP_KEY 提供。",
    "wrong_key": "恢复密钥或口令不正确，未作任何恢复。",
    "tool_failed": "备份工具出错：{detail}",
    "backend_mismatch": "备份与目标数据库的类型不符：{detail}",
}


def safety_message(exc: Exception) -> str | None:
    """The command line's sentence for a backup, key or passphrase error; None for any other error."""
    from ipcase.errors import BackupRefused
    if isinstance(exc, WrongDatabaseKey):
        if exc.missing:
            return (f"数据库已加密（{exc.path}）：需要口令。请在终端输入，或用环境变量 {PASSPHRASE_ENV} 提供。")
        return f"数据库口令不正确，无法打开加密的数据库（{exc.path}）。"
    if isinstance(exc, BackupRefused):
        return BACKUP_MESSAGES.get(exc.code, "{detail}").format(detail=exc.detail)
    if isinstance(exc, ValidationFailed) and exc.field == "passphrase":
        if exc.reason == "mismatch":
            return "两次输入的口令不一致，未作改动。"
        return f"口令太短：至少 {MIN_PASSPHRASE} 个字符，未作改动。"
    return None
