"""Frozen data of the documents feature: what a document is built from, what the clerk supplies, and what
the services and queries hand back (issued documents, service records, the case file)."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from ipcase.dto.cases import CaseParticulars
from ipcase.dto.hearings import HearingRecordDoc

# ---- what a document is built from (read by queries.documents.document_case) ---------------------


@dataclass(frozen=True)
class DocAgent:
    name: str
    organization: str = ""
    phone: str = ""
    address: str = ""   # a citizen agent's


@dataclass(frozen=True)
class DocParty:
    id: int
    role: str                 # PartyRole value
    kind: str                 # PartyKind value
    name: str
    credit_code: str = ""
    id_number: str = ""       # in full: the ruling names natural persons by their ID (DOMAIN §9.1)
    legal_rep: str = ""
    legal_rep_title: str = ""
    address: str = ""
    phone: str = ""
    no_domicile_in_prc: bool = False
    notice_served: date | None = None
    copy_served: date | None = None
    answer_received: date | None = None
    ruling_served: date | None = None
    agents: tuple[DocAgent, ...] = ()


@dataclass(frozen=True)
class DocInspection:
    """An on-site inspection (现场检查/勘验) as the ruling's procedural paragraph tells it."""
    on: date
    place: str


@dataclass(frozen=True)
class DocSeizure:
    """抽样取证 or 证据登记保存 (SeizureKind value) with what was taken: (名称, 规格型号, 数量) per item."""
    kind: str
    decided_on: date
    party_id: int | None
    items: tuple[tuple[str, str, str], ...] = ()


@dataclass(frozen=True)
class DocEvidence:
    """An item of the evidence register as the ruling lists it (序号, name, purpose, the panel's 认证)."""
    seq: int
    name: str
    party_id: int | None
    by_office: bool = False
    purpose: str = ""
    admitted: bool | None = None
    admission_reason: str = ""
    id: int = 0               # the register's row (the hearing record's 质证 names it)


@dataclass(frozen=True)
class DocOffice:
    name: str
    short_name: str
    address: str = ""
    phone: str = ""
    postcode: str = ""
    higher_office: str = ""


@dataclass(frozen=True)
class IssuedRef:
    id: int
    doc_type: str
    title: str
    number: str
    issued_on: date
    pages: int = 0      # of its PDF as issued (the 送达回证's "共 N 页"); 0: not known


@dataclass(frozen=True, kw_only=True)
class DocumentCase(CaseParticulars):
    """Everything the office knows about a case that a document may print."""
    case_id: int
    state: str
    office: DocOffice
    patent_type: str
    parties: tuple[DocParty, ...]
    panel: tuple[tuple[str, str], ...]          # (PanelRole value, name), in seat order
    payloads: dict = field(default_factory=dict)  # latest form values of each workflow action taken
    issued: tuple[IssuedRef, ...] = ()
    answer_days: int = 15
    answer_days_no_domicile: int = 30
    evidence_days: int = 15
    suit_days: int = 15
    public_notice_days: int = 30
    hearing_records: tuple[HearingRecordDoc, ...] = ()   # the sessions' records, oldest first
    # what the ruling tells of the case (queries.documents.ruling_facts)
    inspections: tuple[DocInspection, ...] = ()
    seizures: tuple[DocSeizure, ...] = ()
    evidence: tuple[DocEvidence, ...] = ()
    hearing_notice_served: frozenset[int] = frozenset()   # parties lawfully notified of the hearing (M25 art 26, D7)
    ruling_separate_number: bool = False   # office setting: the ruling keeps its own 文号 series
    court: str = ""                        # office setting: the court named in the ruling's remedy sentence
    ruling_codes: bool = False             # office setting: print 统一社会信用代码/身份证号 in the ruling


# ---- inputs ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DocumentDraft:
    """What the clerk chose and wrote for one document."""
    doc_type: str
    fields: dict = field(default_factory=dict)     # TextField name -> text
    party_id: int | None = None                    # the addressee (REQUESTER/RESPONDENT/PARTY types)
    subject_id: int | None = None                  # the issued document it refers to (送达回证, 更正, 催告…)
    corrects_id: int | None = None                 # a corrected re-issue of this document (更正)
    signed_by: int | None = None                   # 签发人 chosen when no approval names one (domain.documents.signatory)


@dataclass(frozen=True)
class ServiceInput:
    document_id: int
    method: str                    # ServiceMethod value
    party_id: int | None = None    # None: the external addressee of the document
    addressee: str = ""
    sent_date: date | None = None
    received_date: date | None = None
    tracking_no: str = ""
    refusal_note: str = ""         # 留置: who refused, witnesses
    note: str = ""
    proof_name: str = ""           # scanned signed 送达回证
    proof_data: bytes = b""


