"""Satisfaction surveys of the parties after a case closes (保护社会满意度, issue 17)."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ipcase.db.base import Base


class SatisfactionSurvey(Base):
    """One party's answers (levels 1–5 of ipcase.domain.satisfaction.scoring.Level; None = declined) and the
    score computed from them when recorded. The office is the case's, so results group by office directly."""
    __tablename__ = "satisfaction_surveys"
    __table_args__ = (UniqueConstraint("case_id", "party_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("offices.id"), index=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    party_id: Mapped[int] = mapped_column(ForeignKey("parties.id", ondelete="CASCADE"))
    method: Mapped[str] = mapped_column(String(10))        # 'phone' | 'paper'
    surveyed_on: Mapped[date] = mapped_column(Date, index=True)
    procedure: Mapped[int | None] = mapped_column(Integer)
    timeliness: Mapped[int | None] = mapped_column(Integer)
    fairness: Mapped[int | None] = mapped_column(Integer)
    result: Mapped[int | None] = mapped_column(Integer)
    score: Mapped[float] = mapped_column(Float)
    comment: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[datetime] = mapped_column(DateTime)
