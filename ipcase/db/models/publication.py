"""ORM of the publication feature: the published versions of rulings (M25 art 83) and the typical cases.

A published version is immutable once approved (`PublishedRuling.status == "published"`): a flush that changes
or deletes one raises, so no service, script or import can edit what the public has read; a correction is a new
row whose `replaces_id` names the version it replaces."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    event,
    inspect,
)
from sqlalchemy.orm import Mapped, Session, deferred, mapped_column

from ipcase.db.base import Base
from ipcase.db.file_names import FileName
from ipcase.errors import TransitionRefused

PUBLISHED = "published"   # ipcase.domain.publication.rules.PublicationStatus.PUBLISHED (db does not import domain)


class PublishedRuling(Base):
    """One version of a ruling prepared for the public: the redacted text, the masks that made it, where it was
    published and by whose approval, and the files as published."""
    __tablename__ = "published_rulings"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"))          # the ruling as issued
    version: Mapped[int] = mapped_column(Integer)
    replaces_id: Mapped[int | None] = mapped_column(ForeignKey("published_rulings.id"))
    status: Mapped[str] = mapped_column(String(20), index=True)   # domain.publication.rules.PublicationStatus
    title: Mapped[str] = mapped_column(String(200))
    file_name: Mapped[str] = mapped_column(FileName(200))
    text: Mapped[str] = mapped_column(Text)                       # the redacted text
    # [{original, replacement, kind, accepted, source}] — originals are personal data: the audit chain keeps
    # only a digest of this column (ipcase.audit.rows.SECRET_COLUMNS).
    masks: Mapped[list] = mapped_column(JSON, default=list)
    unredacted_confirmed: Mapped[bool] = mapped_column(Boolean, default=False)   # the second confirmation
    place: Mapped[str] = mapped_column(String(300), default="")   # website URL or where it was posted
    reason: Mapped[str] = mapped_column(Text, default="")         # of a correction
    requested_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    requested_at: Mapped[datetime] = mapped_column(DateTime)
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    decided_at: Mapped[datetime | None] = mapped_column(DateTime)
    opinion: Mapped[str] = mapped_column(Text, default="")
    published_on: Mapped[date | None] = mapped_column(Date, index=True)
    pdf: Mapped[bytes | None] = deferred(mapped_column(LargeBinary))
    docx: Mapped[bytes | None] = deferred(mapped_column(LargeBinary))
    html: Mapped[bytes | None] = deferred(mapped_column(LargeBinary))


class TypicalCase(Base):
    """A closed case a supervisor chose as 典型案例, with the summary written for the yearly publication."""
    __tablename__ = "typical_cases"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), unique=True)
    year: Mapped[int] = mapped_column(Integer, index=True)        # the yearly publication it belongs to
    title: Mapped[str] = mapped_column(String(200))
    summary: Mapped[str] = mapped_column(Text)
    marked_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    marked_at: Mapped[datetime] = mapped_column(DateTime)


class RulingChange(Base):
    """The ruling changed (变更) or revoked (撤销) after a court suit: its publication is due within 20 working
    days too (D13, M25 art 83), met by the first version published on or after `decided_on`."""
    __tablename__ = "ruling_changes"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))                # domain.publication.rules.ChangeKind
    decided_on: Mapped[date] = mapped_column(Date)               # the day the change was made (D13 starts)
    court: Mapped[str] = mapped_column(String(200))
    reference: Mapped[str] = mapped_column(String(100))          # the judgment's 案号
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[datetime] = mapped_column(DateTime)


class ConfidentialityRequest(Base):
    """What a party asked to keep out of the published ruling (M25 art 83: 当事人申请不予公开的内容), recorded on
    the case by the officer: texts masked as they stand and amounts masked wherever the ruling states them. The
    redaction editor proposes them ticked."""
    __tablename__ = "confidentiality_requests"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    party_id: Mapped[int] = mapped_column(ForeignKey("parties.id", ondelete="CASCADE"))
    requested_on: Mapped[date] = mapped_column(Date)             # the day the party asked
    # [{text, amount}] — the very things the party wants kept secret: the audit chain keeps a digest only
    # (ipcase.audit.rows.SECRET_COLUMNS).
    confidential_items: Mapped[list] = mapped_column(JSON, default=list)
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[datetime] = mapped_column(DateTime)


@event.listens_for(Session, "before_flush")
def _keep_published(session: Session, _context, _instances) -> None:
    """A version that was published before this flush may be neither changed nor deleted."""
    for obj in [*session.dirty, *session.deleted]:
        if not isinstance(obj, PublishedRuling):
            continue
        state = inspect(obj)
        history = state.attrs.status.history
        before = (history.deleted[0] if history.deleted else None) if history.has_changes() else obj.status
        if before != PUBLISHED:
            continue
        if obj in session.deleted or any(state.attrs[a.key].history.has_changes()
                                         for a in state.mapper.column_attrs):
            raise TransitionRefused("change_publication", PUBLISHED, "published_immutable")
