"""ORM models of hearing rooms (口审庭) and oral hearings (口头审理, DOMAIN §8): the sessions of a case, who
takes part, the parties' return slips (回执) and their postponement requests."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Boolean, Date, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ipcase.db.base import Base
from ipcase.db.models.mixins import RecordedBy, VersionBumpedByServices, VersionCountedByMapper


class HearingRoom(VersionCountedByMapper, Base):
    """`version` counts its saves: a stale room form is refused (optimistic locking)."""
    __tablename__ = "hearing_rooms"
    __table_args__ = (UniqueConstraint("office_id", "name"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("offices.id"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    place: Mapped[str] = mapped_column(String(200), default="")        # building, floor, address
    seats: Mapped[int] = mapped_column(Integer, default=0)
    recording: Mapped[bool] = mapped_column(Boolean, default=False)    # 录音录像设备
    online_capable: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Hearing(VersionCountedByMapper, Base):
    """One session of a case's oral hearing. A continued hearing is a new session pointing at the one it
    continues; `scheduled_at` is when the current time was set, so notices served after it are the ones
    that announce this time."""
    __tablename__ = "hearings"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    room_id: Mapped[int | None] = mapped_column(ForeignKey("hearing_rooms.id"), index=True)
    starts_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    ends_at: Mapped[datetime] = mapped_column(DateTime)
    status: Mapped[str] = mapped_column(String(20))    # domain.hearings.HearingStatus
    session_no: Mapped[int] = mapped_column(Integer, default=1)
    continues_id: Mapped[int | None] = mapped_column(ForeignKey("hearings.id"))
    public: Mapped[bool] = mapped_column(Boolean, default=True)
    online: Mapped[bool] = mapped_column(Boolean, default=False)
    online_link: Mapped[str] = mapped_column(String(300), default="")    # platform and meeting link
    announced_on: Mapped[date | None] = mapped_column(Date)               # public announcement (D8)
    scheduled_at: Mapped[datetime] = mapped_column(DateTime)
    notice_floor: Mapped[int] = mapped_column(Integer, default=0)        # last document id before that
    overrides: Mapped[list] = mapped_column(JSON, default=list)          # [{code, reason, at}] warnings accepted
    closed_on: Mapped[date | None] = mapped_column(Date)                 # held or adjourned on
    close_note: Mapped[str] = mapped_column(Text, default="")            # why adjourned, absences

    people: Mapped[list[HearingPerson]] = relationship(cascade="all, delete-orphan", order_by="HearingPerson.id")


class HearingPerson(Base):
    """Who takes part: staff by account, parties and agents by their case records (names copied so the
    calendar and clash checks need no joins)."""
    __tablename__ = "hearing_people"
    id: Mapped[int] = mapped_column(primary_key=True)
    hearing_id: Mapped[int] = mapped_column(ForeignKey("hearings.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(30))          # domain.hearing_clashes.PersonKind
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    party_id: Mapped[int | None] = mapped_column(ForeignKey("parties.id", ondelete="CASCADE"))
    agent_id: Mapped[int | None] = mapped_column(ForeignKey("agents.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(300))
    match_key: Mapped[str] = mapped_column(String(320), index=True)   # Person.key
    organization: Mapped[str] = mapped_column(String(200), default="")


class ReturnSlip(RecordedBy, Base):
    """口头审理回执 of one party for one session (D9: within 3 days of receiving the notice)."""
    __tablename__ = "hearing_return_slips"
    __table_args__ = (UniqueConstraint("hearing_id", "party_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    hearing_id: Mapped[int] = mapped_column(ForeignKey("hearings.id", ondelete="CASCADE"), index=True)
    party_id: Mapped[int] = mapped_column(ForeignKey("parties.id", ondelete="CASCADE"))
    received_on: Mapped[date] = mapped_column(Date)
    attending: Mapped[bool] = mapped_column(Boolean)
    attendees: Mapped[str] = mapped_column(Text, default="")    # 姓名、单位及职务、电话, one a line
    reason: Mapped[str] = mapped_column(Text, default="")       # why not attending


class PostponementRequest(RecordedBy, Base):
    """A party's written request to postpone a session ("提前3日"), decided by the panel."""
    __tablename__ = "hearing_postponements"
    id: Mapped[int] = mapped_column(primary_key=True)
    hearing_id: Mapped[int] = mapped_column(ForeignKey("hearings.id", ondelete="CASCADE"), index=True)
    party_id: Mapped[int] = mapped_column(ForeignKey("parties.id", ondelete="CASCADE"))
    received_on: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text)
    late: Mapped[bool] = mapped_column(Boolean, default=False)   # filed later than the rule allows
    status: Mapped[str] = mapped_column(String(20), index=True)  # pending | granted | refused
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    decided_on: Mapped[date | None] = mapped_column(Date)
    decision_reason: Mapped[str] = mapped_column(Text, default="")




class HearingRecord(VersionBumpedByServices, Base):
    """The record of one session (笔录). Two editors of one record: the second save is told, never silently
    overwrites (see save_record)."""
    __tablename__ = "hearing_records"
    id: Mapped[int] = mapped_column(primary_key=True)
    hearing_id: Mapped[int] = mapped_column(ForeignKey("hearings.id", ondelete="CASCADE"), unique=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
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
