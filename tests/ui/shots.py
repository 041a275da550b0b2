"""Screenshots taken by the UI tests into docs/screenshots/, drawn with the Chinese font main.py installs (without
it an offscreen grab shows boxes). Import `chinese_font` into a test module and mark it used."""
from __future__ import annotations

from pathlib import Path

import pytest

from ui.shell.app import install_cjk_font

SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


@pytest.fixture
def chinese_font(qapp):
    install_cjk_font(qapp)


def shot(widget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / name))
