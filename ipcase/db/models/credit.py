"""The credit list of 专利领域严重失信主体 (issue 17) and the enforcement steps of a ruling not complied with (D15).

A listing names the party as the case recorded it (name, 统一社会信用代码 / ID number), so the register and the
flag on a new case read it without the case; `party_id` keeps the link to the party of the case it rests on."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ipcase.db.base import Base
from ipcase.db.models.mixins import VersionCountedByMapper


class EnforcementRecord(Base):
    """One dated step of the enforcement chain of a case (ipcase.domain.cases.enforcement.EnforcementStep)."""
    __tablename__ = "enforcement_steps"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    step: Mapped[str] = mapped_column(String(20))
    day: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[datetime] = mapped_column(DateTime)


class CreditListing(VersionCountedByMapper, Base):
    """A party's way through 认定 → 列入 → 移出 / 信用修复 (ipcase.domain.credit.listing)."""
    __tablename__ = "credit_listings"
    id: Mapped[int] = mapped_column(primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("offices.id"), index=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)   # the case the ground rests on
    party_id: Mapped[int | None] = mapped_column(ForeignKey("parties.id", ondelete="SET NULL"))
    ground: Mapped[str] = mapped_column(String(30))        # domain.credit.listing.Ground
    status: Mapped[str] = mapped_column(String(20), index=True)
    party_name: Mapped[str] = mapped_column(String(300))
    name_normalized: Mapped[str] = mapped_column(String(300), index=True)
    credit_code: Mapped[str] = mapped_column(String(30), default="", index=True)
    id_number: Mapped[str] = mapped_column(String(30), default="")
    facts: Mapped[str] = mapped_column(Text, default="")   # the facts of the 认定, as the documents state them
    identified_on: Mapped[date] = mapped_column(Date)
    identified_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    notice_served: Mapped[date | None] = mapped_column(Date)          # 告知书
    statement_received: Mapped[date | None] = mapped_column(Date)     # 陈述、申辩
    statement: Mapped[str] = mapped_column(Text, default="")
    proposed_on: Mapped[date | None] = mapped_column(Date)
    proposed_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    decided_at: Mapped[datetime | None] = mapped_column(DateTime)
    opinion: Mapped[str] = mapped_column(Text, default="")
    listed_on: Mapped[date | None] = mapped_column(Date)
    period_end: Mapped[date | None] = mapped_column(Date, index=True)
    repair_applied_on: Mapped[date | None] = mapped_column(Date)
    repair_reason: Mapped[str] = mapped_column(Text, default="")
    repair_decided_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    repair_decided_at: Mapped[datetime | None] = mapped_column(DateTime)
    repair_opinion: Mapped[str] = mapped_column(Text, default="")
    removed_on: Mapped[date | None] = mapped_column(Date)
    removal_reason: Mapped[str] = mapped_column(String(20), default="")
