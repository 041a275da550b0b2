from __future__ import annotations

import shutil

import pytest
from reportlab.pdfbase import pdfmetrics

from ipcase.documents.fonts import BUNDLED_FAMILY, register_pdf_fonts, resolve_fonts
from ipcase.resources import BUNDLED_FONT


def test_without_official_fonts_every_role_uses_the_bundled_font(tmp_path):
    fonts = resolve_fonts((str(tmp_path),), include_system=False)
    assert {f.family for f in fonts} == {BUNDLED_FAMILY} and not fonts.all_official
    assert all(f.path == BUNDLED_FONT for f in fonts)


def test_installed_official_fonts_are_preferred(tmp_path):
    # A TrueType file named like the Windows one stands in for the real 仿宋.
    shutil.copy(BUNDLED_FONT, tmp_path / "SIMFANG.TTF")
    fonts = resolve_fonts((str(tmp_path),), include_system=False)
    assert (fonts.body.family, fonts.body.official, fonts.body.path.name) == ("仿宋", True, "SIMFANG.TTF")
    assert fonts.hei.family == BUNDLED_FAMILY


def test_a_file_reportlab_cannot_embed_is_skipped(tmp_path):
    (tmp_path / "simhei.ttf").write_bytes(b"not a font")
    assert resolve_fonts((str(tmp_path),), include_system=False).hei.family == BUNDLED_FAMILY


def test_registration_is_idempotent_and_shares_one_face_per_file(tmp_path):
    fonts = resolve_fonts((str(tmp_path),), include_system=False)
    names = register_pdf_fonts(fonts)
    assert register_pdf_fonts(fonts) == names
    assert len(set(names.values())) == 1 and names["body"] in pdfmetrics.getRegisteredFontNames()


def test_an_office_configures_a_substitute_font_and_documents_use_it(new_uow, staff, tmp_path):
    from dataclasses import replace

    from ipcase.errors import ValidationErrors
    from ipcase.queries.documents import register as q
    from ipcase.services.documents import issue as docs

    substitute = tmp_path / "office-xiaobiaosong.ttf"
    shutil.copy(BUNDLED_FONT, substitute)
    with new_uow() as uow:
        settings = q.document_settings(uow, office_id=staff.office.id)
    broken = tmp_path / "broken.ttf"
    broken.write_bytes(b"not a font")
    with pytest.raises(ValidationErrors) as e, new_uow() as uow:
        docs.update_document_settings(uow, actor_id=staff.admin.id,
                                      settings=replace(settings, fonts=(("title", str(broken)),)),
                                      expected_version=settings.version)
    assert [(x.field, x.reason) for x in e.value.errors] == [("fonts.title", "font_unusable")]
    with new_uow() as uow:
        docs.update_document_settings(uow, actor_id=staff.admin.id,
                                      settings=replace(settings, fonts=(("title", str(substitute)), ("body", ""))),
                                      expected_version=settings.version)
    with new_uow() as uow:
        assert q.document_settings(uow, office_id=staff.office.id).fonts == (("title", str(substitute)),)
        fonts = docs.document_fonts(uow.session, staff.office.id)
    assert (fonts.title.path, fonts.title.official, fonts.title.family) == (substitute, True, BUNDLED_FAMILY)
    assert fonts.body.path == BUNDLED_FONT or fonts.body.official
