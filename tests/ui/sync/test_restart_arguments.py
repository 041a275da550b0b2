"""Restarting on another database (检出到本机, back to the office after check-in) drops this start's `--db`, so the
address remembered in the data folder is the one the new instance opens; every other option stays."""
from __future__ import annotations

from ui.sync.restart import arguments_without_db


def test_the_restart_keeps_every_option_but_the_database():
    assert arguments_without_db(["main.py", "--db", "sqlite:///office.db", "--data-dir", "D:/ipcase", "--lang",
                                 "en"]) == ["main.py", "--data-dir", "D:/ipcase", "--lang", "en"]
    assert arguments_without_db(["main.py", "--db=postgresql://office/ipcase", "gui"]) == ["main.py", "gui"]
    assert arguments_without_db(["ipcase.exe"]) == ["ipcase.exe"]
