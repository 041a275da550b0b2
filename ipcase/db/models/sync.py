"""ORM models of the field laptop (issue 14): check-outs and their records, the 文号 blocks reserved for a laptop,
the replay bookkeeping and conflict queue of the office, and the laptop's own state and outbox.

Every table exists in both databases (an office database and a laptop copy have the same schema); which side
writes which is said on each class. The design is in README "The field laptop" (and /tmp/w6/SYNC.md)."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from ipcase.db.base import Base
from ipcase.db.models.mixins import VersionCountedByMapper


class Checkout(VersionCountedByMapper, Base):
    """Office side: records lent to one officer's laptop. `state`: out → ended (a supervisor ended it, the laptop's
    later work goes to the conflict queue) or returned (check-in brought every record back). `version` counts the
    saves, so a check-in and 结束外出 at the same moment cannot overwrite each other."""
    __tablename__ = "checkouts"
    id: Mapped[int] = mapped_column(primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("offices.id"), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))          # the officer holding the records
    laptop_name: Mapped[str] = mapped_column(String(100))
    laptop_public_key: Mapped[bytes] = mapped_column(LargeBinary)         # Ed25519, raw 32 bytes
    package_key: Mapped[bytes] = mapped_column(LargeBinary)               # AES-256, shared with the laptop
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    until: Mapped[date | None] = mapped_column(Date)
    state: Mapped[str] = mapped_column(String(20), default="out", index=True)   # out | ended | returned
    ended_at: Mapped[datetime | None] = mapped_column(DateTime)
    ended_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    end_reason: Mapped[str] = mapped_column(Text, default="")
    last_checkin_at: Mapped[datetime | None] = mapped_column(DateTime)


class CheckoutRecord(Base):
    """Office side: one case, intake item or mediation case lent by a check-out. `expected_version` is the office
    version after this check-out's own replays: an operation's premise holds while the office version equals it.
    Active while `returned_at` is empty and the check-out is out (at most one active per record: the service)."""
    __tablename__ = "checkout_records"
    id: Mapped[int] = mapped_column(primary_key=True)
    checkout_id: Mapped[int] = mapped_column(ForeignKey("checkouts.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))                          # case | intake | mediation
    record_id: Mapped[int] = mapped_column(Integer)
    number: Mapped[str] = mapped_column(String(100), default="")          # 案号 / 收案编号 / 调解案号, for display
    version_at_checkout: Mapped[int] = mapped_column(Integer)
    expected_version: Mapped[int] = mapped_column(Integer)
    returned_at: Mapped[datetime | None] = mapped_column(DateTime)
    __table_args__ = (Index("ix_checkout_records_kind_record_id", "kind", "record_id"),)


class NumberBlock(Base):
    """Office side (copied to the laptop): 文号 `first`..`last` of one counter (`sequences.kind`, e.g.
    "doc:evidence_preservation") and year, taken from the office's gapless counter for one check-out."""
    __tablename__ = "number_blocks"
    id: Mapped[int] = mapped_column(primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("offices.id"), index=True)
    checkout_id: Mapped[int] = mapped_column(ForeignKey("checkouts.id"), index=True)
    kind: Mapped[str] = mapped_column(String(60))
    year: Mapped[int] = mapped_column(Integer)
    first: Mapped[int] = mapped_column(Integer)
    last: Mapped[int] = mapped_column(Integer)


