"""Which issued document each of a case's service actions records, per party (issue 15): the 受理通知书 of a
requester, the 答辩通知书 of a respondent, the 裁决书 of every party. Read by the case snapshot (to offer and check
the action) and by the action's effect (to write the 送达 register's record against that document)."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ipcase.db.models.cases import Case
from ipcase.db.models.documents import IssuedDocument
from ipcase.domain.cases.service_documents import Servable
from ipcase.domain.documents.types import STARTS_COLUMN, STARTS_ROLE, served_by


def issued_for_service(s: Session, case: Case) -> dict[str, dict[int, IssuedDocument]]:
    """Service action value → party id → the latest document of its kind issued to that party (a document
    issued without an addressee, like the ruling, is every concerned party's; a corrected re-issue replaces)."""
    kinds = {served_by(action).key: action for action in STARTS_COLUMN}
    out: dict[str, dict[int, IssuedDocument]] = {action.value: {} for action in STARTS_COLUMN}
    docs = s.scalars(select(IssuedDocument).where(IssuedDocument.case_id == case.id,
                                                  IssuedDocument.doc_type.in_(kinds))
                     .order_by(IssuedDocument.issued_at, IssuedDocument.id)).all()
    for doc in docs:
        action = kinds[doc.doc_type]
        role = STARTS_ROLE.get(action)
        concerned = [p.id for p in case.parties if role is None or p.role == role]
        for party_id in ([doc.party_id] if doc.party_id is not None else concerned):
            if party_id in concerned:
                out[action.value][party_id] = doc
    return out


def servable(s: Session, case: Case) -> tuple[Servable, ...]:
    """What the state machine's guard needs: for each service action, its document and whom it was issued to."""
    issued = issued_for_service(s, case)
    names = tuple((p.id, p.name) for p in case.parties)
    return tuple(Servable(action.value, served_by(action).title, frozenset(issued[action.value]), names)
                 for action in STARTS_COLUMN)
