"""Check-in (issue 14): the office replays a laptop's outbox through `ipcase.commands.run`.

Each operation runs in a transaction of its own, as the user who made it on the laptop and at the time they made
it (`audit.capture.AT`, origin "offline"), under the office's permissions, office scope, state machines and
deadline rules — the same services as online; its `applied_operations` row is written in that same transaction,
so a check-in killed at any point and repeated applies nothing twice (an op id already there is skipped and its
recorded result returned).

Before an operation runs its premises are checked; one that fails sends it to the conflict queue
(`sync_conflicts`), never merged:
- the check-out still 'out' (a supervisor's 结束外出 ends it: `checkout_ended`);
- every record it touched still lent to this check-out (`not_checked_out`), unchanged at the office since this
  check-out's last replay on it (`changed_at_office`: office version ≠ `checkout_records.expected_version`; what
  arrives by post moves that version along, ipcase.sync.guard), and no earlier operation on it waiting in the queue
  (`earlier_conflict`);
- every laptop id it names mapped to an office row (`depends_on_conflict`: the operation that made the row did not
  apply).
A service's refusal (permission, state machine, validation …) also lands in the queue, with its reason as data
(reported as "refused"). After the last operation (`settle`): the records with nothing open are returned, the
check-out ends when nothing at all is open, and the 文号 reserved for the laptop and not used go back to the
counter when they are still its top, else are marked void ('unused') — ipcase.sync.settling."""
from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import event, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ipcase import commands
from ipcase.audit import capture
from ipcase.db.models.admin import User
from ipcase.db.models.cases import Case, TimelineEntry
from ipcase.db.models.intake import IntakeEvent, IntakeItem
from ipcase.db.models.mediation import MediationCase, MediationEvent
from ipcase.db.models.sync import (
    AppliedOperation,
    Checkout,
    CheckoutRecord,
    OutboxOperation,
    SyncConflict,
)
from ipcase.errors import (
    AccountRevoked,
    CheckedOut,
    ConcurrentModification,
    DatabaseBusy,
    HearingConflicts,
    IpcaseError,
    NotFound,
    PermissionDenied,
    StorageFailed,
    TransitionRefused,
    ValidationErrors,
    ValidationFailed,
)
from ipcase.services.numbering import REPLAY_NUMBERS, REPLAY_USED
from ipcase.sync import idmap
from ipcase.sync.checkin_session import act_as_checkin, lock_checkout
from ipcase.sync.guard import REPLAYING
from ipcase.sync.results import dump_result, load_result, plain
from ipcase.sync.settling import mark_numbers, settle
from ipcase.sync.units import Deferred, Savepoint

# Premises that failed: the operation met a different office record than the laptop saw.
CONFLICT_CODES = frozenset({"checkout_ended", "not_checked_out", "changed_at_office", "earlier_conflict",
                            "depends_on_conflict"})
# The inputs that carry the version of the record a form was loaded at (optimistic locking).
VERSION_KEYS = frozenset({"expected_version", "version", "case_version"})
# What a record kind is in the office database: its table's model, number column and timeline.
_RECORDS = {
    "case": (Case, "case_number", TimelineEntry, "case_id"),
    "intake": (IntakeItem, "number", IntakeEvent, "item_id"),
    "mediation": (MediationCase, "case_number", MediationEvent, "mediation_case_id"),
}
# The inputs by which the services name a record itself (an evidence item's `item_id` is a part, not a record).
_RECORD_KEYS = {"case": ("case_id",), "intake": ("item_id",), "mediation": ("case_id", "mediation_case_id")}
_TABLE_KIND = {model.__tablename__: kind for kind, (model, *_rest) in _RECORDS.items()}