class ReservedNumber(Base):
    """One number of a block, as the register explains it: reserved (on the laptop, not yet used), used (a
    document carries it: `document_id`, `text` the printed 文号), returned (given back to the counter) or void
    (作废, `void_reason`)."""
    __tablename__ = "reserved_numbers"
    id: Mapped[int] = mapped_column(primary_key=True)
    block_id: Mapped[int] = mapped_column(ForeignKey("number_blocks.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    state: Mapped[str] = mapped_column(String(20), default="reserved")    # reserved | used | returned | void
    text: Mapped[str] = mapped_column(String(100), default="")            # the 文号 as printed, once used
    document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"))
    void_reason: Mapped[str] = mapped_column(Text, default="")
    settled_at: Mapped[datetime | None] = mapped_column(DateTime)
    __table_args__ = (UniqueConstraint("block_id", "number"),)


class AppliedOperation(Base):
    """Office side: an outbox operation the office has dealt with (its op id makes a repeated check-in idempotent);
    `result_json` is the office's result (walked beside the laptop's to map laptop ids)."""
    __tablename__ = "applied_operations"
    op_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    checkout_id: Mapped[int] = mapped_column(ForeignKey("checkouts.id"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    command: Mapped[str] = mapped_column(String(80))
    status: Mapped[str] = mapped_column(String(20))        # applied | conflict | dropped | adapted
    applied_at: Mapped[datetime] = mapped_column(DateTime)
    result_json: Mapped[str | None] = mapped_column(Text)


class SyncPackage(Base):
    """Office side: a check-in package file the office applied (its id refuses the same file a second time)."""
    __tablename__ = "sync_packages"
    package_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    checkout_id: Mapped[int] = mapped_column(ForeignKey("checkouts.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)               # when the laptop wrote it
    applied_at: Mapped[datetime] = mapped_column(DateTime)
    applied_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    ops: Mapped[int] = mapped_column(Integer, default=0)


class IdMap(Base):
    """Office side: a row the laptop created (laptop id ≥ 10**12) and the office row its replay created.
    `office_row_id`, not `office_id`: the column is a row id of `table_name`, not an office."""
    __tablename__ = "id_map"
    id: Mapped[int] = mapped_column(primary_key=True)
    checkout_id: Mapped[int] = mapped_column(ForeignKey("checkouts.id"), index=True)
    table_name: Mapped[str | None] = mapped_column(String(60))
    laptop_id: Mapped[int] = mapped_column(BigInteger)
    office_row_id: Mapped[int] = mapped_column(BigInteger)
    __table_args__ = (Index("ix_id_map_checkout_id_laptop_id", "checkout_id", "laptop_id"),)


class SyncConflict(VersionCountedByMapper, Base):
    """Office side: an operation whose premises failed at check-in, waiting for a person's decision (apply, adapt
    with edited inputs, or drop with a reason); `version` stops two supervisors deciding it at once."""
    __tablename__ = "sync_conflicts"
    id: Mapped[int] = mapped_column(primary_key=True)
    checkout_id: Mapped[int] = mapped_column(ForeignKey("checkouts.id"), index=True)
    op_id: Mapped[str] = mapped_column(String(36), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    command: Mapped[str] = mapped_column(String(80))
    inputs_json: Mapped[str] = mapped_column(Text)
    laptop_at: Mapped[datetime] = mapped_column(DateTime)
    laptop_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    record_kind: Mapped[str] = mapped_column(String(20), default="")
    record_id: Mapped[int | None] = mapped_column(Integer)
    reason_code: Mapped[str] = mapped_column(String(60))
    reason_detail: Mapped[str] = mapped_column(Text, default="")
    office_side_json: Mapped[str] = mapped_column(Text, default="")
    laptop_side_json: Mapped[str] = mapped_column(Text, default="")
    state: Mapped[str] = mapped_column(String(20), default="open", index=True)   # open | applied | adapted | dropped
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    decided_at: Mapped[datetime | None] = mapped_column(DateTime)
    decision_reason: Mapped[str] = mapped_column(Text, default="")


class LaptopState(Base):
    """Laptop side, one row: what makes a database a laptop copy (ipcase.sync.laptop.is_laptop) — which check-out,
    from which office, for whom, and the laptop's keys. `checkout_id` has no foreign key: the office's check-out
    row is not copied. `office_url` is empty for a package check-out (it may carry a password: the laptop file is
    meant to be encrypted)."""
    __tablename__ = "laptop_state"
    id: Mapped[int] = mapped_column(primary_key=True)
    checkout_id: Mapped[int] = mapped_column(Integer)
    office_id: Mapped[int] = mapped_column(ForeignKey("offices.id"))
    office_name: Mapped[str] = mapped_column(String(200))
    office_url: Mapped[str] = mapped_column(Text, default="")
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    laptop_name: Mapped[str] = mapped_column(String(100))
    private_key: Mapped[bytes] = mapped_column(LargeBinary)               # Ed25519, raw 32 bytes
    package_key: Mapped[bytes] = mapped_column(LargeBinary)
    checked_out_at: Mapped[datetime] = mapped_column(DateTime)
    until: Mapped[date | None] = mapped_column(Date)
    last_checkin_at: Mapped[datetime | None] = mapped_column(DateTime)


class OutboxOperation(Base):
    """Laptop side: one data-changing command run on the laptop, recorded in the same transaction, for replay at
    the office. `inputs_json` is `commands.Command(name, inputs).to_json()`; `seen_json` maps "kind:id" of each
    case/intake/mediation record the command touched to the version the laptop saw before it."""
    __tablename__ = "outbox"
    seq: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    op_id: Mapped[str] = mapped_column(String(36), unique=True)
    command: Mapped[str] = mapped_column(String(80))
    inputs_json: Mapped[str] = mapped_column(Text)
    seen_json: Mapped[str] = mapped_column(Text, default="{}")
    result_json: Mapped[str] = mapped_column(Text, default="null")
    at: Mapped[datetime] = mapped_column(DateTime)
    user_id: Mapped[int | None] = mapped_column(Integer)
    state: Mapped[str] = mapped_column(String(20), default="pending", index=True)
    message: Mapped[str] = mapped_column(Text, default="")
