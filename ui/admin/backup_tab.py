"""设置 › 备份 (administrators): the last good backup and its age, a backup now (progress and cancel, off the
GUI thread; the result says where, and shows an encrypted backup's recovery code once), and the automatic
backup's settings (how many to keep, after how many days the window warns)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ipcase.backup.daily import BackupPolicy, backup_overdue, load_policy, save_policy
from ipcase.backup.store import backups_dir, latest_good_backup
from ipcase.errors import AccountRevoked, BackupRefused, PermissionDenied, ValidationFailed, WrongDatabaseKey
from ipcase.progress import Cancelled
from ipcase.services.admin.backups import back_up
from ui.common import errors
from ui.shell.context import AppContext


def failure_text(exc: Exception) -> str:
    tr = lambda s: QCoreApplication.translate("backup", s)  # noqa: E731
    if isinstance(exc, BackupRefused):
        return {
            "tool_failed": tr("备份工具出错：%1"),
            "not_a_backup": tr("数据库文件不存在或不可读：%1"),
        }.get(exc.code, tr("备份未完成：%1")).replace("%1", exc.detail)
    if isinstance(exc, WrongDatabaseKey):
        return tr("数据库口令不正确，未备份。")
    if isinstance(exc, OSError):
        return tr("无法写入备份文件夹：%1").replace("%1", exc.strerror or str(exc))
    if isinstance(exc, PermissionDenied) and not isinstance(exc, AccountRevoked):
        # Not an administrator, or the administrator of a sub-office: a backup holds every office's cases.
        return tr("只有最上级机关的系统管理员可以备份数据库（备份包含本数据库中所有机关的案件），未备份。")
    if errors.is_expected(exc):  # a deactivated account …
        return errors.message(exc)
    return tr("备份未完成：%1").replace("%1", str(exc))


class BackupPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._task = None
        self.progress: QProgressDialog | None = None
        layout = QVBoxLayout(self)

        self.status_label = QLabel()
        self.status_label.setObjectName("status_label")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status_label)

        now_box = QGroupBox(self.tr("立即备份"))
        form = QFormLayout(now_box)
        self.folder_edit = QLineEdit(str(backups_dir(ctx.data_dir)))
        self.folder_edit.setObjectName("folder_edit")
        self.browse_button = QPushButton(self.tr("选择…"))
        self.browse_button.setObjectName("browse_button")
        row = QHBoxLayout()
        row.addWidget(self.folder_edit, 1)
        row.addWidget(self.browse_button)
        form.addRow(self.tr("备份到(&F)："), row)
        self.encrypt_check = QCheckBox(self.tr("加密备份（生成恢复密钥，只显示一次）"))
        self.encrypt_check.setObjectName("encrypt_check")
        form.addRow("", self.encrypt_check)
        self.backup_button = QPushButton(self.tr("开始备份(&B)"))
        self.backup_button.setObjectName("backup_button")
        form.addRow("", self.backup_button)
        self.result_label = QLabel()
        self.result_label.setObjectName("result_label")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow("", self.result_label)
        layout.addWidget(now_box)

        auto_box = QGroupBox(self.tr("自动备份（本机数据库，每天首次启动时）"))
        auto = QFormLayout(auto_box)
        self.automatic_check = QCheckBox(self.tr("每天自动备份到数据目录的 backups 文件夹"))
        self.automatic_check.setObjectName("automatic_check")
        auto.addRow("", self.automatic_check)
        self.keep_spin = QSpinBox()
        self.keep_spin.setObjectName("keep_spin")
        self.keep_spin.setRange(1, 365)
        self.keep_spin.setMaximumWidth(120)
        auto.addRow(self.tr("保留最近(&K)："), self.keep_spin)
        self.warn_spin = QSpinBox()
        self.warn_spin.setObjectName("warn_spin")
        self.warn_spin.setRange(1, 365)
        self.warn_spin.setMaximumWidth(120)
        self.warn_spin.setSuffix(self.tr(" 天"))
        auto.addRow(self.tr("超过多久未备份时提醒(&W)："), self.warn_spin)
        self.save_policy_button = QPushButton(self.tr("保存设置(&S)"))
        self.save_policy_button.setObjectName("save_policy_button")
        auto.addRow("", self.save_policy_button)
        layout.addWidget(auto_box)
        layout.addStretch(1)

        self.browse_button.clicked.connect(self._on_browse_button_clicked)
        self.backup_button.clicked.connect(self._on_backup_button_clicked)
        self.save_policy_button.clicked.connect(self._on_save_policy_button_clicked)
        self.refresh()

    def refresh(self) -> None:
        ctx = self._ctx
        policy = load_policy(ctx.data_dir)
        self.automatic_check.setChecked(policy.automatic)
        self.keep_spin.setValue(policy.keep)
        self.warn_spin.setValue(policy.warn_after_days)
        self._ctx.runner.run_render(lambda: (latest_good_backup(ctx.data_dir),
                                             backup_overdue(ctx.data_dir, ctx.clock.now())),
                                    on_success=self._show_status, owner=self)

    def _show_status(self, found) -> None:
        latest, overdue = found
        if latest is None:
            text = self.tr("还没有备份。")
        else:
            text = (self.tr("最近的备份：%1（%2）")
                    .replace("%1", latest.created_at.strftime("%Y-%m-%d %H:%M")).replace("%2", str(latest.path)))
        if overdue is not None:
            text += "\n" + self.tr("⚠ 已超过 %1 天没有完好的备份。").replace("%1", str(self.warn_spin.value()))
        self.status_label.setText(text)

    def _on_browse_button_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("备份到"), self.folder_edit.text())
        if folder:
            self.folder_edit.setText(folder)

    def _on_backup_button_clicked(self) -> None:
        ctx = self._ctx
        out, encrypt = Path(self.folder_edit.text().strip() or backups_dir(ctx.data_dir)), self.encrypt_check.isChecked()
        self.backup_button.setEnabled(False)
        self.result_label.clear()
        self.progress = QProgressDialog(self.tr("正在备份…"), self.tr("取消"), 0, 0, self)
        self.progress.setWindowTitle(self.tr("备份"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.canceled.connect(self._on_progress_canceled)

        def work(progress, cancel):
            # The core checks the administrator ('backup.manage'), signs the audit checkpoint and records it.
            return ctx.db(back_up, actor_id=ctx.user_id, db_url=ctx.config.db_url, data_dir=ctx.data_dir,
                          out_dir=out, now=ctx.clock.now(), encrypt=encrypt, db_key=ctx.extras.get("db_key"),
                          progress=progress, cancel=cancel)()

        self._task = ctx.runner.run_db(work, with_progress=True, on_progress=self._on_progress,
                                       on_success=self._on_done, on_failure=self._on_failed, owner=self)

    def _on_progress(self, done: int, total: int, text: str) -> None:
        if self.progress is not None:
            self.progress.setMaximum(total)
            self.progress.setValue(done)

    def _finish(self) -> None:
        self.backup_button.setEnabled(True)
        if self.progress is not None:
            self.progress.close()
            self.progress = None
        self._task = None

    def _on_done(self, made) -> None:
        self._finish()
        text = self.tr("已备份到：%1").replace("%1", str(made.path))
        if made.recovery_code:
            text += "\n" + self.tr("恢复密钥（只显示这一次，请抄下并与备份分开保存）：%1").replace("%1", made.recovery_code)
        self.result_label.setText(text)
        self.refresh()

    def _on_failed(self, exc: Exception) -> None:
        self._finish()
        if not isinstance(exc, Cancelled):
            self.result_label.setText(failure_text(exc))

    def _on_progress_canceled(self) -> None:
        if self._task is not None:
            self._task.token.cancel()
        self._finish()
        self.result_label.setText(self.tr("备份已取消，未留下不完整的文件。"))

    def _on_save_policy_button_clicked(self) -> None:
        policy = BackupPolicy(keep=self.keep_spin.value(), warn_after_days=self.warn_spin.value(),
                              automatic=self.automatic_check.isChecked())
        try:
            save_policy(self._ctx.data_dir, policy)
        except (OSError, ValidationFailed) as exc:
            self.result_label.setText(failure_text(exc))
            return
        self.result_label.setText(self.tr("自动备份设置已保存。"))
        self.refresh()


def warn_if_overdue(ctx: AppContext, parent: QWidget | None) -> None:
    """At start-up: a warning when the newest good backup is older than the office's threshold (or there is
    none), for the embedded database whose backups live in the data directory."""
    from ui.common import messages

    def show(overdue) -> None:
        if overdue is None:
            return
        tr = lambda s: QCoreApplication.translate("backup", s)  # noqa: E731
        messages.info(parent, tr("备份提醒"),
                      tr("已超过 %1 天没有完好的备份。请管理员在 设置 › 备份 中立即备份，"
                         "或检查自动备份。").replace("%1", str(load_policy(ctx.data_dir).warn_after_days)))

    if ctx.config.db_url.startswith("sqlite"):
        ctx.runner.run_render(lambda: backup_overdue(ctx.data_dir, ctx.clock.now()), on_success=show)
