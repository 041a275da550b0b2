"""Font files an administrator picks for this machine (设置 › 公文字体): checked (a real TrueType font holding the
characters documents print), copied into the data directory, then embedded by the PDF and named in the DOCX; and
the official-fonts notice, told once per machine for one state of the fonts."""
from __future__ import annotations

import io
import json
import zipfile

import pytest
from font_helpers import make_font
from pypdf import PdfReader

from ipcase.documents import font_files, font_notice
from ipcase.documents.blocks import parse
from ipcase.documents.docx_render import render_docx
from ipcase.documents.fonts import BUNDLED_FAMILY, resolve_fonts, use_machine_fonts
from ipcase.documents.pdf_render import render_pdf
from ipcase.errors import PermissionDenied, ValidationFailed

TEXT = "# 公文字体测试\n正文标题测试公文字体 ABC 123\n"


@pytest.fixture
def machine(tmp_path):
    """This test's data directory as the machine's picked-fonts folder; none afterwards."""
    data = tmp_path / "data"
    use_machine_fonts(data)
    yield data
    use_machine_fonts(None)


def _pdf_fonts(pdf: bytes) -> set[str]:
    names = set()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for font in page["/Resources"]["/Font"].values():
            names.add(str(font.get_object()["/BaseFont"]).split("+")[-1])
    return names


def _no_system_fonts(tmp_path):
    return resolve_fonts((str(tmp_path / "none"),), include_system=False)


def test_a_picked_font_is_copied_embedded_in_the_pdf_and_named_in_the_docx(machine, tmp_path):
    source = make_font(tmp_path / "仿宋_GB2312.ttf", "IpcaseTestFangSong")
    picked = font_files.pick_font(machine, "body", str(source))
    assert picked.family == "IpcaseTestFangSong" and picked.path.parent == machine / "fonts"
    assert picked.path.read_bytes() == source.read_bytes()
    source.unlink()   # the copy is what counts: the original may be on a USB stick that goes away

    fonts = _no_system_fonts(tmp_path)
    assert (fonts.body.family, fonts.body.picked, fonts.body.official) == ("IpcaseTestFangSong", True, True)
    assert fonts.title.family == BUNDLED_FAMILY and not fonts.title.picked
    content = parse(TEXT)
    assert "IpcaseTestFangSong-Regular" in _pdf_fonts(render_pdf(content, fonts))
    document = zipfile.ZipFile(io.BytesIO(render_docx(content, fonts))).read("word/document.xml").decode()
    styles = zipfile.ZipFile(io.BytesIO(render_docx(content, fonts))).read("word/styles.xml").decode()
    assert 'w:eastAsia="IpcaseTestFangSong"' in document + styles


def test_picking_again_replaces_the_file_and_removing_goes_back_to_automatic(machine, tmp_path):
    first = font_files.pick_font(machine, "title", str(make_font(tmp_path / "a.ttf", "IpcaseTestOne")))
    second = font_files.pick_font(machine, "title", str(make_font(tmp_path / "b.ttf", "IpcaseTestTwo")))
    assert not first.path.exists() and second.path.exists()
    assert _no_system_fonts(tmp_path).title.family == "IpcaseTestTwo"
    manifest = json.loads((machine / "fonts" / "picked.json").read_text(encoding="utf-8"))
    assert manifest["title"]["family"] == "IpcaseTestTwo" and manifest["title"]["source"] == "b.ttf"
    font_files.remove_font(machine, "title")
    assert not second.path.exists() and _no_system_fonts(tmp_path).title.family == BUNDLED_FAMILY


