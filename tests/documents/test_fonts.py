from __future__ import annotations

import shutil

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
