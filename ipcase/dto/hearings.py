"""Frozen data of the hearings feature: rooms, the plan of a session the UI hands in, and what the queries
and services return (sessions with their people, calendar entries, return slips, postponement requests)."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

# ---- inputs ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RoomInput:
    name: str
    place: str = ""
    seats: int = 0
    recording: bool = False
    online_capable: bool = False
    active: bool = True


@dataclass(frozen=True)
class HearingSettings:
    """[U] rules of the hearing stage, editable by an administrator (the D7 notice days are a deadline
    setting: DeadlineSettings.hearing_notice_working_days)."""
    announcement_working_days: int = 3    # D8: public announcement at least … working days before (G19)
    return_slip_days: int = 3             # D9: 回执 within … days of receiving the notice
    postpone_days_before: int = 3         # D9: a postponement request "提前3日"
    default_minutes: int = 120            # length of a new session


@dataclass(frozen=True)
class HearingRules:
    """The hearing settings page: the office's settings and the version its save names (expected_version)."""
    settings: HearingSettings
    version: int


@dataclass(frozen=True)
class HearingPlan:
    """A session as the officer arranges it. `people` None: the case's panel, clerk, investigator, every
    party and agent (the default); otherwise the chosen ones as (kind, id) — staff by user id, parties by
    party id, agents by agent id."""
    room_id: int | None
    starts_at: datetime
    ends_at: datetime
    public: bool = True
    online: bool = False
    online_link: str = ""
    announced_on: date | None = None
    people: tuple[tuple[str, int], ...] | None = None
    continues_id: int | None = None       # a continued session of this hearing


# ---- outputs --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RoomInfo:
    id: int
    name: str
    place: str
    seats: int
    recording: bool
    online_capable: bool
    active: bool
    version: int = 0     # as loaded (save_room's expected_version)


@dataclass(frozen=True)
class FindingInfo:
    code: str
    severity: str          # 'refusal' | 'warning' | 'note'
    detail: dict


@dataclass(frozen=True)
class PersonInfo:
    kind: str              # PersonKind value
    name: str
    user_id: int | None = None
    party_id: int | None = None
    agent_id: int | None = None
    organization: str = ""


@dataclass(frozen=True)
class SlipInfo:
    """Where one party stands with the notice and its 回执 for a session."""
    party_id: int
    party_name: str
    role: str                      # PartyRole value
    notice_served_on: date | None  # the notice of this session's current time
    slip_due: date | None          # D9
    received_on: date | None
    attending: bool | None
    attendees: str
    reason: str
    overdue: bool


@dataclass(frozen=True)
class PostponementInfo:
    id: int
    hearing_id: int
    party_id: int
    party_name: str
    received_on: date
    reason: str
    late: bool
    status: str                    # pending | granted | refused
    decided_by: str
    decided_on: date | None
    decision_reason: str


@dataclass(frozen=True)
class HearingDetail:
    id: int
    version: int
    case_id: int
    case_number: str | None
    case_version: int
    patent_title: str
    status: str                    # HearingStatus value
    session_no: int
    continues_id: int | None
    room_id: int | None
    room_name: str
    room_place: str
    starts_at: datetime
    ends_at: datetime
    public: bool
    online: bool
    online_link: str
    announced_on: date | None
    scheduled_at: datetime
    closed_on: date | None
    close_note: str
    overrides: tuple[dict, ...]
    panel: tuple[PersonInfo, ...]          # leader and members
    clerk: PersonInfo | None
    tech_investigator: PersonInfo | None
    parties: tuple[PersonInfo, ...]        # with party_id
    agents: tuple[PersonInfo, ...]         # with party_id of the party they represent and agent_id
    slips: tuple[SlipInfo, ...]
    postponements: tuple[PostponementInfo, ...]


@dataclass(frozen=True)
class CaseHearings:
    """The 口审 tab: every session, and the case's scheduled time when it predates the hearing register."""
    case_id: int
    case_version: int
    case_state: str
    hearing_at: datetime | None
    hearing_room: str
    sessions: tuple[HearingDetail, ...]


@dataclass(frozen=True)
class CalendarEntry:
    hearing_id: int
    case_id: int
    case_number: str | None
    title: str                     # requesters v respondents
    room_id: int | None
    room_name: str
    starts_at: datetime
    ends_at: datetime
    status: str
    session_no: int
    public: bool
    online: bool
    people: str                    # panel names, for the tooltip
    user_ids: tuple[int, ...]      # staff taking part (per-person calendars)


