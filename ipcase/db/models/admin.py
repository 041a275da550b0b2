"""ORM models of administration: offices, users, business settings, holidays and the gapless counters."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ipcase.db.base import Base
from ipcase.db.models.mixins import VersionCountedByMapper


class Office(VersionCountedByMapper, Base):
    """An office; `version` counts its saves, so a stale 机关信息 form is refused (optimistic locking)."""
    __tablename__ = "offices"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))             # 某某市市场监督管理局
    short_name: Mapped[str] = mapped_column(String(40))        # 机关简称 used in 案号
    case_number_pattern: Mapped[str] = mapped_column(String(200), default="{机关简称}知裁字〔{YYYY}〕{n}号")
    address: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    postcode: Mapped[str] = mapped_column(String(20), default="")
    higher_office: Mapped[str] = mapped_column(String(200), default="")  # approves the 2nd extension
    # A city office supervising county offices in the same database (statistics rank the sub-offices).
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("offices.id"), index=True)


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("offices.id"))
    username: Mapped[str] = mapped_column(String(60), unique=True)
    full_name: Mapped[str] = mapped_column(String(60))
    role: Mapped[str] = mapped_column(String(30))
    password_hash: Mapped[str] = mapped_column(String(200))
    credential_no: Mapped[str] = mapped_column(String(60), default="")  # 执法证件号 (M25 art 4)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Wrong passwords and the lock they lead to (ipcase.domain.lockout), in the database so that another window
    # or machine sees the same count; password_changed_at is None while the password is one an administrator set.
    failed_logins: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    last_failed_login: Mapped[datetime | None] = mapped_column(DateTime)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime)
    lockouts: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    password_changed_at: Mapped[datetime | None] = mapped_column(DateTime)


class Setting(Base):
    """Business settings editable by an administrator (deadline lengths, [U] rules), one set per office
    (read and written through ipcase.loaders.settings)."""
    __tablename__ = "settings"
    office_id: Mapped[int] = mapped_column(ForeignKey("offices.id"), primary_key=True)
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class SettingVersion(Base):
    """How many times one office saved one group of its settings (a settings page: deadline rules, document
    settings, routing rules, hearing settings): the version a page loaded and its save names, so a concurrent
    save is refused instead of silently overwritten. No row: the group was never saved (version 0)."""
    __tablename__ = "setting_versions"
    office_id: Mapped[int] = mapped_column(ForeignKey("offices.id"), primary_key=True)
    group_name: Mapped[str] = mapped_column(String(40), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, default=0)
    saved_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))   # who saved last, for the conflict


class HolidayYear(Base):
    """A year of official holidays entered by an administrator; overrides chinesecalendar for that year."""
    __tablename__ = "holiday_years"
    year: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    entered_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    entered_at: Mapped[datetime] = mapped_column(DateTime)
    source: Mapped[str] = mapped_column(String(300), default="")  # e.g. 国办发明电〔2026〕x号
    days: Mapped[list[HolidayDay]] = relationship(cascade="all, delete-orphan", order_by="HolidayDay.day")


class HolidayDay(Base):
    __tablename__ = "holiday_days"
    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(ForeignKey("holiday_years.year", ondelete="CASCADE"), index=True)
    day: Mapped[date] = mapped_column(Date, unique=True)
    is_workday: Mapped[bool] = mapped_column(Boolean)   # True: 调休上班; False: 放假
    name: Mapped[str] = mapped_column(String(60), default="")


class Sequence(Base):
    """Gapless counters: case numbers per office and year (kind 'case'); later 文号 per document type."""
    __tablename__ = "sequences"
    office_id: Mapped[int] = mapped_column(ForeignKey("offices.id"), primary_key=True)
    kind: Mapped[str] = mapped_column(String(60), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last_value: Mapped[int] = mapped_column(Integer, default=0)


class RoutineRun(Base):
    """When a start-of-day routine (the paused-deadline refresh) last brought the whole database up to date: it
    runs again only on another day, instead of sweeping the register at every start (issue 19). National: one
    row per routine covers every office of the database."""
    __tablename__ = "routine_runs"
    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    last_day: Mapped[date] = mapped_column(Date)
    finished_at: Mapped[datetime] = mapped_column(DateTime)
