"""The audit trail as the 审计 section lists and exports it."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class AuditFilter:
    case_number: str = ""          # part of a 案号 (or 收案编号)
    actor_id: int | None = None
    date_from: date | None = None
    date_to: date | None = None    # inclusive
    action: str = ""               # part of the gesture or command name


@dataclass(frozen=True)
class AuditChange:
    column: str
    before: object
    after: object


@dataclass(frozen=True)
class AuditRow:
    seq: int
    at: datetime
    actor_name: str            # "" for the system
    office_id: int | None
    origin: str                # "online"; "offline" for a replayed field gesture (issue 14)
    action: str
    operation: str             # insert, update, delete, event, genesis, baseline
    record_kind: str           # the table, "" for an event of no record
    record_key: str
    case_number: str
    changes: tuple[AuditChange, ...]
