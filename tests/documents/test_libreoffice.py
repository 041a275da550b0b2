"""Every DOCX opens in LibreOffice (headless) and converts to PDF with the Chinese text intact. One soffice
run converts them all; a private fontconfig file maps 仿宋_GB2312 & co. to the bundled font (TECH_NOTES)."""
from __future__ import annotations

import io
import os
import shutil
import subprocess
from datetime import date

import pytest
from pypdf import PdfReader
from samples import ALL_TYPES, draft_for, full_case

from ipcase.documents.engine import render
from ipcase.documents.fonts import OFFICIAL
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


def _soffice() -> str:
    path = shutil.which("soffice") or shutil.which("libreoffice")
    if path is None:
        if os.environ.get("CI"):
            pytest.fail("LibreOffice is required in CI (.ci/run installs libreoffice-writer-nogui)", pytrace=False)
        pytest.skip("LibreOffice (soffice) not installed")
    return path


def test_every_docx_converts_to_pdf_in_libreoffice(tmp_path):
    soffice = _soffice()
    case = full_case()
    sources = []
    for key in ALL_TYPES:
        draft = draft_for(key, case)
        r = render(case, draft, number="某市知裁字〔2026〕7号", issue_date=date(2026, 6, 1),
                   subject=case.issued[0] if draft.subject_id else None,
                   subject_addressee=case.parties[1] if key == "service_proof" else None)
        path = tmp_path / f"{key}.docx"
        path.write_bytes(r.docx)
        sources.append((key, path, r.title))
    families = {name for candidates in OFFICIAL.values() for name, _files in candidates}
    aliases = "\n  ".join(f"<alias binding=\"same\"><family>{f}</family><prefer><family>WenQuanYi Micro Hei</family>"
                          f"</prefer></alias>" for f in sorted(families))
    conf = tmp_path / "fonts.conf"
    conf.write_text(FONTS_CONF.format(fonts=FONTS, cache=tmp_path / "fc-cache", aliases=aliases), encoding="utf-8")
    out = tmp_path / "out"
    env = {**os.environ, "FONTCONFIG_FILE": str(conf), "HOME": str(tmp_path)}
    done = subprocess.run([soffice, f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless",
                           "--convert-to", "pdf", "--outdir", str(out), *[str(p) for _k, p, _t in sources]],
                          env=env, capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    for key, path, title in sources:
        pdf = out / path.with_suffix(".pdf").name
        assert pdf.exists(), f"{key}: LibreOffice wrote no PDF\n{done.stdout}\n{done.stderr}"
        text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.read_bytes())).pages)
        assert title.replace(" ", "")[:6] in text.replace(" ", ""), key
