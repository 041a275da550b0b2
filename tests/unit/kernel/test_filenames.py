"""A stored file name is only a name (ipcase.domain.filenames): the path-traversal regressions of issue 12 and
properties over arbitrary text."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ipcase.domain.filenames import FALLBACK, MAX_BYTES, path_inside, safe_name
from ipcase.errors import ValidationFailed
from ipcase.files import read_upload, write_for_opening


@pytest.mark.parametrize(("planted", "expected"), [
    ("../../x", "x"),
    ("..\\..\\Windows\\System32\\evil.dll", "evil.dll"),
    ("/etc/passwd", "passwd"),
    ("C:\\Users\\Public\\start.bat", "start.bat"),
    ("C:evil.exe", "C_evil.exe"),
    ("\\\\server\\share\\证据.pdf", "证据.pdf"),
    ("..", f"{FALLBACK}"),
    ("...pdf", "pdf"),
    (".pdf", "pdf"),
    ("_.pdf", f"{FALLBACK}.pdf"),
    (".bashrc", "bashrc"),
    ("CON.txt", "_CON.txt"),
    ("com1", "_com1"),
    ("lpt9.tar.gz", "_lpt9.tar.gz"),
    ("证据\x00.pdf", "证据.pdf"),
    ("合同\r\n扫描件.pdf", "合同扫描件.pdf"),
    ("invoice\u202efdp.exe", "invoicefdp.exe"),       # right-to-left override would show "exe.pdf"
    ("a<b>c:d\"e|f?g*.png", "a_b_c_d_e_f_g_.png"),
    ("report.pdf. . ", "report.pdf"),
    ("", FALLBACK),
    ("  ", FALLBACK),
    ("专利证书.PDF", "专利证书.PDF"),
])
def test_a_planted_name_becomes_a_plain_name(planted, expected):
    assert safe_name(planted) == expected


def test_a_long_name_keeps_its_extension_within_the_byte_limit():
    name = safe_name("证" * 300 + ".pdf")
    assert name.endswith(".pdf") and len(name.encode()) <= MAX_BYTES
    assert name.removesuffix(".pdf") == "证" * len(name.removesuffix(".pdf"))   # no half character


@settings(max_examples=400)
@given(st.text())
def test_any_text_gives_a_name_that_stays_in_its_folder(text):
    name = safe_name(text)
    assert name and name == safe_name(name)
    assert "/" not in name and "\\" not in name and ":" not in name
    assert name not in (".", "..") and not name.startswith(".")
    assert all(ord(ch) >= 32 for ch in name)
    assert len(name.encode()) <= MAX_BYTES
    assert os.path.basename(name) == name and not os.path.isabs(name)


@settings(max_examples=100)
@given(st.text())
def test_the_written_path_is_inside_the_folder(tmp_path_factory, text):
    folder = tmp_path_factory.mktemp("open")
    assert path_inside(folder, text).parent == folder.resolve()


def test_a_link_in_the_folder_pointing_out_is_refused(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    folder = tmp_path / "open"
    folder.mkdir()
    (folder / "x.pdf").symlink_to(outside / "x.pdf")
    with pytest.raises(ValueError):
        path_inside(folder, "../x.pdf")


def test_opening_writes_only_inside_a_fresh_temporary_folder(tmp_path):
    path = write_for_opening(b"data", "../../../x.docx", under=tmp_path)
    assert path.read_bytes() == b"data" and path.name == "x.docx"
    assert path.parent.parent == tmp_path.resolve()
    assert sorted(p.name for p in tmp_path.rglob("*") if p.is_file()) == ["x.docx"]


def test_an_upload_over_the_limit_is_refused_by_its_size(tmp_path):
    big = tmp_path / "big.pdf"
    with big.open("wb") as f:       # sparse: the size says 2 GB, no 2 GB is written or read
        f.truncate(2_000_000_000)
    with pytest.raises(ValidationFailed) as caught:
        read_upload(big, field="files[0]", limit=50_000_000)
    assert (caught.value.field, caught.value.reason, caught.value.detail) == ("files[0]", "too_large", "50 MB")


def test_an_upload_that_vanished_names_the_file(tmp_path):
    path = tmp_path / "扫描件.pdf"
    path.write_bytes(b"%PDF")
    path.unlink()            # moved or deleted after the file dialog returned it
    with pytest.raises(ValidationFailed) as caught:
        read_upload(path, field="attachment", limit=10)
    assert (caught.value.field, caught.value.reason, caught.value.detail) == ("attachment", "file_missing",
                                                                             "扫描件.pdf")


def test_a_folder_is_not_an_upload(tmp_path):
    with pytest.raises(ValidationFailed) as caught:
        read_upload(tmp_path, field="attachment", limit=10)
    assert caught.value.reason == "unreadable"


def test_an_upload_is_read_with_its_cleaned_name(tmp_path):
    path = tmp_path / "CON.pdf"
    path.write_bytes(b"%PDF")
    assert read_upload(Path(path), field="f", limit=4) == ("_CON.pdf", b"%PDF")
