"""Frozen data of mediation (sessions, agreements, judicial confirmation, instalments, figures) for both
hosts: an adjudication case and a stand-alone mediation case. Amounts are Decimal yuan here; the database
keeps fen."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from ipcase.domain.mediation.agreements import HostKind
from ipcase.domain.mediation.cases import MediationKind, MediationState
from ipcase.dto.cases import CaseRef, DeadlineInfo, PartyInput, TimelineItem
from ipcase.dto.documents import DocOffice, DocParty
from ipcase.dto.paging import page_row


@dataclass(frozen=True)
class NumberPatternPage:
    """The 调解案号 pattern as the 调解员 page edits it, with the version its save names (expected_version)."""
    pattern: str
    version: int


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
    """A party of the host who signs (its id: a case's parties.id, a mediation case's mediation_parties.id),
    itself (agent None) or by one of its agents (AgentChoice.key). `side` and `name` are read from the party;
    a name without a party id is refused (domain.mediation.signatories)."""
    side: str                             # Side value
    name: str
    party_id: int | None = None
    agent: int | None = None


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
    party_id: int | None                  # the host's party (None: a free name recorded before issue 15)
    signed_on: date | None
    agent_name: str = ""                  # the agent who signs for the party ("" = the party itself)


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
class AgentChoice:
    key: int                              # a case's agents.id; a mediation party's agent by position (1, 2)
    name: str


@dataclass(frozen=True)
class PartyChoice:
    """A requester or respondent of the host; each signs the agreement, itself or by one of its agents."""
    side: str
    name: str
    party_id: int | None                  # a case's parties.id or a mediation case's mediation_parties.id
    agents: tuple[AgentChoice, ...] = ()


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
    """Supervisors' figures of one period (see ipcase.queries.statistics.mediation for each definition)."""
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



# ---- inputs ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MediationRequestInput:
    """A mediation request (调解请求书) as received."""
    kind: MediationKind
    received_date: date
    requesters: tuple[PartyInput, ...]
    respondents: tuple[PartyInput, ...]
    subject: str = ""                   # 请求调解的事项
    facts: str = ""                     # 事实和理由
    amount_claimed: str = ""
    patent_number: str = ""
    patent_title: str = ""
    patentee: str = ""
    grant_date: date | None = None      # required for a provisional-fee mediation
    ruling_case_id: int | None = None   # damages: a ruling of this register that found infringement …
    ruling_reference: str = ""          # … or an external ruling/judgment's reference
    ruling_copy_name: str = ""          # with its copy attached
    ruling_copy: bytes | None = None
    officer_id: int | None = None       # 承办人; defaults to the registering officer


@dataclass(frozen=True)
class MediatorPoolInput:
    """A mediator of the pool: an office user (user_id) or an external expert."""
    name: str = ""
    user_id: int | None = None
    organization: str = ""
    phone: str = ""
    expertise: tuple[str, ...] = ()
    note: str = ""
    active: bool = True


@dataclass(frozen=True)
class MediationCaseFilter:
    office_id: int | None = None
    states: tuple[MediationState, ...] = ()
    kinds: tuple[MediationKind, ...] = ()
    officer_id: int | None = None
    received_from: date | None = None
    received_to: date | None = None
    extension_pending: bool | None = None   # a D19 extension waits for the 部门负责人
    text: str = ""                          # 案号, names (any substring), credit codes, patent number
    limit: int = 500
    offset: int = 0                         # the position the page starts at
    # The list scrolls by key (issue 19, as CaseFilter): newest received first (descending=False: oldest); the
    # page starts after `after` (Page.after of the previous page); count=False leaves the total to count_cases.
    descending: bool = True
    after: tuple | None = None
    count: bool = True


# ---- outputs --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MediationCaseRef(CaseRef):
    """A stand-alone mediation case just saved: its own type (a mediation case is not an adjudication case),
    the same three fields as a case's."""


