"""Publications waiting for the 部门负责人, as rows of the 工作台's approvals queue (待我审批 / 我提交的待审批事项).

Publication is its own approval (M25 art 83: the 部门负责人 approves the published version), decided by
`services.publication.rulings.decide_publication` whichever screen it is decided from: this module only says
what waits, for whom, in the queue's shape (ApprovalInfo with `publication_id`)."""
from __future__ import annotations

from sqlalchemy import select

from ipcase.db.models.admin import User
from ipcase.db.models.cases import Case, Patent
from ipcase.db.models.publication import PublishedRuling
from ipcase.domain.enums import PartyRole
from ipcase.domain.permissions import may
from ipcase.domain.publication.rules import PublicationStatus
from ipcase.dto.cases import ApprovalInfo
from ipcase.queries.common import dispute_parties, party_names
from ipcase.uow import UnitOfWork

ACTION = "publish_ruling"   # the gesture's name (services.publication.rulings.FILE): 报请公开裁决书


def publication_approvals(uow: UnitOfWork, *, viewer: User | None, viewer_id: int, sees_all: bool,
                          names: dict[int, str]) -> list[ApprovalInfo]:
    """Filed versions awaiting approval: the office's for whoever works through the approvals (`sees_all`) or may
    approve publications, the viewer's own filings for the others. They wait for the 部门负责人 alone (no review
    line), so `awaits_viewer` is whether the viewer may approve a publication."""
    s = uow.session
    approver = viewer is not None and may(viewer.role, "publication.approve")
    q = (select(PublishedRuling, Case.case_number, Patent.number, party_names(PartyRole.REQUESTER),
                party_names(PartyRole.RESPONDENT))
         .join(Case, Case.id == PublishedRuling.case_id).join(Patent, Patent.id == Case.patent_id)
         .where(PublishedRuling.status == PublicationStatus.PENDING.value)
         .order_by(PublishedRuling.requested_at, PublishedRuling.id))
    if viewer is None or not (sees_all or approver):
        q = q.where(PublishedRuling.requested_by == viewer_id)
    else:
        q = q.where(Case.office_id == viewer.office_id)
    out = []
    for row, case_number, patent, requesters, respondents in s.execute(q):
        replaced = s.get(PublishedRuling, row.replaces_id) if row.replaces_id else None
        out.append(ApprovalInfo(
            id=0, case_id=row.case_id, case_number=case_number, patent_number=patent, action=ACTION,
            payload=content(row, replaced.version if replaced else None), status="pending",
            requested_by=names.get(row.requested_by, ""), requested_at=row.requested_at, review_opinion="",
            reviewed_by="", decided_by="", decided_at=None, opinion="", higher_office_ref="",
            parties=dispute_parties(requesters or "", respondents or ""), awaits_viewer=approver,
            publication_id=row.id))
    return out


def content(row: PublishedRuling, replaces_version: int | None) -> dict:
    """What the approver reads in the queue: the version, what it corrects, the masks (original → replacement,
    the approver judges them against the case she knows) and the text as it will be published."""
    masks = [m for m in row.masks if m.get("accepted", True)]
    return {
        "published_version": f"第{row.version}版",
        "replaces_version": f"第{replaces_version}版" if replaces_version else "",
        "correction_reason": row.reason,
        "unredacted_confirmed": "报请人确认按原文公开（未隐去任何内容）" if row.unredacted_confirmed else "",
        "mask_list": "；".join(f"{m['original']} → {m['replacement']}" for m in masks),
        "published_text": row.text,
    }
