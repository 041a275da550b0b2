"""The fonts printed documents use on this machine for an office: what 设置 › 公文字体 shows and what the
official-fonts notice is about (the same resolution the documents use: ipcase.documents.fonts.resolve_fonts)."""
from __future__ import annotations

from ipcase.documents.fonts import FontSet, resolve_fonts
from ipcase.queries.documents.register import font_substitutes
from ipcase.uow import UnitOfWork


def fonts_in_use(uow: UnitOfWork, *, office_id: int) -> FontSet:
    return resolve_fonts(substitutes=font_substitutes(uow.session, office_id))
