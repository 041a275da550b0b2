"""ORM models of mediation sessions, agreements, their signatures, instalments and judicial confirmation.

Every session and agreement belongs to exactly one host: an adjudication case (`case_id`) or a stand-alone
mediation case (`mediation_case_id`); a check constraint enforces it. Money is stored in fen (BIGINT): exact
on SQLite and PostgreSQL alike, and summed in SQL without floating point.
"""
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
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ipcase.db.base import Base

ONE_HOST = "(case_id IS NULL) <> (mediation_case_id IS NULL)"


class MediationSession(Base):
    """One mediation attempt (调解): when, where, by whom, who came, each side's proposal, the outcome."""
    __tablename__ = "mediation_sessions"
    __table_args__ = (CheckConstraint(ONE_HOST, name="one_host"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    mediation_case_id: Mapped[int | None] = mapped_column(
        ForeignKey("mediation_cases.id", ondelete="CASCADE"), index=True)
    held_on: Mapped[date] = mapped_column(Date, index=True)
    place: Mapped[str] = mapped_column(String(200), default="")
    # [{"user_id": 3, "name": "张伟"} | {"user_id": null, "name": "某调解委员会 李某"}]
    mediators: Mapped[list[dict]] = mapped_column(JSON, default=list)
    attendees: Mapped[str] = mapped_column(Text, default="")
    requester_proposal: Mapped[str] = mapped_column(Text, default="")
    respondent_proposal: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[str] = mapped_column(String(20))     # domain.mediation.SessionOutcome
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[datetime] = mapped_column(DateTime)


class MediationAgreement(Base):
    """The agreement as structured terms, its signatures, and what happens after it (D21, instalments)."""
    __tablename__ = "mediation_agreements"
    __table_args__ = (CheckConstraint(ONE_HOST, name="one_host"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    mediation_case_id: Mapped[int | None] = mapped_column(
        ForeignKey("mediation_cases.id", ondelete="CASCADE"), index=True)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    status: Mapped[str] = mapped_column(String(20), index=True)   # domain.mediation.AgreementStatus
    stop_acts: Mapped[list[str]] = mapped_column(JSON, default=list)
    stop_from: Mapped[date | None] = mapped_column(Date)
    destroy_withdraw: Mapped[str] = mapped_column(Text, default="")
    damages_fen: Mapped[int] = mapped_column(BigInteger, default=0)
    costs: Mapped[str] = mapped_column(Text, default="")
    confidential: Mapped[bool] = mapped_column(Boolean, default=False)
    other_terms: Mapped[str] = mapped_column(Text, default="")
    effective_date: Mapped[date | None] = mapped_column(Date, index=True)   # the last signature
    withdrawn_on: Mapped[date | None] = mapped_column(Date)
    withdrawn_by: Mapped[str] = mapped_column(String(200), default="")      # the party who reneged
    withdrawn_reason: Mapped[str] = mapped_column(Text, default="")
    # 司法确认 (D21): joint application to the court within 30 days of the agreement taking effect.
    confirmation_court: Mapped[str] = mapped_column(String(200), default="")
    confirmation_applied_on: Mapped[date | None] = mapped_column(Date)
    confirmation_outcome: Mapped[str | None] = mapped_column(String(20))    # domain.mediation.ConfirmationOutcome
    confirmation_decided_on: Mapped[date | None] = mapped_column(Date, index=True)
    confirmation_note: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    signatories: Mapped[list[MediationSignatory]] = relationship(
        cascade="all, delete-orphan", order_by="MediationSignatory.id")
    instalments: Mapped[list[MediationInstalment]] = relationship(
        cascade="all, delete-orphan", order_by="MediationInstalment.seq")


class MediationSignatory(Base):
    """A party who signs the agreement, and when it signed (None: not yet)."""
    __tablename__ = "mediation_signatories"
    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = mapped_column(ForeignKey("mediation_agreements.id", ondelete="CASCADE"), index=True)
    side: Mapped[str] = mapped_column(String(20))          # domain.mediation.Side
    name: Mapped[str] = mapped_column(String(200))
    party_id: Mapped[int | None] = mapped_column(ForeignKey("parties.id", ondelete="SET NULL"))
    signed_on: Mapped[date | None] = mapped_column(Date)


class MediationInstalment(Base):
    """One payment of the agreed schedule: due, and what was paid when."""
    __tablename__ = "mediation_instalments"
    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = mapped_column(ForeignKey("mediation_agreements.id", ondelete="CASCADE"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    due_date: Mapped[date] = mapped_column(Date, index=True)
    amount_fen: Mapped[int] = mapped_column(BigInteger)
    paid_on: Mapped[date | None] = mapped_column(Date)
    paid_fen: Mapped[int | None] = mapped_column(BigInteger)
    note: Mapped[str] = mapped_column(Text, default="")
