"""DTOs of the publication feature: the redaction editor's draft, the masks it sends, the register, the typical
cases."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class MaskItem:
    """One mask as the editor shows and sends it (domain.publication.redaction.Mask without the enum)."""
    original: str
    replacement: str
    kind: str                  # domain.publication.redaction.MaskKind value
    accepted: bool = True
    source: str = ""


@dataclass(frozen=True)
class PublicationInput:
    case_id: int
    masks: tuple[MaskItem, ...]
    place: str = ""                       # website URL or where it is posted
    confirm_unredacted: bool = False      # the second confirmation when no mask is accepted
    replaces_id: int | None = None        # a correction: the published version it replaces
    reason: str = ""                      # why a correction


@dataclass(frozen=True)
class RedactionDraft:
    """What the redaction editor opens: the issued ruling's text and the proposals; the latest published version
    (a new one is a correction of it) and a version already waiting for approval."""
    case_id: int
    case_number: str
    document_id: int
    title: str
    text: str
    file_name: str
    proposals: tuple[MaskItem, ...]
    latest_published_id: int | None = None
    latest_published_version: int | None = None
    pending_id: int | None = None


@dataclass(frozen=True)
class PublicationRef:
    id: int
    case_id: int
    version: int
    status: str


@dataclass(frozen=True)
class PublicationRow:
    """A row of the register of published rulings (and of versions awaiting approval)."""
    id: int
    case_id: int
    case_number: str
    version: int
    status: str
    title: str
    file_name: str
    place: str
    masks: int                 # accepted masks
    unredacted: bool           # published without any mask (confirmed twice)
    requested_by: str
    requested_at: datetime
    decided_by: str
    published_on: date | None
    replaces_version: int | None
    ruling_date: date | None
    reason: str = ""
    opinion: str = ""


@dataclass(frozen=True)
class PublishedFiles:
    file_name: str             # without extension, redacted
    pdf: bytes
    docx: bytes
    html: bytes


@dataclass(frozen=True)
class TypicalCaseInput:
    case_id: int
    year: int
    title: str
    summary: str


@dataclass(frozen=True)
class TypicalCaseRow:
    case_id: int
    case_number: str
    year: int
    title: str
    summary: str
    closed_date: date | None
    closing: str               # the case's state when marked (closed how)
    marked_by: str
    marked_at: datetime


@dataclass(frozen=True)
class ConfidentialityInput:
    """A party's request to keep parts of the ruling out of its published version (申请不予公开的内容)."""
    case_id: int
    party_id: int
    requested_on: date
    confidential_texts: tuple[str, ...] = ()     # texts masked as they stand (a trade secret, a customer's name …)
    confidential_amounts: tuple[str, ...] = ()   # amounts masked wherever the ruling states that sum ("50万元", "500000")
    note: str = ""


@dataclass(frozen=True)
class ConfidentialityRow:
    id: int
    case_id: int
    party_id: int
    party_name: str
    requested_on: date
    items: tuple[str, ...]
    amounts: tuple[str, ...]
    note: str
    recorded_by: str
    recorded_at: datetime
