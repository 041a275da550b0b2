"""Who may sign the document the 文书 dialog is about to issue (the rule: ipcase/domain/documents/signatory.py)."""
from __future__ import annotations

from ipcase.db.models.cases import Case
from ipcase.domain.documents.signatory import signed
from ipcase.domain.documents.types import doc_type
from ipcase.dto.signatories import SignatoryChoice
from ipcase.loaders.rows import existing
from ipcase.loaders.signatories import approver, signatories
from ipcase.uow import UnitOfWork


def signatory_choice(uow: UnitOfWork, *, case_id: int, doc_type_key: str) -> SignatoryChoice:
    s = uow.session
    case = existing(s, Case, "case", case_id)
    dt = doc_type(doc_type_key)
    if not signed(dt):
        return SignatoryChoice(False, None, ())
    decider = approver(s, case.id, dt)
    if decider is not None:
        return SignatoryChoice(True, (decider.id, decider.full_name), ())
    return SignatoryChoice(True, None, tuple((u.id, u.full_name) for u in signatories(s, case.office_id)))
