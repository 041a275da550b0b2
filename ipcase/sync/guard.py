"""At the office, a record checked out to a field laptop changes only by that laptop's check-in (issue 14).

One rule on every path: a flush listener on every session (installed by `ipcase.uow.uow_factory`, like the audit
trail) finds the case, intake item or mediation case each written row belongs to (the row itself, or up its
foreign keys: a party → its case, a service record → its document → its case) and refuses the flush with
`CheckedOut` when one of them is lent to a laptop (`checkout_records` of a check-out in state 'out', not yet
returned) — unless one of these holds:

- the session is the replay of that very check-out (`REPLAYING` names its id: `ipcase.sync.checkin`);
- the gesture is one of `BY_POST`: what reaches the office by post or at its counter while the officer is away —
  the 送达回证 of a document (service recorded, its receipt date, the scan of the signed slip), a party's
  submission filed in the case file or added to an intake item, the 补正材料 of an intake item;
- the change is the system's own, with no user acting (start-up routines: a 公告送达 whose deemed day came, the
  limits of a suspended case moved on), or a derived step inside a gesture (`office_scope.system_work`);
- the row is derived from the record's facts and recomputed from them (`DERIVED`: the stored deadlines), or only
  columns made from the row's own content changed (`DERIVED_COLUMNS`: a document's files made on first opening).

Everything else — a decision, a hearing, an issued document, a correction — waits for the check-in, or for a
supervisor to end the check-out (结束外出). An allowed change still changes the record at the office: the laptop's
operations on it made after the check-out meet a record they did not see, so the check-in sends them to the
conflict queue (`changed_at_office`) for a person to decide with both sides shown — never merged unseen.

Cost: nothing for a flush that writes no row of a record; otherwise one indexed query (`checkout_records` by kind
and record id) per record and transaction — a gesture's later flushes on the same record ask nothing — plus a
parent-row lookup only for a row whose parent is not already in the session, and a second query only when a
written record is lent. Measured on the shared test machine: ~1.5 ms of a ~90 ms evidence registration, where
a bare `select 1` inside a flush took 0.35 ms (README "The field laptop")."""
from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from sqlalchemy import Table, bindparam, event, inspect, select
from sqlalchemy.orm import Session

from ipcase.db import office_scope
from ipcase.db.base import Base
from ipcase.db.models.admin import User
from ipcase.db.models.sync import Checkout, CheckoutRecord
from ipcase.errors import CheckedOut

REPLAYING = "sync.checkin"   # session.info: the id of the check-out whose operations this session replays

# The gestures (`services.common.actor`'s action) that may change a checked-out record at the office: what
# arrives by post or is handed in while the record is out. The one list; README "The field laptop" quotes it.
BY_POST = frozenset({
    "record_service",               # 登记送达: the returned 送达回证 says when and how a document was served
    "record_receipt",               # 签收日期 of a mailed document (postal tracking, the returned slip)
    "attach_proof",                 # the scan of the signed 送达回证
    "add_attachment",               # a party's submission filed in the case file (卷宗附件)
    "intake.attach",                # a party's material added to an intake item
    "intake.correction_received",   # 补正材料 of an intake item received
})

# Record tables and the kind a check-out names them by.
RECORDS = {"cases": "case", "intake_items": "intake", "mediation_cases": "mediation"}
# Rows recomputed from a record's facts whenever they change (the office's start-of-day refresh too).
DERIVED = frozenset({"deadlines", "intake_deadlines", "mediation_deadlines"})
# Columns made from a row's own content when first needed: an issued document's PDF/DOCX, made when it is first
# opened (ipcase.loaders.document_files) — reading a lent case's document at the office stores them.
DERIVED_COLUMNS = {"documents": frozenset({"pdf", "docx", "pages"})}
# Parents that are not part of a record: walking up to them says nothing about which record a row belongs to.
_NOT_RECORD_PARENTS = frozenset({"users", "offices", "patents", "hearing_rooms", "mediators", "checkouts",
                                 "number_blocks", "sequences", "settings"})
_DEPTH = 4

_installed = False


def install() -> None:
    global _installed
    if not _installed:
        event.listen(Session, "after_flush", _guard)
        _installed = True


def allowed_by_post(action: str | None) -> bool:
    return action in BY_POST


# ---- which record a row belongs to -----------------------------------------------------------------

@cache
def _mapper_of_table(name: str):
    for m in Base.registry.mappers:
        if m.local_table.name == name:
            return m
    return None


