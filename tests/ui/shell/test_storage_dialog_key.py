"""The start-up recovery of an unusable database when the latest good backup is encrypted (issue 13): the dialog
asks for the recovery key next to the field (nothing typed, or a wrong key, is said there and nothing is restored),
and the key typed there restores the backup over the damaged file, which is kept aside as it was."""
from __future__ import annotations

import argparse
from datetime import datetime

import pytest
from PySide6.QtWidgets import QApplication
from shots import chinese_font, shot  # noqa: F401 — chinese_font is a fixture

from ipcase.backup.create import create_backup
from ipcase.cli.startup import SystemClock, latest_backup, open_database, prepare_database, restore_latest
from ipcase.config import load_config
from ipcase.errors import BackupRefused, NotADatabase
from ipcase.services.admin.setup import create_office
from ui.shell.storage_dialog import StorageFailureDialog

THEN, NOW = datetime(2026, 12, 5, 8, 30), datetime(2026, 12, 6, 9, 0)


@pytest.mark.usefixtures("chinese_font")
def test_an_encrypted_backup_is_restored_with_the_key_typed_in_the_dialog(tmp_path, qtbot):
    path = tmp_path / "office" / "ipcase.db"
    path.parent.mkdir()
    args = argparse.Namespace(db=f"sqlite:///{path}", data_dir=str(tmp_path / "data"), no_demo=True)
    config = load_config(args.db, args.data_dir)
    db = open_database(args, SystemClock(), config)
    with db.new_uow() as uow:
        create_office(uow, name="测试市市场监督管理局", short_name="测试市", admin_username="admin",
                      admin_password="password1")
    made = create_backup(db_url=args.db, data_dir=tmp_path / "data", out_dir=tmp_path / "data" / "backups",
                         now=THEN, encrypt=True)
    db.engine.dispose()
    with path.open("r+b") as f:      # cut short, as by an interrupted copy
        f.truncate(path.stat().st_size // 3)
    damaged = path.read_bytes()
    with pytest.raises(NotADatabase) as caught:
        prepare_database(args, SystemClock(), config)

    backup = latest_backup(config.data_dir)
    assert backup.encrypted and backup.key == "recovery"
    dialog = StorageFailureDialog(caught.value, backup)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "恢复密钥" in dialog.backup_label.text() and dialog.key_edit is not None
    dialog.restore_button.click()                       # nothing typed: said next to the field, still open
    assert dialog.result() != dialog.DialogCode.Accepted and dialog.isVisible()
    assert dialog.key_error_label.text() == "这是加密的备份：请输入恢复密钥或数据库口令。"

    dialog.key_edit.setText("AAAA-" + made.recovery_code[5:])   # a wrong key: refused, nothing replaced
    dialog.restore_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    with pytest.raises(BackupRefused) as wrong:
        restore_latest(config, backup, NOW, dialog.secret())
    assert wrong.value.code == "wrong_key" and path.read_bytes() == damaged
    dialog.show_wrong_key()
    assert dialog.key_error_label.text() == "恢复密钥或口令不正确，未作任何恢复。请重新输入。"
    QApplication.processEvents()    # the layout takes in the error line, as the event loop would
    assert dialog.width() <= 1366 and dialog.height() <= 768
    shot(dialog, "storage_failure_encrypted_backup.png")

    dialog.key_edit.setText("  " + made.recovery_code.lower() + " ")   # copied by hand
    report = restore_latest(config, backup, NOW, dialog.secret())
    assert report.counts["offices"] == 1 and report.renamed.read_bytes() == damaged
    db = prepare_database(args, SystemClock(), config)    # the application starts on the restored database
    db.engine.dispose()
