"""Starting the program again on another database: the laptop copy just made on this computer (检出到本机), or the
office database again after the laptop's work was checked in. The address is remembered in the data folder
(ipcase.shared_database.remember, read by every start unless `--db` or IPCASE_DB_URL says otherwise), so the
program keeps opening the laptop copy while the laptop is away from the office."""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QProcess
from PySide6.QtWidgets import QApplication

from ipcase import shared_database


def switch_database(data_dir: Path, url: str) -> None:
    shared_database.remember(data_dir, url)


def arguments_without_db(argv: list[str]) -> list[str]:
    """The command line of this start without its `--db` (the remembered address is the one to open)."""
    out, skip = [], False
    for arg in argv:
        if skip:
            skip = False
        elif arg == "--db":
            skip = True
        elif not arg.startswith("--db="):
            out.append(arg)
    return out


def restart_application() -> bool:
    """Start a new instance of the program and quit this one (its windows close as usual, asking about drafts).
    False when the new instance could not be started (then nothing quits)."""
    frozen = getattr(sys, "frozen", False)
    arguments = arguments_without_db(sys.argv[1:] if frozen else sys.argv)
    if not QProcess.startDetached(sys.executable, arguments):
        return False
    QApplication.quit()
    return True


def start_on(url: str) -> bool:
    """Start a second instance of the program on `url` (a read-only copy) beside this one, which stays as it is;
    the address is not remembered, so the next start opens the office database as before."""
    frozen = getattr(sys, "frozen", False)
    arguments = [*arguments_without_db(sys.argv[1:] if frozen else sys.argv), "--db", url]
    return bool(QProcess.startDetached(sys.executable, arguments))

