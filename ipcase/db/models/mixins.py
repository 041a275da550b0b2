"""Columns many tables share, declared once so that every table spells them alike.

The schema is the migrations' (tests/integration/db/test_migrations.py compares the two): a mixin changes how a
model is written, never a column's name, type, nullability, default, index or constraint name. Columns taken
from a mixin come after the model's own in `CREATE TABLE`; nothing reads columns by position."""
from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Date, DateTime, ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, declared_attr, mapped_column


class VersionBumpedByServices:
    """Optimistic locking of an aggregate. The services bump `version` themselves (once per gesture, whatever
    changed); the mapper still adds "WHERE version = :old" to every UPDATE, so a concurrent writer is caught
    even past the loader."""
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.version, "version_id_generator": False}


class VersionCountedByMapper:
    """Optimistic locking of a row edited on its own: the mapper counts every UPDATE, starting at 1."""
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.version}


class Timestamps:
    """When the row was created and last changed (set by the services from the injected clock)."""
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class SearchText:
    """A register's denormalised search column (number | names | codes | patent number), kept by the services
    so the list's search box is one LIKE on one column."""
    search_text: Mapped[str] = mapped_column(Text, default="")


class PartyDetails:
    """Who a party is and how to reach it, as a case and a mediation case record it (the credit code, indexed
    only on the case register, stays on the model)."""
    role: Mapped[str] = mapped_column(String(20))          # domain.enums.PartyRole
    kind: Mapped[str] = mapped_column(String(20))          # domain.enums.PartyKind
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(300))
    name_normalized: Mapped[str] = mapped_column(String(300), index=True)
    id_number: Mapped[str] = mapped_column(String(30), default="")
    legal_rep: Mapped[str] = mapped_column(String(60), default="")      # 法定代表人/负责人
    legal_rep_title: Mapped[str] = mapped_column(String(60), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(60), default="")


class CreatedBy:
    """Who entered the row (None: entered by the system or a since-removed account), and when."""
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime)


class RecordedBy:
    """Who recorded a paper that came in or went out, and when."""
    recorded_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[datetime] = mapped_column(DateTime)


class TimelineEvent:
    """One entry of a register's timeline: who did what when, and `version`, the owner's version after it.
    The owner's foreign key (and for state machines the from/to states) stay on the model."""
    at: Mapped[datetime] = mapped_column(DateTime)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    kind: Mapped[str] = mapped_column(String(40))
    detail: Mapped[dict] = mapped_column(JSON, default=dict)
    version: Mapped[int] = mapped_column(Integer)


class StoredDeadline:
    """A computed deadline stored for fast cross-register lists ("my deadlines", the dashboard): replaced by
    the services after every change to its owner and to the calendar."""
    start_date: Mapped[date] = mapped_column(Date)
    due_date: Mapped[date] = mapped_column(Date)
    provisional: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(20))        # domain.enums.DeadlineStatus
    met_date: Mapped[date | None] = mapped_column(Date)

    @declared_attr.directive
    def __table_args__(cls) -> tuple:
        return (Index(f"ix_{cls.__tablename__}_status_due", "status", "due_date"),)


class IssuedContent:
    """A document as issued: its 文号 (unique across the office's gapless register), what the clerk wrote, the
    plain text, and the rendered files (loaded only when opened)."""
    office_id: Mapped[int] = mapped_column(ForeignKey("offices.id"))
    doc_type: Mapped[str] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(String(100))
    number: Mapped[str] = mapped_column(String(100), unique=True)    # 文号
    addressee: Mapped[str] = mapped_column(String(300), default="")
    fields: Mapped[dict] = mapped_column(JSON, default=dict)          # what the clerk wrote
    text: Mapped[str] = mapped_column(Text, default="")               # plain text of the issued content
    pages: Mapped[int] = mapped_column(Integer, default=0)
    issued_at: Mapped[datetime] = mapped_column(DateTime)
    issued_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    # Nullable in the schema since the first migration (the files are written in the same transaction).
    pdf: Mapped[bytes] = mapped_column(LargeBinary, deferred=True, nullable=True)
    docx: Mapped[bytes] = mapped_column(LargeBinary, deferred=True, nullable=True)
