"""Undoing a ledger import as a whole (issue 18): allowed while nothing has been built on its cases — each case
still at the version the import left it at, and no record of any other kind (document, hearing, evidence,
approval …) pointing at it. Created cases are deleted; merged ones get back what they were."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, selectinload

from ipcase.db import office_scope
from ipcase.db.base import Base
from ipcase.db.models.cases import Case, DeadlineRow, Party, Patent, TimelineEntry
from ipcase.db.models.ledger import LedgerCase, LedgerImport
from ipcase.domain.identifiers import normalize_name
from ipcase.dto.ledger import ImportResult
from ipcase.errors import NotFound, TransitionRefused
from ipcase.services.common import actor, recompute_deadlines, record, search_text
from ipcase.uow import UnitOfWork

# Rows an import itself writes for a case: they go with it. A row in any other table pointing at the case is
# something built on it, and refuses the undo.
_IMPORTED_WITH_CASE = frozenset({"parties", "agents", "timeline", "deadlines", "ledger_cases", "cases"})
_CHUNK = 500


def undo_import(uow: UnitOfWork, *, actor_id: int, import_id: int, now: datetime) -> ImportResult:
    s = uow.session
    user = actor(s, actor_id, "ledger.import", "undo_import")
    imp = s.get(LedgerImport, import_id)
    if imp is None:
        raise NotFound("ledger_import", import_id)
    office_scope.require_writable(s, imp, "ledger_import", "undo_import")
    if imp.status != "done":
        raise TransitionRefused("undo_import", imp.status, "already_undone")
    links = s.scalars(select(LedgerCase).where(LedgerCase.import_id == imp.id).order_by(LedgerCase.row)).all()
    ids = [link.case_id for link in links]
    cases: dict[int, Case] = {}
    entries: list[TimelineEntry] = []
    # Everything the deletes cascade to, loaded a chunk at a time (lazy loads case by case would take minutes
    # for a large ledger); nothing flushes until all is marked.
    for chunk in _chunks(ids):
        cases.update({c.id: c for c in s.scalars(
            select(Case).where(Case.id.in_(chunk)).options(
                selectinload(Case.parties).selectinload(Party.agents), selectinload(Case.panel),
                selectinload(Case.pauses), selectinload(Case.extensions)))})
        entries += s.scalars(select(TimelineEntry).where(TimelineEntry.case_id.in_(chunk))).all()
    changed = [cases[link.case_id] for link in links if cases[link.case_id].version != link.version]
    changed += [cases[cid] for cid in sorted(built_on(s, ids)) if cases[cid] not in changed]
    if changed:
        first = changed[0]
        raise TransitionRefused("undo_import", imp.status, "built_on", first.case_number or str(first.id))
    created_ids = [link.case_id for link in links if link.replaced is None]
    for chunk in _chunks(created_ids):
        s.execute(delete(DeadlineRow).where(DeadlineRow.case_id.in_(chunk)))   # derived, not audited
    created_set = set(created_ids)
    with s.no_autoflush:
        for link in links:
            s.delete(link)
        for entry in entries:
            if entry.case_id in created_set:
                s.delete(entry)
        for cid in created_ids:
            s.delete(cases[cid])
    s.flush()
    merged = 0
    for link in links:
        if link.replaced is not None:
            case = cases[link.case_id]
            _restore(s, case, link.replaced)
            s.flush()
            record(s, case, user, "ledger_merge_undone", now, to_state=case.state, import_id=imp.id)
            recompute_deadlines(s, case, now.date())
            merged += 1
    created = len(created_ids)
    s.flush()
    patent_ids = list(imp.created_patents or [])
    with office_scope.system_work(s):   # a case of another office may use the patent since
        used = {pid for chunk in _chunks(patent_ids)
                for pid in s.scalars(select(Case.patent_id).where(Case.patent_id.in_(chunk)).distinct())}
        for chunk in _chunks([pid for pid in patent_ids if pid not in used]):
            for patent in s.scalars(select(Patent).where(Patent.id.in_(chunk))):
                s.delete(patent)
    imp.status, imp.undone_at, imp.undone_by = "undone", now, user.id
    uow.commit()
    return ImportResult(imp.id, created, merged, imp.skipped, imp.rejected)


def _chunks(values: list) -> list[list]:
    return [values[i:i + _CHUNK] for i in range(0, len(values), _CHUNK)]


def built_on(s: Session, case_ids: list[int]) -> set[int]:
    """The cases among `case_ids` some other record points at (found from the schema: every table with a
    foreign key to cases, so a feature added later is covered without a list to keep)."""
    found: set[int] = set()
    for table in Base.metadata.sorted_tables:
        if table.name in _IMPORTED_WITH_CASE:
            continue
        for fk in table.foreign_keys:
            if fk.column.table.name != "cases":
                continue
            column = fk.parent
            with office_scope.system_work(s):
                for chunk in _chunks(case_ids):
                    found |= set(s.scalars(select(column).where(column.in_(chunk))))
    return found


def _restore(s: Session, case: Case, before: dict) -> None:
    s.execute(delete(DeadlineRow).where(DeadlineRow.case_id == case.id))
    for key in ("state", "closing_detail", "closing_method", "case_number", "case_year", "case_seq", "patent_id",
                "accused_product", "officer_id", "request_summary"):
        setattr(case, key, before[key])
    for key in ("received_date", "registered_date", "decided_date", "closed_date"):
        setattr(case, key, date.fromisoformat(before[key]) if before[key] else None)
    case.patent = s.get(Patent, before["patent_id"])
    case.parties = [Party(role=p["role"], kind=p["kind"], position=p["position"], name=p["name"],
                          name_normalized=normalize_name(p["name"])) for p in before["parties"]]
    s.flush()
    case.search_text = search_text(case)
