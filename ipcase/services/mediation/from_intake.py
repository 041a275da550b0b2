"""The intake register's outcome "register as a mediation case" (issue 4): the case created, in the triage's
transaction, from the mediation request the item already holds (`ipcase.loaders.mediation.request_from_item`),
linked both ways (`mediation_cases.intake_item_id`; the item finds its case through it)."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from ipcase.db.models.admin import User
from ipcase.db.models.intake import IntakeItem
from ipcase.db.models.mediation import MediationCase
from ipcase.dto.mediation import MediationRequestInput
from ipcase.loaders.mediation import request_from_item
from ipcase.services.mediation.cases import create_case


def create_from_item(s: Session, user: User, item: IntakeItem, data: MediationRequestInput | None, subject: str,
                     now: datetime) -> MediationCase:
    return create_case(s, user, data or request_from_item(item, subject), now, intake_item_id=item.id,
                       intake_number=item.number)
