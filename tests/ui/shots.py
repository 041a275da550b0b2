"""Screenshots taken by the UI tests, drawn with the Chinese font main.py installs (without it an offscreen grab
shows boxes). Import `chinese_font` into a test module and mark it used.

The pictures go to $IPCASE_SHOTS_DIR when it is set (`python tools/screenshots.py tests` sets it to
docs/screenshots/ to refresh the README's pictures), otherwise to a temporary folder of the test session that
tests/ui/conftest.py makes: running the tests never changes the working tree."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from ui.shell.app import install_cjk_font

SHOTS_ENV = "IPCASE_SHOTS_DIR"


@pytest.fixture
def chinese_font(qapp):
    install_cjk_font(qapp)


def shots_dir() -> Path:
    folder = os.environ.get(SHOTS_ENV)
    if not folder:
        raise RuntimeError(f"{SHOTS_ENV} is not set: tests/ui/conftest.py sets it for the session")
    return Path(folder)


def shot(widget, name: str) -> None:
    folder = shots_dir()
    folder.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(folder / name))