class _Records:
    """(kind, record id) of the rows of one flush; parents looked up once each."""

    def __init__(self, session: Session):
        self.session = session
        self.cache: dict[tuple[str, object], frozenset] = {}

    def of_object(self, obj) -> set[tuple[str, int]]:
        mapper = inspect(obj).mapper
        table = mapper.local_table
        if table.name in DERIVED:
            return set()
        if table.name in RECORDS:
            ident = inspect(obj).identity
            return {(RECORDS[table.name], ident[0])} if ident else set()
        out: set[tuple[str, int]] = set()
        for column, parent in _links(table):
            prop = mapper.get_property_by_column(table.c[column])
            hist = inspect(obj).attrs[prop.key].history
            for value in {*hist.added, *hist.unchanged, *hist.deleted}:
                if value is not None:
                    out |= self.of_row(parent, value, _DEPTH)
        return out

    def of_row(self, table: Table, row_id, depth: int) -> frozenset:
        if table.name in RECORDS:
            return frozenset({(RECORDS[table.name], row_id)})
        key = (table.name, row_id)
        if key in self.cache:
            return self.cache[key]
        links = _links(table)
        if depth == 0 or not links:
            return frozenset()
        values = self._parent_values(table, row_id, [c for c, _ in links])
        out: set = set()
        for (_column, parent), value in zip(links, values, strict=True):
            if value is not None:
                out |= self.of_row(parent, value, depth - 1)
        self.cache[key] = frozenset(out)
        return self.cache[key]

    def _parent_values(self, table: Table, row_id, columns: list[str]) -> list:
        mapper = _mapper_of_table(table.name)
        if mapper is not None:
            obj = self.session.identity_map.get(mapper.identity_key_from_primary_key([row_id]))
            if obj is not None:   # loaded by the gesture: no query
                return [getattr(obj, mapper.get_property_by_column(table.c[c]).key) for c in columns]
        pk = list(table.primary_key.columns)
        if len(pk) != 1:
            return [None] * len(columns)
        row = self.session.connection().execute(
            select(*(table.c[c] for c in columns)).where(pk[0] == row_id)).first()
        return list(row) if row is not None else [None] * len(columns)


@cache
def _links(table: Table) -> tuple[tuple[str, Table], ...]:
    """(column, parent table) of each single-column foreign key that may lead to a record."""
    out = []
    for fk in table.foreign_keys:
        parent = fk.column.table
        if parent is table or parent.name in _NOT_RECORD_PARENTS:
            continue
        if len(fk.constraint.columns) == 1:
            out.append((fk.parent.name, parent))
    return tuple(sorted(out, key=lambda link: link[0]))


def records_of(session: Session, objects: Iterable) -> set[tuple[str, int]]:
    """The (kind, id) of the records these ORM objects belong to."""
    finder = _Records(session)
    out: set[tuple[str, int]] = set()
    for obj in objects:
        out |= finder.of_object(obj)
    return out


_CR, _CO, _U = CheckoutRecord.__table__.c, Checkout.__table__.c, User.__table__.c
# One statement built once (its SQL compiled once and cached): the candidates among the written records, by the
# (kind, record_id) index; only when one is found does a second query read the check-out (the refusal's data).
_CANDIDATES = (select(_CR.id, _CR.kind, _CR.record_id)
               .where(_CR.kind.in_(bindparam("kinds", expanding=True)),
                      _CR.record_id.in_(bindparam("ids", expanding=True)), _CR.returned_at.is_(None)))
_CANDIDATE = (select(_CR.id, _CR.kind, _CR.record_id)   # the common flush: one record (no IN list to render)
              .where(_CR.kind == bindparam("kind"), _CR.record_id == bindparam("rid"), _CR.returned_at.is_(None)))
_DETAIL = (select(_CR.id, _CR.kind, _CR.record_id, _CR.number, _CR.checkout_id, _CO.created_at, _CO.until,
                  _CO.laptop_name, _U.full_name)
           .join(Checkout.__table__, _CO.id == _CR.checkout_id)
           .join(User.__table__, _U.id == _CO.user_id)
           .where(_CR.id.in_(bindparam("rows", expanding=True)), _CO.state == "out"))


def lent(session: Session, records: set[tuple[str, int]]) -> list:
    """The active check-out rows of these records (check-out 'out', record not returned). Asked once per record
    and transaction: a gesture flushes several times on the same record (its rows, then its timeline entry)."""
    txn, known = session.info.get(_LENT_KEY, (None, {}))
    if txn is not session.get_transaction():
        txn, known = session.get_transaction(), {}
        session.info[_LENT_KEY] = (txn, known)
    todo = {r for r in records if r not in known}
    if todo:
        for r in todo:
            known[r] = []
        for row in _ask(session, todo):
            known[(row.kind, row.record_id)].append(row)
    return [row for r in records for row in known[r]]


