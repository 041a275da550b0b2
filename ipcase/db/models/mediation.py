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
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, deferred, mapped_column, relationship

from ipcase.db.base import Base
from ipcase.db.file_names import FileName
from ipcase.db.models.mixins import (
    CreatedBy,
    IssuedContent,
    PartyDetails,
    SearchText,
    StoredDeadline,
    TimelineEvent,
    Timestamps,
    VersionBumpedByServices,
    VersionCountedByMapper,
)

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


class MediationAgreement(CreatedBy, Timestamps, Base):
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
    signatories: Mapped[list[MediationSignatory]] = relationship(
        cascade="all, delete-orphan", order_by="MediationSignatory.id")
    instalments: Mapped[list[MediationInstalment]] = relationship(
        cascade="all, delete-orphan", order_by="MediationInstalment.seq")


class MediationSignatory(Base):
    """A party who signs the agreement (itself or by its agent), and when it signed (None: not yet). The party is a
    case's (party_id) or a mediation case's (mediation_party_id); rows from before issue 15 may hold neither
    (a free name), and such an agreement never takes effect (domain.mediation.signatories)."""
    __tablename__ = "mediation_signatories"
    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = mapped_column(ForeignKey("mediation_agreements.id", ondelete="CASCADE"), index=True)
    side: Mapped[str] = mapped_column(String(20))          # domain.mediation.Side
    name: Mapped[str] = mapped_column(String(200))         # the party's name when the draft was saved
    party_id: Mapped[int | None] = mapped_column(ForeignKey("parties.id", ondelete="SET NULL"))
    mediation_party_id: Mapped[int | None] = mapped_column(ForeignKey("mediation_parties.id", ondelete="SET NULL"))
    agent_id: Mapped[int | None] = mapped_column(ForeignKey("agents.id", ondelete="SET NULL"))  # a case agent
    agent_name: Mapped[str] = mapped_column(String(200), default="", server_default="")  # "" = the party itself
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




class MediationCase(VersionBumpedByServices, SearchText, Timestamps, Base):
    __tablename__ = "mediation_cases"
    __table_args__ = (UniqueConstraint("office_id", "case_year", "case_seq"),
                      # the register's order within one office (0035_register_reads)
                      Index("ix_mediation_cases_office_received", "office_id", "received_date", "id"))
    id: Mapped[int] = mapped_column(primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("offices.id"), index=True)
    state: Mapped[str] = mapped_column(String(30), index=True)          # domain.mediation_cases.MediationState
    kind: Mapped[str] = mapped_column(String(30), index=True)           # domain.mediation_cases.MediationKind
    received_date: Mapped[date] = mapped_column(Date, index=True)
    case_number: Mapped[str | None] = mapped_column(String(80), unique=True)   # 案号, from 立案
    case_year: Mapped[int | None] = mapped_column(Integer)
    case_seq: Mapped[int | None] = mapped_column(Integer)
    patent_number: Mapped[str] = mapped_column(String(30), default="")    # canonical ZL…, may be empty
    patent_title: Mapped[str] = mapped_column(String(300), default="")
    patentee: Mapped[str] = mapped_column(String(300), default="")
    grant_date: Mapped[date | None] = mapped_column(Date)                 # a provisional-fee case needs it
    subject: Mapped[str] = mapped_column(Text, default="")                # 请求调解的事项
    facts: Mapped[str] = mapped_column(Text, default="")                  # 事实和理由
    amount_claimed: Mapped[str] = mapped_column(String(60), default="")   # e.g. damages or reward asked for
    # A damages mediation needs the ruling that found infringement (M25 art 64): a case of this register, or
    # an external ruling/judgment named by its reference with a copy attached.
    ruling_case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"), index=True)
    ruling_reference: Mapped[str] = mapped_column(String(200), default="")
    ruling_copy_name: Mapped[str] = mapped_column(FileName(300), default="")
    ruling_copy: Mapped[bytes | None] = deferred(mapped_column(LargeBinary))
    officer_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)   # 承办人
    intake_item_id: Mapped[int | None] = mapped_column(ForeignKey("intake_items.id"), index=True, unique=True)
    notice_served: Mapped[date | None] = mapped_column(Date)
    notice_method: Mapped[str] = mapped_column(String(20), default="")
    statement_received: Mapped[date | None] = mapped_column(Date)
    respondent_agrees: Mapped[bool | None] = mapped_column(Boolean)
    decided_date: Mapped[date | None] = mapped_column(Date)
    registered_date: Mapped[date | None] = mapped_column(Date, index=True)
    session_at: Mapped[datetime | None] = mapped_column(DateTime)         # the 调解通知's time and place
    session_place: Mapped[str] = mapped_column(String(200), default="")
    closed_date: Mapped[date | None] = mapped_column(Date, index=True)
    closing_detail: Mapped[dict] = mapped_column(JSON, default=dict)
    cnipa_copied: Mapped[date | None] = mapped_column(Date)
    # D19 extension: proposed by an officer, decided by the 部门负责人 (domain.mediation_cases.ExtensionStatus).
    extension_status: Mapped[str] = mapped_column(String(20), default="none")
    extension_reason: Mapped[str] = mapped_column(Text, default="")
    extension_requested_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    extension_decided_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    extension_decided_at: Mapped[datetime | None] = mapped_column(DateTime)
    extension_opinion: Mapped[str] = mapped_column(Text, default="")

    parties: Mapped[list[MediationParty]] = relationship(cascade="all, delete-orphan",
                                                         order_by="MediationParty.position")
    assignments: Mapped[list[MediatorAssignment]] = relationship(cascade="all, delete-orphan",
                                                                 order_by="MediatorAssignment.id")


