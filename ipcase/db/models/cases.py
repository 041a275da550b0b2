"""ORM models of the case register: patents, cases, parties and agents, panels, pauses, extensions,
approvals, the timeline and the stored deadlines."""
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
    String,
    Text,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ipcase.db.base import Base
from ipcase.db.models.admin import User
from ipcase.db.models.mixins import (
    PartyDetails,
    SearchText,
    StoredDeadline,
    TimelineEvent,
    Timestamps,
    VersionBumpedByServices,
)


class Patent(Base):
    __tablename__ = "patents"
    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(30), unique=True)   # canonical ZL…
    patent_type: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(300))
    patentee: Mapped[str] = mapped_column(String(300))
    filing_date: Mapped[date | None] = mapped_column(Date)
    grant_date: Mapped[date | None] = mapped_column(Date)


# After a period's date in its indexes: the list's order, then the columns of the conditions a period is listed
# with (the viewer's offices, 承办人, a state preset, 类型, 结案方式, the flags)
_RANGE_CONDITIONS = ("received_date", "office_id", "officer_id", "state", "sort_patent_type", "closing_method",
                     "flag_foreign", "flag_ecommerce", "flag_trade_fair")


class Case(VersionBumpedByServices, SearchText, Timestamps, Base):
    __tablename__ = "cases"
    __table_args__ = (
        UniqueConstraint("office_id", "case_year", "case_seq"),
        # a state's cases in the list's default order (只看已结案 …: a page per state, merged; 0042_filter_reads)
        Index("ix_cases_state_received_id", "state", "received_date", "id"),
        # a 承办人's cases in the list's default order (the filter 承办人, "my cases"; 0042_filter_reads)
        Index("ix_cases_officer_received_id", "officer_id", "received_date", "id"),
        # a 立案/结案 period in the list's default order: the period's ids in that order, with the conditions the
        # statistics' drill-down and the filter bar add, without reading a row (keyset.page(ranged=True);
        # 0043_date_ranges)
        Index("ix_cases_registered_range", "registered_date", *_RANGE_CONDITIONS, "id"),
        Index("ix_cases_closed_range", "closed_date", *_RANGE_CONDITIONS, "registered_date", "id"),
        # the case list's sort keys within one office (a sub-office's viewer pages by index: 0034_list_reads)
        *(Index("ix_cases_office_" + key.removeprefix("sort_"), "office_id", key, "id") for key in (
            "case_number", "state", "sort_patent_number", "sort_patent_type", "sort_patent_title", "sort_officer",
            "received_date", "registered_date", "closed_date", "sort_closing_due", "sort_requesters",
            "sort_respondents")),
        # the list's default order, whole (PostgreSQL's index on the date alone sorts a day's cases: 0036_pg_reads)
        Index("ix_cases_received_id", "received_date", "id"),
        # the other sort keys, whole: PostgreSQL's index on a key alone sorted the key's whole first group (0041)
        *(Index("ix_cases_by_" + key.removeprefix("sort_"), key, "id") for key in (
            "state", "registered_date", "closed_date", "sort_closing_due", "sort_requesters", "sort_respondents",
            "sort_officer", "sort_patent_number", "sort_patent_type", "sort_patent_title")),
        # the 中止 filter (the list's 中止中): the suspended cases in the list's default order, whole and per office —
        # a few thousand entries at a million cases (0042_filter_reads). The WHERE is the text each dialect
        # gives the filter's condition (Case.sort_suspended), so that SQLite's planner sees it implied.
        *(Index(name, *columns, sqlite_where=text("sort_suspended = 1"), postgresql_where=text("sort_suspended"))
          for name, columns in (("ix_cases_suspended_received", ("received_date", "id")),
                                ("ix_cases_office_suspended_received", ("office_id", "received_date", "id")))),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("offices.id"))
    state: Mapped[str] = mapped_column(String(40))
    case_number: Mapped[str | None] = mapped_column(String(80), unique=True)   # 案号, from 立案
    case_year: Mapped[int | None] = mapped_column(Integer)
    case_seq: Mapped[int | None] = mapped_column(Integer)
    patent_id: Mapped[int] = mapped_column(ForeignKey("patents.id"), index=True)
    claims_asserted: Mapped[str] = mapped_column(Text, default="")
    accused_product: Mapped[str] = mapped_column(String(300), default="")
    acts: Mapped[list[str]] = mapped_column(JSON, default=list)
    request_summary: Mapped[str] = mapped_column(Text, default="")   # 请求事项 / 事实和理由 (brief)
    flag_foreign: Mapped[bool] = mapped_column(Boolean, default=False)    # 涉外/港澳台
    flag_ecommerce: Mapped[bool] = mapped_column(Boolean, default=False)  # 电商
    flag_trade_fair: Mapped[bool] = mapped_column(Boolean, default=False)  # 展会
    officer_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))  # 承办人 (indexed with the list's order)
    received_date: Mapped[date] = mapped_column(Date)   # indexed with id: ix_cases_received_id
    correction_due: Mapped[date | None] = mapped_column(Date)
    correction_received: Mapped[date | None] = mapped_column(Date)
    decision_extended: Mapped[bool] = mapped_column(Boolean, default=False)
    decided_date: Mapped[date | None] = mapped_column(Date)
    registered_date: Mapped[date | None] = mapped_column(Date)
    answer_forwarded: Mapped[date | None] = mapped_column(Date)
    hearing_at: Mapped[datetime | None] = mapped_column(DateTime)
    hearing_room: Mapped[str] = mapped_column(String(100), default="")
    proposed_outcome: Mapped[str | None] = mapped_column(String(30))
    closed_date: Mapped[date | None] = mapped_column(Date)
    closing_detail: Mapped[dict] = mapped_column(JSON, default=dict)  # reasons of refusal/revocation etc.
    # domain.statistics.ClosingMethod, set when the case closes and kept when it is archived: statistics
    # group by it in plain SQL (JSON access differs between SQLite and PostgreSQL).
    closing_method: Mapped[str | None] = mapped_column(String(30))  # indexed in models_statistics
    # The case list's sort keys for columns that live in other rows, copied here by database triggers
    # (migration 0022_search) whenever a party, the officer, the patent or the D12 deadline changes, so every
    # sortable column pages by an index. Read-only for the services.
    sort_requesters: Mapped[str | None] = mapped_column(Text)    # 请求人, in party order, "、"
    sort_respondents: Mapped[str | None] = mapped_column(Text)   # 被请求人
    sort_officer: Mapped[str | None] = mapped_column(String(60))  # 承办人's full name
    sort_patent_number: Mapped[str | None] = mapped_column(String(30))
    sort_patent_type: Mapped[str | None] = mapped_column(String(20))
    sort_patent_title: Mapped[str | None] = mapped_column(String(300))
    sort_closing_due: Mapped[date | None] = mapped_column(Date)  # 结案期限 (D12)
    # The list's other copied columns (migration 0040_case_flags, kept by triggers on deadlines and pauses): the
    # D12 deadline's provisional flag (结案期限（暂定）) and whether a suspension is running (中止). Read-only too;
    # sort_* like the keys, which keeps them out of the audit chain's images (audit.rows.DERIVED_PREFIX).
    sort_closing_provisional: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    sort_suspended: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

    patent: Mapped[Patent] = relationship()
    parties: Mapped[list[Party]] = relationship(back_populates="case", cascade="all, delete-orphan",
                                                order_by="Party.position")
    panel: Mapped[list[PanelSeat]] = relationship(cascade="all, delete-orphan", order_by="PanelSeat.id")
    pauses: Mapped[list[Pause]] = relationship(cascade="all, delete-orphan", order_by="Pause.start_date")
    extensions: Mapped[list[Extension]] = relationship(cascade="all, delete-orphan", order_by="Extension.level")


