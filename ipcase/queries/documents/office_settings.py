"""设置 › 文书 as one page loads it: the register's document settings (公告送达 period, 文号 patterns, fonts, the
version saved against) together with the 行政裁决书's choices (its own 文号 series or the 案号, the codes printed,
the court), all saved by services.documents.issue.update_document_settings under the same version."""
from __future__ import annotations

from dataclasses import replace

from ipcase.dto.documents import DocumentSettings
from ipcase.queries.documents.register import document_settings as register_settings
from ipcase.queries.documents.ruling_facts import ruling_settings
from ipcase.uow import UnitOfWork


def document_settings(uow: UnitOfWork, *, office_id: int) -> DocumentSettings:
    return replace(register_settings(uow, office_id=office_id), **ruling_settings(uow.session, office_id))
