"""外出办案 › 打开案件包 (issue 14): the receiving office opens a 移送 package in the window — the passphrase and a
查阅人 account asked (what the dialog can tell refused next to its field, a wrong passphrase in words), the copy
written into the data folder, a second window offered on it — and then signs in to the copy through the real login
dialog: no password change demanded, the case sections there (not only 审计), nothing offered to change."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox
from shots import chinese_font, shot  # noqa: F401 — fixture
from ui_helpers import main_window, type_text

import main
from case_helpers import Driver, at
from ipcase.config import AppConfig
from ipcase.db.models.cases import Case
from ipcase.domain.enums import Role
from ipcase.errors import WrongPassphrase
from ipcase.sync.copy import open_laptop
from ipcase.uow import uow_factory
from ui.common import errors, file_dialogs
from ui.sync import restart

PASSPHRASE = "yisong-chuangkou-2026"
NUMBER = "测试市知裁字〔2026〕21号"


def _package(new_uow, staff, tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("IPCASE_PACKAGE_PASSPHRASE", PASSPHRASE)
    monkeypatch.delenv("IPCASE_DB_PASSPHRASE", raising=False)
    case_id = Driver.new(new_uow, staff, at(date(2026, 11, 2))).ref.id
    with new_uow() as uow:
        uow.session.get(Case, case_id).case_number = NUMBER
        uow.commit()
        office_url = uow.session.get_bind().engine.url.render_as_string(hide_password=False)
    out = tmp_path / "移送-甲市局.ipcpkg"
    assert main.main(["sync", "transfer", "--db", office_url,
                      "--data-dir", str(tmp_path / "sender"), "--no-demo", "--user", "liu", "--case", NUMBER,
                      "--out", str(out)]) == 0
    monkeypatch.delenv("IPCASE_PACKAGE_PASSPHRASE")   # the window asks it
    return out


def _ok(dialog):
    dialog.button_box.button(QDialogButtonBox.StandardButton.Ok).click()


def test_open_a_transfer_package_and_sign_in_to_it(make_ctx, staff, new_uow, qtbot, shown, tmp_path,
                                                    monkeypatch, clock, chinese_font):  # noqa: F811
    from ui.shell.context import AppContext
    from ui.shell.login_dialog import LoginDialog
    from ui.shell.tasks import SyncRunner
    from ui.sync.open_package_dialog import OpenPackageDialog

    package = _package(new_uow, staff, tmp_path, monkeypatch)
    monkeypatch.setattr(file_dialogs, "open_file", lambda *a, **k: str(package))
    started = []
    monkeypatch.setattr(restart, "start_on", lambda url: started.append(url) or True)
    ctx = make_ctx(staff.officer)
    window = main_window(ctx, qtbot)
    view = window.sections.sync_view
    window.show_section(view)
    assert view.open_package_button.isVisible() and view.open_package_button.isEnabled()
    view.open_package_button.click()
    dialog = view.dialog
    assert isinstance(dialog, OpenPackageDialog)
    shot(dialog, "sync_open_package_dialog.png")

    _ok(dialog)                                               # nothing typed
    assert dialog.field_errors.label("passphrase").text() == "必须填写"
    type_text(dialog.passphrase_edit, "not-the-passphrase")
    type_text(dialog.username_edit, "chayue")
    type_text(dialog.password_edit, "chayue2026a")
    type_text(dialog.again_edit, "chayue2026b")
    _ok(dialog)
    assert dialog.field_errors.label("password_again").text() == "两次输入不一致"
    dialog.again_edit.clear()
    type_text(dialog.again_edit, "chayue2026a")
    _ok(dialog)                                               # the wrong passphrase, said in words
    assert isinstance(shown.errors[-1], WrongPassphrase) and dialog.isVisible()
    assert "口令不正确" in errors.message(shown.errors[-1])
    dialog.passphrase_edit.clear()
    type_text(dialog.passphrase_edit, PASSPHRASE)
    _ok(dialog)
    assert not dialog.isVisible()
    assert "查阅人账户：chayue" in shown.confirmed[-1] and "另开一个窗口" in shown.confirmed[-1]
    [url] = started
    copy = Path(url.removeprefix("sqlite:///"))
    assert copy.exists() and copy.parent == ctx.data_dir / "案件包"

    # The second window's start on the copy: the real login dialog, then the main window as that account.
    copy_engine = open_laptop(url, PASSPHRASE)
    try:
        copy_uow = uow_factory(copy_engine)

        def copy_ctx(user):
            config = AppConfig(db_url=url, data_dir=tmp_path / "copy-data", demo=False)
            return AppContext(config=config, clock=clock, new_uow=copy_uow, runner=SyncRunner(), user=user)
        login = LoginDialog(copy_ctx(None))
        qtbot.addWidget(login)
        type_text(login.ui.username_edit, "chayue")
        type_text(login.ui.password_edit, "chayue2026a")
        login.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
        user = login.user
        assert user is not None and user.role is Role.VIEWER and not user.must_change_password
        reader = main_window(copy_ctx(user), qtbot)
        titles = [e.title for e in reader.sections.entries]
        assert "案件" in titles and "审计" not in titles
        assert not reader.sections.new_request_action.isEnabled()
        reader.close()
    finally:
        copy_engine.dispose()