@dataclass(frozen=True)
class OutboxOp:
    """One laptop operation as the office receives it (from the laptop database or a package)."""
    op_id: str
    seq: int
    command: str
    inputs: Mapping[str, Any]          # Command.to_json()["inputs"]
    at: datetime
    user_id: int | None
    seen: Mapping[str, Any] = field(default_factory=dict)   # "case:12" → version seen; "numbers" → [[kind, y, n]]
    result: Any = None                 # the laptop's result (ipcase.sync.results.plain)

    @property
    def records(self) -> list[tuple[str, int, int | None]]:
        """(kind, id, version seen) of each record the operation touched, in a stable order."""
        out = []
        for key, version in sorted(self.seen.items()):
            kind, _, rid = key.partition(":")
            if kind in _RECORDS and rid.isdigit():
                out.append((kind, int(rid), version if isinstance(version, int) else None))
        return out

    @property
    def numbers(self) -> list[tuple[str, int, int]]:
        return [(str(k), int(y), int(n)) for k, y, n in self.seen.get("numbers", ())]

    def as_json(self) -> dict:
        return {"op_id": self.op_id, "seq": self.seq, "command": self.command, "inputs": dict(self.inputs),
                "at": self.at.isoformat(), "user_id": self.user_id, "seen": dict(self.seen),
                "result": self.result}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> OutboxOp:
        return cls(op_id=data["op_id"], seq=int(data["seq"]), command=data["command"], inputs=data["inputs"],
                   at=datetime.fromisoformat(data["at"]), user_id=data.get("user_id"),
                   seen=data.get("seen") or {}, result=data.get("result"))


@dataclass(frozen=True)
class OpOutcome:
    """What became of one operation. `status`: applied | adapted | conflict (a premise failed) | refused (a rule
    of the office refused it; in the queue too) | dropped. `repeated`: dealt with by an earlier check-in."""
    op_id: str
    seq: int
    command: str
    status: str
    reason_code: str = ""
    reason_detail: str = ""
    conflict_id: int | None = None
    result: Any = None
    repeated: bool = False


@dataclass(frozen=True)
class CheckinReport:
    checkout_id: int
    items: tuple[OpOutcome, ...]
    checkout_state: str = "out"
    returned_records: int = 0
    numbers_returned: tuple[int, ...] = ()
    numbers_void: tuple[int, ...] = ()

    def count(self, status: str) -> int:
        return sum(1 for i in self.items if i.status == status)


# ---- reading the laptop's outbox (the direct path) -----------------------------------------------------

def ops_from_outbox(session: Session, states: Iterable[str] = ("pending", "conflict", "refused")) -> list[OutboxOp]:
    """The laptop's operations still to be checked in, in the order they were made."""
    rows = session.scalars(select(OutboxOperation).where(OutboxOperation.state.in_(tuple(states)))
                           .order_by(OutboxOperation.seq)).all()
    return [op_of_row(r) for r in rows]


def op_of_row(row: OutboxOperation) -> OutboxOp:
    data = json.loads(row.inputs_json or "{}")
    inputs = data.get("inputs", data) if isinstance(data, dict) and "command" in data else data
    return OutboxOp(op_id=row.op_id, seq=row.seq, command=row.command, inputs=inputs or {}, at=row.at,
                    user_id=row.user_id, seen=json.loads(row.seen_json or "{}"), result=load_result(row.result_json))


OUTBOX_STATE = {"applied": "applied", "adapted": "applied", "conflict": "conflict", "refused": "refused",
                "dropped": "dropped"}


def mark_outbox(session: Session, report: CheckinReport) -> None:
    """Tell the laptop what became of its operations (the direct path; a package check-in writes the report
    beside the package instead). `message` is data: the reason code and detail, for the laptop's page."""
    by_id = {i.op_id: i for i in report.items}
    for row in session.scalars(select(OutboxOperation).where(OutboxOperation.op_id.in_(list(by_id)))):
        item = by_id[row.op_id]
        row.state = OUTBOX_STATE.get(item.status, row.state)
        row.message = json.dumps({"code": item.reason_code, "detail": item.reason_detail,
                                  "conflict_id": item.conflict_id}, ensure_ascii=False) if item.reason_code else ""


# ---- the check-in -----------------------------------------------------------------------------------

