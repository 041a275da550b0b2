"""Frozen data of mediation (sessions, agreements, judicial confirmation, instalments, figures) for both
hosts: an adjudication case and a stand-alone mediation case. Amounts are Decimal yuan here; the database
keeps fen."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from ipcase.domain.mediation import HostKind


@dataclass(frozen=True)
class MediationHost:
    """Where a mediation happens: `MediationHost.case(12)` or `MediationHost.mediation_case(3)`."""
    kind: HostKind
    id: int

    @classmethod
    def case(cls, case_id: int) -> MediationHost:
        return cls(HostKind.CASE, case_id)

    @classmethod
    def mediation_case(cls, mediation_case_id: int) -> MediationHost:
        return cls(HostKind.MEDIATION_CASE, mediation_case_id)


# ---- inputs ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MediatorInput:
    """An office user (user_id) or an outside mediator named in full (user_id None)."""
    name: str = ""
    user_id: int | None = None


@dataclass(frozen=True)
class SessionInput:
    held_on: date | None
    place: str = ""
    mediators: tuple[MediatorInput, ...] = ()
    attendees: str = ""
    requester_proposal: str = ""
    respondent_proposal: str = ""
    outcome: str = ""                     # SessionOutcome value
    note: str = ""


@dataclass(frozen=True)
class InstalmentInput:
    due_date: date | None
    amount: Decimal | str | None          # yuan


@dataclass(frozen=True)
class SignatoryInput:
    side: str                             # Side value
    name: str
    party_id: int | None = None


@dataclass(frozen=True)
class AgreementInput:
    stop_acts: tuple[str, ...] = ()       # InfringingAct values
    stop_from: date | None = None
    destroy_withdraw: str = ""
    damages: Decimal | str | None = None  # yuan
    instalments: tuple[InstalmentInput, ...] = ()
    costs: str = ""
    confidential: bool = False
    other_terms: str = ""
    # Who signs. For a case host, empty means every requester and respondent of the case.
    signatories: tuple[SignatoryInput, ...] = ()


@dataclass(frozen=True)
class ConfirmationInput:
    court: str = ""
    applied_on: date | None = None
    outcome: str = ""                     # ConfirmationOutcome value ("" = not applied yet)
    decided_on: date | None = None
    note: str = ""


# ---- outputs --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class AgreementRef:
    id: int
    version: int
    host: MediationHost


@dataclass(frozen=True)
class SessionInfo:
    id: int
    held_on: date
    place: str
    mediators: tuple[str, ...]
    attendees: str
    requester_proposal: str
    respondent_proposal: str
    outcome: str
    note: str
    recorded_by: str


@dataclass(frozen=True)
class SignatoryInfo:
    id: int
    side: str
    name: str
    party_id: int | None
    signed_on: date | None


@dataclass(frozen=True)
class InstalmentInfo:
    id: int
    seq: int
    due_date: date
    amount: Decimal
    paid_on: date | None
    paid: Decimal | None
    note: str
    overdue: bool


@dataclass(frozen=True)
class AgreementInfo:
    id: int
    version: int
    status: str                           # AgreementStatus value
    stop_acts: tuple[str, ...]
    stop_from: date | None
    destroy_withdraw: str
    damages: Decimal
    costs: str
    confidential: bool
    other_terms: str
    terms_text: str                       # the numbered terms as the 调解协议书 prints them
    signatories: tuple[SignatoryInfo, ...]
    instalments: tuple[InstalmentInfo, ...]
    effective_date: date | None
    withdrawn_on: date | None
    withdrawn_by: str
    withdrawn_reason: str
    confirmation_due: date | None         # D21
    confirmation_due_provisional: bool
    confirmation_basis: str
    confirmation_court: str
    confirmation_applied_on: date | None
    confirmation_outcome: str | None
    confirmation_decided_on: date | None
    confirmation_note: str
    outstanding: Decimal
    created_at: datetime


@dataclass(frozen=True)
class PartyChoice:
    """A party of the host who may sign (case host: its requesters and respondents)."""
    side: str
    name: str
    party_id: int | None


@dataclass(frozen=True)
class MediationView:
    """Everything the 调解 panel shows for one host."""
    host: MediationHost
    host_version: int                     # the case's version (0 for a mediation case)
    host_label: str                       # 案号 or 收案 state words for the panel's title
    talks_open: bool                      # settlement talks running (the closing clock is paused)
    talks_started: date | None
    talks_pauses: tuple[tuple[date, date | None], ...]   # every 和解 period of the case
    sessions: tuple[SessionInfo, ...]
    agreements: tuple[AgreementInfo, ...]  # newest first; withdrawn ones stay on record
    parties: tuple[PartyChoice, ...]
    closing_pending: bool                 # the 调解结案 approval is waiting for the 部门负责人
    can_mediate: bool                     # sessions and agreements may be recorded now
    can_talk: bool                        # start/end settlement talks (case hosts only)
    can_edit: bool                        # the viewer's role may record anything here


@dataclass(frozen=True)
class MediationFigures:
    """Supervisors' figures of one period (see ipcase.queries.statistics_mediation for each definition)."""
    period_from: date
    period_to: date
    sessions: int
    hosts_mediated: int
    agreements: int
    success_rate: float | None
    average_days_to_agreement: float | None
    amount_total: Decimal
    amount_median: Decimal | None
    confirmations_applied: int
    confirmations_confirmed: int
    instalments_overdue: int
