"""Frozen data of the evidence feature: the register (证据), investigation records (调查取证), appraisals,
the technical investigator's opinions and the parties' evidence periods (举证期限)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

OFFICE_SUBMITTER = "本局调取"   # what the register and the 证据材料清单 print for evidence the office collected


# ---- inputs ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class FileUpload:
    name: str
    data: bytes


@dataclass(frozen=True)
class EvidenceInput:
    name: str
    received_on: date
    party_id: int | None = None      # the party who submitted it; None with by_office
    by_office: bool = False          # collected by the office (本局调取)
    purpose: str = ""                # 所要说明的事实
    pages: int = 0
    original: bool = False           # 原件 (else 复印件)
    note: str = ""


@dataclass(frozen=True)
class RecordInput:
    kind: str                        # domain.evidence.RecordKind
    started_at: datetime
    ended_at: datetime
    place: str
    officer_ids: tuple[int, ...]
    subject: str                     # 被调查人 / 当事人
    content: str                     # 调查记录 / 检查情况
    witness: str = ""
    informed: str = ""


@dataclass(frozen=True)
class SeizureInput:
    kind: str                        # domain.evidence.SeizureKind
    party_id: int | None
    decided_on: date
    place: str
    items: tuple[dict, ...]          # keys of domain.evidence.ITEM_COLUMNS
    from_time: datetime | None = None


@dataclass(frozen=True)
class AppraisalInput:
    institution: str
    matters: str
    commissioned_on: date
    materials: str = ""
    due_on: date | None = None


@dataclass(frozen=True)
class ExtensionInput:
    party_id: int
    requested_on: date
    decided_on: date
    days: int
    reason: str = ""


# ---- outputs --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class EvidenceFileInfo:
    id: int
    name: str
    size: int
    sha256: str
    added_at: datetime
    verified_at: datetime | None
    intact: bool | None              # None: never verified


@dataclass(frozen=True)
class EvidenceRow:
    """One register row; what the hearing record reads for cross-examination (质证)."""
    id: int
    case_id: int
    seq: int
    name: str
    purpose: str
    submitted_by: str                # a party's name or 本局调取
    admitted: bool | None            # None: not decided yet
    party_id: int | None = None
    by_office: bool = False
    received_on: date | None = None
    pages: int = 0
    original: bool = False
    note: str = ""
    admission_reason: str = ""
    admission_on: date | None = None
    version: int = 1
    files: tuple[EvidenceFileInfo, ...] = ()


@dataclass(frozen=True)
class VerifyResult:
    checked: int
    changed: tuple[str, ...]         # names of files whose bytes no longer match their SHA-256


@dataclass(frozen=True)
class RecordInfo:
    id: int
    kind: str
    started_at: datetime
    ended_at: datetime
    place: str
    officer_ids: tuple[int, ...]
    officer_names: tuple[str, ...]
    subject: str
    witness: str
    informed: str
    content: str


@dataclass(frozen=True)
class SeizureInfo:
    id: int
    kind: str
    party_id: int | None
    party_name: str
    decided_on: date
    from_time: datetime | None
    place: str
    items: tuple[dict, ...]
    disposed_on: date | None
    disposal: str | None
    disposal_note: str


@dataclass(frozen=True)
class AppraisalInfo:
    id: int
    institution: str
    matters: str
    materials: str
    commissioned_on: date
    due_on: date | None
    report_on: date | None
    conclusion: str
    paused_days: int                 # days excluded from the closing limit so far (to today if running)


@dataclass(frozen=True)
class OpinionInfo:
    id: int
    investigator: str
    submitted_on: date
    opinion: str
    files: tuple[EvidenceFileInfo, ...] = ()


@dataclass(frozen=True)
class ExtensionInfo:
    id: int
    party_id: int
    party_name: str
    requested_on: date
    decided_on: date
    days: int
    reason: str
    old_due: date
    new_due: date


@dataclass(frozen=True)
class EvidencePeriod:
    """A party's 举证期限 as stored with the case's deadlines."""
    party_id: int
    party_name: str
    start: date
    due: date
    provisional: bool
    basis: str


@dataclass(frozen=True)
class CaseEvidence:
    case_id: int
    items: tuple[EvidenceRow, ...]
    records: tuple[RecordInfo, ...]
    seizures: tuple[SeizureInfo, ...]
    appraisals: tuple[AppraisalInfo, ...]
    opinions: tuple[OpinionInfo, ...]
    periods: tuple[EvidencePeriod, ...]
    extensions: tuple[ExtensionInfo, ...]
