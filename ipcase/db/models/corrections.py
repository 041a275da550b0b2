"""An approved 更正 of a party's data after 立案 (issue 12): filed by an officer with a reason, decided by the
部门负责人; on approval the party row changes and the case's timeline records before and after."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, DateTime, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ipcase.db.base import Base


class PartyCorrection(Base):
    __tablename__ = "party_corrections"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    party_id: Mapped[int] = mapped_column(ForeignKey("parties.id", ondelete="CASCADE"), index=True)
    status: Mapped[str] = mapped_column(String(20), index=True)   # domain.enums.ApprovalStatus values
    # Only the fields that change: {"name": "旧名"} / {"name": "新名"}. `before` is checked again on approval,
    # so a correction never overwrites a value someone changed since it was filed.
    before: Mapped[dict] = mapped_column(JSON, default=dict)
    after: Mapped[dict] = mapped_column(JSON, default=dict)
    reason: Mapped[str] = mapped_column(Text)
    requested_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    requested_at: Mapped[datetime] = mapped_column(DateTime)
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    decided_at: Mapped[datetime | None] = mapped_column(DateTime)
    opinion: Mapped[str] = mapped_column(Text, default="")