def check_in(new_uow: Callable, ops: Iterable[OutboxOp], *, checkout_id: int, now: datetime,
             progress=None, cancel=None) -> CheckinReport:
    """Replay `ops` (in `seq` order) at the office; see the module docstring. `cancel.check()` is asked before
    each operation: a cancelled check-in stops between two operations (ipcase.progress.Cancelled) and is repeated
    later without doing anything twice."""
    ops = sorted(ops, key=lambda o: o.seq)
    items = []
    for i, op in enumerate(ops):
        if cancel is not None:
            cancel.check()
        items.append(replay(new_uow, op, checkout_id=checkout_id, now=now))
        if progress is not None:
            progress(i + 1, len(ops), op.command)
    settled = settle(new_uow, checkout_id, now)
    return CheckinReport(checkout_id, tuple(items), **settled)


def replay(new_uow: Callable, op: OutboxOp, *, checkout_id: int, now: datetime) -> OpOutcome:
    """One operation, in a transaction of its own with its applied_operations row (or its conflict)."""
    with new_uow(viewer_id=None) as uow:
        s = uow.session
        checkout = lock_checkout(s, checkout_id)
        done = s.get(AppliedOperation, op.op_id)
        if done is not None:
            return _recorded(s, op, done)
        failed = premise(s, checkout, op)
        if failed is None:
            try:
                result = run_replayed(uow, checkout, op, op.inputs, now=now, status="applied")
                return OpOutcome(op.op_id, op.seq, op.command, "applied", result=result)
            except (StorageFailed, DatabaseBusy):
                raise   # the database itself failed: stop; the repeated check-in starts here again
            except IpcaseError as e:
                failed = reason_of(e)
            except (TypeError, ValueError, LookupError) as e:   # inputs the office cannot read (another version)
                failed = ("unreadable", f"{type(e).__name__}: {e}"[:500])
            except IntegrityError as e:   # a constraint of the office database: queued, not a stuck check-in
                failed = ("integrity", str(e.orig)[:500])
    return _queue(new_uow, op, checkout_id, failed, now)


def premise(s: Session, checkout: Checkout, op: OutboxOp) -> tuple[str, str] | None:
    if checkout.state != "out":
        return "checkout_ended", checkout.state
    mapping = idmap.load(s, checkout.id)
    missing = sorted(idmap.laptop_ids(op.inputs) - set(mapping))
    if missing:
        return "depends_on_conflict", ",".join(map(str, missing))
    waiting = _waiting_records(s, checkout.id, mapping)
    for kind, laptop_rid, _seen in op.records:
        rid = mapping.get(laptop_rid, laptop_rid)
        if idmap.is_laptop_id(rid):
            return "depends_on_conflict", str(laptop_rid)
        if (kind, rid) in waiting:
            return "earlier_conflict", f"{kind}:{rid}"
        held = _held(s, checkout.id, kind, rid)
        if held is None:
            return "not_checked_out", f"{kind}:{rid}"
        version = record_version(s, kind, rid)
        if version != held.expected_version:
            return "changed_at_office", f"{kind}:{rid}:{held.expected_version}->{version}"
    return None


def _waiting_records(s: Session, checkout_id: int, mapping: Mapping[int, int]) -> set[tuple[str, int]]:
    """Every record an open conflict of the check-out touched: its main record and the others it saw."""
    out: set[tuple[str, int]] = set()
    for kind, rid, laptop_side in s.execute(select(
            SyncConflict.record_kind, SyncConflict.record_id, SyncConflict.laptop_side_json).where(
            SyncConflict.checkout_id == checkout_id, SyncConflict.state == "open")):
        if kind and rid is not None:
            out.add((kind, rid))
        try:
            seen = json.loads(laptop_side or "{}").get("seen") or {}
        except (ValueError, AttributeError):
            seen = {}
        probe = OutboxOp("", 0, "", {}, datetime.min, None, seen)
        out |= {(k, mapping.get(r, r)) for k, r, _v in probe.records}
    return out


