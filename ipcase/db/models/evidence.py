"""ORM models of a case's evidence register (证据) and investigation records (调查取证, DOMAIN §9).

Evidence files live in the database (deferred LargeBinary), like intake attachments: an office that shares one
PostgreSQL server sees the same files from every desk, a database backup carries them, and the SHA-256 taken
when a file was added lets `verify` detect any later change to the stored bytes.
"""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, deferred, mapped_column, relationship

from ipcase.db.base import Base
from ipcase.db.file_names import FileName
from ipcase.db.models.mixins import CreatedBy, VersionCountedByMapper


class EvidenceItem(VersionCountedByMapper, CreatedBy, Base):
    """One row of the register (证据材料清单). Rows are never deleted, so 序号 stay gapless per case."""
    __tablename__ = "evidence_items"
    __table_args__ = (UniqueConstraint("case_id", "seq"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    seq: Mapped[int] = mapped_column(Integer)              # 序号 within the case
    name: Mapped[str] = mapped_column(String(300))
    # None with by_office: collected by the office itself (本局调取)
    party_id: Mapped[int | None] = mapped_column(ForeignKey("parties.id", ondelete="SET NULL"))
    by_office: Mapped[bool] = mapped_column(Boolean, default=False)
    received_on: Mapped[date] = mapped_column(Date)
    purpose: Mapped[str] = mapped_column(Text, default="")       # 所要说明的事实
    pages: Mapped[int] = mapped_column(Integer, default=0)
    original: Mapped[bool] = mapped_column(Boolean, default=False)  # 原件 (else 复印件)
    note: Mapped[str] = mapped_column(String(300), default="")     # 备注
    admitted: Mapped[bool | None] = mapped_column(Boolean)         # None: the panel has not decided yet
    admission_reason: Mapped[str] = mapped_column(Text, default="")
    admission_on: Mapped[date | None] = mapped_column(Date)

    files: Mapped[list[EvidenceFile]] = relationship(cascade="all, delete-orphan", order_by="EvidenceFile.id")


class EvidenceFile(Base):
    """A scan or file of an evidence item (or of a technical investigator's opinion), with its SHA-256."""
    __tablename__ = "evidence_files"
    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int | None] = mapped_column(ForeignKey("evidence_items.id", ondelete="CASCADE"), index=True)
    opinion_id: Mapped[int | None] = mapped_column(ForeignKey("tech_opinions.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(FileName(300))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes] = deferred(mapped_column(LargeBinary))
    added_at: Mapped[datetime] = mapped_column(DateTime)
    added_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    verified_at: Mapped[datetime | None] = mapped_column(DateTime)
    intact: Mapped[bool | None] = mapped_column(Boolean)   # result of the last verification


class InvestigationRecord(CreatedBy, Base):
    """调查笔录 (kind 'interview') or 现场检查（勘验）笔录 (kind 'inspection'), by at least two officers."""
    __tablename__ = "investigation_records"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    started_at: Mapped[datetime] = mapped_column(DateTime)
    ended_at: Mapped[datetime] = mapped_column(DateTime)
    place: Mapped[str] = mapped_column(String(300))
    officer_ids: Mapped[list[int]] = mapped_column(JSON, default=list)
    subject: Mapped[str] = mapped_column(Text, default="")    # 被调查人 / 当事人 (name, ID, unit, address, phone)
    witness: Mapped[str] = mapped_column(Text, default="")    # 见证人 (inspection)
    informed: Mapped[str] = mapped_column(Text, default="")   # 告知情况
    content: Mapped[str] = mapped_column(Text, default="")    # 调查记录 / 检查情况


class Seizure(CreatedBy, Base):
    """抽样取证 (kind 'sampling') or 证据登记保存 (kind 'preservation'): a decision with its list of items.
    A preservation must be followed by a decision on the items within 7 days (D11, M25 art 49)."""
    __tablename__ = "seizures"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    party_id: Mapped[int | None] = mapped_column(ForeignKey("parties.id", ondelete="SET NULL"))  # 被取证人
    decided_on: Mapped[date] = mapped_column(Date)
    from_time: Mapped[datetime | None] = mapped_column(DateTime)   # preserved from (date and hour)
    place: Mapped[str] = mapped_column(String(300), default="")    # where it was taken
    items: Mapped[list[dict]] = mapped_column(JSON, default=list)  # 名称, 规格型号, 数量, 单价, 保存地点, 备注
    disposed_on: Mapped[date | None] = mapped_column(Date)         # the decision on preserved items (D11 met)
    disposal: Mapped[str | None] = mapped_column(String(20))       # 'release' (解除登记保存) | 'other'
    disposal_note: Mapped[str] = mapped_column(Text, default="")


class Appraisal(CreatedBy, Base):
    """技术鉴定 commissioned from an institution; its own excluded period (Pause of kind 'appraisal') runs
    from the commissioning date until the report is received."""
    __tablename__ = "appraisals"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    institution: Mapped[str] = mapped_column(String(300))
    matters: Mapped[str] = mapped_column(Text)              # 鉴定事项
    materials: Mapped[str] = mapped_column(Text, default="")
    commissioned_on: Mapped[date] = mapped_column(Date)
    due_on: Mapped[date | None] = mapped_column(Date)
    report_on: Mapped[date | None] = mapped_column(Date)
    conclusion: Mapped[str] = mapped_column(Text, default="")
    pause_id: Mapped[int | None] = mapped_column(ForeignKey("pauses.id", ondelete="SET NULL"))


class TechOpinion(Base):
    """The 技术调查官's written opinion: kept in the file; the investigator has no vote (TIO art 3)."""
    __tablename__ = "tech_opinions"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    investigator_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    submitted_on: Mapped[date] = mapped_column(Date)
    opinion: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    files: Mapped[list[EvidenceFile]] = relationship(cascade="all, delete-orphan", order_by="EvidenceFile.id")


class EvidenceExtension(Base):
    """A party's 举证期限 (D10) extended by the office on request; the extension span is excluded from the
    closing limit through its own Pause of kind 'evidence_extension'."""
    __tablename__ = "evidence_extensions"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    party_id: Mapped[int] = mapped_column(ForeignKey("parties.id", ondelete="CASCADE"), index=True)
    requested_on: Mapped[date] = mapped_column(Date)
    decided_on: Mapped[date] = mapped_column(Date)
    days: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(Text, default="")
    old_due: Mapped[date] = mapped_column(Date)
    new_due: Mapped[date] = mapped_column(Date)
    pause_id: Mapped[int | None] = mapped_column(ForeignKey("pauses.id", ondelete="SET NULL"))
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime)
