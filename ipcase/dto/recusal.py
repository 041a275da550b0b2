"""Frozen data of recusal (回避): what the UI hands to the services and what the queries return."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class RecusalInput:
    applicant_party_id: int
    challenged_role: str                  # domain.recusal.ChallengedRole
    grounds: tuple[str, ...]              # RecusalGround values
    reason: str
    received_date: date
    learned_date: date
    challenged_user_id: int | None = None  # a panel seat; None for an appraiser or interpreter
    challenged_name: str = ""             # appraiser / interpreter (a user's name is taken from the account)
    oral: bool = False
    hearing_id: int | None = None         # made at this hearing
    at_hearing: str = "outside"           # AtHearing
    ground_learned_late: bool = False


@dataclass(frozen=True)
class RecusalDecisionInput:
    grant: bool
    reason: str
    decided_date: date
    replacement_user_id: int | None = None  # takes the challenged member's seat
    replacement_name: str = ""              # a new appraiser / interpreter


@dataclass(frozen=True)
class RecusalInfo:
    id: int
    case_id: int
    applicant_party_id: int
    applicant: str
    challenged_user_id: int | None
    challenged_role: str
    challenged_name: str
    grounds: tuple[str, ...]
    reason: str
    oral: bool
    received_date: date
    learned_date: date
    window_due: date
    hearing_id: int | None
    at_hearing: str
    ground_learned_late: bool
    timeliness: str
    status: str
    recorded_by: str
    recorded_at: datetime
    decide_by: date                       # G19: decided within 3 working days of the application
    decided_by: str = ""
    decided_date: date | None = None
    decision_reason: str = ""
    replacement_user_id: int | None = None
    replacement_name: str = ""
    document_id: int | None = None
    document_number: str = ""


@dataclass(frozen=True)
class PartyWindow:
    """When a party learned the panel's names (the start of its D6) and the last day to apply."""
    party_id: int
    name: str
    role: str
    learned: date | None
    due: date | None


@dataclass(frozen=True)
class PanelMember:
    user_id: int
    name: str
    role: str                              # PanelRole value
    stepped_aside: bool


@dataclass(frozen=True)
class CaseRecusals:
    case_id: int
    version: int
    state: str
    applications: tuple[RecusalInfo, ...]
    panel: tuple[PanelMember, ...]
    panel_problems_now: tuple[str, ...]    # the panel without the members stepping aside
    windows: tuple[PartyWindow, ...]
    hearing_day: date | None
    recusal_days: int
