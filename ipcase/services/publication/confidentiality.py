"""What a party asked to keep out of the published ruling (M25 art 83: 当事人申请不予公开的内容), recorded on the
case by the officer. The redaction editor proposes every item ticked (ipcase.domain.publication.redaction.propose);
the officer and the 部门负责人 still review them."""
from __future__ import annotations

from datetime import datetime

from ipcase.db.models.cases import Party
from ipcase.db.models.publication import ConfidentialityRequest
from ipcase.domain.publication.redaction import amount_value
from ipcase.dto.publication import ConfidentialityInput
from ipcase.errors import ValidationErrors, ValidationFailed
from ipcase.loaders.rows import existing
from ipcase.services.common import actor, load_case, record
from ipcase.uow import UnitOfWork

RECORD = "record_confidentiality"
REMOVE = "remove_confidentiality"


def record_confidentiality_request(uow: UnitOfWork, *, actor_id: int, data: ConfidentialityInput,
                                   now: datetime) -> int:
    s = uow.session
    user = actor(s, actor_id, "publication.file", RECORD)
    case = load_case(s, data.case_id)
    items = [t.strip() for t in data.confidential_texts if t.strip()]
    amounts = [t.strip() for t in data.confidential_amounts if t.strip()]
    errors: list[ValidationFailed] = []
    party = s.get(Party, data.party_id)
    if party is None or party.case_id != case.id:
        errors.append(ValidationFailed("party_id", "choice", str(data.party_id)))
    if data.requested_on > now.date():
        errors.append(ValidationFailed("requested_on", "future"))
    if not items and not amounts:
        errors.append(ValidationFailed("confidential_texts", "required"))
    errors += [ValidationFailed("confidential_amounts", "not_an_amount", a)
               for a in amounts if amount_value(a) is None]
    if errors:
        raise errors[0] if len(errors) == 1 else ValidationErrors(errors)
    row = ConfidentialityRequest(
        case_id=case.id, party_id=party.id, requested_on=data.requested_on,
        confidential_items=[{"text": t, "amount": False} for t in items] + [{"text": a, "amount": True}
                                                                          for a in amounts],
        note=data.note.strip(), recorded_by=user.id, recorded_at=now)
    s.add(row)
    s.flush()
    # the timeline says who asked and how much, not what: the items stay where they are kept (audited as a digest)
    record(s, case, user, "confidentiality_requested", now, party_name=party.name,
           requested_on=data.requested_on.isoformat(),
           confidential_count=f"{len(items)}项内容、{len(amounts)}项金额")
    uow.commit()
    return row.id


def remove_confidentiality_request(uow: UnitOfWork, *, actor_id: int, request_id: int, now: datetime) -> None:
    """A request recorded by mistake (or withdrawn by the party) is removed; versions already filed keep their
    masks as they were filed."""
    s = uow.session
    user = actor(s, actor_id, "publication.file", REMOVE)
    row = existing(s, ConfidentialityRequest, "confidentiality_request", request_id)
    case = load_case(s, row.case_id)
    party = s.get(Party, row.party_id)
    s.delete(row)
    record(s, case, user, "confidentiality_removed", now, party_name=party.name if party else "",
           requested_on=row.requested_on.isoformat())
    uow.commit()


__all__ = ["RECORD", "REMOVE", "record_confidentiality_request", "remove_confidentiality_request"]
