"""Offices kept apart in the database session itself (issue 12), so no service, query, script or import can get
around it.

- **Reads**: when a session carries an `OfficeScope` (`session.info["office_scope"]`, set by the unit of work
  bound to a viewer or by `services.common.actor`), every ORM SELECT — `session.get`, lazy loads, column selects,
  joins — sees only rows of the readable offices (`with_loader_criteria` added in a `do_orm_execute` listener).
  Bulk UPDATE/DELETE statements touch only the writable office's rows.
- **Writes**: at every flush each new, changed or deleted office-owned row must belong to the acting user's
  office (`session.info["actor_office_id"]`, else the scope's office) → `OfficeRefused`.
- **Ownership**: `OWNERSHIP` classifies every mapped class once: owned directly (an office column), owned
  through its parent row(s), or national (the same for every office). A test fails when a class is missing.
- **System work** (no viewer and no actor: start-up maintenance, `init`/`demo`, migrations, the recomputation
  of every office's deadlines after the national calendar changed) is unscoped; `system_work(session)` marks a
  derived step inside a user's gesture that must see and update every office.

The pure rule (who reads and writes which office) is `ipcase.domain.offices`.
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache

from sqlalchemy import (
    Integer,
    Text,
    bindparam,
    case,
    cast,
    event,
    inspect,
    literal_column,
    null,
    or_,
    select,
    union_all,
)
from sqlalchemy.orm import Session, with_loader_criteria

from ipcase.db.models import (
    admin,
    aggregates,
    audit,
    cases,
    corrections,
    credit,
    documents,
    evidence,
    hearings,
    intake,
    ledger,
    mediation,
    publication,
    recusal,
    satisfaction,
    sync,
)
from ipcase.domain.offices import DEFAULT_SUPERVISION, SUPERVISION_KEY, OfficeScope, is_top_level, scope_of
from ipcase.errors import AccountRevoked, NotFound, OfficeRefused

SCOPE_KEY = "office_scope"
_SYSTEM_KEY = "office_system_depth"
_OFFICES_KEY = "office_scope_all_offices"   # every office the database held when the scope was read


@dataclass(frozen=True)
class Direct:
    """The row names its office in `column`."""
    column: str = "office_id"


@dataclass(frozen=True)
class Through:
    """The row belongs to its parent row(s): (foreign-key attribute, parent class) pairs; the row is visible when
    any non-empty one points at a visible parent (a mediation session belongs to a case or a mediation case)."""
    parents: tuple[tuple[str, type], ...]


NATIONAL = "national"   # the same for every office (the official holiday table)


def _through(*parents: tuple[str, type]) -> Through:
    return Through(tuple(parents))


_CASE = ("case_id", cases.Case)
_ITEM = ("item_id", intake.IntakeItem)
_MCASE = ("mediation_case_id", mediation.MediationCase)

OWNERSHIP: dict[type, Direct | Through | str] = {
    # ---- administration ----
    admin.Office: Direct("id"),
    admin.User: Direct(),
    admin.Setting: Direct(),
    admin.SettingVersion: Direct(),
    admin.Sequence: Direct(),
    admin.HolidayYear: NATIONAL,
    admin.HolidayDay: NATIONAL,
    admin.RoutineRun: NATIONAL,   # when a start-of-day routine last ran over the whole database
    # ---- cases ----
    cases.Case: Direct(),
    # One row per patent number, shared by every case about it (the number is unique): public register data
    # (CNIPA), not an office's record; what an office did about a patent is in its cases, which are scoped.
    cases.Patent: NATIONAL,
    cases.Party: _through(_CASE),
    cases.Agent: _through(("party_id", cases.Party)),
    cases.Approval: _through(_CASE),
    cases.DeadlineRow: _through(_CASE),
    cases.Extension: _through(_CASE),
    cases.PanelSeat: _through(_CASE),
    cases.Pause: _through(_CASE),
    cases.TimelineEntry: _through(_CASE),
    corrections.PartyCorrection: _through(_CASE),
    # ---- documents ----
    documents.IssuedDocument: Direct(),
    documents.DocumentNumberPattern: Direct(),
    documents.CaseAttachment: _through(_CASE),
    documents.ServiceConsent: _through(("party_id", cases.Party)),
    documents.ServiceRecord: _through(("document_id", documents.IssuedDocument)),
    documents.ServeWaiting: Direct(),   # derived: 待送达 rows (ipcase.db.serve_waiting)
    # ---- evidence ----
    evidence.Appraisal: _through(_CASE),
    evidence.EvidenceExtension: _through(_CASE),
    evidence.EvidenceItem: _through(_CASE),
    evidence.EvidenceFile: _through(("item_id", evidence.EvidenceItem), ("opinion_id", evidence.TechOpinion)),
    evidence.InvestigationRecord: _through(_CASE),
    evidence.Seizure: _through(_CASE),
    evidence.TechOpinion: _through(_CASE),
    # ---- hearings ----
    hearings.HearingRoom: Direct(),
    hearings.Hearing: _through(_CASE),
    hearings.HearingPerson: _through(("hearing_id", hearings.Hearing)),
    hearings.PostponementRequest: _through(("hearing_id", hearings.Hearing)),
    hearings.ReturnSlip: _through(("hearing_id", hearings.Hearing)),
    hearings.HearingRecord: _through(_CASE),
    hearings.HearingAttendee: _through(("record_id", hearings.HearingRecord)),
    hearings.HearingCrossExam: _through(("record_id", hearings.HearingRecord)),
    hearings.HearingFeature: _through(("record_id", hearings.HearingRecord)),
    # ---- intake ----
    intake.IntakeItem: Direct(),
    intake.IntakeAttachment: _through(_ITEM),
    intake.IntakeDeadlineRow: _through(_ITEM),
    intake.IntakeEvent: _through(_ITEM),
    intake.IntakePatent: _through(_ITEM),
    intake.IntakeTarget: _through(_ITEM),
    # ---- mediation ----
    mediation.MediationCase: Direct(),
    mediation.MediationDocument: Direct(),
    mediation.Mediator: Direct(),
    mediation.MediationDeadlineRow: _through(_MCASE),
    mediation.MediationEvent: _through(_MCASE),
    mediation.MediationParty: _through(_MCASE),
    mediation.MediatorAssignment: _through(_MCASE),
    mediation.MediationAgreement: _through(_CASE, _MCASE),
    mediation.MediationSession: _through(_CASE, _MCASE),
    mediation.MediationInstalment: _through(("agreement_id", mediation.MediationAgreement)),
    mediation.MediationSignatory: _through(("agreement_id", mediation.MediationAgreement)),
    # ---- the audit trail: each entry names the office it happened in ----
    audit.AuditEntry: Direct(),
    # ---- recusal ----
    recusal.RecusalApplication: _through(_CASE),
    # ---- ledger import (issue 18): an import belongs to the office it imported into ----
    ledger.LedgerImport: Direct(),
    ledger.LedgerCase: _through(("import_id", ledger.LedgerImport)),
    # ---- credit list, enforcement of rulings, satisfaction (issue 17) ----
    credit.EnforcementRecord: _through(_CASE),
    credit.CreditListing: Direct(),
    satisfaction.SatisfactionSurvey: Direct(),
    # ---- publication ----
    publication.PublishedRuling: _through(_CASE),
    publication.TypicalCase: _through(_CASE),
    publication.RulingChange: _through(_CASE),
    publication.ConfidentialityRequest: _through(_CASE),
    # ---- the field laptop (issue 14): a check-out and its bookkeeping belong to the office that lent the
    # records; the laptop's own state names its office; the outbox is bookkeeping of a single-office laptop copy
    # (on an office database it stays empty), read by whoever runs the laptop ----
    sync.Checkout: Direct(),
    sync.CheckoutRecord: _through(("checkout_id", sync.Checkout)),
    sync.NumberBlock: Direct(),
    sync.ReservedNumber: _through(("block_id", sync.NumberBlock)),
    sync.AppliedOperation: _through(("checkout_id", sync.Checkout)),
    sync.IdMap: _through(("checkout_id", sync.Checkout)),
    sync.SyncPackage: _through(("checkout_id", sync.Checkout)),
    sync.SyncConflict: _through(("checkout_id", sync.Checkout)),
    sync.LaptopState: Direct(),
    sync.OutboxOperation: NATIONAL,
    # ---- the dashboard's aggregates (derived, kept by ipcase.db.aggregates) ----
    aggregates.CaseFacts: Direct(),
    aggregates.StatsCell: Direct(),
}


def register(cls: type, owner: Direct | Through | str) -> None:
    """Classify a mapped class defined outside the modules above (a later feature's own models)."""
    OWNERSHIP[cls] = owner
    cls.__ipcase_class__ = cls


for _cls in OWNERSHIP:
    # The criteria lambda receives a wrapper around the class; this attribute leads back to the table's key.
    _cls.__ipcase_class__ = _cls


def unclassified(mapped: list[type]) -> list[type]:
    return [c for c in mapped if c not in OWNERSHIP]


# ---- the criteria -----------------------------------------------------------------------------------

def visible(cls: type, office_ids: tuple[int, ...]):
    """The SQL condition for rows of `cls` that belong to one of `office_ids` (None: a national class)."""
    owner = OWNERSHIP[getattr(cls, "__ipcase_class__", cls)]
    if owner == NATIONAL:
        return None
    if isinstance(owner, Direct):
        return getattr(cls, owner.column).in_(office_ids)
    return or_(*(getattr(cls, fk).in_(select(parent.id).where(visible(parent, office_ids)))
                 for fk, parent in owner.parents))


@lru_cache(maxsize=256)
def _criteria(office_ids: tuple[int, ...]) -> tuple:
    # The lambda form: SQLAlchemy adapts it to aliases (a case's officer joined as an aliased User) and caches
    # the SQL per class, taking `office_ids` as a bound parameter of each execution. Built once per scope:
    # constructing the ~55 options analyses each lambda's closure, and doing that for every statement took
    # about a quarter of a gesture's time (profiled in the demo build, issue 16).
    return tuple(with_loader_criteria(cls, lambda c: visible(c, office_ids), include_aliases=True)
                 for cls, owner in OWNERSHIP.items() if owner != NATIONAL)


@contextmanager
def system_work(session: Session) -> Iterator[None]:
    """Inside a gesture: a derived step over every office (the national calendar changed, so every office's
    stored deadlines are recomputed). Neither the read filter nor the write guard applies inside."""
    session.info[_SYSTEM_KEY] = session.info.get(_SYSTEM_KEY, 0) + 1
    try:
        yield
    finally:
        session.info[_SYSTEM_KEY] -= 1


def _system(session: Session) -> bool:
    return session.info.get(_SYSTEM_KEY, 0) > 0


def in_system_work(session: Session) -> bool:
    """Inside `system_work` (the field laptop's guard lets such derived steps through too: ipcase.sync.guard)."""
    return _system(session)


def current_scope(session: Session) -> OfficeScope | None:
    return session.info.get(SCOPE_KEY)


# The scope's inputs in ONE statement on the session's connection (Core: no ORM execution, no identity map): the
# viewer's office and active flag (kind "u"), every office and its parent ("o"), the office's supervision setting
# ("s"). Read again at every unit of work — nothing cached between them, so a changed role, office, deactivation,
# office tree or setting takes effect at the next one — but as one round trip instead of three ORM selects (those
# cost a third of a list page's CPU, issue 19).
_USERS, _OFFICES, _SETTINGS = admin.User.__table__, admin.Office.__table__, admin.Setting.__table__


def _scope_inputs(office) -> list:
    return [select(literal_column("'o'"), _OFFICES.c.id, _OFFICES.c.parent_id, cast(null(), Text)),
            select(literal_column("'s'"), _SETTINGS.c.office_id, cast(null(), Integer), _SETTINGS.c.value)
            .where(_SETTINGS.c.office_id == office, _SETTINGS.c.key == SUPERVISION_KEY)]


_VIEWER = bindparam("viewer_id", type_=Integer)
_VIEWER_INPUTS = union_all(
    select(literal_column("'u'"), _USERS.c.office_id, case((_USERS.c.active, 1), else_=0), cast(null(), Text))
    .where(_USERS.c.id == _VIEWER),
    *_scope_inputs(select(_USERS.c.office_id).where(_USERS.c.id == _VIEWER).scalar_subquery()))
_OFFICE_INPUTS = union_all(*_scope_inputs(bindparam("office_id", type_=Integer)))


VIEWER_INPUTS = _VIEWER_INPUTS   # for a read that runs it without a session (ipcase.uow's read lane: viewer_scope)


def _scope_and_offices(rows, office_id: int) -> tuple[OfficeScope, frozenset]:
    # rows: (kind, a, b, value) by position (a UNION's columns are named after its first select)
    tree = {a: b for kind, a, b, _ in rows if kind == "o"}
    stored = next((value for kind, _, _, value in rows if kind == "s"), None)
    try:
        mode = json.loads(stored) if stored is not None else DEFAULT_SUPERVISION
    except ValueError:
        mode = DEFAULT_SUPERVISION   # scope_of also falls back on a value that names no mode
    return scope_of(tree, office_id, mode), frozenset(tree)


def _scope_from(session: Session, rows, office_id: int) -> OfficeScope:
    scope, offices = _scope_and_offices(rows, office_id)
    session.info[_OFFICES_KEY] = offices
    return scope


def viewer_scope(rows, viewer_id: int) -> tuple[OfficeScope, frozenset]:
    """bind_viewer's rule on the rows of VIEWER_INPUTS read by the caller for `viewer_id` (a read-only unit of
    work's lane reads them without a session, ipcase.uow): the viewer's scope and every office's id, or
    AccountRevoked for a user deactivated or removed."""
    user = next((r for r in rows if r[0] == "u"), None)
    if user is None or not user[2]:
        raise AccountRevoked(viewer_id)
    return _scope_and_offices(rows, user[1])


def readable_within(scope: OfficeScope, offices: frozenset) -> tuple[int, ...] | None:
    """readable_offices' rule for a scope and every office's id (viewer_scope's): None when it covers them all."""
    ids = tuple(sorted(scope.readable))
    return None if offices <= set(ids) else ids


def readable_from(rows, viewer_id: int) -> tuple[int, ...] | None:
    """readable_within(*viewer_scope(rows, viewer_id)): the offices a read-only unit's lane may read, from the
    VIEWER_INPUTS rows it has just read (ipcase.uow). The rule is worked out once per distinct rows (a pure
    function of them: the viewer's office and active flag, the office tree, the supervision setting) — it cost a
    rare search more Python than its read (issue 19, Q19b). The rows are still read at every unit of work, so an
    office moved, a setting changed or an account deactivated is seen at the next read; AccountRevoked is raised,
    never remembered."""
    return _readable_from(tuple(map(tuple, rows)), viewer_id)


@lru_cache(maxsize=256)
def _readable_from(rows: tuple, viewer_id: int) -> tuple[int, ...] | None:
    return readable_within(*viewer_scope(rows, viewer_id))


def compute_scope(session: Session, office_id: int) -> OfficeScope:
    """The scope of a user of `office_id`, from the office tree and their office's supervision setting, read as
    plain columns (nothing foreign enters the session's identity map)."""
    rows = session.connection().execute(_OFFICE_INPUTS, {"office_id": office_id}).all()
    return _scope_from(session, rows, office_id)


def set_scope(session: Session, scope: OfficeScope) -> None:
    session.info[SCOPE_KEY] = scope


VIEWER_KEY = "viewer_id"


def bind_viewer(session: Session, viewer_id: int) -> OfficeScope:
    """Scope `session` to what the user `viewer_id` may see, read from the database now (not from the login):
    a user deactivated or removed since is refused (`AccountRevoked`), reads too."""
    rows = session.connection().execute(_VIEWER_INPUTS, {"viewer_id": viewer_id}).all()
    scope, session.info[_OFFICES_KEY] = viewer_scope(rows, viewer_id)
    session.info[VIEWER_KEY] = viewer_id
    set_scope(session, scope)
    return scope


def bound_viewer(session: Session) -> int | None:
    return session.info.get(VIEWER_KEY)


def require_writable(session: Session, row, kind: str, action: str, role: str | None = None) -> None:
    """Refuse early, before anything is changed, a gesture on `row` (an office-owned record) outside the acting
    user's office: a supervising office gets `OfficeRefused("read_only")` (it may see the record), anyone else
    `NotFound` (they must not learn it exists). The flush guard below refuses the same later in any case."""
    office = _acting_office(session)
    if office is None or _system(session):
        return
    owner = _Owners(session).of_object(row)
    if owner and owner != {office}:
        scope = session.info.get(SCOPE_KEY)
        foreign = next(iter(owner - {office}))
        if scope is not None and scope.may_read(foreign):
            raise OfficeRefused(action, role, foreign, "read_only")
        raise NotFound(kind, inspect(row).identity[0] if inspect(row).identity else None)


def require_top_level(session: Session, office_id: int, action: str, role: str | None = None) -> None:
    """National records (the official holiday table) are kept by a top-level office (no parent) only."""
    with system_work(session):
        tree = {o: p for o, p in session.execute(select(admin.Office.id, admin.Office.parent_id))}
    if not is_top_level(tree, office_id):
        raise OfficeRefused(action, role, office_id, "national")


# ---- the listeners (installed once on the Session class) ---------------------------------------------

def readable_offices(session: Session) -> tuple[int, ...] | None:
    """The offices whose rows a read in `session` may return, or None when nothing is to be filtered (no scope,
    system work, or a scope that covers every office). The rule the ORM read filter below applies, for a Core
    statement that writes the office condition itself (a register's page: `office_id IN (…)` on the register's
    table, its children joined by their parent's id) and runs on `session.connection()`, where no ORM listener
    sees it."""
    scope = session.info.get(SCOPE_KEY)
    if scope is None or _system(session):
        return None
    return readable_within(scope, session.info.get(_OFFICES_KEY, frozenset({None})))


def _covers_all(session: Session, ids: tuple[int, ...]) -> bool:
    return session.info.get(_OFFICES_KEY, frozenset({None})) <= set(ids)


@event.listens_for(Session, "do_orm_execute")
def _filter(state) -> None:
    scope = state.session.info.get(SCOPE_KEY)
    if scope is None or _system(state.session):
        return
    if state.is_select:
        ids = tuple(sorted(scope.readable))
    elif state.is_update or state.is_delete:
        ids = (scope.writable,)
    else:
        return
    if _covers_all(state.session, ids):
        # The scope covers every office of the database (a one-office database: the demo, most offices): the
        # criteria would filter nothing, and adding them costs more than the statement itself in a short
        # gesture (SQLAlchemy builds a cache key over ~55 options per statement: a quarter of the demo build's
        # CPU, issue 16). An office created after the scope was read (`init --parent` in another session, while
        # this gesture runs) is not covered: its rows could be read in this one gesture only — a sub-office's
        # records, which its parent reads anyway under the default supervision.
        return
    state.statement = state.statement.options(*_criteria(ids))


def _acting_office(session: Session) -> int | None:
    if "actor_office_id" in session.info:
        return session.info["actor_office_id"]
    scope = session.info.get(SCOPE_KEY)
    return scope.writable if scope is not None else None


def _values(obj, attr: str) -> set:
    """The attribute's value now and, for a changed row, before (moving a row out of an office is a change there)."""
    hist = inspect(obj).attrs[attr].history
    return {v for v in (*hist.added, *hist.unchanged, *hist.deleted) if v is not None}


class _Owners:
    """Office of a row by class and id, looked up once per flush (parents that were deleted in the same flush
    are found among the deleted objects)."""

    def __init__(self, session: Session, in_flush: bool = False):
        self.session = session
        self.in_flush = in_flush   # the flush guard's: no SELECT of ours would flush first (see _loaded_own)
        self.cache: dict[tuple[type, object], set] = {}
        self.deleted = {(type(o), inspect(o).identity[0]): o for o in session.deleted
                        if inspect(o).identity is not None and len(inspect(o).identity) == 1}

    def of_object(self, obj) -> set:
        owner = OWNERSHIP.get(type(obj))
        if owner is None or owner == NATIONAL:
            return set()
        if isinstance(owner, Direct):
            return _values(obj, owner.column)
        out: set = set()
        for fk, parent in owner.parents:
            for parent_id in _values(obj, fk):
                out |= self.of_row(parent, parent_id)
        return out or {None}   # a row that belongs to nothing visible is not the actor's

    def of_row(self, cls: type, row_id) -> set:
        key = (cls, row_id)
        if key not in self.cache:
            obj = self.deleted.get(key)
            if obj is not None:
                self.cache[key] = self.of_object(obj)
            else:
                owner = OWNERSHIP[cls]
                if isinstance(owner, Direct):
                    found = self._loaded_own(cls, owner.column, row_id) if self.in_flush else None
                    if found is None:
                        found = self.session.scalar(select(getattr(cls, owner.column)).where(cls.id == row_id))
                    self.cache[key] = {found}
                else:
                    parents = self.session.execute(
                        select(*(getattr(cls, fk) for fk, _ in owner.parents)).where(cls.id == row_id)).first()
                    out: set = set()
                    for (_fk, parent), parent_id in zip(owner.parents, parents or (), strict=False):
                        if parent_id is not None:
                            out |= self.of_row(parent, parent_id)
                    self.cache[key] = out or {None}
        return self.cache[key]


    def _loaded_own(self, cls: type, column: str, row_id) -> int | None:
        """The acting office when the parent row is in the session, loaded, unchanged in `column` and of that
        office — what the SELECT would return: inside the flush every pending change is written, a row of the
        acting office is readable, and no service moves an owned record to another office after creating it —
        else None: ask the database. Only inside the flush guard, where a SELECT cannot autoflush: elsewhere
        skipping it would move a flush. The guard runs at every flush of every gesture, and the parent (the
        case, mostly) is nearly always in the session (issue 16)."""
        office = _acting_office(self.session)
        obj = self.session.identity_map.get(inspect(cls).identity_key_from_primary_key([row_id]))
        if obj is None or office is None:
            return None
        state = inspect(obj)
        value = state.dict.get(column)
        if value != office or column in state.committed_state or state.expired or state.deleted:
            return None
        scope = self.session.info.get(SCOPE_KEY)
        return office if scope is None or scope.may_read(office) else None


@event.listens_for(Session, "after_flush")
def _guard(session: Session, _context) -> None:
    # After the flush (still inside it: raising rolls it back) because only then do new child rows carry their
    # parent's key; the new/dirty/deleted sets and the attribute histories are still those of this flush.
    office = _acting_office(session)
    if office is None or _system(session):
        return
    owners = _Owners(session, in_flush=True)
    scope = session.info.get(SCOPE_KEY)
    for obj in (*session.new, *session.dirty, *session.deleted):
        for owner_office in owners.of_object(obj):
            if owner_office != office:
                readable = scope is not None and scope.may_read(owner_office)
                raise OfficeRefused(f"write:{type(obj).__name__}", None, owner_office,
                                    "read_only" if readable else "other_office")
