"""A database that cannot be used at start-up shows what is wrong and offers the latest good backup — never a
traceback (issue 13); a gesture the storage refused says why and that nothing was saved (issue 12)."""
from __future__ import annotations

import argparse
from datetime import datetime

import pytest
from shots import chinese_font, shot  # noqa: F401 — chinese_font is a fixture

from ipcase.backup.store import BackupInfo
from ipcase.cli.startup import SystemClock, open_database, prepare_database
from ipcase.config import load_config
from ipcase.errors import NotADatabase, StorageFull, StorageReadOnly
from ui.common import errors
from ui.shell.storage_dialog import StorageFailureDialog


def _args(path, url=None):
    return argparse.Namespace(db=url or f"sqlite:///{path}", data_dir=str(path.parent.parent / "data"),
                              no_demo=True)


@pytest.mark.usefixtures("chinese_font")
def test_a_truncated_database_offers_the_latest_backup(tmp_path, qtbot):
    path = tmp_path / "office" / "ipcase.db"
    path.parent.mkdir()
    open_database(_args(path), SystemClock()).engine.dispose()
    with path.open("r+b") as f:      # cut short, as by an interrupted copy
        f.truncate(path.stat().st_size // 3)
    with pytest.raises(NotADatabase) as caught:
        prepare_database(_args(path), SystemClock())
    exc = caught.value
    backup = BackupInfo(tmp_path / "data" / "backups" / "auto-20261205-083000.ipcbak", datetime(2026, 12, 5, 8, 30),
                        "sqlite", encrypted=False)
    dialog = StorageFailureDialog(exc, backup)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.problem_label.text().startswith("数据库文件已损坏") and str(exc.where) in dialog.problem_label.text()
    assert "2026-12-05 08:30" in dialog.backup_label.text() and "auto-20261205-083000" in dialog.backup_label.text()
    assert "Traceback" not in dialog.details_edit.toPlainText()
    assert dialog.width() <= 1366 and dialog.sizeHint().height() <= 768
    shot(dialog, "storage_failure_truncated.png")
    dialog.restore_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted


@pytest.mark.usefixtures("chinese_font")
def test_a_read_only_database_without_a_backup_says_what_to_do(tmp_path, qtbot):
    path = tmp_path / "office" / "ipcase.db"
    path.parent.mkdir()
    open_database(_args(path), SystemClock()).engine.dispose()
    # Opened read-only by SQLite itself: chmod would not stop root, who may run the tests.
    args = _args(path, f"sqlite:///file:{path}?mode=ro&uri=true")
    with pytest.raises(StorageReadOnly) as caught:
        prepare_database(args, SystemClock(), load_config(args.db, args.data_dir))
    dialog = StorageFailureDialog(caught.value, None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.problem_label.text().startswith("数据库不能写入") and "只读" in dialog.advice_label.text()
    assert "没有找到备份" in dialog.backup_label.text() and dialog.restore_button is None
    assert [b.text() for b in dialog.button_box.buttons()] == ["退出(&Q)"]
    shot(dialog, "storage_failure_read_only.png")
    dialog.button_box.buttons()[0].click()
    assert dialog.result() == dialog.DialogCode.Rejected


def test_a_refused_save_says_the_disk_is_full_and_nothing_was_saved():
    text = errors.message(StorageFull("/srv/ipcase/ipcase.db", "database or disk is full"))
    assert text.startswith("磁盘空间已满") and "/srv/ipcase/ipcase.db" in text and "没有保存任何内容" in text
    assert errors.is_expected(StorageFull("x"))
