"""What the 外出办案 page and `python main.py sync status` show (issue 14): at the office, each check-out with its
records, open conflicts and how long its laptop has not checked in; on a laptop copy, what waits to be sent."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True)
class CheckedOutRecord:
    kind: str                     # case | intake | mediation
    record_id: int
    number: str                   # 案号 / 收案编号 / 调解案号 as recorded at check-out ("" before 立案)
    returned_at: datetime | None  # brought back by a check-in (None: still out)


@dataclass(frozen=True)
class CheckoutStatus:
    id: int
    version: int                  # for 结束外出's optimistic lock
    office_id: int
    user_id: int
    user_name: str                # the officer holding the records
    laptop_name: str
    created_at: datetime
    created_by_name: str
    until: date | None
    state: str                    # out | ended | returned
    last_checkin_at: datetime | None
    ended_at: datetime | None
    ended_by_name: str
    end_reason: str
    records: tuple[CheckedOutRecord, ...]
    open_conflicts: int
    days_without_checkin: int     # since the last check-in, or since the check-out when none yet
    warn: bool                    # out, and no check-in for more than the office's `sync.warn_days`
    overdue: bool                 # out after its `until`
    reserved_left: int = 0        # its 文号 still reserved (an ended check-out's: a supervisor may void them)


@dataclass(frozen=True)
class OutboxEntry:
    """One operation the laptop recorded, as the laptop's page lists it."""
    seq: int
    op_id: str
    command: str
    at: datetime
    user_name: str
    state: str                    # pending | applied | conflict | refused | dropped
    message: str


@dataclass(frozen=True)
class ReservedBlock:
    """文号 reserved for the laptop for one document type and year, and how many are still unused."""
    kind: str                     # the counter, "doc:<document type>"
    year: int
    first: int
    last: int
    left: int


@dataclass(frozen=True)
class LaptopStatus:
    """The laptop copy this database is (its `laptop_state` row) and its outbox."""
    checkout_id: int
    office_id: int
    office_name: str
    office_url: str               # "" for a package check-out: only 导出签入包 then
    user_id: int
    user_name: str
    laptop_name: str
    checked_out_at: datetime
    until: date | None
    last_checkin_at: datetime | None
    counts: dict[str, int] = field(default_factory=dict)   # outbox state → number of operations
    outbox: tuple[OutboxEntry, ...] = ()
    numbers: tuple[ReservedBlock, ...] = ()

    @property
    def pending(self) -> int:
        return self.counts.get("pending", 0)


@dataclass(frozen=True)
class SyncStatus:
    today: date
    warn_days: int
    laptop: LaptopStatus | None   # set when this database is a laptop copy
    checkouts: tuple[CheckoutStatus, ...]
    open_conflicts: int

    @property
    def warnings(self) -> tuple[CheckoutStatus, ...]:
        return tuple(c for c in self.checkouts if c.warn or c.overdue)


@dataclass(frozen=True)
class ConflictEntry:
    """One operation of the conflict queue, with both sides for the person who decides."""
    id: int
    version: int
    checkout_id: int
    laptop_name: str
    op_id: str
    seq: int
    command: str
    inputs: dict                  # the command's inputs as the laptop ran it
    laptop_at: datetime
    laptop_user_name: str
    record_kind: str
    record_id: int | None
    record_number: str
    reason_code: str
    reason_detail: str
    office_side: dict             # the record at the office now (what changed since the check-out)
    laptop_side: dict             # what the laptop saw and did
    state: str                    # open | applied | adapted | dropped
    decided_by_name: str
    decided_at: datetime | None
    decision_reason: str


@dataclass(frozen=True)
class RecordCheckout:
    """The 外出办案 line of a record: out with whom, on which laptop, since and until when."""
    kind: str
    record_id: int
    checkout_id: int
    user_name: str
    laptop_name: str
    since: datetime
    until: date | None
    on_this_laptop: bool = False  # this database is the laptop copy holding it


@dataclass(frozen=True)
class CheckinLine:
    """What became of one laptop operation at check-in, with the record it concerned."""
    seq: int
    command: str
    record_kind: str              # case | intake | mediation | "" (no record of those)
    record_id: int | None
    record_number: str            # as lent ("" for a record made on the laptop)
    new_record: bool              # a record the laptop registered itself (its number comes from the office now)
    status: str                   # applied | adapted | conflict | refused | dropped | skipped (an earlier check-in)
    reason_code: str
    reason_detail: str
    conflict_id: int | None
    at: datetime | None           # when the officer did it on the laptop
    outcome: str = ""             # the office's status of the operation (for "skipped": what the earlier one did)


@dataclass(frozen=True)
class CheckinSummary:
    checkout_id: int
    laptop_name: str
    lines: tuple[CheckinLine, ...]
    checkout_state: str           # out | ended | returned (everything came back)
    returned_records: int
    numbers_returned: int         # reserved 文号 given back to the counter
    numbers_void: int             # reserved 文号 marked 作废
    office_url: str = ""          # the direct path: the office database the laptop checked in to
    receipt: str = ""             # the package path: the office's receipt file for the laptop

    def count(self, *statuses: str) -> int:
        return sum(1 for line in self.lines if line.status in statuses)