@dataclass(frozen=True)
class DocumentSettings:
    public_notice_days: int = 30    # 公告送达 deemed after (DOMAIN §6.6 [U]: G19 60 d, CPL 95 30 d)
    patterns: tuple[tuple[str, str], ...] = ()   # (doc_type, 文号 pattern) of the viewer's office
    # (font role, font file) an administrator configured in place of an official font that is missing here,
    # e.g. a licensed 小标宋 substitute; roles: title, body, hei, kai, song
    fonts: tuple[tuple[str, str], ...] = ()
    version: int = 0   # as loaded (update_document_settings' expected_version); ignored on input
    # the 行政裁决书: a 文号 series of its own instead of the 案号, 统一社会信用代码/身份证号 printed, the court named
    # in the remedy sentence ("" = 人民法院) — queries.documents.office_settings reads them
    ruling_separate_number: bool = False
    ruling_codes: bool = False
    court: str = ""


# ---- outputs --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RenderedDocument:
    title: str
    number: str
    pdf: bytes
    docx: bytes
    text: str
    pages: int


@dataclass(frozen=True)
class DocumentInfo:
    id: int
    case_id: int | None        # None: a letter of an intake item (转交函)
    case_number: str | None
    doc_type: str
    title: str
    number: str
    issued_at: datetime
    issued_by: str
    addressee: str
    party_id: int | None
    corrects_id: int | None = None
    corrects_number: str = ""
    corrected_by_number: str = ""
    pages: int = 0
    served_count: int = 0
    fields: dict = field(default_factory=dict)   # what the clerk wrote (a correction starts from it)
    signed_by: str = ""        # 签发人, the approving leader ("" for forms and records, and where none was recorded)


@dataclass(frozen=True)
class ServiceRecordInfo:
    id: int
    document_id: int
    document_title: str
    document_number: str
    party_id: int | None
    addressee: str
    method: str
    sent_date: date | None
    received_date: date | None
    deemed_date: date | None
    tracking_no: str
    refusal_note: str
    note: str
    proof_name: str
    recorded_by: str
    recorded_at: datetime


@dataclass(frozen=True)
class DocumentFilter:
    """The 文书登记簿 (documents issued by an office) as the 文书 section scrolls through it (issue 19): by 签发时间,
    newest first (descending=False: oldest), ties by id; after `after` (Page.after of the previous page) or from
    position `offset`; count=False leaves the total to count_documents."""
    office_id: int
    text: str = ""          # 文号, 案号 (however typed), names in the case, the addressee
    doc_type: str = ""
    since: date | None = None
    limit: int = 200
    offset: int = 0
    descending: bool = True
    after: tuple | None = None
    count: bool = True


@dataclass(frozen=True)
class ToServeFilter:
    """The documents still to serve, one row an addressee, by 签发时间 (oldest first: waiting longest; descending:
    newest), ties by document then party; keyset paging as DocumentFilter."""
    office_id: int
    case_id: int | None = None
    limit: int = 200
    offset: int = 0
    descending: bool = False
    after: tuple | None = None
    count: bool = True


@dataclass(frozen=True)
class ToServeRow:
    """An issued document not yet served on one of its addressees."""
    document_id: int
    case_id: int
    case_number: str | None
    title: str
    number: str
    issued_at: datetime
    party_id: int | None
    addressee: str
    pending_deemed: date | None = None   # 公告送达 published, deemed served on this day


@dataclass(frozen=True)
class WaitingInfo:
    party_id: int
    party_name: str
    document_title: str
    periods: tuple[str, ...]


@dataclass(frozen=True)
class CaseDocuments:
    documents: tuple[DocumentInfo, ...]
    services: tuple[ServiceRecordInfo, ...]
    waiting: tuple[WaitingInfo, ...]
    attachments: tuple[AttachmentInfo, ...]
    consents: tuple[ConsentInfo, ...]


@dataclass(frozen=True)
class AttachmentInfo:
    id: int
    case_id: int
    title: str
    filename: str
    added_at: datetime
    size: int


@dataclass(frozen=True)
class ConsentInfo:
    party_id: int
    party_name: str
    consented_on: date
    address: str


@dataclass(frozen=True)
class BatchResult:
    issued: tuple[DocumentInfo, ...]
    cancelled: int = 0


@dataclass(frozen=True)
class CaseFilePart:
    title: str
    kind: str          # 'document' | 'attachment' | 'proof'
    number: str
    on: date
    data: bytes
    filename: str = ""   # attachments: the extension tells PDF from image


@dataclass(frozen=True)
class CaseFileInput:
    case: DocumentCase
    parts: tuple[CaseFilePart, ...]
    fonts: tuple[tuple[str, str], ...] = ()   # configured substitute fonts (DocumentSettings.fonts)