@dataclass(frozen=True)
class PendingItem:
    """A return slip overdue or a postponement request waiting for the panel, across the office."""
    kind: str                      # 'slip_overdue' | 'postponement'
    hearing_id: int
    case_id: int
    case_number: str | None
    starts_at: datetime
    party_name: str
    due: date | None
    postponement_id: int | None = None


@dataclass(frozen=True)
class HearingRef:
    id: int
    version: int
    case_id: int
    case_version: int
    change_notices: tuple[str, ...] = ()   # 文号 of the 口头审理变更通知书 issued with a move




@dataclass(frozen=True)
class Attendee:
    side: str                   # domain.hearing_record.Side
    capacity: str               # domain.hearing_record.Capacity
    name: str
    party_id: int | None = None
    user_id: int | None = None
    present: bool = False
    identity_checked: bool = False
    refused_to_sign: bool = False
    refusal_note: str = ""


@dataclass(frozen=True)
class CrossExam:
    """质证 of one evidence item; `label` is its 序号 and name (and who submitted it)."""
    evidence_item_id: int | None
    label: str
    authenticity: str = ""      # domain.hearing_record.Opinion
    legality: str = ""
    relevance: str = ""
    opinion: str = ""           # the other side's opinion in its words
    panel_note: str = ""

    @property
    def empty(self) -> bool:
        return not any((self.authenticity, self.legality, self.relevance, self.opinion.strip(),
                        self.panel_note.strip()))


@dataclass(frozen=True)
class FeatureRow:
    claim_no: str = ""
    element: str = ""           # the claim's technical feature
    accused: str = ""           # the accused product's corresponding feature
    comparison: str = ""        # domain.hearing_record.Comparison
    finding: str = ""           # the panel's finding on this feature

    @property
    def empty(self) -> bool:
        return not any((self.claim_no.strip(), self.element.strip(), self.accused.strip(), self.comparison,
                        self.finding.strip()))


@dataclass(frozen=True)
class RecordContent:
    """Everything the clerk writes: sections by step key, attendance, cross-examination, features."""
    sections: dict = field(default_factory=dict)
    attendees: tuple[Attendee, ...] = ()
    cross_exams: tuple[CrossExam, ...] = ()
    features: tuple[FeatureRow, ...] = ()


@dataclass(frozen=True)
class EvidenceChoice:
    """An item of the case's evidence register, offered for cross-examination."""
    id: int
    label: str


@dataclass(frozen=True)
class HearingRecordInfo:
    id: int
    version: int
    hearing_id: int
    case_id: int
    case_number: str | None
    case_version: int
    case_state: str
    status: str                 # domain.hearing_record.RecordStatus
    starts_at: datetime
    ends_at: datetime
    place: str
    session_no: int
    content: RecordContent
    evidence: tuple[EvidenceChoice, ...]
    updated_at: datetime
    updated_by: str
    respondent_absent: bool = False
    parties: tuple[tuple[int, str], ...] = ()   # (party id, name): whom an attendee stands for


@dataclass(frozen=True)
class HearingRecordRef:
    id: int
    version: int
    status: str
    case_id: int
    case_version: int
    saved_at: datetime


@dataclass(frozen=True)
class HearingRecordDoc:
    """A record as the 口头审理笔录 prints it: sections in the running order, with their titles."""
    hearing_id: int
    starts_at: datetime
    ends_at: datetime
    place: str
    session_no: int
    status: str
    respondent_absent: bool
    attendees: tuple[Attendee, ...]
    sections: tuple[tuple[str, str, str], ...]   # (step key, title, text)
    cross_exams: tuple[CrossExam, ...]
    features: tuple[FeatureRow, ...]


@dataclass(frozen=True)
class LateNotice:
    """A 口头审理通知书 issued or served too late for the case's hearing (M25 art 26, D7): a warning, not a refusal
    (ipcase.domain.hearings.absence.late_notice_warning)."""
    case_id: int
    case_number: str
    hearing_at: datetime
    latest: date           # the last lawful day of service
    working_days: int      # n of "至少提前 n 个工作日"
