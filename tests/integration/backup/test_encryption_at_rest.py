"""The embedded database encrypted with SQLCipher: created encrypted, an existing one encrypted in place, the
wrong or missing passphrase refused with a clear message, and its backups unreadable without the key."""
from __future__ import annotations

import argparse
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from ipcase.backup.create import create_backup
from ipcase.backup.restore import restore_backup, verify_backup
from ipcase.cli import encrypt as encrypt_cli
from ipcase.cli.keys import safety_message
from ipcase.cli.startup import make_clock, open_database
from ipcase.config import load_config
from ipcase.db.sqlcipher import PASSPHRASE_ENV, is_encrypted, key_for, make_encrypted_engine
from ipcase.errors import BackupRefused, WrongDatabaseKey

NOW = datetime(2026, 12, 6, 9, 30)
PASSPHRASE = "长城-correct-horse"


def args(data_dir: Path, **kw) -> argparse.Namespace:
    return argparse.Namespace(db=None, data_dir=str(data_dir), today=None, **kw)


@pytest.fixture
def encrypted(tmp_path, monkeypatch):
    """A new embedded database created encrypted (the `init --encrypt` path), with one office."""
    from ipcase.services.admin.setup import create_office
    monkeypatch.delenv(PASSPHRASE_ENV, raising=False)
    data = tmp_path / "data"
    db = open_database(args(data, encrypt=True, passphrase=PASSPHRASE), make_clock(None))
    with db.new_uow() as uow:
        create_office(uow, name="测试市市场监督管理局", short_name="测试市", admin_username="admin",
                      admin_password="password1")
    db.engine.dispose()
    return data


def test_created_encrypted_and_reopened_with_the_passphrase(encrypted):
    path = encrypted / "ipcase.db"
    assert is_encrypted(path)
    assert b"admin" not in path.read_bytes() and "测试市".encode() not in path.read_bytes()
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(path).execute("SELECT count(*) FROM users").fetchone()
    db = open_database(args(encrypted, passphrase=PASSPHRASE), make_clock(None))
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT username FROM users")).scalars().all() == ["admin"]
    db.engine.dispose()


def test_wrong_or_missing_passphrase_gives_a_clear_message(encrypted, monkeypatch):
    monkeypatch.setattr("sys.stdin", None)  # no terminal to ask at
    with pytest.raises(WrongDatabaseKey) as wrong:
        open_database(args(encrypted, passphrase="not-the-passphrase"), make_clock(None))
    assert not wrong.value.missing
    assert safety_message(wrong.value) == f"数据库口令不正确，无法打开加密的数据库（{encrypted / 'ipcase.db'}）。"
    with pytest.raises(WrongDatabaseKey) as missing:
        open_database(args(encrypted), make_clock(None))
    assert missing.value.missing and "需要口令" in safety_message(missing.value)


def test_backup_of_an_encrypted_database_is_unreadable_without_the_key(encrypted, tmp_path):
    config = load_config(None, str(encrypted))
    key = key_for(encrypted / "ipcase.db", PASSPHRASE)
    made = create_backup(db_url=config.db_url, data_dir=encrypted, out_dir=tmp_path / "out", now=NOW, db_key=key)
    raw = made.path.read_bytes()
    assert b"SQLite format 3" not in raw and "测试市".encode() not in raw and b"admin" not in raw

    with pytest.raises(BackupRefused) as no_key:
        verify_backup(made.path)
    assert no_key.value.code == "key_required"
    with pytest.raises(BackupRefused) as wrong:
        verify_backup(made.path, secret="not-the-passphrase")
    assert wrong.value.code == "wrong_key"

    report = restore_backup(made.path, db_url=config.db_url, data_dir=encrypted, now=datetime(2026, 12, 6, 10),
                            secret=PASSPHRASE)
    assert report.counts["users"] == 1 and is_encrypted(encrypted / "ipcase.db")
    assert is_encrypted(report.renamed)  # the copy kept aside is no plaintext leak either


def test_recovery_key_backup_needs_the_code(sqlite_engine, tmp_path):
    url = sqlite_engine.url.render_as_string()
    made = create_backup(db_url=url, data_dir=tmp_path / "none", out_dir=tmp_path / "out", now=NOW, encrypt=True)
    assert made.recovery_code and len(made.recovery_code.replace("-", "")) == 52
    assert b"SQLite format 3" not in made.path.read_bytes()
    with pytest.raises(BackupRefused) as wrong:
        verify_backup(made.path, secret="AAAA-" * 12 + "AAAA")
    assert wrong.value.code == "wrong_key"
    # A code copied by hand: lower case, spaces instead of dashes.
    assert verify_backup(made.path, secret=made.recovery_code.lower().replace("-", " "))["backend"] == "sqlite"

    raw = bytearray(made.path.read_bytes())
    raw[-40] ^= 1
    made.path.write_bytes(bytes(raw))
    with pytest.raises(BackupRefused) as altered:
        verify_backup(made.path, secret=made.recovery_code)
    assert altered.value.code == "damaged"


def test_existing_database_encrypted_in_place(sqlite_engine, tmp_path, monkeypatch):
    with sqlite_engine.begin() as conn:
        conn.execute(text("CREATE TABLE sample (name TEXT)"))
        conn.execute(text("INSERT INTO sample VALUES ('张三 110101199003070011')"))
    sqlite_engine.dispose()
    path = Path(sqlite_engine.url.database)
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)

    assert encrypt_cli.run(argparse.Namespace(db=None, data_dir=str(path.parent),
                                              remove_plain_copies=False)) == 0

    assert is_encrypted(path) and b"110101199003070011" not in path.read_bytes()
    engine = make_encrypted_engine(path, key_for(path, PASSPHRASE))
    with engine.connect() as conn:
        assert conn.execute(text("SELECT name FROM sample")).scalar_one() == "张三 110101199003070011"
    engine.dispose()
    with pytest.raises(WrongDatabaseKey):
        make_encrypted_engine(path, key_for(path, "another passphrase"))
