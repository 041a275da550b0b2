from __future__ import annotations

from sqlalchemy import select

from ipcase.db.models import Approval, Case, Patent, User
from ipcase.domain.enums import ApprovalStatus, Role
from ipcase.domain.workflow import APPROVER_ROLES, REVIEWER_ROLES
from ipcase.dto import ApprovalInfo
from ipcase.queries.cases import approval_info
from ipcase.uow import UnitOfWork


def pending_approvals(uow: UnitOfWork, *, viewer_id: int) -> tuple[ApprovalInfo, ...]:
    """Approvals waiting for a decision, for those who review or decide them (others: their own requests)."""
    s = uow.session
    viewer = s.get(User, viewer_id)
    q = (select(Approval, Case.case_number, Patent.number).join(Case, Case.id == Approval.case_id)
         .join(Patent, Patent.id == Case.patent_id)
         .where(Approval.status == ApprovalStatus.PENDING.value).order_by(Approval.requested_at, Approval.id))
    if viewer is None or Role(viewer.role) not in APPROVER_ROLES | REVIEWER_ROLES:
        q = q.where(Approval.requested_by == viewer_id)
    names = {u.id: u.full_name for u in s.scalars(select(User))}
    return tuple(approval_info(a, cn, pn, names) for a, cn, pn in s.execute(q))
