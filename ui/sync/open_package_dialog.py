"""打开案件包: a 移送 (or meeting) package received from another office opened as a read-only copy on this computer,
with a 查阅人 account to sign in to it (ipcase.sync.viewer.open_copy — the same step as `python main.py sync open
FILE --to URL --viewer NAME`). The copy is written into the data folder; the program then offers to start a second
window on it (this one stays on the office database)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from ipcase.domain.filenames import safe_name
from ipcase.errors import ValidationErrors, ValidationFailed
from ipcase.sync.viewer import Viewer, open_copy
from ui.common.form_dialog import FormDialog
from ui.common.submit import submit
from ui.shell.context import AppContext


@dataclass(frozen=True)
class OpenedCopy:
    path: Path
    url: str
    kind: str            # 'transfer' | 'meeting'
    office_name: str
    username: str


def copy_path(data_dir: Path, package: Path, now: datetime) -> Path:
    """Where an opened package's copy is written: <data-dir>/案件包/<package name>-<time>.db (never an old one)."""
    return Path(data_dir) / "案件包" / safe_name(f"{package.stem}-{now:%Y%m%d-%H%M%S}.db")


class OpenPackageDialog(FormDialog):
    opened = Signal(object)   # OpenedCopy

    def __init__(self, ctx: AppContext, package: str, parent: QWidget | None = None):
        super().__init__(parent, min_width=520)
        self._ctx, self._package = ctx, Path(package)
        self.setObjectName("sync_open_package_dialog")
        self.setWindowTitle(self.tr("打开案件包"))
        intro = QLabel(self.tr(
            "“%1”将在本机打开为只读副本：可以查阅其中的案件、当事人、文书和证据，不能修改，也不能签入。\n"
            "请输入移送机关告知的数据包口令，并为本机关查阅人建立一个登录副本用的账户（只在该副本中有效）。")
            .replace("%1", self._package.name))
        intro.setWordWrap(True)
        self.add_above(intro)
        self.passphrase_edit = self.add_row(self.tr("数据包口令(&P)："), QLineEdit(), "passphrase")
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.username_edit = self.add_row(self.tr("查阅人用户名(&U)："), QLineEdit(), "username")
        self.full_name_edit = self.add_row(self.tr("查阅人姓名(&N)："), QLineEdit(), "full_name")
        if ctx.user is not None:
            self.full_name_edit.setText(ctx.user.full_name)
        self.password_edit = self.add_row(self.tr("查阅人密码(&W)："), QLineEdit(), "password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.again_edit = self.add_row(self.tr("再次输入密码(&A)："), QLineEdit(), "password_again")
        self.again_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.add_buttons(self._on_button_box_accepted)

    def _inputs(self) -> tuple[str, Viewer]:
        """What can be told here (a passphrase typed, the password twice alike) next to its field; the rest —
        the passphrase itself, the copy's password rules, a name taken — by the core."""
        errors = []
        if not self.passphrase_edit.text():
            errors.append(ValidationFailed("passphrase", "required"))
        if self.again_edit.text() != self.password_edit.text():
            errors.append(ValidationFailed("password_again", "mismatch"))
        if errors:
            raise ValidationErrors(errors)
        return self.passphrase_edit.text(), Viewer(self.username_edit.text(), self.full_name_edit.text(),
                                                   self.password_edit.text())

    def _on_button_box_accepted(self) -> None:
        self.field_errors.clear()
        try:
            passphrase, viewer = self._inputs()
        except ValidationErrors as exc:
            self.field_errors.show(exc)
            return
        now = self._ctx.clock.now()
        target = copy_path(self._ctx.data_dir, self._package, now)
        package = self._package

        def task() -> OpenedCopy:
            header = open_copy(package, target, passphrase=passphrase, viewer=viewer, now=now)
            return OpenedCopy(target, f"sqlite:///{target.as_posix()}", header.kind, header.office_name,
                              viewer.username.strip())
        submit(self, self._ctx.runner, task, field_errors=self.field_errors, on_success=self._on_opened,
               lock=self.button_box)

    def _on_opened(self, result: OpenedCopy) -> None:
        self.opened.emit(result)
        self.accept()
