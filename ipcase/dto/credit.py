"""The credit list and the enforcement of rulings as the screens, the register export and the commands see them."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class ListingRef:
    id: int
    version: int
    status: str


@dataclass(frozen=True)
class ListingInfo:
    """One row of the register (ipcase.queries.credit.register)."""
    id: int
    version: int
    ground: str                 # domain.credit.listing.Ground
    status: str                 # domain.credit.listing.ListingStatus
    party_name: str
    credit_code: str
    id_number: str              # masked
    case_id: int
    case_number: str
    facts: str
    identified_on: date
    notice_served: date | None
    statement_received: date | None
    listed_on: date | None
    period_end: date | None
    repair_applied_on: date | None
    removed_on: date | None
    removal_reason: str
    opinion: str
    next_step: str              # the step whose deadline is open: statement/proposal/removal/repair_decision, ""
    next_due: date | None


@dataclass(frozen=True)
class CreditFlag:
    """A party of a new case or intake item found on the credit list (listed, or being identified)."""
    listing_id: int
    party_name: str             # as the list names it
    ground: str
    status: str
    matched_by: str             # 'credit_code' | 'id_number' | 'name'
    case_number: str
    listed_on: date | None
    period_end: date | None


@dataclass(frozen=True)
class EnforcementStepInfo:
    step: str                   # domain.cases.enforcement.EnforcementStep
    day: date
    note: str
    recorded_by: str