def run_replayed(uow, checkout: Checkout, op: OutboxOp, inputs: Mapping[str, Any], *, now: datetime,
                 status: str, finish: Callable[[Session], None] | None = None) -> Any:
    """Run `op` (with `inputs`, the laptop's or a person's adapted ones) in `uow` as the laptop did — its user,
    its time, marked offline — write its bookkeeping (id map, expected versions, 文号 used, applied_operations)
    and commit. The premises are the caller's: checked by `replay`, decided by a person in the queue (who
    passes `finish`, called before the commit, to record the decision under their own name)."""
    s = uow.session
    mapping = idmap.load(s, checkout.id)
    office_inputs = idmap.translate(dict(inputs), mapping)
    office_inputs = _current_versions(s, op, office_inputs, mapping)
    command = commands.Command.from_json({"command": op.command, "inputs": office_inputs})
    inserted: set[tuple[str, int]] = set()

    def collect(session, _context):
        for obj in session.new:
            table = type(obj).__table__.name if hasattr(type(obj), "__table__") else None
            ident = getattr(obj, "id", None)
            if table and isinstance(ident, int):
                inserted.add((table, ident))

    event.listen(s, "after_flush", collect)
    saved = {k: s.info.get(k) for k in (capture.AT, capture.ORIGIN, REPLAYING)}
    s.info.update({capture.AT: op.at, capture.ORIGIN: "offline", REPLAYING: checkout.id,
                   REPLAY_NUMBERS: _numbers(op), REPLAY_USED: []})
    try:
        result = commands.run(command, *_units(uow, command))
        s.flush()
    finally:
        event.remove(s, "after_flush", collect)
    # The bookkeeping below is the check-in's own, at the office's time.
    s.info[capture.AT] = now
    s.info[capture.ORIGIN] = saved[capture.ORIGIN] or "online"
    office_result = plain(result)
    tables: dict[int, set[str]] = {}
    for table, row_id in inserted:
        tables.setdefault(row_id, set()).add(table)
    found = list(idmap.pairs(op.result, office_result))
    new = idmap.store(s, checkout.id, found, {i: next(iter(t)) for i, t in tables.items() if len(t) == 1})
    mapping.update(new)
    _hold_new_records(s, checkout, new, tables, now)
    for kind, laptop_rid, _seen in op.records:
        held = _held(s, checkout.id, kind, mapping.get(laptop_rid, laptop_rid))
        if held is not None:
            held.expected_version = record_version(s, kind, held.record_id)
    mark_numbers(s, checkout, s.info.pop(REPLAY_USED, []), now)
    s.info.pop(REPLAY_NUMBERS, None)
    done = s.get(AppliedOperation, op.op_id)
    if done is None:
        s.add(AppliedOperation(op_id=op.op_id, checkout_id=checkout.id, seq=op.seq, command=op.command,
                               status=status, applied_at=now, result_json=dump_result(result)))
    else:   # it waited in the conflict queue: a person decided to apply it
        done.status, done.applied_at, done.result_json = status, now, dump_result(result)
    if finish is not None:
        finish(s)
    if done is None:
        checkout.last_checkin_at = now
    uow.commit()
    s.info[REPLAYING] = saved[REPLAYING]
    return office_result


def reason_of(e: IpcaseError) -> tuple[str, str]:
    """A refusal of the office's rules as (code, detail) data."""
    if isinstance(e, ConcurrentModification):
        return "changed_at_office", f"{e.kind}:{e.key}:{e.expected_version}->{e.actual_version}"
    if isinstance(e, CheckedOut):
        return "checked_out_elsewhere", f"{e.kind}:{e.number}:{e.laptop}"
    if isinstance(e, AccountRevoked):
        return "account_revoked", str(e.user_id)
    if isinstance(e, PermissionDenied):
        return "permission", f"{e.action}:{getattr(e, 'reason', e.role) or ''}"
    if isinstance(e, TransitionRefused):
        return "transition", f"{e.event}:{e.state}:{e.code}"
    if isinstance(e, ValidationFailed):
        return "validation", f"{e.field}:{e.reason}"
    if isinstance(e, ValidationErrors):
        return "validation", ";".join(f"{x.field}:{x.reason}" for x in e.errors)
    if isinstance(e, NotFound):
        return "not_found", f"{e.kind}:{e.key}"
    if isinstance(e, HearingConflicts):
        return "hearing_conflicts", ";".join(f"{sev}:{code}" for code, sev, _ in e.findings)
    return type(e).__name__, str(e)[:500]


