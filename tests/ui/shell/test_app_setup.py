"""Application set-up: Qt's own dialogs speak Chinese, and the terminal is spared Alembic's INFO lines (they go
to the log file)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from ui.shell.app import install_translators

ROOT = Path(__file__).resolve().parents[3]


def test_qt_dialogs_and_dates_speak_chinese(qapp):
    before = QLocale()
    installed = install_translators(qapp, "zh_CN")
    try:
        assert installed
        assert QCoreApplication.translate("QFileDialog", "Look in:") == "查找范围："
        assert QCoreApplication.translate("QFileDialog", "Files of type:") == "文件类型："
        assert QLocale().toString(QDate(2026, 12, 6), QLocale.FormatType.ShortFormat) == "2026/12/6"   # not "6 12 2026"
        assert QLocale().dayName(1, QLocale.FormatType.ShortFormat) == "周一"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        QLocale.setDefault(before)


def test_alembic_lines_go_to_the_log_not_the_terminal(tmp_path):
    script = (
        "from pathlib import Path\n"
        "from sqlalchemy import create_engine\n"
        "from ui.shell.app import setup_logging\n"
        "from ipcase.db.migrate import upgrade_to_head\n"
        f"setup_logging(Path({str(tmp_path)!r}))\n"
        f"upgrade_to_head(create_engine('sqlite:///{tmp_path / 'x.db'}'))\n"
    )
    run = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    assert "Running upgrade" not in run.stderr and "alembic" not in run.stderr
    assert "Running upgrade" in (tmp_path / "ipcase.log").read_text(encoding="utf-8")
