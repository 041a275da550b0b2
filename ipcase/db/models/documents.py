"""ORM of the documents feature: issued documents and their files, service records (送达), consents to
electronic service, case attachments (evidence bound into the 案卷), and per-office 文号 patterns."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, deferred, mapped_column

from ipcase.db.base import Base
from ipcase.db.file_names import FileName
from ipcase.db.models.mixins import IssuedContent, RecordedBy


class IssuedDocument(IssuedContent, Base):
    """A document as issued: numbered and immutable (no service updates it; a correction is a new row that
    points here through `corrects_id`). It belongs to a case, or to an intake item that never became one
    (the 转交函 of an item forwarded to the competent authority) — exactly one of the two."""
    __tablename__ = "documents"
    __table_args__ = (
        UniqueConstraint("office_id", "doc_type", "year", "seq"),
        Index("ix_documents_case_issued", "case_id", "issued_at"),
        Index("ix_documents_office_issued", "office_id", "issued_at", "id"),   # the 文书 registers' key (0031)
        Index("ix_documents_corrects", "corrects_id"),
        CheckConstraint("(case_id IS NULL) <> (intake_item_id IS NULL)", name="one_owner"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    intake_item_id: Mapped[int | None] = mapped_column(ForeignKey("intake_items.id", ondelete="CASCADE"), index=True)
    year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    party_id: Mapped[int | None] = mapped_column(ForeignKey("parties.id", ondelete="SET NULL"))   # addressee
    subject_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"))    # the document it refers to
    corrects_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"))   # the document it replaces
    issued_on: Mapped[date] = mapped_column(Date)
    # 签发人: the leader who approved issuing it (domain.documents.signatory); NULL for forms and records kept in
    # the file, and for documents issued before it was recorded. `issued_by` is the clerk who made it.
    signed_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    # What the PDF and DOCX are made from, frozen at issue (ipcase.documents.frozen): the files are made and
    # stored when the document is first opened (ipcase.loaders.document_files). NULL for documents issued with
    # their files (before migration 0030, and intake letters).
    content: Mapped[dict | None] = deferred(mapped_column(JSON))


class ServiceRecord(RecordedBy, Base):
    """One service (送达) of an issued document on one addressee."""
    __tablename__ = "service_records"
    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    party_id: Mapped[int | None] = mapped_column(ForeignKey("parties.id", ondelete="SET NULL"))
    addressee: Mapped[str] = mapped_column(String(300))
    method: Mapped[str] = mapped_column(String(20))
    sent_date: Mapped[date | None] = mapped_column(Date)
    received_date: Mapped[date | None] = mapped_column(Date)
    deemed_date: Mapped[date | None] = mapped_column(Date)     # 公告送达: deemed served on this day
    applied: Mapped[bool] = mapped_column(Boolean, default=False)       # the party date it starts has been recorded
    tracking_no: Mapped[str] = mapped_column(String(60), default="")
    refusal_note: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    proof_name: Mapped[str] = mapped_column(FileName(200), default="")
    proof: Mapped[bytes | None] = deferred(mapped_column(LargeBinary))


class ServiceConsent(Base):
    """A party's written consent to electronic service (M25 art 10)."""
    __tablename__ = "service_consents"
    party_id: Mapped[int] = mapped_column(ForeignKey("parties.id", ondelete="CASCADE"), primary_key=True)
    consented_on: Mapped[date] = mapped_column(Date)
    address: Mapped[str] = mapped_column(String(200))       # e-mail or system account
    recorded_by: Mapped[int] = mapped_column(ForeignKey("users.id"))


class CaseAttachment(Base):
    """Evidence and other files (PDF or images) bound into the case file after the documents."""
    __tablename__ = "case_attachments"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    filename: Mapped[str] = mapped_column(FileName(200))
    size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = deferred(mapped_column(LargeBinary))
    added_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    added_at: Mapped[datetime] = mapped_column(DateTime)


class DocumentNumberPattern(Base):
    """An office's 文号 pattern for one document type (default: DocType.default_pattern())."""
    __tablename__ = "document_number_patterns"
    office_id: Mapped[int] = mapped_column(ForeignKey("offices.id"), primary_key=True)
    doc_type: Mapped[str] = mapped_column(String(40), primary_key=True)
    pattern: Mapped[str] = mapped_column(String(200))


class ServeWaiting(Base):
    """文书 › 待送达 kept as rows (issue 19): one per (issued document, addressee) not yet served — what
    `ipcase.db.serve_waiting.pending` selects — maintained in the writing transaction by that module's session
    hook, so the register's first page is a walk of `ix_serve_waiting_office` instead of every issued document.
    Derived (not audited); `id` is the register's row id: document id × 2³² + party id (0: no party)."""
    __tablename__ = "serve_waiting"
    __table_args__ = (Index("ix_serve_waiting_office", "office_id", "issued_at", "id"),
                      Index("ix_serve_waiting_case", "case_id"))
    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    office_id: Mapped[int] = mapped_column(ForeignKey("offices.id"))
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    party_id: Mapped[int | None] = mapped_column(ForeignKey("parties.id", ondelete="CASCADE"))
    all_parties: Mapped[bool] = mapped_column(Boolean)   # served on every party: the addressee is the party's name
    issued_at: Mapped[datetime] = mapped_column(DateTime)
