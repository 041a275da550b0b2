"""The first start without a database (issue 18): the wizard's three ways, each driven to a login window that
logs in — 试用演示数据 (the demo built as `python main.py` builds it), 新建本单位数据库 (the `init` steps, each field
checked next to it), 连接单位共享数据库 (测试连接 names what is wrong; an older schema is upgraded when asked; the
address is remembered for the next starts). Screenshots of each page at 1366×768."""
from __future__ import annotations

import argparse
import sqlite3

import pytest
from alembic import command
from shots import chinese_font, shot  # noqa: F401 — fixture

from ipcase import shared_database
from ipcase.cli.first_run import create_office_database
from ipcase.cli.startup import prepare_database
from ipcase.config import AppConfig, load_config
from ipcase.db.engine import make_engine
from ipcase.db.migrate import alembic_config, current_revisions, head_revisions
from ui.admin.first_run import CONNECTED, CREATED, DEMO, WelcomeDialog
from ui.shell.context import AppContext
from ui.shell.login_dialog import LoginDialog
from ui.shell.tasks import SyncRunner

pytestmark = pytest.mark.usefixtures("chinese_font")
PASSWORD = "office2026"


@pytest.fixture(autouse=True)
def _no_configured_database(monkeypatch):
    monkeypatch.delenv("IPCASE_DB_URL", raising=False)
    monkeypatch.delenv("IPCASE_DATA_DIR", raising=False)


def _wizard(qtbot, data_dir, clock) -> WelcomeDialog:
    dialog = WelcomeDialog(SyncRunner(), load_config(None, str(data_dir)), clock)
    qtbot.addWidget(dialog)
    dialog.show()   # its own size (720×640), as on a 1366×768 screen
    return dialog


def _log_in(qtbot, data_dir, clock, username: str, password: str) -> LoginDialog:
    """What main.py does after the wizard: open the configured database, show the login window, log in."""
    args = argparse.Namespace(db=None, data_dir=str(data_dir), no_demo=False, passphrase=None, encrypt=False,
                              today=None)
    db = prepare_database(args, clock, load_config(None, str(data_dir)))
    ctx = AppContext(config=db.config, clock=clock, new_uow=db.new_uow, runner=SyncRunner())
    login = LoginDialog(ctx)
    qtbot.addWidget(login)
    login.show()
    login.ui.username_edit.setText(username)
    login.ui.password_edit.setText(password)
    login.ui.button_box.accepted.emit()
    assert login.user is not None and login.user.username == username, login.ui.error_label.text()
    db.engine.dispose()
    return login


def test_new_office_database_to_the_login_window(qtbot, tmp_path, clock, shown):
    dialog = _wizard(qtbot, tmp_path, clock)
    shot(dialog, "welcome_choose.png")
    dialog.new_button.click()
    assert dialog.pages.currentWidget() is dialog.office_page
    assert str(tmp_path / "ipcase.db") in dialog.location_label.text()
    form = dialog.setup_form
    form.name_edit.setText("某市市场监督管理局（知识产权局）")
    form.short_name_edit.setText("某市")
    assert form.example_label.text() == "某市知裁字〔2026〕1号"
    form.password_edit.setText("abc")
    form.password_edit.editingFinished.emit()                       # checked next to the field when left
    assert "至少" in dialog.office_errors.label("admin_password").text()
    dialog.next_button.click()                                       # nothing created while a field is wrong
    assert dialog.choice is None and not (tmp_path / "ipcase.db").exists()
    form.password_edit.setText(PASSWORD)
    form.confirm_edit.setText(PASSWORD)
    form.password_edit.editingFinished.emit()
    form.confirm_edit.editingFinished.emit()
    assert dialog.office_errors.label("admin_password") is None      # cleared once valid
    assert dialog.office_errors.label("confirm") is None
    shot(dialog, "welcome_new_office.png")
    dialog.next_button.click()
    assert shown.errors == [] and dialog.choice == CREATED and not dialog.isVisible()
    _log_in(qtbot, tmp_path, clock, "admin", PASSWORD)


def test_a_database_that_has_its_office_is_left_alone(qtbot, tmp_path, clock, shown):
    config = load_config(None, str(tmp_path))
    create_office_database(config, clock, name="甲局", short_name="甲", admin_username="admin",
                           admin_password=PASSWORD)
    dialog = _wizard(qtbot, tmp_path, clock)
    dialog.new_button.click()
    form = dialog.setup_form
    form.name_edit.setText("乙局")
    form.short_name_edit.setText("乙")
    form.password_edit.setText(PASSWORD)
    form.confirm_edit.setText(PASSWORD)
    dialog.next_button.click()
    assert dialog.choice is None and "已有本系统的数据库" in dialog.office_errors.label("database").text()


