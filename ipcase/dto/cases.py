"""Frozen data the services and queries return, and the inputs the UI hands to services.
No ORM object ever leaves ipcase/; the UI works only with these."""
from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date, datetime

from ipcase.domain.enums import CaseState, PartyKind, PartyRole, PatentType
from ipcase.dto.paging import page_row

# ---- inputs ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class AgentInput:
    name: str
    organization: str = ""      # 律师事务所 / 专利代理机构 (a lawyer's, a patent attorney's)
    phone: str = ""
    address: str = ""           # 住址: required of a citizen agent (domain.parties.check_agent)


@dataclass(frozen=True)
class PartyInput:
    name: str
    kind: PartyKind = PartyKind.LEGAL
    credit_code: str = ""        # 统一社会信用代码 (legal persons / organisations)
    id_number: str = ""          # 居民身份证号 (natural persons)
    legal_rep: str = ""
    legal_rep_title: str = ""
    address: str = ""
    phone: str = ""
    no_domicile_in_prc: bool = False
    agents: tuple[AgentInput, ...] = ()


@dataclass(frozen=True)
class PatentInput:
    number: str
    patent_type: PatentType | None = None  # None: taken from the number's type digit
    title: str = ""
    patentee: str = ""
    filing_date: date | None = None
    grant_date: date | None = None


@dataclass(frozen=True)
class RequestInput:
    """A request for adjudication (请求书) as registered at the counter."""
    received_date: date
    patent: PatentInput
    requesters: tuple[PartyInput, ...]
    respondents: tuple[PartyInput, ...]
    claims_asserted: str = ""
    accused_product: str = ""
    acts: tuple[str, ...] = ()            # InfringingAct values
    request_summary: str = ""
    flag_foreign: bool = False
    flag_ecommerce: bool = False
    flag_trade_fair: bool = False
    officer_id: int | None = None         # 承办人; defaults to the registering user when an officer


@dataclass(frozen=True)
class PanelInput:
    leader_id: int
    member_ids: tuple[int, ...]
    clerk_id: int
    tech_investigator_id: int | None = None


@dataclass(frozen=True)
class CaseFilter:
    office_id: int | None = None          # the viewer's office when several share one database
    states: tuple[CaseState, ...] = ()
    officer_id: int | None = None
    patent_type: PatentType | None = None
    flag_foreign: bool | None = None
    flag_ecommerce: bool | None = None
    flag_trade_fair: bool | None = None
    suspended: bool | None = None
    received_from: date | None = None
    received_to: date | None = None
    registered_from: date | None = None
    registered_to: date | None = None
    # Drill-down from the statistics (each a figure's cases): see ipcase.queries.statistics.figures.drilldown.
    office_ids: tuple[int, ...] = ()      # an office and its sub-offices
    officer_unassigned: bool = False      # no 承办人 yet
    registered: bool | None = None        # 立案 has happened
    closed_from: date | None = None
    closed_to: date | None = None
    closing_methods: tuple[str, ...] = ()  # domain.statistics.ClosingMethod values
    on_time: bool | None = None           # closed within (True) / after (False) the final closing limit D12
    had_pause: str = ""                   # a PauseKind value: the case had such an excluded period
    office_deadline_from: date | None = None  # an open office deadline (not a party's period) due in range
    office_deadline_to: date | None = None
    track: str = ""                       # 繁简分流 of the intake item the case came from: a Track value, or "none"
    flag_repeat: bool | None = None       # 重复侵权: its intake item names an earlier case
    text: str = ""                        # 案号, party name (any substring), patent number
    sort: str = "received_date"           # a CaseListRow field name
    descending: bool = True
    limit: int = 500
    offset: int = 0
    # Keyset paging: the page starts after this key (Page.after of the previous page), so page 4,500 costs what
    # page 1 costs. `count=False` skips the total (the list counts after showing its first page).
    after: tuple | None = None
    count: bool = True

    def asked(self) -> frozenset[str]:
        """The names of the conditions this filter sets (fields away from their defaults), its paging aside."""
        return frozenset(f.name for f in fields(self)
                         if f.name not in CASE_PAGING and getattr(self, f.name) != f.default)


# CaseFilter's fields that page and order the list rather than select its cases
CASE_PAGING = frozenset({"sort", "descending", "limit", "offset", "after", "count"})


# ---- outputs --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CaseRef:
    id: int
    version: int
    case_number: str | None = None


@dataclass(frozen=True)
class CaseListRow:
    id: int
    version: int
    case_number: str | None
    state: CaseState
    suspended: bool
    patent_number: str
    patent_type: PatentType
    patent_title: str
    requesters: str
    respondents: str
    officer_name: str
    received_date: date
    registered_date: date | None
    closed_date: date | None
    closing_due: date | None
    closing_due_provisional: bool
    flag_foreign: bool
    flag_ecommerce: bool
    flag_trade_fair: bool
    matched: str = ""   # the field a search text was found in: case_number, patent_number, requesters, respondents, agent, credit_code

    @classmethod
    def of(cls, *values, matched: str = "") -> CaseListRow:
        """A row from its values in field order, as the list builds 200 a page: without the frozen __init__'s
        object.__setattr__ per field (half the rows' cost, issue 19). Equal to CaseListRow(*values, matched)."""
        row = page_row(cls, _LIST_ROW_FIELDS, values)
        row.__dict__["matched"] = matched
        return row


_LIST_ROW_FIELDS = tuple(CaseListRow.__dataclass_fields__)[:-1]   # all but `matched`


