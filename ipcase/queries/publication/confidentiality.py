"""The case's recorded confidentiality requests (申请不予公开的内容), as the 公开 tab lists them."""
from __future__ import annotations

from sqlalchemy import select

from ipcase.db.models.admin import User
from ipcase.db.models.cases import Party
from ipcase.db.models.publication import ConfidentialityRequest
from ipcase.dto.publication import ConfidentialityRow
from ipcase.uow import UnitOfWork


def confidentiality_requests(uow: UnitOfWork, *, case_id: int) -> tuple[ConfidentialityRow, ...]:
    q = (select(ConfidentialityRequest, Party.name, User.full_name)
         .join(Party, Party.id == ConfidentialityRequest.party_id)
         .join(User, User.id == ConfidentialityRequest.recorded_by)
         .where(ConfidentialityRequest.case_id == case_id)
         .order_by(ConfidentialityRequest.requested_on, ConfidentialityRequest.id))
    return tuple(ConfidentialityRow(
        id=r.id, case_id=r.case_id, party_id=r.party_id, party_name=party, requested_on=r.requested_on,
        items=tuple(i["text"] for i in r.confidential_items if not i.get("amount")),
        amounts=tuple(i["text"] for i in r.confidential_items if i.get("amount")),
        note=r.note, recorded_by=who, recorded_at=r.recorded_at)
        for r, party, who in uow.session.execute(q))
