"""The database passphrase kept in the operating system's key store (issue 13): used first at start-up, stored
and forgotten by `python main.py encrypt --keyring / --forget-keyring`, and — where the machine has no key store,
as this build machine — a clear Chinese message and nothing stored. The store in the round trip is a small
in-memory KeyringBackend set with keyring.set_keyring(), keyring's documented extension point."""
from __future__ import annotations

import argparse
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.errors import PasswordDeleteError
from sqlalchemy import text

from ipcase import keystore
from ipcase.cli import encrypt as encrypt_cli
from ipcase.cli.keys import database_key
from ipcase.config import load_config
from ipcase.db.sqlcipher import PASSPHRASE_ENV, is_encrypted
from ipcase.errors import WrongDatabaseKey

PASSPHRASE = "长城-correct-horse"


class MemoryKeyring(KeyringBackend):
    """A key store that lives in this process only."""
    priority = 1

    def __init__(self):
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.entries.get((service, username))

    def set_password(self, service, username, password):
        self.entries[(service, username)] = password

    def delete_password(self, service, username):
        if self.entries.pop((service, username), None) is None:
            raise PasswordDeleteError("not kept")


@pytest.fixture
def use_keyring():
    """Sets a backend for one test and puts the machine's own back afterwards."""
    before = keyring.get_keyring()
    yield keyring.set_keyring
    keyring.set_keyring(before)


def cli_args(data_dir: Path, **kw) -> argparse.Namespace:
    base = dict(db=None, data_dir=str(data_dir), remove_plain_copies=False, keyring=False, forget_keyring=False)
    base.update(kw)
    return argparse.Namespace(**base)


@pytest.fixture
def plain_db(sqlite_engine, monkeypatch):
    monkeypatch.setattr("sys.stdin", None)  # no terminal to ask at: only the key store or the environment
    with sqlite_engine.begin() as conn:
        conn.execute(text("CREATE TABLE sample (name TEXT)"))
        conn.execute(text("INSERT INTO sample VALUES ('张三')"))
    sqlite_engine.dispose()
    return Path(sqlite_engine.url.database)


def test_no_key_store_gives_a_chinese_message_and_stores_nothing(plain_db, use_keyring, monkeypatch, capsys):
    use_keyring(fail.Keyring())
    assert keystore.unavailable() == "no keyring backend"
    assert keystore.stored_passphrase(plain_db) is None
    with pytest.raises(keystore.KeyStoreUnavailable):
        keystore.remember(plain_db, PASSPHRASE)

    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    # Encrypting still succeeds; only the keeping is refused, and said so.
    assert encrypt_cli.run(cli_args(plain_db.parent, keyring=True)) == 1
    assert is_encrypted(plain_db)
    err = capsys.readouterr().err
    assert "本机没有可用的系统密钥库（no keyring backend），口令未保存：启动时仍需输入口令。" in err
    assert encrypt_cli.run(cli_args(plain_db.parent, forget_keyring=True)) == 1
    assert "本机没有可用的系统密钥库" in capsys.readouterr().err


def test_round_trip_through_the_key_store(plain_db, use_keyring, monkeypatch, capsys):
    store = MemoryKeyring()
    use_keyring(store)
    assert keystore.unavailable() is None
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    assert encrypt_cli.run(cli_args(plain_db.parent, keyring=True)) == 0
    assert "口令已保存在本机的系统密钥库中" in capsys.readouterr().out
    assert store.entries == {("ipcase", str(plain_db.resolve())): PASSPHRASE}

    # Start-up with nothing typed and no environment: the key store opens the database.
    monkeypatch.delenv(PASSPHRASE_ENV)
    config = load_config(None, str(plain_db.parent))
    assert database_key(config, argparse.Namespace(passphrase=None)) is not None

    # A stale passphrase in the store (re-keyed since) is not used; with nothing else, it is "missing".
    store.entries[("ipcase", str(plain_db.resolve()))] = "an old passphrase"
    with pytest.raises(WrongDatabaseKey) as stale:
        database_key(config, argparse.Namespace(passphrase=None))
    assert stale.value.missing

    # Kept again for an already encrypted database: the passphrase is checked before it is kept.
    with pytest.raises(WrongDatabaseKey):
        encrypt_cli.run(cli_args(plain_db.parent, keyring=True, passphrase="a mistyped passphrase"))
    assert store.entries[("ipcase", str(plain_db.resolve()))] == "an old passphrase"
    assert encrypt_cli.run(cli_args(plain_db.parent, keyring=True, passphrase=PASSPHRASE)) == 0
    assert store.entries[("ipcase", str(plain_db.resolve()))] == PASSPHRASE

    assert encrypt_cli.run(cli_args(plain_db.parent, forget_keyring=True)) == 0
    assert "已从系统密钥库删除本数据库的口令。" in capsys.readouterr().out
    assert store.entries == {}
    assert encrypt_cli.run(cli_args(plain_db.parent, forget_keyring=True)) == 0
    assert "系统密钥库中没有本数据库的口令。" in capsys.readouterr().out
    with pytest.raises(WrongDatabaseKey) as missing:
        database_key(config, argparse.Namespace(passphrase=None))
    assert missing.value.missing


def test_passphrase_dialog_offers_the_key_store_or_says_why_not(qtbot):
    from ui.shell.passphrase_dialog import PassphraseDialog
    missing = PassphraseDialog("/data/ipcase.db", "no keyring backend")
    qtbot.addWidget(missing)
    assert not missing.remember_box.isEnabled()
    assert "本机没有可用的系统密钥库（no keyring backend），无法记住口令" in missing.key_store_note.text()
    missing.remember_box.setChecked(True)
    assert not missing.remember()

    offered = PassphraseDialog("/data/ipcase.db", None)
    qtbot.addWidget(offered)
    assert offered.remember_box.isEnabled() and not offered.remember()
    offered.remember_box.setChecked(True)
    assert offered.remember()
