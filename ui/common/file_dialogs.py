"""Choosing a file to save or to open: Qt's dialog (in Chinese, see ui.shell.app.install_translators) opening in the
folder used last (remembered in QSettings across sessions), with a proposed name that is a safe file name
(`ipcase.domain.filenames.safe_name`) and names the case, so two cases' documents never get the same default name
("〔2026〕98号-专利侵权纠纷案件行政裁决书.pdf", not "专利侵权纠纷案件行政裁决书.pdf" for every case)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

from ipcase.domain.filenames import safe_name
from ui.common import messages
from ui.common.i18n import tr

LAST_FOLDER_KEY = "files/last_folder"


def last_folder() -> Path:
    """The folder of the last file saved or opened; the user's documents folder the first time."""
    stored = QSettings().value(LAST_FOLDER_KEY, "")
    if stored and Path(str(stored)).is_dir():
        return Path(str(stored))
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())


def remember_folder(path: str | Path) -> None:
    folder = Path(path)
    QSettings().setValue(LAST_FOLDER_KEY, str(folder if folder.is_dir() else folder.parent))


def proposed_name(*parts: str | None, suffix: str = "") -> str:
    """A file name of the non-empty `parts` joined by '-', without repeating a part already contained in the one
    before it (a title that already names its case number), cleaned to a safe name."""
    kept: list[str] = []
    for part in (p.strip() for p in parts if p and p.strip()):
        if not any(part in k for k in kept):
            kept = [k for k in kept if k not in part] + [part]
    return safe_name("-".join(kept) + suffix)


def save_file(parent: QWidget | None, title: str, name: str, filters: str = "") -> str:
    """The path chosen to save `name` under ("" when cancelled); the folder is remembered."""
    path, _chosen = QFileDialog.getSaveFileName(parent, title, str(last_folder() / safe_name(name)), filters)
    if path:
        remember_folder(Path(path).parent)
    return path


def open_file(parent: QWidget | None, title: str, filters: str = "") -> str:
    path, _chosen = QFileDialog.getOpenFileName(parent, title, str(last_folder()), filters)
    if path:
        remember_folder(Path(path).parent)
    return path


def open_files(parent: QWidget | None, title: str, filters: str = "") -> list[str]:
    paths, _chosen = QFileDialog.getOpenFileNames(parent, title, str(last_folder()), filters)
    if paths:
        remember_folder(Path(paths[0]).parent)
    return paths


def open_folder(folder: Path) -> None:
    """The folder in the system's file manager (Explorer, Finder …)."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def announce_saved(parent: QWidget | None, title: str, path: str | Path) -> bool:
    """After a file was written: say where it went and offer to open its folder (True when it was opened)."""
    path = Path(path)
    text = tr("已保存到：\n%1\n\n打开所在的文件夹吗？").replace("%1", str(path))
    if messages.confirm(parent, title, text):
        open_folder(path.parent)
        return True
    return False