# ---- the conflict queue -------------------------------------------------------------------------------

def _queue(new_uow: Callable, op: OutboxOp, checkout_id: int, failed: tuple[str, str], now: datetime) -> OpOutcome:
    code, detail = failed
    with new_uow(viewer_id=None) as uow:
        s = uow.session
        checkout = lock_checkout(s, checkout_id)
        done = s.get(AppliedOperation, op.op_id)
        if done is not None:   # a check-in running beside this one got there first
            return _recorded(s, op, done)
        act_as_checkin(s, checkout, now, op.user_id)
        mapping = idmap.load(s, checkout_id)
        kind, rid = _main_record(op, mapping)
        conflict = SyncConflict(
            checkout_id=checkout_id, op_id=op.op_id, seq=op.seq, command=op.command,
            inputs_json=json.dumps({"command": op.command, "inputs": dict(op.inputs)}, ensure_ascii=False),
            laptop_at=op.at, laptop_user_id=op.user_id, record_kind=kind or "", record_id=rid,
            reason_code=code, reason_detail=detail,
            office_side_json=json.dumps(office_side(s, checkout_id, kind, rid), ensure_ascii=False, default=str),
            laptop_side_json=json.dumps(laptop_side(op), ensure_ascii=False, default=str), state="open")
        s.add(conflict)
        s.add(AppliedOperation(op_id=op.op_id, checkout_id=checkout_id, seq=op.seq, command=op.command,
                               status="conflict", applied_at=now, result_json=None))
        checkout.last_checkin_at = now
        uow.commit()
        return OpOutcome(op.op_id, op.seq, op.command, status_of(code), code, detail, conflict.id)


def status_of(code: str) -> str:
    return "conflict" if code in CONFLICT_CODES else "refused"


def office_side(s: Session, checkout_id: int, kind: str | None, rid: int | None) -> dict:
    """The office's record as it is now, and what happened to it since this check-out last replayed on it."""
    if kind not in _RECORDS or rid is None or idmap.is_laptop_id(rid):
        return {}
    model, number_column, entry, owner = _RECORDS[kind]
    row = s.execute(select(getattr(model, number_column), model.state, model.version)
                    .where(model.id == rid)).first()
    if row is None:
        return {"kind": kind, "id": rid, "missing": True}
    held = _held(s, checkout_id, kind, rid, active_only=False)
    since = held.expected_version if held is not None else None
    changes = []
    if since is not None:
        names = dict(s.execute(select(User.id, User.full_name)).all())
        for e in s.scalars(select(entry).where(getattr(entry, owner) == rid, entry.version > since)
                           .order_by(entry.id)):
            changes.append({"at": e.at.isoformat(), "user": names.get(e.actor_id, ""), "kind": e.kind,
                            "version": e.version})
    return {"kind": kind, "id": rid, "number": row[0] or "", "state": row[1], "version": row[2],
            "expected_version": since, "changes": changes}


def laptop_side(op: OutboxOp) -> dict:
    return {"command": op.command, "inputs": dict(op.inputs), "at": op.at.isoformat(), "user_id": op.user_id,
            "seen": dict(op.seen), "result": op.result}


# ---- helpers ---------------------------------------------------------------------------------------

def _recorded(s: Session, op: OutboxOp, done: AppliedOperation) -> OpOutcome:
    c = s.scalar(select(SyncConflict).where(SyncConflict.op_id == op.op_id).order_by(SyncConflict.id.desc()))
    if done.status == "conflict":
        code = c.reason_code if c is not None else ""
        return OpOutcome(op.op_id, op.seq, op.command, status_of(code), code,
                         c.reason_detail if c is not None else "", c.id if c is not None else None, repeated=True)
    if c is not None:   # decided in the queue: the decision and its reason
        return OpOutcome(op.op_id, op.seq, op.command, done.status, c.reason_code, c.decision_reason, c.id,
                         load_result(done.result_json), repeated=True)
    return OpOutcome(op.op_id, op.seq, op.command, done.status, result=load_result(done.result_json),
                     repeated=True)


