"""Read side of an intake item's letters (转交函): the list the item detail shows. Files are read with
queries.documents.document_file, like a case's documents."""
from __future__ import annotations

from sqlalchemy import select

from ipcase.db.models.admin import User
from ipcase.db.models.documents import IssuedDocument
from ipcase.dto.documents import DocumentInfo
from ipcase.uow import UnitOfWork


def item_letters(uow: UnitOfWork, item_id: int) -> tuple[DocumentInfo, ...]:
    rows = uow.session.execute(
        select(IssuedDocument.id, IssuedDocument.doc_type, IssuedDocument.title, IssuedDocument.number,
               IssuedDocument.issued_at, User.full_name, IssuedDocument.addressee, IssuedDocument.pages)
        .join(User, User.id == IssuedDocument.issued_by)
        .where(IssuedDocument.intake_item_id == item_id).order_by(IssuedDocument.id)).all()
    return tuple(DocumentInfo(r.id, None, None, r.doc_type, r.title, r.number, r.issued_at, r.full_name,
                              r.addressee, None, pages=r.pages) for r in rows)
