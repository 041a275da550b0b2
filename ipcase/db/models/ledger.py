"""ORM models of the ledger import (issue 18): one row per import (who, when, which file, what became of the
rows, and whether it was undone) and one per case it created or merged, so the import can be undone as a whole."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, DateTime, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from ipcase.db.base import Base
from ipcase.db.file_names import FileName


class LedgerImport(Base):
    __tablename__ = "ledger_imports"
    id: Mapped[int] = mapped_column(primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("offices.id"), index=True)
    file_name: Mapped[str] = mapped_column(FileName(255), default="")
    imported_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    imported_at: Mapped[datetime] = mapped_column(DateTime)
    rows: Mapped[int] = mapped_column(Integer, default=0)       # data rows in the file
    created: Mapped[int] = mapped_column(Integer, default=0)    # new cases
    merged: Mapped[int] = mapped_column(Integer, default=0)     # earlier imported cases rewritten from their row
    skipped: Mapped[int] = mapped_column(Integer, default=0)    # duplicates left as they were
    rejected: Mapped[int] = mapped_column(Integer, default=0)   # rows with problems, not imported
    # Patents (a national table) this import added: the undo removes those no other case refers to.
    created_patents: Mapped[list[int]] = mapped_column(JSON, default=list)
    undone_at: Mapped[datetime | None] = mapped_column(DateTime)
    undone_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    status: Mapped[str] = mapped_column(String(20), default="done")   # done | undone


class LedgerCase(Base):
    """A case an import wrote: `version` is the case's version right after, so "nothing built on it since" is
    one comparison; `replaced` holds what a merged case was before (the undo puts it back)."""
    __tablename__ = "ledger_cases"
    id: Mapped[int] = mapped_column(primary_key=True)
    import_id: Mapped[int] = mapped_column(ForeignKey("ledger_imports.id", ondelete="CASCADE"), index=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    row: Mapped[int] = mapped_column(Integer)
    version: Mapped[int] = mapped_column(Integer)
    replaced: Mapped[dict | None] = mapped_column(JSON)
