from __future__ import annotations

from dataclasses import replace

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from ipcase.db.models.admin import User
from ipcase.db.models.cases import Approval, Case, Patent
from ipcase.db.models.mediation import MediationCase, MediationEvent
from ipcase.domain.enums import ApprovalStatus, PartyRole
from ipcase.domain.mediation.cases import ExtensionStatus
from ipcase.domain.permissions import may
from ipcase.dto.cases import ApprovalInfo
from ipcase.queries.cases.register import approval_info
from ipcase.queries.common import dispute_parties, party_names
from ipcase.queries.publication.approvals import publication_approvals
from ipcase.uow import UnitOfWork


def _sees_approvals(role: str) -> bool:
    """Whoever reviews or decides approvals sees every pending one (the others only what they filed)."""
    return may(role, "approval.decide") or may(role, "approval.review")


def _awaits(role: str | None, reviewed: bool) -> bool:
    """Is the viewer the one a pending approval waits for? The 部门负责人 decides every one; a 处(科)室负责人 who
    has given her review opinion is done with it (it waits for the decision now)."""
    if role is None:
        return False
    return may(role, "approval.decide") or (may(role, "approval.review") and not reviewed)


def pending_approvals(uow: UnitOfWork, *, viewer_id: int) -> tuple[ApprovalInfo, ...]:
    """Approvals waiting for a decision, for those who review or decide them (others: their own requests); the
    ones waiting for the viewer first (awaits_viewer), each oldest first."""
    s = uow.session
    viewer = s.get(User, viewer_id)
    role = viewer.role if viewer is not None else None
    q = (select(Approval, Case.case_number, Patent.number, party_names(PartyRole.REQUESTER),
                party_names(PartyRole.RESPONDENT)).join(Case, Case.id == Approval.case_id)
         .join(Patent, Patent.id == Case.patent_id)
         .where(Approval.status == ApprovalStatus.PENDING.value).order_by(Approval.requested_at, Approval.id))
    if viewer is None or not _sees_approvals(viewer.role):
        q = q.where(Approval.requested_by == viewer_id)
    else:
        # A work list of what to decide: a supervising office reads its sub-offices' cases but decides none of them.
        q = q.where(Case.office_id == viewer.office_id)
    names = {u.id: u.full_name for u in s.scalars(select(User))}
    rows = [replace(approval_info(a, cn, pn, names), parties=dispute_parties(req or "", resp or ""),
                    awaits_viewer=_awaits(role, a.reviewed_by is not None))
            for a, cn, pn, req, resp in s.execute(q)]
    rows += _mediation_extensions(uow, viewer, viewer_id, names)
    rows += publication_approvals(uow, viewer=viewer, viewer_id=viewer_id,
                                  sees_all=viewer is not None and _sees_approvals(viewer.role), names=names)
    return tuple(sorted(rows, key=lambda a: (not a.awaits_viewer, a.requested_at)))


MEDIATION_EXTENSION = "mediation_extend_limit"


def _mediation_extensions(uow: UnitOfWork, viewer: User | None, viewer_id: int,
                          names: dict[int, str]) -> list[ApprovalInfo]:
    """Mediation cases whose D19 extension (权属纠纷调解 +1 month, M25 art 70) waits for the 部门负责人: the same
    queue as the cases' approvals, decided on the mediation case itself."""
    s = uow.session
    asked = (select(MediationEvent.mediation_case_id, func.max(MediationEvent.at).label("at"))
             .where(MediationEvent.kind == "extension_requested")
             .group_by(MediationEvent.mediation_case_id).subquery())
    q = (select(MediationCase, asked.c.at).join(asked, asked.c.mediation_case_id == MediationCase.id)
         .where(MediationCase.extension_status == ExtensionStatus.PENDING.value)
         .options(selectinload(MediationCase.parties)))
    if viewer is None or not _sees_approvals(viewer.role):
        q = q.where(MediationCase.extension_requested_by == viewer_id)
    else:
        q = q.where(MediationCase.office_id == viewer.office_id)
    return [ApprovalInfo(id=0, case_id=0, case_number=mc.case_number, patent_number=mc.patent_number,
                         action=MEDIATION_EXTENSION, payload={"reason": mc.extension_reason}, status="pending",
                         requested_by=names.get(mc.extension_requested_by, ""), requested_at=requested_at,
                         review_opinion="", reviewed_by="", decided_by="", decided_at=None, opinion="",
                         higher_office_ref="", mediation_case_id=mc.id,
                         parties=dispute_parties(*("、".join(p.name for p in mc.parties if p.role == side.value)
                                                   for side in (PartyRole.REQUESTER, PartyRole.RESPONDENT))),
                         # decided by the 部门负责人 alone (no review line)
                         awaits_viewer=viewer is not None and may(viewer.role, "approval.decide"))
            for mc, requested_at in s.execute(q)]
