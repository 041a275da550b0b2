"""Frozen data of the intake register: what the quick entry and the triage dialog hand to the services, and
what the queries return. No ORM object leaves ipcase/."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from ipcase.domain.enums import PartyKind
from ipcase.domain.intake.items import CloseReason, IntakeChannel, IntakeKind, IntakeState, TriageOutcome
from ipcase.domain.intake.routing import RoutingRule, Suggestion, Track
from ipcase.dto.cases import DeadlineInfo, RequestInput
from ipcase.dto.documents import DocOffice
from ipcase.dto.mediation import MediationRequestInput
from ipcase.dto.paging import page_row

# ---- inputs ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class IntakeTargetInput:
    name: str
    kind: PartyKind = PartyKind.LEGAL
    credit_code: str = ""
    address: str = ""
    shop_url: str = ""      # 网店链接 (e-commerce)
    booth: str = ""         # 展位号 (trade fair)


@dataclass(frozen=True)
class AttachmentInput:
    name: str
    content: bytes
    note: str = ""


@dataclass(frozen=True)
class IntakeInput:
    """One incoming item as typed at the counter, on the phone or at a fair booth."""
    kind: IntakeKind
    channel: IntakeChannel
    received_at: datetime
    anonymous: bool = False
    submitter_name: str = ""
    submitter_kind: PartyKind = PartyKind.NATURAL
    submitter_credit_code: str = ""
    submitter_phone: str = ""
    submitter_address: str = ""
    referred_by: str = ""                 # 移送机关, for the referral channel
    targets: tuple[IntakeTargetInput, ...] = ()
    patent_numbers: tuple[str, ...] = ()
    patent_title: str = ""
    patentee: str = ""
    evaluation_report: bool = False
    product: str = ""
    description: str = ""
    flag_foreign: bool = False
    flag_ecommerce: bool = False
    flag_trade_fair: bool = False
    handler_id: int | None = None         # 承办人; defaults to the registering officer
    attachments: tuple[AttachmentInput, ...] = ()


@dataclass(frozen=True)
class TriageInput:
    """The officer's decision on an item. Which fields count depends on `outcome`."""
    outcome: TriageOutcome
    decided_date: date | None = None      # defaults to today
    track: Track | None = None            # accept (= the suggestion) or override the suggested track
    track_reason: str = ""                # required when overriding
    defects: tuple[str, ...] = ()         # CORRECTION: every defect, at once
    correction_due: date | None = None
    refusal_reasons: tuple[str, ...] = ()  # REFUSE: RefusalReason values
    authority: str = ""                   # FORWARD: the competent authority; ENFORCEMENT: the department
    close_reason: CloseReason | None = None
    reason_text: str = ""
    request: RequestInput | None = None   # CASE: the request as reviewed (None: built from the item)
    mediation: MediationRequestInput | None = None   # MEDIATION: as reviewed (None: built from the item)


@dataclass(frozen=True)
class IntakeFilter:
    office_id: int | None = None
    kinds: tuple[IntakeKind, ...] = ()
    channels: tuple[IntakeChannel, ...] = ()
    states: tuple[IntakeState, ...] = ()
    handler_id: int | None = None
    received_from: date | None = None
    received_to: date | None = None
    repeat: bool | None = None            # flagged 重复侵权
    anonymous: bool | None = None
    flag_foreign: bool | None = None      # 涉外/港澳台
    flag_ecommerce: bool | None = None    # 电商
    flag_trade_fair: bool | None = None   # 展会
    track: Track | None = None
    ids: tuple[int, ...] = ()             # exactly these items (a statistics figure's drill-down)
    text: str = ""                        # 收案编号, names, credit codes, patent numbers, product
    sort: str = "received_at"
    descending: bool = True
    limit: int = 500
    offset: int = 0
    # Keyset paging (as CaseFilter): the page starts after this key (Page.after of the previous page);
    # `count=False` leaves Page.total None (the register counts after showing its first page: count_items).
    after: tuple | None = None
    count: bool = True


# ---- outputs --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class IntakeRef:
    id: int
    version: int
    number: str
    case_id: int | None = None


@dataclass(frozen=True)
class IntakeRow:
    id: int
    version: int
    number: str
    kind: IntakeKind
    channel: IntakeChannel
    state: IntakeState
    received_at: datetime
    submitter: str            # '' when anonymous
    anonymous: bool
    targets: str
    patents: str
    product: str
    track: Track | None
    handler_name: str
    repeat_case_number: str | None   # 重复侵权: the earlier ruling's 案号
    next_due: date | None            # the earliest open time limit
    next_due_code: str
    next_due_provisional: bool
    urgency: str                     # of next_due: 'overdue' | 'due_soon' | 'normal' | ''
    case_number: str | None

    @classmethod
    def of(cls, *values) -> IntakeRow:
        """A row from its values in field order, as the register builds 200 a page: without the frozen
        __init__'s object.__setattr__ per field (issue 19, as CaseListRow.of). Equal to IntakeRow(*values)."""
        return page_row(cls, _INTAKE_ROW_FIELDS, values)


