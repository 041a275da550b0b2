"""The 签发人 of a document being issued, by the rule of ipcase/domain/documents/signatory.py: the approver of the
decision it carries out, else the leader chosen in the draft, else the issuer when he may sign himself."""
from __future__ import annotations

from ipcase.db.models.admin import User
from ipcase.domain.documents.signatory import signed
from ipcase.domain.documents.types import DocType
from ipcase.domain.permissions import may
from ipcase.errors import ValidationFailed
from ipcase.loaders.signatories import approver, eligible


def signatory(s, user: User, case_row, dt: DocType, chosen_id: int | None) -> int | None:
    """The user id to record as 签发人 (None: a form or record kept in the file, or nobody was named by a
    clerk's batch), or ValidationFailed on field `signed_by`."""
    if not signed(dt):
        if chosen_id is not None:
            raise ValidationFailed("signed_by", "not_signed", dt.title, value=chosen_id)
        return None
    decider = approver(s, case_row.id, dt)
    if decider is not None:
        if chosen_id is not None and chosen_id != decider.id:
            raise ValidationFailed("signed_by", "by_approval", decider.full_name, value=chosen_id)
        return decider.id
    if chosen_id is None:
        return user.id if may(user.role, "documents.sign") and eligible(user, case_row.office_id) is None else None
    chosen = s.get(User, chosen_id)
    if chosen is None:
        raise ValidationFailed("signed_by", "choice", value=chosen_id)
    refusal = eligible(chosen, case_row.office_id)
    if refusal is not None:
        raise ValidationFailed("signed_by", refusal, chosen.full_name, value=chosen_id)
    return chosen.id
