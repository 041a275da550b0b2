"""LibreOffice headless for the document tests: one soffice run converts many DOCX files to PDF, with a private
fontconfig file that maps 仿宋_GB2312 & co. to the bundled font (TECH_NOTES) and a private profile in tmp.

Skipped where LibreOffice is absent, except in CI (.ci/run installs libreoffice-writer-nogui)."""
from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from ipcase.documents.fonts import BUNDLED_FAMILY, OFFICIAL
from ipcase.resources import FONTS

FONTS_CONF = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>{fonts}</dir>
  <cachedir>{cache}</cachedir>
  {aliases}
</fontconfig>
"""


def soffice() -> str:
    path = shutil.which("soffice") or shutil.which("libreoffice")
    if path is None:
        if os.environ.get("CI"):
            pytest.fail("LibreOffice is required in CI (.ci/run installs libreoffice-writer-nogui)", pytrace=False)
        pytest.skip("LibreOffice (soffice) not installed")
    return path


def convert_to_pdf(sources: list[Path], work: Path) -> Path:
    """Convert every file in one soffice run; returns the folder holding <name>.pdf for each source."""
    program = soffice()
    families = {name for candidates in OFFICIAL.values() for name, _files in candidates}
    aliases = "\n  ".join(f"<alias binding=\"same\"><family>{f}</family><prefer><family>{BUNDLED_FAMILY}</family>"
                          f"</prefer></alias>" for f in sorted(families))
    conf = work / "fonts.conf"
    conf.write_text(FONTS_CONF.format(fonts=FONTS, cache=work / "fc-cache", aliases=aliases), encoding="utf-8")
    out = work / "out"
    env = {**os.environ, "FONTCONFIG_FILE": str(conf), "HOME": str(work)}
    done = subprocess.run([program, f"-env:UserInstallation=file://{work / 'profile'}", "--headless",
                           "--convert-to", "pdf", "--outdir", str(out), *[str(p) for p in sources]],
                          env=env, capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    for source in sources:
        assert (out / source.with_suffix(".pdf").name).exists(), \
            f"{source.name}: LibreOffice wrote no PDF\n{done.stdout}\n{done.stderr}"
    return out
