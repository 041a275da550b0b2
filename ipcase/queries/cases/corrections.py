"""The 更正 of parties on a case, newest first, for the 当事人 tab (pending ones to decide, past ones to read)."""
from __future__ import annotations

from sqlalchemy import select

from ipcase.db.models.admin import User
from ipcase.db.models.cases import Party
from ipcase.db.models.corrections import PartyCorrection
from ipcase.domain.enums import ApprovalStatus
from ipcase.domain.identifiers import mask_id_number
from ipcase.dto.corrections import PartyCorrectionInfo
from ipcase.uow import UnitOfWork


def party_corrections(uow: UnitOfWork, *, case_id: int, viewer_id: int) -> tuple[PartyCorrectionInfo, ...]:
    s = uow.session
    rows = s.execute(select(PartyCorrection, Party.name).join(Party, Party.id == PartyCorrection.party_id)
                     .where(PartyCorrection.case_id == case_id)
                     .order_by(PartyCorrection.requested_at.desc(), PartyCorrection.id.desc())).all()
    ids = {c.requested_by for c, _ in rows} | {c.decided_by for c, _ in rows if c.decided_by}
    names = {u.id: u.full_name for u in s.scalars(select(User).where(User.id.in_(ids)))} if ids else {}
    return tuple(PartyCorrectionInfo(
        id=c.id, case_id=c.case_id, party_id=c.party_id, party_name=party_name,
        status=ApprovalStatus(c.status), before=_masked(c.before), after=_masked(c.after), reason=c.reason,
        requested_by=names.get(c.requested_by, ""), requested_at=c.requested_at,
        decided_by=names.get(c.decided_by, "") if c.decided_by else "", decided_at=c.decided_at,
        opinion=c.opinion) for c, party_name in rows)


def _masked(values: dict) -> dict:
    return {k: mask_id_number(v) if k == "id_number" else v for k, v in values.items()}


__all__ = ["party_corrections"]