_INTAKE_ROW_FIELDS = tuple(IntakeRow.__dataclass_fields__)


@dataclass(frozen=True)
class IntakeTargetInfo:
    name: str
    kind: PartyKind
    credit_code: str
    address: str
    shop_url: str
    booth: str


@dataclass(frozen=True)
class AttachmentInfo:
    id: int
    name: str
    size: int
    note: str
    added_at: datetime
    added_by: str


@dataclass(frozen=True)
class IntakeEventInfo:
    at: datetime
    actor_name: str
    kind: str                # 'registered', 'edited', 'track', a TriageOutcome value, 'correction_received', …
    detail: dict


@dataclass(frozen=True)
class MatterMatchInfo:
    """A record about the same patent and respondent, for the officer to see before deciding."""
    source: str              # 'item' | 'case'
    id: int
    reference: str           # 收案编号 / 案号 ('' before 立案)
    state: str               # IntakeState / CaseState value
    patent_number: str
    party_name: str
    matched_by: str          # 'credit_code' | 'name'
    repeat: bool             # a ruling that found infringement: 重复侵权


@dataclass(frozen=True)
class IntakeDetail:
    id: int
    version: int
    number: str
    kind: IntakeKind
    channel: IntakeChannel
    state: IntakeState
    received_at: datetime
    anonymous: bool
    submitter_name: str
    submitter_kind: PartyKind
    submitter_credit_code: str
    submitter_phone: str
    submitter_address: str
    referred_by: str
    targets: tuple[IntakeTargetInfo, ...]
    patent_numbers: tuple[str, ...]
    patent_title: str
    patentee: str
    evaluation_report: bool
    product: str
    description: str
    flag_foreign: bool
    flag_ecommerce: bool
    flag_trade_fair: bool
    handler_id: int | None
    handler_name: str
    registered_by: str
    suggestion: Suggestion          # what the rules suggest now
    suggested_track: Track | None   # what they suggested when the officer decided
    suggested_rule: str
    track: Track | None
    track_reason: str
    defects: tuple[str, ...]
    correction_requested_on: date | None
    correction_due: date | None
    correction_received: date | None
    decision_extended: bool
    converted_from: IntakeKind | None
    request_received: date | None
    decided_on: date | None
    outcome_detail: dict
    case_id: int | None
    case_number: str | None
    mediation_case_id: int | None   # the mediation case it became (outcome MEDIATION)
    mediation_case_number: str | None
    notified_on: date | None
    notify_method: str
    repeat_case_id: int | None
    repeat_case_number: str | None
    attachments: tuple[AttachmentInfo, ...]
    events: tuple[IntakeEventInfo, ...]
    deadlines: tuple[DeadlineInfo, ...]
    matches: tuple[MatterMatchInfo, ...]
    allowed_outcomes: tuple[TriageOutcome, ...]   # for the viewer, now
    can_edit: bool
    can_record_correction: bool
    can_extend: bool                # D1 +5 working days (部门负责人)
    can_convert: bool               # a complaint → formal request
    can_notify: bool                # tell the real-name reporter
    complaint_needs_request: bool


@dataclass(frozen=True)
class CaseIntakeInfo:
    """The intake side of a case: the item it came from, 重复侵权 and other records on the same matter."""
    item_id: int | None
    item_number: str
    item_kind: IntakeKind | None
    channel: IntakeChannel | None
    received_at: datetime | None
    track: Track | None
    suggested_track: Track | None
    track_reason: str
    repeat_case_id: int | None
    repeat_case_number: str | None
    matches: tuple[MatterMatchInfo, ...]


@dataclass(frozen=True)
class RoutingSettings:
    rules: tuple[RoutingRule, ...]
    complaint_needs_request: bool   # [U] a complaint becomes a case only through a formal 请求书
    is_default: bool                # nobody has saved rules yet: the built-in set applies
    version: int = 0                # as loaded (save_routing's expected_version)




@dataclass(frozen=True)
class LetterTarget:
    name: str
    credit_code: str = ""
    address: str = ""
    shop_url: str = ""
    booth: str = ""


@dataclass(frozen=True)
class LetterItem:
    """Everything an intake item holds that its letter may print."""
    office: DocOffice
    number: str                 # 收案编号
    kind: str                   # domain.intake.IntakeKind value
    channel: str                # domain.intake.IntakeChannel value
    received_at: datetime
    anonymous: bool
    submitter_name: str
    submitter_address: str
    referred_by: str
    targets: tuple[LetterTarget, ...]
    patent_numbers: tuple[str, ...]
    patent_title: str
    patentee: str
    product: str
    description: str
    handler_name: str