class Party(PartyDetails, Base):
    __tablename__ = "parties"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    credit_code: Mapped[str] = mapped_column(String(30), default="", index=True)
    no_domicile_in_prc: Mapped[bool] = mapped_column(Boolean, default=False)
    notice_served: Mapped[date | None] = mapped_column(Date)
    copy_served: Mapped[date | None] = mapped_column(Date)
    answer_received: Mapped[date | None] = mapped_column(Date)
    ruling_served: Mapped[date | None] = mapped_column(Date)

    case: Mapped[Case] = relationship(back_populates="parties")
    agents: Mapped[list[Agent]] = relationship(cascade="all, delete-orphan", order_by="Agent.id")


class Agent(Base):
    __tablename__ = "agents"
    id: Mapped[int] = mapped_column(primary_key=True)
    party_id: Mapped[int] = mapped_column(ForeignKey("parties.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(60))
    organization: Mapped[str] = mapped_column(String(200), default="")   # 律师事务所 / 专利代理机构
    phone: Mapped[str] = mapped_column(String(60), default="")
    address: Mapped[str] = mapped_column(String(300), default="", server_default="")   # a citizen agent's


class PanelSeat(Base):
    __tablename__ = "panel_seats"
    __table_args__ = (UniqueConstraint("case_id", "user_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    role: Mapped[str] = mapped_column(String(30))
    user: Mapped[User] = relationship()


class Pause(Base):
    """A period excluded from the closing limit (中止, 公告, 鉴定, 管辖异议, 举证延长, 和解)."""
    __tablename__ = "pauses"
    # The case list's 中止 flag (a running suspension) from the index alone (0036_pg_reads).
    __table_args__ = (Index("ix_pauses_suspended_running", "case_id",
                            sqlite_where=text("kind = 'suspension' AND end_date IS NULL"),
                            postgresql_where=text("kind = 'suspension' AND end_date IS NULL")),)
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    ground: Mapped[str] = mapped_column(String(40), default="")   # SuspensionGround for suspensions
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)          # exclusive
    note: Mapped[str] = mapped_column(Text, default="")


class Extension(Base):
    __tablename__ = "extensions"
    __table_args__ = (UniqueConstraint("case_id", "level"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    level: Mapped[int] = mapped_column(Integer)
    length: Mapped[int] = mapped_column(Integer)
    unit: Mapped[str] = mapped_column(String(10))
    reason: Mapped[str] = mapped_column(Text, default="")
    higher_office_ref: Mapped[str] = mapped_column(String(200), default="")
    approval_id: Mapped[int | None] = mapped_column(ForeignKey("approvals.id"))


class Approval(Base):
    """A proposed action awaiting the decision of an authorised approver (立案, 不予受理, 中止, 延长, 撤销, 结案)."""
    __tablename__ = "approvals"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    action: Mapped[str] = mapped_column(String(40))
    payload: Mapped[dict] = mapped_column(JSON, default=dict)
    status: Mapped[str] = mapped_column(String(20), index=True)
    requested_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    requested_at: Mapped[datetime] = mapped_column(DateTime)
    reviewed_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    reviewed_at: Mapped[datetime | None] = mapped_column(DateTime)
    review_opinion: Mapped[str] = mapped_column(Text, default="")
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    decided_at: Mapped[datetime | None] = mapped_column(DateTime)
    opinion: Mapped[str] = mapped_column(Text, default="")
    higher_office_ref: Mapped[str] = mapped_column(String(200), default="")


class TimelineEntry(TimelineEvent, Base):
    """Everything that happened to a case: who, when, what, why. `kind` is an action, or 'created', 'edited',
    'panel', 'approval_*'; `version` is the case version after it."""
    __tablename__ = "timeline"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    from_state: Mapped[str | None] = mapped_column(String(40))
    to_state: Mapped[str | None] = mapped_column(String(40))
    actor: Mapped[User | None] = relationship()


class DeadlineRow(StoredDeadline, Base):
    """Stored result of domain.deadlines.compute_deadlines, for fast cross-case deadline lists."""
    __tablename__ = "deadlines"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(20))
    party_id: Mapped[int | None] = mapped_column(ForeignKey("parties.id", ondelete="CASCADE"))
    basis: Mapped[str] = mapped_column(Text, default="")
    paused: Mapped[bool] = mapped_column(Boolean, default=False)
    hide_after_due: Mapped[bool] = mapped_column(Boolean, default=False)