def _held(s: Session, checkout_id: int, kind: str, rid: int, active_only: bool = True) -> CheckoutRecord | None:
    q = select(CheckoutRecord).where(CheckoutRecord.checkout_id == checkout_id, CheckoutRecord.kind == kind,
                                     CheckoutRecord.record_id == rid)
    if active_only:
        q = q.where(CheckoutRecord.returned_at.is_(None))
    return s.scalar(q.order_by(CheckoutRecord.id.desc()).limit(1))


def record_version(s: Session, kind: str, rid: int) -> int | None:
    model = _RECORDS[kind][0]
    return s.execute(select(model.version).where(model.id == rid).execution_options(populate_existing=True)).scalar()


def _main_record(op: OutboxOp, mapping: Mapping[int, int]) -> tuple[str | None, int | None]:
    for kind, rid, _seen in op.records:
        return kind, mapping.get(rid, rid) if idmap.is_laptop_id(rid) else rid
    return None, None


def _current_versions(s: Session, op: OutboxOp, inputs: Any, mapping: Mapping[int, int]) -> Any:
    """A person decided to apply an operation to a record that changed at the office since the laptop saw it: the
    laptop's form was loaded at the version it saw, the office record is the same record at the office's version,
    so the version input says the office's. Only a top-level version input (`expected_version`, `case_version`,
    `version`) of an operation that names the record itself (`_RECORD_KEYS`) and holds the version the laptop
    saw: a version of a part of the record (an evidence item's own version) is left alone — a part changed at the
    office refuses as it would online."""
    if not isinstance(inputs, Mapping):
        return inputs
    out = dict(inputs)
    for kind, rid, seen in op.records:
        rid = mapping.get(rid, rid)
        if seen is None or idmap.is_laptop_id(rid) or rid not in {inputs.get(k) for k in _RECORD_KEYS[kind]}:
            continue
        now_version = record_version(s, kind, rid)
        for key in VERSION_KEYS:
            if out.get(key) == seen and now_version is not None:
                out[key] = now_version
    return out


def _numbers(op: OutboxOp) -> dict[tuple[str, int], list[int]]:
    out: dict[tuple[str, int], list[int]] = {}
    for kind, year, number in op.numbers:
        out.setdefault((kind, year), []).append(number)
    return out


def _hold_new_records(s: Session, checkout: Checkout, new: Mapping[int, int], tables: Mapping[int, set[str]],
                      now: datetime) -> None:
    """A record the laptop created (an intake item registered at a fair) is this check-out's too until returned:
    the laptop's later operations on it are replayed under the same premises."""
    for office_id in new.values():
        for table in tables.get(office_id, ()):
            kind = _TABLE_KIND.get(table)
            if kind is None or _held(s, checkout.id, kind, office_id) is not None:
                continue
            model, number_column, *_ = _RECORDS[kind]
            number, version = s.execute(select(getattr(model, number_column), model.version)
                                        .where(model.id == office_id)).one()
            s.add(CheckoutRecord(checkout_id=checkout.id, kind=kind, record_id=office_id, number=number or "",
                                 version_at_checkout=version, expected_version=version))


def _units(uow, command: commands.Command) -> tuple:
    """What `commands.run` is given: the replay's unit, whose commit only flushes (the applied_operations row
    must commit with the operation), or for a batch command a factory of savepoints inside it."""
    if commands.spec(command.name).takes_uow_factory:
        return (lambda *_a, **_k: Savepoint(uow),)
    return (Deferred(uow),)


__all__ = ["CONFLICT_CODES", "CheckinReport", "OpOutcome", "OutboxOp", "check_in", "mark_outbox",
           "office_side", "op_of_row", "ops_from_outbox", "premise", "reason_of", "replay", "run_replayed",
           "status_of"]
