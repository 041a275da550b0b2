"""The packaged application (PyInstaller one-folder bundle, or the .deb installed in /opt/ipcase) runs without a
Python installation: it creates an office in a new database (the Alembic migrations are read from the bundle),
embedded SQLite, encrypted SQLCipher and PostgreSQL alike, and starts offscreen to its login window — or, at its
first start with no database, to the welcome wizard.

Runs only when IPCASE_BUNDLE names a built bundle's folder (the one holding the `ipcase` executable); .ci/run
builds the bundle and the .deb, installs the .deb and sets IPCASE_BUNDLE=/opt/ipcase, so under CI it must pass."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

BUNDLE = os.environ.get("IPCASE_BUNDLE", "")
pytestmark = pytest.mark.skipif(not BUNDLE, reason="IPCASE_BUNDLE is not set (no built bundle to start)")
TIMEOUT = 300   # seconds: a cold start on a loaded 2-core machine takes ~10 s; a hung start is a failure


def _executable() -> Path:
    exe = Path(BUNDLE) / ("ipcase.exe" if sys.platform.startswith("win") else "ipcase")
    assert exe.is_file() and os.access(exe, os.X_OK), f"no executable bundle at {exe}"
    return exe


def _run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    # No PYTHONPATH, no virtualenv: the bundle must carry everything itself.
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    clean.update({"QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8", **(env or {})})
    return subprocess.run([str(_executable()), *args], capture_output=True, text=True, timeout=TIMEOUT,
                          env=clean, cwd="/")


def _tree(folder: Path) -> dict[str, tuple[int, int]]:
    return {str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime_ns)
            for p in folder.rglob("*") if p.is_file()}


def test_the_bundle_creates_an_office_and_starts_to_its_login_window(db_url, tmp_path):
    before = _tree(Path(BUNDLE))
    data = tmp_path / "data"
    made = _run("--db", db_url, "--data-dir", str(data), "init", "--office-name", "某市市场监督管理局",
                "--short-name", "某市", "--admin-password", "ipcase2026x")
    assert made.returncode == 0, made.stderr
    assert "已创建 某市市场监督管理局（某市）及管理员 admin。" in made.stdout
    started = _run("--db", db_url, "--data-dir", str(data), env={"IPCASE_SMOKE": "1"})
    assert started.returncode == 0, started.stderr
    assert "window shown: LoginDialog" in started.stdout.splitlines(), (started.stdout, started.stderr)
    assert (data / "ipcase.log").is_file()
    assert _tree(Path(BUNDLE)) == before   # nothing written into the install folder


def test_the_bundle_creates_and_opens_an_encrypted_database(tmp_path):
    data = tmp_path / "data"
    secret = {"IPCASE_DB_PASSPHRASE": "correct horse battery staple 2026"}
    made = _run("--data-dir", str(data), "init", "--encrypt", "--office-name", "某县市场监督管理局",
                "--short-name", "某县", "--admin-password", "ipcase2026x", env=secret)
    assert made.returncode == 0, made.stderr
    assert not (data / "ipcase.db").read_bytes().startswith(b"SQLite format 3")   # SQLCipher from the bundle
    started = _run("--data-dir", str(data), env={"IPCASE_SMOKE": "1", **secret})
    assert "window shown: LoginDialog" in started.stdout.splitlines(), (started.stdout, started.stderr)


def test_the_first_start_without_a_database_offers_the_welcome_wizard(tmp_path):
    # The packaged app (frozen) with no database in its data directory: 试用演示数据 / 新建 / 连接, not a demo build.
    started = _run("--data-dir", str(tmp_path / "empty"), env={"IPCASE_SMOKE": "1"})
    assert started.returncode == 0, started.stderr
    assert "window shown: WelcomeDialog" in started.stdout.splitlines(), (started.stdout, started.stderr)
    assert not (tmp_path / "empty" / "ipcase.db").exists() or (tmp_path / "empty" / "ipcase.db").stat().st_size == 0


def test_the_command_line_of_the_bundle_answers(tmp_path):
    shown = _run("--help")
    assert shown.returncode == 0 and "init" in shown.stdout