def _shared_file(tmp_path, clock):
    folder = tmp_path / "share"
    config = AppConfig(db_url=f"sqlite:///{(folder / 'office.db').as_posix()}", data_dir=folder, demo=False)
    folder.mkdir()
    create_office_database(config, clock, name="某市市场监督管理局", short_name="某市", admin_username="city_admin",
                           admin_password=PASSWORD)
    return folder / "office.db"


def _test(dialog, text: str) -> str:
    dialog.address_edit.setText(text)
    dialog._forget_probe()
    dialog.test_button.click()
    return dialog.probe_label.text()


def test_connect_to_a_shared_database_to_the_login_window(qtbot, tmp_path, clock, shown):
    shared = _shared_file(tmp_path, clock)
    (tmp_path / "notes.db").write_bytes(b"not a database at all, just some text " * 40)
    data_dir = tmp_path / "laptop"
    dialog = _wizard(qtbot, data_dir, clock)
    dialog.connect_button.click()
    assert dialog.pages.currentWidget() is dialog.connect_page and not dialog.next_button.isEnabled()
    assert "找不到该文件" in _test(dialog, str(tmp_path / "missing.db"))
    assert "不是数据库文件" in _test(dialog, str(tmp_path / "notes.db"))
    assert "无法识别的地址" in _test(dialog, "mysql://office")
    assert not dialog.next_button.isEnabled()
    assert "可以登录" in _test(dialog, str(shared))
    assert dialog.next_button.isEnabled()
    shot(dialog, "welcome_connect.png")
    dialog.next_button.click()
    assert shown.errors == [] and dialog.choice == CONNECTED
    assert shared_database.remembered(data_dir) == f"sqlite:///{shared.as_posix()}"
    assert load_config(None, str(data_dir)).db_url == f"sqlite:///{shared.as_posix()}"   # the next starts too
    _log_in(qtbot, data_dir, clock, "city_admin", PASSWORD)


def test_an_older_schema_is_upgraded_only_when_asked(qtbot, tmp_path, clock, shown):
    old = tmp_path / "old.db"
    engine = make_engine(f"sqlite:///{old.as_posix()}")
    command.upgrade(alembic_config(engine), "0020_signatories")
    engine.dispose()
    dialog = _wizard(qtbot, tmp_path / "laptop", clock)
    dialog.connect_button.click()
    assert "旧版本" in _test(dialog, str(old))
    assert dialog.upgrade_check.isVisibleTo(dialog) and not dialog.next_button.isEnabled()
    dialog.upgrade_check.setChecked(True)
    assert dialog.next_button.isEnabled()
    shot(dialog, "welcome_connect_older.png")
    dialog.next_button.click()
    assert dialog.choice == CONNECTED
    engine = make_engine(f"sqlite:///{old.as_posix()}")
    assert current_revisions(engine) == head_revisions()
    engine.dispose()


def test_an_empty_shared_database_can_have_the_office_set_up_in_it(qtbot, tmp_path, clock, shown):
    empty = tmp_path / "empty.db"
    sqlite3.connect(empty).close()
    dialog = _wizard(qtbot, tmp_path / "laptop", clock)
    dialog.connect_button.click()
    assert "空数据库" in _test(dialog, str(empty))
    dialog.set_up_here_button.click()
    assert dialog.pages.currentWidget() is dialog.office_page and str(empty) in dialog.location_label.text()
    form = dialog.setup_form
    form.name_edit.setText("某县市场监督管理局")
    form.short_name_edit.setText("某县")
    form.password_edit.setText(PASSWORD)
    form.confirm_edit.setText(PASSWORD)
    dialog.next_button.click()
    assert shown.errors == [] and dialog.choice == CREATED
    assert shared_database.remembered(tmp_path / "laptop") == f"sqlite:///{empty.as_posix()}"
    _log_in(qtbot, tmp_path / "laptop", clock, "admin", PASSWORD)


def test_the_demo_to_the_login_window(qtbot, tmp_path, clock, shown, demo_database):
    dialog = _wizard(qtbot, tmp_path, clock)
    dialog.demo_button.click()
    assert dialog.choice == DEMO and not dialog.isVisible()
    # main.py then starts as `python main.py` does from source: the empty data folder gets the demo office. The
    # build is what tests/integration/demo checks; the session's build (tests/conftest.py) stands in for it here.
    from demo_helpers import copy_demo_file

    from ipcase.demo.office import DEMO_PASSWORD
    copy_demo_file(demo_database, tmp_path / "ipcase.db")
    _log_in(qtbot, tmp_path, clock, "zhangwei", DEMO_PASSWORD)