@pytest.mark.parametrize("make, reason, detail", [
    (lambda d: (d / "x.ttf").write_bytes(b"not a font at all") and d / "x.ttf", "font_unreadable", "x.ttf"),
    (lambda d: make_font(d / "cff.otf", "IpcaseTestCff", cff=True), "font_outlines", "cff.otf"),
    (lambda d: make_font(d / "latin.ttf", "IpcaseTestLatin", chars="ABC（）"), "font_glyphs", None),
])
def test_a_file_that_cannot_print_documents_is_refused_and_nothing_is_kept(machine, tmp_path, make, reason, detail):
    with pytest.raises(ValidationFailed) as e:
        font_files.pick_font(machine, "hei", str(make(tmp_path)))
    assert (e.value.field, e.value.reason) == ("fonts.hei", reason)
    if detail is not None:
        assert e.value.detail == detail
    else:   # the characters it lacks are named
        assert e.value.detail.startswith("专利侵权纠纷") and "（" not in e.value.detail
    assert list((machine / "fonts").iterdir()) in ([], [machine / "fonts" / "picked.json"])
    assert _no_system_fonts(tmp_path).hei.family == BUNDLED_FAMILY


def test_a_missing_file_or_an_unknown_role_is_named(machine, tmp_path):
    with pytest.raises(ValidationFailed) as e:
        font_files.pick_font(machine, "body", str(tmp_path / "gone.ttf"))
    assert (e.value.field, e.value.reason) == ("fonts.body", "file_missing")
    with pytest.raises(ValidationFailed) as e:
        font_files.pick_font(machine, "footer", str(make_font(tmp_path / "a.ttf", "IpcaseTestA")))
    assert (e.value.field, e.value.reason) == ("fonts", "choice")


def test_only_an_administrator_picks_and_the_pick_is_audited(new_uow, staff, machine, tmp_path):
    from sqlalchemy import select

    from ipcase.db.models.audit import AuditEntry
    from ipcase.services.admin.fonts import pick_document_font, remove_document_font

    source = str(make_font(tmp_path / "kai.ttf", "IpcaseTestKai"))
    with pytest.raises(PermissionDenied), new_uow() as uow:
        pick_document_font(uow, actor_id=staff.officer.id, data_dir=machine, role="kai", path=source)
    assert not (machine / "fonts").exists()
    with new_uow() as uow:
        pick_document_font(uow, actor_id=staff.admin.id, data_dir=machine, role="kai", path=source)
    with new_uow() as uow:
        remove_document_font(uow, actor_id=staff.admin.id, data_dir=machine, role="kai")
    with new_uow() as uow:
        actions = uow.session.scalars(select(AuditEntry.action).order_by(AuditEntry.seq)).all()
    assert actions[-2:] == ["fonts.pick", "fonts.remove"]


# ---- the notice ---------------------------------------------------------------------------------

def test_the_notice_names_what_is_missing_and_what_is_used_instead(tmp_path):
    notice = font_notice.font_notice(_no_system_fonts(tmp_path))
    assert [(m.role, m.official, m.used) for m in notice.missing] == [
        ("title", "方正小标宋简体", BUNDLED_FAMILY), ("body", "仿宋_GB2312", BUNDLED_FAMILY),
        ("hei", "黑体", BUNDLED_FAMILY), ("kai", "楷体_GB2312", BUNDLED_FAMILY)]


def test_the_notice_is_told_once_per_machine_until_the_fonts_change(machine, tmp_path):
    fonts = _no_system_fonts(tmp_path)
    first = font_notice.notice_due(machine, fonts)
    assert first is not None
    font_notice.mark_told(machine, first)
    assert font_notice.notice_due(machine, fonts) is None           # the next start: nothing
    assert font_notice.notice_due(machine, _no_system_fonts(tmp_path)) is None
    font_files.pick_font(machine, "body", str(make_font(tmp_path / "fs.ttf", "IpcaseTestFangSong")))
    changed = font_notice.notice_due(machine, _no_system_fonts(tmp_path))   # 仿宋 came, the others are missing
    assert changed is not None and [m.role for m in changed.missing] == ["title", "hei", "kai"]
    font_notice.mark_told(machine, changed)
    assert font_notice.notice_due(machine, _no_system_fonts(tmp_path)) is None


def test_a_machine_with_every_official_font_is_never_told(machine, tmp_path):
    for role, family in (("title", "A"), ("body", "B"), ("hei", "C"), ("kai", "D")):
        font_files.pick_font(machine, role, str(make_font(tmp_path / f"{role}.ttf", f"IpcaseTest{family}")))
    assert font_notice.notice_due(machine, _no_system_fonts(tmp_path)) is None