class MediationParty(PartyDetails, Base):
    __tablename__ = "mediation_parties"
    id: Mapped[int] = mapped_column(primary_key=True)
    mediation_case_id: Mapped[int] = mapped_column(ForeignKey("mediation_cases.id", ondelete="CASCADE"), index=True)
    credit_code: Mapped[str] = mapped_column(String(30), default="")
    agents: Mapped[list[dict]] = mapped_column(JSON, default=list)   # [{name, organization, phone}], ≤ 2


class Mediator(VersionCountedByMapper, Base):
    """The office's pool: its own staff (user_id set) and external experts, e.g. a member of a
    知识产权纠纷人民调解委员会. `version` counts its saves: a stale form is refused (optimistic locking)."""
    __tablename__ = "mediators"
    id: Mapped[int] = mapped_column(primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("offices.id"), index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    name: Mapped[str] = mapped_column(String(60))
    organization: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    expertise: Mapped[list[str]] = mapped_column(JSON, default=list)   # fields of expertise, as typed
    note: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class MediatorAssignment(Base):
    __tablename__ = "mediator_assignments"
    __table_args__ = (UniqueConstraint("mediation_case_id", "mediator_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    mediation_case_id: Mapped[int] = mapped_column(ForeignKey("mediation_cases.id", ondelete="CASCADE"), index=True)
    mediator_id: Mapped[int] = mapped_column(ForeignKey("mediators.id"), index=True)
    assigned_at: Mapped[datetime] = mapped_column(DateTime)
    assigned_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    mediator: Mapped[Mediator] = relationship()


class MediationEvent(TimelineEvent, Base):
    """The case's timeline: who, when, what, from which state to which. `version` is the case's after it."""
    __tablename__ = "mediation_events"
    id: Mapped[int] = mapped_column(primary_key=True)
    mediation_case_id: Mapped[int] = mapped_column(ForeignKey("mediation_cases.id", ondelete="CASCADE"), index=True)
    from_state: Mapped[str | None] = mapped_column(String(30))
    to_state: Mapped[str | None] = mapped_column(String(30))


class MediationDeadlineRow(StoredDeadline, Base):
    """Stored result of domain.mediation_deadlines, so "my deadlines" is one indexed query."""
    __tablename__ = "mediation_deadlines"
    id: Mapped[int] = mapped_column(primary_key=True)
    mediation_case_id: Mapped[int] = mapped_column(ForeignKey("mediation_cases.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(20))
    basis: Mapped[str] = mapped_column(Text, default="")
    hide_after_due: Mapped[bool] = mapped_column(Boolean, default=False)


class MediationDocument(IssuedContent, Base):
    """A document of a mediation case as issued: numbered (the same gapless 文号 register as a case's
    documents) and immutable."""
    __tablename__ = "mediation_documents"
    id: Mapped[int] = mapped_column(primary_key=True)
    mediation_case_id: Mapped[int] = mapped_column(ForeignKey("mediation_cases.id", ondelete="CASCADE"), index=True)
