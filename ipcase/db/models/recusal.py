"""ORM model of recusal applications (回避申请, M25 art 5) and their decisions."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Boolean, Date, DateTime, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ipcase.db.base import Base
from ipcase.db.models.mixins import RecordedBy


class RecusalApplication(RecordedBy, Base):
    __tablename__ = "recusal_applications"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    applicant_party_id: Mapped[int] = mapped_column(ForeignKey("parties.id", ondelete="CASCADE"))
    # A panel seat's user, or nobody for an appraiser or interpreter (then only name and role).
    challenged_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    challenged_role: Mapped[str] = mapped_column(String(30))     # domain.recusal.ChallengedRole
    challenged_name: Mapped[str] = mapped_column(String(60))
    grounds: Mapped[list[str]] = mapped_column(JSON, default=list)  # RecusalGround values
    reason: Mapped[str] = mapped_column(Text, default="")          # the applicant's own explanation
    oral: Mapped[bool] = mapped_column(Boolean, default=False)     # made orally (recorded) or in writing
    received_date: Mapped[date] = mapped_column(Date)
    learned_date: Mapped[date] = mapped_column(Date)
    hearing_id: Mapped[int | None] = mapped_column(ForeignKey("hearings.id", ondelete="SET NULL"))
    at_hearing: Mapped[str] = mapped_column(String(20), default="outside")   # AtHearing
    ground_learned_late: Mapped[bool] = mapped_column(Boolean, default=False)
    timeliness: Mapped[str] = mapped_column(String(20))            # Timeliness
    status: Mapped[str] = mapped_column(String(20), index=True)    # RecusalStatus
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    decided_at: Mapped[datetime | None] = mapped_column(DateTime)
    decided_date: Mapped[date | None] = mapped_column(Date)
    decision_reason: Mapped[str] = mapped_column(Text, default="")
    replacement_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    replacement_name: Mapped[str] = mapped_column(String(60), default="")
    document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"))
