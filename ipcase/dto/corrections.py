"""The 更正 of a party's data after 立案: what the officer files and what the party tab shows."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ipcase.domain.enums import ApprovalStatus

# The fields a correction may change, in the order the form and the timeline show them.
CORRECTABLE = ("name", "credit_code", "id_number", "legal_rep", "legal_rep_title", "address", "phone")


@dataclass(frozen=True)
class PartyCorrectionInput:
    """The party's data as it should read; a field left as it is is not corrected. An empty ID number keeps
    the one on record (lists show it masked, so a form cannot send it back)."""
    party_id: int
    name: str
    reason: str
    credit_code: str = ""
    id_number: str = ""
    legal_rep: str = ""
    legal_rep_title: str = ""
    address: str = ""
    phone: str = ""


@dataclass(frozen=True)
class PartyCorrectionInfo:
    id: int
    case_id: int
    party_id: int
    party_name: str              # as the party reads now
    status: ApprovalStatus
    before: dict                 # field → value, only the fields that change (ID numbers masked)
    after: dict
    reason: str
    requested_by: str
    requested_at: datetime
    decided_by: str
    decided_at: datetime | None
    opinion: str
