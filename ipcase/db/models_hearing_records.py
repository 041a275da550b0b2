"""ORM models of the oral-hearing record (口头审理笔录, DOMAIN §8): one record per hearing, who attended,
the cross-examination of each evidence item and the claim-by-claim feature comparison. The editor saves the
whole record every few seconds; rows are rewritten on each save (a record has tens of rows, not thousands)."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Boolean, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ipcase.db.base import Base


class HearingRecord(Base):
    __tablename__ = "hearing_records"
    id: Mapped[int] = mapped_column(primary_key=True)
    hearing_id: Mapped[int] = mapped_column(ForeignKey("hearings.id", ondelete="CASCADE"), unique=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    status: Mapped[str] = mapped_column(String(20))           # domain.hearing_record.RecordStatus
    sections: Mapped[dict] = mapped_column(JSON, default=dict)  # step key -> text, in DOMAIN §8 order
    respondent_absent: Mapped[bool] = mapped_column(Boolean, default=False)
    opened_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    updated_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    closed_at: Mapped[datetime | None] = mapped_column(DateTime)

    attendees: Mapped[list[HearingAttendee]] = relationship(cascade="all, delete-orphan",
                                                            order_by="HearingAttendee.position")
    cross_exams: Mapped[list[HearingCrossExam]] = relationship(cascade="all, delete-orphan",
                                                               order_by="HearingCrossExam.position")
    features: Mapped[list[HearingFeature]] = relationship(cascade="all, delete-orphan",
                                                          order_by="HearingFeature.position")

    # Two editors of one record: the second save is told, never silently overwrites (see save_record).
    __mapper_args__ = {"version_id_col": version, "version_id_generator": False}


class HearingAttendee(Base):
    """Someone expected or present at the hearing: a panel seat, a party (or its legal representative), an
    agent, or a witness/interpreter/appraiser added at the hearing."""
    __tablename__ = "hearing_attendees"
    id: Mapped[int] = mapped_column(primary_key=True)
    record_id: Mapped[int] = mapped_column(ForeignKey("hearing_records.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    side: Mapped[str] = mapped_column(String(20))          # domain.hearing_record.Side
    capacity: Mapped[str] = mapped_column(String(30))      # domain.hearing_record.Capacity
    name: Mapped[str] = mapped_column(String(100))
    party_id: Mapped[int | None] = mapped_column(ForeignKey("parties.id", ondelete="SET NULL"))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    present: Mapped[bool] = mapped_column(Boolean, default=False)
    identity_checked: Mapped[bool] = mapped_column(Boolean, default=False)
    refused_to_sign: Mapped[bool] = mapped_column(Boolean, default=False)
    refusal_note: Mapped[str] = mapped_column(String(300), default="")


class HearingCrossExam(Base):
    """质证 of one evidence item: the other side's opinion on authenticity, legality and relevance, and the
    panel's note. The item's 序号 and name are copied so the record stays readable whatever happens to it."""
    __tablename__ = "hearing_cross_exams"
    id: Mapped[int] = mapped_column(primary_key=True)
    record_id: Mapped[int] = mapped_column(ForeignKey("hearing_records.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    evidence_item_id: Mapped[int | None] = mapped_column(ForeignKey("evidence_items.id", ondelete="SET NULL"))
    label: Mapped[str] = mapped_column(String(320))
    authenticity: Mapped[str] = mapped_column(String(20), default="")   # domain.hearing_record.Opinion
    legality: Mapped[str] = mapped_column(String(20), default="")
    relevance: Mapped[str] = mapped_column(String(20), default="")
    opinion: Mapped[str] = mapped_column(Text, default="")
    panel_note: Mapped[str] = mapped_column(Text, default="")


class HearingFeature(Base):
    """One row of the claim-by-claim comparison: a feature of a claim against the accused product."""
    __tablename__ = "hearing_features"
    id: Mapped[int] = mapped_column(primary_key=True)
    record_id: Mapped[int] = mapped_column(ForeignKey("hearing_records.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    claim_no: Mapped[str] = mapped_column(String(20), default="")
    element: Mapped[str] = mapped_column(Text, default="")
    accused: Mapped[str] = mapped_column(Text, default="")
    comparison: Mapped[str] = mapped_column(String(20), default="")     # domain.hearing_record.Comparison
    finding: Mapped[str] = mapped_column(Text, default="")