@dataclass(frozen=True)
class AgentInfo:
    id: int
    name: str
    organization: str
    phone: str
    address: str = ""


@dataclass(frozen=True)
class PartyInfo:
    id: int
    role: PartyRole
    kind: PartyKind
    name: str
    credit_code: str
    id_number_masked: str
    legal_rep: str
    legal_rep_title: str
    address: str
    phone: str
    no_domicile_in_prc: bool
    notice_served: date | None
    copy_served: date | None
    answer_received: date | None
    ruling_served: date | None
    agents: tuple[AgentInfo, ...]


@dataclass(frozen=True)
class PanelSeatInfo:
    user_id: int
    full_name: str
    role: str  # PanelRole value


@dataclass(frozen=True)
class DeadlineInfo:
    id: int
    case_id: int
    case_number: str | None
    code: str                 # DeadlineCode value
    party_name: str
    start_date: date
    due_date: date
    provisional: bool
    basis: str
    status: str               # DeadlineStatus value
    met_date: date | None
    paused: bool
    urgency: str              # 'overdue' | 'due_soon' | 'normal' | 'lapsed' (a party's period) | '' (met/cancelled)
    days_remaining: int       # calendar days from today (negative: overdue)
    working_days_remaining: int
    patent_number: str = ""
    officer_name: str = ""
    intake_id: int | None = None   # an intake item's time limit (case_id is then its case, or 0)
    intake_number: str = ""        # 收案编号
    mediation_case_id: int | None = None  # a stand-alone mediation case's time limit (case_id is then 0)


@dataclass(frozen=True)
class TimelineItem:
    at: datetime
    actor_name: str
    kind: str                 # a CaseAction value or 'created', 'edited', 'panel', 'approval_requested', ...
    from_state: str | None
    to_state: str | None
    detail: dict
    version: int


@dataclass(frozen=True)
class PauseInfo:
    kind: str
    ground: str
    start_date: date
    end_date: date | None
    note: str


@dataclass(frozen=True)
class ExtensionInfo:
    level: int
    length: int
    unit: str
    reason: str
    higher_office_ref: str


@dataclass(frozen=True)
class ApprovalInfo:
    id: int
    case_id: int
    case_number: str | None
    patent_number: str
    action: str
    payload: dict
    status: str
    requested_by: str
    requested_at: datetime
    review_opinion: str
    reviewed_by: str
    decided_by: str
    decided_at: datetime | None
    opinion: str
    higher_office_ref: str
    mediation_case_id: int | None = None   # a mediation case's D19 extension (decided on that case)
    parties: str = ""            # 请求人 与 被请求人: a matter not yet registered is known by them
    awaits_viewer: bool = False  # the viewer's review or decision is what it waits for (the 待我审批 queue)
    publication_id: int | None = None   # a ruling's published version awaiting the 部门负责人 (M25 art 83)


@dataclass(frozen=True, kw_only=True)
class CaseParticulars:
    """What a case's request says and how far the case has come: the case detail shows it and a document
    prints it (DocumentCase), both read from the same row (queries.cases.register.particulars)."""
    case_number: str | None
    patent_number: str
    patent_title: str
    patentee: str
    filing_date: date | None
    grant_date: date | None
    claims_asserted: str
    accused_product: str
    acts: tuple[str, ...]
    request_summary: str
    flag_foreign: bool
    flag_ecommerce: bool
    flag_trade_fair: bool
    officer_name: str
    received_date: date
    correction_due: date | None
    decided_date: date | None
    registered_date: date | None
    hearing_at: datetime | None
    hearing_room: str
    proposed_outcome: str | None
    closed_date: date | None
    closing_detail: dict
    pauses: tuple[PauseInfo, ...] = ()
    extensions: tuple[ExtensionInfo, ...] = ()
    approvals: tuple[ApprovalInfo, ...] = ()


@dataclass(frozen=True, kw_only=True)
class CaseDetail(CaseParticulars):
    id: int
    version: int
    state: CaseState
    suspended: bool
    patent_id: int
    patent_type: PatentType
    officer_id: int | None
    parties: tuple[PartyInfo, ...]
    panel: tuple[PanelSeatInfo, ...]
    panel_problems: tuple[str, ...]
    deadlines: tuple[DeadlineInfo, ...]
    timeline: tuple[TimelineItem, ...]
    allowed_actions: tuple[str, ...]   # CaseAction values the current user may take/propose now
    in_mediation: bool = False
    waiting_for_service: tuple[ServiceWait, ...] = ()   # periods that start only when a party is served


@dataclass(frozen=True)
class ServiceWait:
    party_name: str
    document: str                # DocType key whose service starts the periods
    periods: tuple[str, ...]     # DeadlineCode values


@dataclass(frozen=True)
class CaseSearchHit:
    """Where a text was found inside one case's records (ipcase.queries.cases.record_search)."""
    kind: str            # "hearing_record" | "investigation" | "document" | "evidence"
    record_id: int       # the hearing record's, investigation record's, document's or evidence item's id
    name: str            # which one: the session number, "interview"/"inspection", the document's title and 文号,
                         # the evidence item's 序号 and name (the UI words it)
    field: str           # the field it is in (a hearing record's step key, "content", "purpose" …)
    excerpt: str         # the words around the match, "…" where cut
    at: datetime | None  # when the record was made (hearing, investigation, issue, receipt), for the order
    start: int = 0       # where the match begins inside `excerpt` (for highlighting)
    opens: int | None = None   # what the record is opened by when not record_id (a hearing record: its hearing)
