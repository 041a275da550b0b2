"""设置 › 备份: a backup from the GUI (off the GUI thread through the runner, result says where and shows the
recovery code once), the automatic backup's settings, and the start-up passphrase dialog."""
from __future__ import annotations

from datetime import datetime

from shots import chinese_font, shot  # noqa: F401 - fixture
from sqlalchemy import text as text_sql

from ipcase.backup.daily import load_policy
from ipcase.backup.restore import verify_backup
from ipcase.config import AppConfig
from ui.admin.backup_tab import BackupPage
from ui.shell.context import AppContext
from ui.shell.passphrase_dialog import PassphraseDialog
from ui.shell.tasks import SyncRunner


class Clock:
    def now(self):
        return datetime(2026, 12, 6, 9, 30)

    def today(self):
        return self.now().date()


def _ctx(sqlite_engine, new_uow, data, user) -> AppContext:
    return AppContext(config=AppConfig(db_url=sqlite_engine.url.render_as_string(), data_dir=data, demo=False),
                      clock=Clock(), new_uow=new_uow, runner=SyncRunner(), user=user)


def test_backup_now_with_recovery_code(sqlite_engine, new_uow, staff, tmp_path, qtbot, chinese_font):  # noqa: F811
    data = tmp_path / "data"
    (data / "templates").mkdir(parents=True)
    (data / "templates" / "t.docx").write_bytes(b"template")
    ctx = _ctx(sqlite_engine, new_uow, data, staff.admin)
    page = BackupPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 640)
    assert page.status_label.text() == "还没有备份。\n⚠ 已超过 7 天没有完好的备份。"

    page.encrypt_check.setChecked(True)
    page.backup_button.click()

    made = sorted((data / "backups").glob("*.ipcbak"))
    assert len(made) == 1
    text = page.result_label.text()
    assert f"已备份到：{made[0]}" in text and "恢复密钥" in text
    code = text.rsplit("：", 1)[1]
    assert verify_backup(made[0], secret=code)["files"]["files/templates/t.docx"]["size"] == 8
    assert page.status_label.text().startswith("最近的备份：2026-12-06 09:30")
    assert page.backup_button.isEnabled()
    # The core recorded who backed up, and the backup carries the audit checkpoint it signed first.
    with new_uow() as uow:
        entry = uow.session.execute(text_sql("SELECT actor_id, changes FROM audit_entries "
                                             "WHERE action = 'backup.create'")).one()
    assert entry.actor_id == staff.admin.id and made[0].name in entry.changes
    assert "audit-checkpoint.json" in verify_backup(made[0], secret=code)["files"]

    page.keep_spin.setValue(14)
    page.warn_spin.setValue(3)
    page.save_policy_button.click()
    assert load_policy(data).keep == 14 and load_policy(data).warn_after_days == 3
    page.show()
    shot(page, "admin_backup_tab.png")


def test_only_an_administrator_backs_up(sqlite_engine, new_uow, staff, tmp_path, qtbot):
    data = tmp_path / "data"
    page = BackupPage(_ctx(sqlite_engine, new_uow, data, staff.dept_head))
    qtbot.addWidget(page)
    page.backup_button.click()
    assert page.result_label.text() == "只有最上级机关的系统管理员可以备份数据库（备份包含本数据库中所有机关的案件），未备份。"
    assert not list(data.rglob("*.ipcbak"))


def test_passphrase_dialog_says_a_wrong_passphrase_next_to_the_field(qtbot, chinese_font):  # noqa: F811
    dialog = PassphraseDialog("/home/user/.local/share/ipcase/ipcase.db")
    qtbot.addWidget(dialog)
    dialog.passphrase_edit.setText("wrong")
    dialog.show_wrong()
    assert dialog.error_label.text() == "口令不正确，请重新输入。" and not dialog.error_label.isHidden()
    assert dialog.passphrase() == "wrong"
    dialog.show()
    shot(dialog, "passphrase_dialog.png")
