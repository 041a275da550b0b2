"""Who signs (签发) a document, read the same way by the issuing service and by the 文书 dialog's query
(the rule: ipcase/domain/documents/signatory.py)."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ipcase.db.models.admin import User
from ipcase.db.models.cases import Approval
from ipcase.domain.documents.signatory import approval_actions, signatory_refusal
from ipcase.domain.documents.types import DocType
from ipcase.domain.enums import ApprovalStatus


def approver(s: Session, case_id: int, dt: DocType) -> User | None:
    """The 部门负责人 who approved the decision a document of type `dt` carries out (the latest such approval of
    the case), or None when the document carries none or it was never approved."""
    actions = approval_actions(dt)
    if not actions:
        return None
    decided_by = s.scalars(
        select(Approval.decided_by).where(Approval.case_id == case_id, Approval.action.in_(actions),
                                          Approval.status == ApprovalStatus.APPROVED.value,
                                          Approval.decided_by.is_not(None))
        .order_by(Approval.decided_at.desc(), Approval.id.desc())).first()
    return s.get(User, decided_by) if decided_by is not None else None


def eligible(user: User, case_office_id: int) -> str | None:
    """Why `user` may not sign a document of a case of `case_office_id` (a refusal code), or None."""
    return signatory_refusal(user.role, active=user.active, office_id=user.office_id, case_office_id=case_office_id)


def signatories(s: Session, case_office_id: int) -> list[User]:
    """The users who may be chosen as 签发人 for a case of this office, by name."""
    users = s.scalars(select(User).where(User.office_id == case_office_id, User.active.is_(True))
                      .order_by(User.full_name, User.id)).all()
    return [u for u in users if eligible(u, case_office_id) is None]
