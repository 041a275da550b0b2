"""ORM models of the intake register (收案登记): items, their targets, patents, timeline and attachments."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, deferred, mapped_column, relationship

from ipcase.db.base import Base
from ipcase.db.file_names import FileName
from ipcase.db.models.mixins import (
    SearchText,
    StoredDeadline,
    TimelineEvent,
    Timestamps,
    VersionBumpedByServices,
)


class IntakeItem(VersionBumpedByServices, SearchText, Timestamps, Base):
    __tablename__ = "intake_items"
    __table_args__ = (
        UniqueConstraint("office_id", "year", "seq"),
        Index("ix_intake_items_state_received", "state", "received_at"),
        # the register's keyset order (key, id) for each column it sorts by (migration 0029_registers)
        Index("ix_intake_items_key_received", "received_at", "id"), Index("ix_intake_items_key_seq", "seq", "id"),
        Index("ix_intake_items_key_kind", "kind", "id"), Index("ix_intake_items_key_channel", "channel", "id"),
        Index("ix_intake_items_key_state", "state", "id"), Index("ix_intake_items_key_track", "track", "id"),
        Index("ix_intake_items_key_handler", "sort_handler", "id"),
        Index("ix_intake_items_key_targets", "sort_targets", "id"),
        # the same keys within one office (a viewer of some offices pages by index: 0035_register_reads)
        *(Index("ix_intake_items_office_" + key.removeprefix("sort_"), "office_id", key, "id") for key in (
            "received_at", "seq", "kind", "channel", "state", "track", "sort_handler", "sort_targets")),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("offices.id"))
    number: Mapped[str] = mapped_column(String(40), unique=True)      # 收案编号
    year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(20), index=True)         # domain.intake.IntakeKind
    channel: Mapped[str] = mapped_column(String(20), index=True)      # domain.intake.IntakeChannel
    state: Mapped[str] = mapped_column(String(30))                    # domain.intake.IntakeState
    received_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    # Who brought it: may be anonymous for a report; a real-name reporter is told of the decision.
    anonymous: Mapped[bool] = mapped_column(Boolean, default=False)
    submitter_name: Mapped[str] = mapped_column(String(300), default="")
    submitter_kind: Mapped[str] = mapped_column(String(20), default="natural")
    submitter_credit_code: Mapped[str] = mapped_column(String(30), default="")
    submitter_phone: Mapped[str] = mapped_column(String(60), default="")
    submitter_address: Mapped[str] = mapped_column(String(300), default="")
    referred_by: Mapped[str] = mapped_column(String(200), default="")  # 移送机关 (channel 'referral')
    patent_title: Mapped[str] = mapped_column(String(300), default="")
    patentee: Mapped[str] = mapped_column(String(300), default="")
    evaluation_report: Mapped[bool] = mapped_column(Boolean, default=False)  # 专利权评价报告 supplied
    product: Mapped[str] = mapped_column(String(300), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    flag_foreign: Mapped[bool] = mapped_column(Boolean, default=False)
    flag_ecommerce: Mapped[bool] = mapped_column(Boolean, default=False)
    flag_trade_fair: Mapped[bool] = mapped_column(Boolean, default=False)
    handler_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    registered_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    # 繁简分流: what the rules suggested when the officer decided, and what the officer chose (and why).
    suggested_track: Mapped[str | None] = mapped_column(String(20))
    suggested_rule: Mapped[str] = mapped_column(String(200), default="")
    track: Mapped[str | None] = mapped_column(String(20), index=True)
    track_reason: Mapped[str] = mapped_column(Text, default="")
    track_decided_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    track_decided_at: Mapped[datetime | None] = mapped_column(DateTime)
    # 补正 (once): the defects listed, the period given, the corrected materials' receipt.
    defects: Mapped[list[str]] = mapped_column(JSON, default=list)
    correction_requested_on: Mapped[date | None] = mapped_column(Date)
    correction_due: Mapped[date | None] = mapped_column(Date)
    correction_received: Mapped[date | None] = mapped_column(Date)
    decision_extended: Mapped[bool] = mapped_column(Boolean, default=False)
    # A complaint turned into a formal request: its kind before, and the day the 请求书 came in (D1 starts).
    converted_from: Mapped[str | None] = mapped_column(String(20))
    request_received: Mapped[date | None] = mapped_column(Date)
    decided_on: Mapped[date | None] = mapped_column(Date, index=True)
    outcome_detail: Mapped[dict] = mapped_column(JSON, default=dict)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"), index=True)
    notified_on: Mapped[date | None] = mapped_column(Date)
    notify_method: Mapped[str] = mapped_column(String(40), default="")
    repeat_case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"), index=True)  # 重复侵权
    # Sort keys of the register, copies kept by database triggers (migration 0029_registers) — never written here.
    sort_targets: Mapped[str | None] = mapped_column(Text)        # the targets' names in order, joined by "、"
    sort_handler: Mapped[str | None] = mapped_column(String(60))  # the handler's full name

    targets: Mapped[list[IntakeTarget]] = relationship(cascade="all, delete-orphan",
                                                       order_by="IntakeTarget.position")
    patents: Mapped[list[IntakePatent]] = relationship(cascade="all, delete-orphan",
                                                       order_by="IntakePatent.position")


class IntakeTarget(Base):
    """Against whom: the respondent of a request, the object of a complaint or report."""
    __tablename__ = "intake_targets"
    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("intake_items.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(300))
    name_normalized: Mapped[str] = mapped_column(String(300), index=True)
    kind: Mapped[str] = mapped_column(String(20), default="legal")
    credit_code: Mapped[str] = mapped_column(String(30), default="", index=True)
    address: Mapped[str] = mapped_column(String(300), default="")
    shop_url: Mapped[str] = mapped_column(String(500), default="")
    booth: Mapped[str] = mapped_column(String(100), default="")


class IntakePatent(Base):
    __tablename__ = "intake_patents"
    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("intake_items.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    number: Mapped[str] = mapped_column(String(30), index=True)   # canonical ZL…


class IntakeEvent(TimelineEvent, Base):
    """The item's timeline: registered, edited, track decided, correction, outcome, reporter told…"""
    __tablename__ = "intake_events"
    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("intake_items.id", ondelete="CASCADE"), index=True)


class IntakeAttachment(Base):
    """A file handed in with the item, kept in the database so every desk sharing it can open it."""
    __tablename__ = "intake_attachments"
    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("intake_items.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(FileName(300))
    size: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(String(300), default="")
    content: Mapped[bytes] = deferred(mapped_column(LargeBinary))
    added_at: Mapped[datetime] = mapped_column(DateTime)
    added_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class IntakeDeadlineRow(StoredDeadline, Base):
    """Stored result of domain.intake.intake_deadlines, so the dashboard can count limits in SQL; replaced by
    services.intake_support.recompute_item_deadlines after every change to the item and to the calendar."""
    __tablename__ = "intake_deadlines"
    # The 收案登记 row's 下一期限: each item's earliest running limit is one probe of the partial index
    # (0039_register_keys), read in the page's own statement (ipcase.queries.intake.register).
    __table_args__ = (Index("ix_intake_deadlines_status_due", "status", "due_date"),
                      Index("ix_intake_deadlines_open_item", "item_id", "due_date", "id",
                            sqlite_where=text("status = 'open'"), postgresql_where=text("status = 'open'")))
    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("intake_items.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(30))          # domain.intake.IntakeDeadlineCode
