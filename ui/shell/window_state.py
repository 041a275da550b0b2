"""UI-only state kept in QSettings (window geometry, splitter and header state), keyed by class name."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QHeaderView, QWidget

ORGANIZATION = "ipcase"
APPLICATION = "ipcase"


def settings() -> QSettings:
    return QSettings(ORGANIZATION, APPLICATION)


def keep_settings_in(folder: str | Path) -> None:
    """This process's window state in `folder`, not in the user's settings: the tests, the README's screenshots
    and the benchmarks' offscreen windows neither start from a layout the user saved (a column narrowed by hand
    changed what they showed and measured) nor write theirs over it."""
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))


def _key(widget: QWidget, what: str) -> str:
    return f"{type(widget).__name__}/{what}"


def restore_geometry(widget: QWidget) -> bool:
    value = settings().value(_key(widget, "geometry"))
    if isinstance(value, QByteArray) and not value.isEmpty():
        return widget.restoreGeometry(value)
    return False


def save_geometry(widget: QWidget) -> None:
    settings().setValue(_key(widget, "geometry"), widget.saveGeometry())


def saved_header(owner: QWidget, name: str) -> QByteArray | None:
    """The header state (column widths, order, hidden columns, sort) saved for `owner`'s table `name`, if any."""
    value = settings().value(_key(owner, f"header_{name}"))
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def restore_header(owner: QWidget, name: str, header: QHeaderView) -> bool:
    """Whether a saved state was restored (Qt refuses one of another column count)."""
    value = saved_header(owner, name)
    return value is not None and header.restoreState(value)


def save_header(owner: QWidget, name: str, header: QHeaderView) -> None:
    settings().setValue(_key(owner, f"header_{name}"), header.saveState())


def value(key: str, default=None):
    return settings().value(key, default)


def set_value(key: str, val) -> None:
    settings().setValue(key, val)
