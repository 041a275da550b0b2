"""The intake register's outcome "register as a mediation case" (issue 4): the mediation request an item already
holds, so nothing is typed twice, and the case created from it in the triage's transaction, linked both ways
(`mediation_cases.intake_item_id`; the item finds its case through it)."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ipcase.db.models.admin import User
from ipcase.db.models.intake import IntakeItem
from ipcase.db.models.mediation import MediationCase
from ipcase.domain.mediation.cases import MediationKind
from ipcase.dto.cases import PartyInput
from ipcase.dto.mediation import MediationRequestInput
from ipcase.services.intake.support import received_date
from ipcase.services.mediation.cases import create_case


def request_from_item(item: IntakeItem, subject: str = "") -> MediationRequestInput:
    """The item's submitter as requester, its targets as respondents, its patent, product and description.
    The kind is the officer's choice in the form (a plain item says nothing about it)."""
    numbers = [p.number for p in item.patents]
    requester = PartyInput(name=item.submitter_name, kind=item.submitter_kind, credit_code=item.submitter_credit_code,
                           address=item.submitter_address, phone=item.submitter_phone)
    product = f"涉及产品：{item.product}。" if item.product else ""
    return MediationRequestInput(
        kind=MediationKind.OTHER, received_date=received_date(item),
        requesters=(requester,) if item.submitter_name and not item.anonymous else (),
        respondents=tuple(PartyInput(name=t.name, kind=t.kind, credit_code=t.credit_code, address=t.address)
                          for t in item.targets),
        subject=subject.strip() or item.description, facts=(product + item.description).strip(),
        patent_number=numbers[0] if numbers else "", patent_title=item.patent_title, patentee=item.patentee,
        officer_id=item.handler_id)


def create_from_item(s: Session, user: User, item: IntakeItem, data: MediationRequestInput | None, subject: str,
                     now: datetime) -> MediationCase:
    return create_case(s, user, data or request_from_item(item, subject), now, intake_item_id=item.id,
                       intake_number=item.number)


def mediation_case_of(s: Session, item_id: int) -> tuple[int, str | None] | None:
    """(id, 案号) of the mediation case an item became, if any."""
    row = s.execute(select(MediationCase.id, MediationCase.case_number)
                    .where(MediationCase.intake_item_id == item_id)).first()
    return (row[0], row[1]) if row else None
