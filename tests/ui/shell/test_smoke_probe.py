"""IPCASE_SMOKE (the packaged app's smoke start in CI): the first real window shown is named — on stdout and, when
the variable is a path, in that file — and the process is ended; a progress dialog or a second window is not."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QProgressDialog

from ui.shell import smoke


def test_nothing_is_installed_without_the_variable(qapp, monkeypatch):
    monkeypatch.delenv(smoke.SMOKE_ENV, raising=False)
    assert smoke.install(qapp, leave=lambda: None) is None
    monkeypatch.setenv(smoke.SMOKE_ENV, "0")
    assert smoke.install(qapp, leave=lambda: None) is None


def test_the_first_window_is_named_and_the_process_ends(qapp, qtbot, monkeypatch, tmp_path, capsys):
    answer = tmp_path / "smoke.txt"
    monkeypatch.setenv(smoke.SMOKE_ENV, str(answer))
    ended = []
    watcher = smoke.install(qapp, leave=lambda: ended.append(True))
    try:
        progress = QProgressDialog()
        qtbot.addWidget(progress)
        progress.show()                       # "preparing the database": not an answer
        qtbot.wait(10)
        assert watcher.seen is None and not ended

        class LoginDialog(QDialog):
            pass

        first, second = LoginDialog(), QDialog()
        qtbot.addWidget(first)
        qtbot.addWidget(second)
        first.show()
        second.show()
        qtbot.waitUntil(lambda: bool(ended))
        assert watcher.seen == "LoginDialog" and ended == [True]
        assert answer.read_text(encoding="utf-8") == "window shown: LoginDialog\n"
        assert "window shown: LoginDialog" in capsys.readouterr().out.splitlines()
    finally:
        qapp.removeEventFilter(watcher)
