"""The audit trail (issue 13): one row per change or event, chained by hash. Written only by `ipcase.audit.chain`;
the migration's triggers refuse UPDATE, DELETE (and TRUNCATE on PostgreSQL) of these rows to every user."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ipcase.db.base import Base


class AuditEntry(Base):
    __tablename__ = "audit_entries"
    # Numbered by the chain itself (not an autoincrement): a gap or a repeated number is visible.
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    office_id: Mapped[int | None] = mapped_column(Integer, index=True)   # no FK: an entry outlives what it names
    actor_id: Mapped[int | None] = mapped_column(Integer, index=True)
    actor_name: Mapped[str | None] = mapped_column(String(100))          # the name at the time
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    origin: Mapped[str] = mapped_column(String(20))                       # "online"; issue 14: "offline" replays
    action: Mapped[str] = mapped_column(String(100), index=True)          # gesture or command name
    operation: Mapped[str] = mapped_column(String(20))                    # insert, update, delete, event, …
    record_kind: Mapped[str | None] = mapped_column(String(60))           # the table
    record_key: Mapped[str | None] = mapped_column(String(200))           # its primary key, canonical JSON
    case_number: Mapped[str | None] = mapped_column(String(60), index=True)
    changes: Mapped[str] = mapped_column(Text)                            # canonical JSON: {column: [before, after]}
    row_hash: Mapped[str | None] = mapped_column(String(160))             # digest of the row after the change
    algorithm: Mapped[str] = mapped_column(String(16))
    prev_hash: Mapped[str] = mapped_column(String(160))
    hash: Mapped[str] = mapped_column(String(160), unique=True)
