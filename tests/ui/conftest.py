"""pytest-qt fixtures for the UI tests: one shared QApplication (pytest-qt's `qapp`), a real SQLite file
migrated by the lead's `sqlite_engine`, the lead's `staff`, a fixed clock, a SyncRunner so nothing depends on
timing, QSettings in a temporary directory, and message boxes recorded instead of shown."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import datetime  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

NOW = datetime(2026, 11, 2, 9, 30)  # the lead's NOW: a Monday; 2027 has no official holiday data yet


@pytest.fixture(autouse=True)
def _isolated_qsettings(tmp_path_factory):
    """Each test's window state in a folder of its own: a layout one test saved (a sort by 请求人, a column's
    width) used to reach the next test's window in the same worker, and a test then passed or failed by its
    place in the run."""
    from PySide6.QtCore import QCoreApplication

    from ui.shell.window_state import keep_settings_in
    QCoreApplication.setOrganizationName("ipcase-tests")
    QCoreApplication.setApplicationName("ipcase-tests")
    keep_settings_in(tmp_path_factory.mktemp("qsettings"))


@pytest.fixture(autouse=True, scope="session")
def _screenshots_outside_the_tree(tmp_path_factory):
    """Test screenshots go to a session folder unless $IPCASE_SHOTS_DIR names one (see tests/ui/shots.py)."""
    from shots import SHOTS_ENV
    with pytest.MonkeyPatch.context() as mp:
        if not os.environ.get(SHOTS_ENV):
            mp.setenv(SHOTS_ENV, str(tmp_path_factory.mktemp("screenshots")))
        yield


@pytest.fixture(autouse=True, scope="session")
def _feature_texts():
    """Every feature's labels and error texts, installed as main.py does."""
    from ui import catalogue
    from ui.common import texts
    texts.install(catalogue.TEXTS)


@pytest.fixture
def new_uow(sqlite_engine):
    """UI tests run on SQLite only (the core's own tests cover PostgreSQL)."""
    from ipcase.uow import uow_factory
    return uow_factory(sqlite_engine)


@pytest.fixture
def clock():
    from ipcase.clock import FixedClock
    return FixedClock(NOW)


class Shown:
    """Message boxes that would have been shown."""

    def __init__(self):
        self.errors: list[BaseException] = []
        self.infos: list[str] = []
        self.keep_draft_answer = "keep"
        self.restore_draft_answer = True
        self.confirm_answer = True
        self.asked: list[str] = []
        self.confirmed: list[str] = []     # the questions asked with messages.confirm
        self.folders: list = []            # folders that would have opened in the system's file manager


@pytest.fixture(autouse=True)
def shown(monkeypatch) -> Shown:
    from ui.common import file_dialogs, messages
    record = Shown()

    def show_error(parent, exc, title=None):
        record.errors.append(exc)

    def ask_keep_draft(parent):
        record.asked.append("keep_draft")
        return record.keep_draft_answer

    def ask_restore_draft(parent, saved_at):
        record.asked.append("restore_draft")
        return record.restore_draft_answer

    monkeypatch.setattr(messages, "show_error", show_error)
    monkeypatch.setattr(messages, "info", lambda parent, title, text: record.infos.append(text))
    monkeypatch.setattr(messages, "confirm",
                        lambda parent, title, text: record.confirmed.append(text) or record.confirm_answer)
    monkeypatch.setattr(file_dialogs, "open_folder", record.folders.append)   # never the real file manager
    monkeypatch.setattr(messages, "ask_keep_draft", ask_keep_draft)
    monkeypatch.setattr(messages, "ask_restore_draft", ask_restore_draft)
    return record


@pytest.fixture
def make_ctx(new_uow, clock, tmp_path: Path, qapp):
    """AppContext for one logged-in user, with a synchronous runner."""
    from ipcase.config import AppConfig
    from ui.shell.context import AppContext
    from ui.shell.tasks import SyncRunner

    data_dir = tmp_path / "data"
    data_dir.mkdir(exist_ok=True)

    def make(user):
        config = AppConfig(db_url="sqlite:///test", data_dir=data_dir, demo=False)
        return AppContext(config=config, clock=clock, new_uow=new_uow, runner=SyncRunner(), user=user)

    return make