@dataclass(frozen=True)
class MediationCaseRow:
    id: int
    version: int
    case_number: str | None
    kind: MediationKind
    state: MediationState
    requesters: str
    respondents: str
    patent_number: str
    officer_name: str
    received_date: date
    registered_date: date | None
    closed_date: date | None
    next_due: date | None            # the earliest open time limit of the office
    next_due_code: str
    urgency: str                     # of next_due
    extension_pending: bool

    @classmethod
    def of(cls, *values) -> MediationCaseRow:
        """A row from its values in field order, as the register builds 200 a page: without the frozen
        __init__'s object.__setattr__ per field (issue 19, as CaseListRow.of). Equal to MediationCaseRow(*values)."""
        return page_row(cls, _MEDIATION_ROW_FIELDS, values)


_MEDIATION_ROW_FIELDS = tuple(MediationCaseRow.__dataclass_fields__)


@dataclass(frozen=True)
class MediationPartyInfo:
    id: int
    role: str          # PartyRole value
    kind: str          # PartyKind value
    name: str
    credit_code: str
    id_number_masked: str
    legal_rep: str
    legal_rep_title: str
    address: str
    phone: str
    agents: tuple[tuple[str, str, str], ...]   # (name, organization, phone)


@dataclass(frozen=True)
class MediatorInfo:
    id: int
    name: str
    user_id: int | None
    organization: str
    phone: str
    expertise: tuple[str, ...]
    note: str
    active: bool
    open_cases: int = 0      # assigned to this many open mediation cases
    version: int = 0         # as loaded (save_mediator's expected_version)


@dataclass(frozen=True)
class MediationDocInfo:
    id: int
    doc_type: str
    title: str
    number: str
    addressee: str
    issued_at: datetime
    issued_by: str
    pages: int


@dataclass(frozen=True)
class MediationCaseDetail:
    id: int
    version: int
    case_number: str | None
    kind: MediationKind
    state: MediationState
    received_date: date
    subject: str
    facts: str
    amount_claimed: str
    patent_number: str
    patent_title: str
    patentee: str
    grant_date: date | None
    ruling_case_id: int | None
    ruling_case_number: str | None
    ruling_reference: str
    ruling_copy_name: str
    officer_id: int | None
    officer_name: str
    intake_item_id: int | None
    intake_number: str
    notice_served: date | None
    statement_received: date | None
    respondent_agrees: bool | None
    decided_date: date | None
    registered_date: date | None
    session_at: datetime | None
    session_place: str
    closed_date: date | None
    closing_detail: dict
    cnipa_copied: date | None
    extension_status: str
    extension_reason: str
    extension_opinion: str
    agreement_signed: date | None
    parties: tuple[MediationPartyInfo, ...]
    mediators: tuple[MediatorInfo, ...]
    deadlines: tuple[DeadlineInfo, ...]
    timeline: tuple[TimelineItem, ...]
    documents: tuple[MediationDocInfo, ...]
    allowed_actions: tuple[str, ...]        # MediationAction values the viewer may take now
    documents_offered: tuple[str, ...]      # DocType keys that make sense now
    can_edit: bool                          # the request may still be corrected (before 立案)
    can_assign: bool
    can_decide_extension: bool              # the viewer is the 部门负责人 and an extension is pending


@dataclass(frozen=True)
class RulingChoice:
    """A ruling of this register that found infringement, to link a damages mediation to."""
    case_id: int
    case_number: str
    patent_number: str
    parties: str
    closed_date: date | None


@dataclass(frozen=True)
class MediationDocCase:
    """Everything a mediation case's document may print (read by queries.mediation_cases.doc_case); the
    parties are the document engine's DocParty, so the shared party blocks of the templates apply."""
    case_id: int
    case_number: str | None
    kind: str                   # MediationKind value
    state: str                  # MediationState value
    office: DocOffice
    received_date: date
    subject: str
    patent_number: str
    patent_title: str
    officer_name: str
    registered_date: date | None
    session_at: datetime | None
    session_place: str
    closing_detail: dict
    parties: tuple[DocParty, ...]
    mediators: tuple[str, ...] = ()
    agreement_terms: str = ""    # the latest agreement's numbered terms (the mediation feature's record)
    history: str = ""            # 立案 and the sessions held, as the 调解协议书 says it
    signers: tuple[dict, ...] = ()  # the latest agreement's signatories as recorded (loaders.mediation.signer_lines)