_LENT_KEY = "sync.guard.lent"


def _ask(session: Session, records: set[tuple[str, int]]) -> list:
    conn = session.connection()
    if len(records) == 1:
        ((kind, rid),) = records
        candidates = conn.execute(_CANDIDATE, {"kind": kind, "rid": rid})
    else:
        candidates = conn.execute(_CANDIDATES, {"kinds": sorted({k for k, _ in records}),
                                                "ids": sorted({i for _, i in records})})
    found = [r.id for r in candidates if (r.kind, r.record_id) in records]
    if not found:
        return []
    return list(conn.execute(_DETAIL, {"rows": found}))


# ---- the listener -----------------------------------------------------------------------------------

def written_rows(session: Session) -> list:
    """The rows a flush writes: new and deleted ones, and dirty ones with a column changed (a row only touched
    through a relationship collection writes nothing)."""
    dirty = session.dirty   # a property that walks the identity map: once, not once per object
    return [o for o in (*session.new, *dirty, *session.deleted)
            if o not in dirty or session.is_modified(o, include_collections=False)]


_ACTIVE_LIMIT = 1000   # more records out at once than this: ask per record (`lent`) as before
_ACTIVE = select(_CR.kind, _CR.record_id).where(_CR.returned_at.is_(None)).limit(_ACTIVE_LIMIT + 1)
_ACTIVE_KEY = "sync.guard.active"   # session.info: (transaction, the records out, or None: too many to hold)


def _records_out(session: Session) -> frozenset | None:
    """Every record a check-out record names and has not returned — the candidates `lent` asks about — read
    once per transaction, or None when there are more than _ACTIVE_LIMIT. Most offices never lend a record:
    then no flush needs to work out which records its rows belong to (that walk cost ≈ 3 % of the demo build,
    issue 16), and a gesture on a record that is not out asks nothing more. Like `lent`'s answers, it holds for
    the transaction; a flush that writes check-out bookkeeping (a check-out in this transaction) drops it."""
    txn = session.get_transaction()
    held = session.info.get(_ACTIVE_KEY)
    if held is not None and held[0] is txn:
        return held[1]
    found = session.connection().execute(_ACTIVE).all()
    out = None if len(found) > _ACTIVE_LIMIT else frozenset((kind, rid) for kind, rid in found)
    session.info[_ACTIVE_KEY] = (txn, out)
    return out


def _guard(session: Session, _context) -> None:
    if any(isinstance(o, Checkout | CheckoutRecord) for o in (*session.new, *session.dirty)):
        session.info.pop(_ACTIVE_KEY, None)   # records may have gone out (or come back) in this flush
    out = _records_out(session)
    if out is not None and not out:
        return
    written = [o for o in written_rows(session) if inspect(o).mapper.local_table.name not in _BOOKKEEPING
               and not _derived_only(session, o)]
    if not written:
        return
    records = records_of(session, written)
    if out is not None:
        records &= out   # only a record out can be lent: `lent` would find nothing for the others
    if not records:
        return
    rows = lent(session, records)
    if not rows:
        return
    replaying = session.info.get(REPLAYING)
    system = "actor_id" not in session.info or office_scope.in_system_work(session)
    post = allowed_by_post(session.info.get("action"))
    for row in rows:
        if replaying is not None and row.checkout_id == replaying:
            continue
        if not (system or post):
            raise CheckedOut(row.kind, row.number, row.full_name, row.laptop_name, row.created_at, row.until)


def _derived_only(session: Session, obj) -> bool:
    """A changed row whose only changes are DERIVED_COLUMNS (new and deleted rows are real changes)."""
    state = inspect(obj)
    derived = DERIVED_COLUMNS.get(state.mapper.local_table.name)
    if derived is None or obj in session.new or obj in session.deleted:
        return False
    changed = {a.key for a in state.mapper.column_attrs if state.attrs[a.key].history.has_changes()}
    return bool(changed) and changed <= derived


# Rows of the sync bookkeeping itself never make a record "changed" (they point at check-outs, not records).
_BOOKKEEPING = frozenset({"checkouts", "checkout_records", "number_blocks", "reserved_numbers",
                          "applied_operations", "id_map", "sync_conflicts", "laptop_state", "outbox",
                          "audit_entries"})


__all__ = ["BY_POST", "DERIVED", "DERIVED_COLUMNS", "RECORDS", "REPLAYING", "allowed_by_post", "install", "lent", "records_of",
           "written_rows"]
