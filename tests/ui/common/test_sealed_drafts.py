"""Form drafts at rest (ui/common/drafts.py): sealed under the encrypted database's key, so the drafts folder of a
laptop holds no name or ID number in clear; a draft typed before the encryption still opens and is then sealed;
another key or a renamed file opens nothing; `python main.py encrypt` seals the drafts already there."""
from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path

from ipcase import crypto
from ipcase.cli import encrypt as encrypt_cli
from ipcase.config import AppConfig
from ipcase.db.sqlcipher import PASSPHRASE_ENV, DatabaseKey, key_for
from ui.common.drafts import DraftStore, drafts_for
from ui.shell.context import AppContext
from ui.shell.tasks import SyncRunner

FORM = {"requester": "张三", "id_number": "110101199003070011", "claims": "停止制造、销售\n赔偿 5 万元"}
SAVED = datetime(2026, 12, 6, 9, 30)
SECRETS = ("张三".encode(), b"110101199003070011", "赔偿".encode(), b"requester", b"saved_at")


def _ctx(data: Path, db_key: DatabaseKey | None) -> AppContext:
    return AppContext(config=AppConfig(db_url=f"sqlite:///{data / 'ipcase.db'}", data_dir=data, demo=False),
                      clock=None, new_uow=None, runner=SyncRunner(), extras={"db_key": db_key})


def test_drafts_of_an_encrypted_database_are_sealed_on_disk(tmp_path):
    ctx = _ctx(tmp_path, DatabaseKey(bytes(range(32)), bytes(16)))
    drafts = drafts_for(ctx)
    drafts.save("request_new", FORM, saved_at=SAVED)

    files = list((tmp_path / "drafts").iterdir())
    assert [f.name for f in files] == ["request_new.sealed"]
    raw = files[0].read_bytes()
    assert raw.startswith(crypto.SEALED_MAGIC) and not any(s in raw for s in SECRETS)
    assert drafts.exists("request_new")
    assert drafts_for(ctx).load("request_new") == (FORM, "2026-12-06T09:30:00")
    drafts.clear("request_new")
    assert not drafts.exists("request_new") and not list((tmp_path / "drafts").iterdir())


def test_a_plain_database_keeps_plain_drafts(tmp_path):
    drafts = drafts_for(_ctx(tmp_path, None))
    drafts.save("request_new", FORM, saved_at=SAVED)
    assert "张三" in (tmp_path / "drafts" / "request_new.json").read_text(encoding="utf-8")
    assert drafts.load("request_new") == (FORM, "2026-12-06T09:30:00")


def test_a_draft_from_before_the_encryption_opens_and_is_sealed(tmp_path):
    DraftStore(tmp_path).save("mediation_new", FORM, saved_at=SAVED)
    sealed = DraftStore(tmp_path, key=crypto.files_key(b"k" * 32))
    assert sealed.load("mediation_new") == (FORM, "2026-12-06T09:30:00")
    assert [f.name for f in tmp_path.iterdir()] == ["mediation_new.sealed"]
    assert sealed.load("mediation_new") == (FORM, "2026-12-06T09:30:00")


def test_another_key_or_another_form_opens_nothing(tmp_path):
    DraftStore(tmp_path, key=crypto.files_key(b"k" * 32)).save("request_new", FORM, saved_at=SAVED)
    assert DraftStore(tmp_path, key=crypto.files_key(b"x" * 32)).load("request_new") is None
    assert DraftStore(tmp_path).load("request_new") is None          # no key: not opened, not mistaken for JSON
    (tmp_path / "request_new.sealed").rename(tmp_path / "request_case_7.sealed")
    assert DraftStore(tmp_path, key=crypto.files_key(b"k" * 32)).load("request_case_7") is None
    assert (tmp_path / "request_case_7.sealed").exists()               # kept: a right key may still open it


def test_encrypting_the_database_seals_the_drafts_already_there(sqlite_engine, tmp_path, monkeypatch):
    path = Path(sqlite_engine.url.database)
    sqlite_engine.dispose()
    DraftStore(path.parent / "drafts").save("request_new", FORM, saved_at=SAVED)
    monkeypatch.setenv(PASSPHRASE_ENV, "长城-correct-horse")

    assert encrypt_cli.run(argparse.Namespace(db=None, data_dir=str(path.parent), remove_plain_copies=False)) == 0

    raw = (path.parent / "drafts" / "request_new.sealed").read_bytes()
    assert not any(s in raw for s in SECRETS) and not (path.parent / "drafts" / "request_new.json").exists()
    key = crypto.files_key(key_for(path, "长城-correct-horse").key)
    assert DraftStore(path.parent / "drafts", key=key).load("request_new") == (FORM, "2026-12-06T09:30:00")
