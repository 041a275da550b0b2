"""Frozen data of the oral-hearing record (口头审理笔录): the editor's content, what the query returns, and
what the document engine prints."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


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
