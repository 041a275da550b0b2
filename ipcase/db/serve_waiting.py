"""文书 › 待送达 kept in the writing transaction (issue 19): the table `serve_waiting` (migration 0033) holds one
row per (issued document, addressee) still to serve, so the register's first page and its count are walks of
the index `ix_serve_waiting_office` (office, 签发时间, row id) instead of a pass over every issued document.

What "still to serve" means is ONE statement, `pending(...)`: documents of a served type (the catalogue) that no
correction replaced; each party of the case for a document served on all parties, the document's own addressee
for the others; unless a service on that addressee was received (签收).

Kept by an ORM session hook, like the dashboard's aggregates: `after_flush` notes the cases whose waiting rows a
flush may change (an issued document, a service record, a party added or removed) — and `do_orm_execute` those a
bulk UPDATE/DELETE of these tables reaches —, `before_commit` recomputes those cases' rows and writes only the
difference. Every application writer goes through an ORM session —
services, commands, imports, the laptop check-in's replay, the sync guard's BY_POST paths, the demo — so the
rows hold on every path. A writer that bypasses the ORM calls `rebuild(connection)` (the laptop copy does)."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from sqlalchemy import (
    BigInteger,
    and_,
    cast,
    delete,
    exists,
    func,
    insert,
    literal,
    or_,
    select,
    union_all,
)
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session, aliased

from ipcase.db.kept_rows import KeptRows
from ipcase.db.models.cases import Case, Party
from ipcase.db.models.documents import IssuedDocument, ServeWaiting, ServiceRecord
from ipcase.domain.documents.types import CATALOG, Addressee

ROW_SPAN = 2 ** 32     # row id = document id × 2³² + party id (0 for an addressee who is no party)
PENDING = "serve_waiting_cases"   # session.info: case ids whose waiting rows this transaction may have changed
_deferred: dict = {}   # engine -> how many `deferred` blocks hold it (the hook skips its sessions' commits)

_SERVED = [d for d in CATALOG if d.served]
ON_PARTIES = tuple(d.key for d in _SERVED if d.addressee == Addressee.PARTIES)
ON_ONE = tuple(d.key for d in _SERVED if d.addressee != Addressee.PARTIES)
COLUMNS = ("id", "office_id", "case_id", "document_id", "party_id", "all_parties", "issued_at")


def pending(case_ids: Iterable[int] | None = None):
    """The waiting (document, addressee) rows as a SELECT of `COLUMNS`: of the given cases, or of all."""
    base = [~exists().where(aliased(IssuedDocument).corrects_id == IssuedDocument.id)]
    if case_ids is not None:
        base.append(IssuedDocument.case_id.in_(list(case_ids)))
    received = [ServiceRecord.document_id == IssuedDocument.id, ServiceRecord.received_date.is_not(None)]
    doc_id = cast(IssuedDocument.id, BigInteger) * literal(ROW_SPAN, BigInteger)
    common = (IssuedDocument.office_id, IssuedDocument.case_id, IssuedDocument.id.label("document_id"))
    on_parties = (
        select((doc_id + Party.id).label("id"), *common, Party.id.label("party_id"),
               literal(True).label("all_parties"), IssuedDocument.issued_at)
        .join(Case, Case.id == IssuedDocument.case_id).join(Party, Party.case_id == IssuedDocument.case_id)
        .where(*base, IssuedDocument.doc_type.in_(ON_PARTIES),
               ~exists().where(*received, ServiceRecord.party_id == Party.id)))
    own = IssuedDocument.party_id
    on_one = (
        select((doc_id + func.coalesce(own, 0)).label("id"), *common, own.label("party_id"),
               literal(False).label("all_parties"), IssuedDocument.issued_at)
        .join(Case, Case.id == IssuedDocument.case_id)
        .where(*base, IssuedDocument.doc_type.in_(ON_ONE),
               ~exists().where(*received, or_(ServiceRecord.party_id == own, and_(own.is_(None), or_(
                   ServiceRecord.party_id.is_(None), ServiceRecord.addressee == IssuedDocument.addressee))))))
    return union_all(on_parties, on_one)


_TABLE = ServeWaiting.__table__


def refresh(conn: Connection, case_ids: Iterable[int]) -> None:
    """Make the stored rows of these cases what `pending` selects: rows gone are deleted, new ones inserted."""
    ids = sorted(set(case_ids))
    for at in range(0, len(ids), 500):
        chunk = ids[at:at + 500]
        fresh = {r.id: tuple(r) for r in conn.execute(pending(chunk))}
        stored = {r.id: tuple(r) for r in conn.execute(
            select(*(_TABLE.c[c] for c in COLUMNS)).where(_TABLE.c.case_id.in_(chunk)))}
        gone = [i for i in stored if fresh.get(i) != stored[i]]
        new = [dict(zip(COLUMNS, fresh[i], strict=True)) for i in fresh if stored.get(i) != fresh[i]]
        if gone:
            conn.execute(delete(_TABLE).where(_TABLE.c.id.in_(gone)))
        if new:
            conn.execute(insert(_TABLE), new)


def rebuild(conn: Connection) -> None:
    """Every stored row again from the documents (after rows were written outside the ORM)."""
    conn.execute(delete(_TABLE))
    conn.execute(insert(_TABLE).from_select(list(COLUMNS), pending()))


@contextmanager
def deferred(engine) -> Iterator[None]:
    """A bulk writer's many commits (the demo build: ≈ 700) without a refresh each: inside, the hook leaves the
    sessions of `engine` alone, and one `rebuild` at the end — even after a failure — makes every row what
    `pending` selects again, whoever wrote during the block. Only for a writer that owns the database for the
    time being (the first start's demo build): the 待送达 rows are stale until the block ends."""
    _deferred[engine] = _deferred.get(engine, 0) + 1
    failed = True
    try:
        yield
        failed = False
    finally:
        _deferred[engine] -= 1
        if not _deferred[engine]:
            del _deferred[engine]
            try:
                with engine.begin() as conn:
                    rebuild(conn)
            except Exception:
                if not failed:   # after a failure the writer's own error is the one to see
                    raise


def _skipped(session: Session) -> bool:
    return bool(_deferred) and session.get_bind() in _deferred


# ---- the session hook ------------------------------------------------------------------------------------------

def _case_of(session: Session, obj) -> int | None:
    if isinstance(obj, (IssuedDocument, Party)):
        return obj.case_id
    if isinstance(obj, ServiceRecord) and obj.document_id is not None:
        return session.connection().scalar(select(IssuedDocument.case_id).where(IssuedDocument.id == obj.document_id))
    return None


def _after_flush(session: Session, _context) -> None:
    if _skipped(session):
        return
    ids = session.info.setdefault(PENDING, set())
    for obj in (*session.new, *session.dirty, *session.deleted):
        if isinstance(obj, (IssuedDocument, Party, ServiceRecord)):
            case_id = _case_of(session, obj)
            if case_id is not None:
                ids.add(case_id)
    if not ids:
        session.info.pop(PENDING, None)


def _bulk_statement(state) -> None:
    """A bulk UPDATE/DELETE through the session (no application path writes these tables so, but scripts and
    tests do): the cases it reaches are read before it runs and recomputed at commit like a flush's."""
    if not (state.is_update or state.is_delete) or state.bind_mapper is None or _skipped(state.session):
        return
    entity, where = state.bind_mapper.class_, state.statement.whereclause
    if entity in (IssuedDocument, Party):
        q = select(entity.case_id)
    elif entity is ServiceRecord:
        q = select(IssuedDocument.case_id).join(ServiceRecord, ServiceRecord.document_id == IssuedDocument.id)
    else:
        return
    if where is not None:
        q = q.where(where)
    found = {i for i in state.session.connection().scalars(q) if i is not None}
    if found:
        session_ids = state.session.info.setdefault(PENDING, set())
        session_ids |= found


_kept = KeptRows(PENDING, refresh)


def install() -> None:
    """Keep the waiting rows in every session's transaction (once per process)."""
    _kept.install(_after_flush, do_orm_execute=_bulk_statement)
