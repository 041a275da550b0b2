"""The ledger import's gestures (issue 18): look at what an import would do (writes nothing), import (one
transaction, with progress and cancel), undo an import as a whole while nothing was built on its cases.

Role and office: `ledger.import` (administrator or 部门负责人) in the actor's own office; the cases go into that
office, and the office guard of ipcase.db.office_scope refuses anything else at flush. Every row is an ORM
write, so the audit chain captures the cases, parties, timeline entries and the import's own rows."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime

from sqlalchemy import delete, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from ipcase.db.models.admin import Office, User
from ipcase.db.models.admin import Sequence as Counter
from ipcase.db.models.cases import Case, DeadlineRow, Party, Patent, TimelineEntry
from ipcase.db.models.ledger import LedgerCase, LedgerImport
from ipcase.domain.cases.deadlines import CaseFacts, PartyFacts, compute_deadlines
from ipcase.domain.enums import CaseState, PartyRole
from ipcase.domain.identifiers import normalize_name
from ipcase.domain.ledger.fields import MAPPING_KEY, header_key
from ipcase.domain.ledger.rows import LedgerEntry
from ipcase.domain.ledger.values import party_kind_of
from ipcase.domain.numbering import format_number, number_key, number_query
from ipcase.domain.statistics.counting import closing_method_for
from ipcase.dto.ledger import CellFix, ImportResult, LedgerReport
from ipcase.loaders.cases import case_facts
from ipcase.loaders.settings import load_calendar, load_settings, store_value
from ipcase.progress import CancelToken, Progress
from ipcase.services.common import actor, search_text
from ipcase.services.history import jsonable
from ipcase.services.ledger.checking import Checked, check_sheet
from ipcase.services.ledger.sheets import read_sheet
from ipcase.uow import UnitOfWork

_BATCH = 500


# The file itself is the input (not its cells as text): the input gate would refuse the whole sheet at its first
# unstorable cell, whereas the ledger rule reports every such cell by row and column with the same text rule.
# The wizard's corrections come as `fixes`, which the gate does check like any typed text.

def preview_ledger(uow: UnitOfWork, *, actor_id: int, file_name: str, content: bytes, mapping: tuple[str, ...],
                   fixes: tuple[CellFix, ...] = (), now: datetime) -> LedgerReport:
    """What importing the file with `mapping` would do: the rows as they will be stored, the problems by cell,
    the duplicates. Writes nothing."""
    s = uow.session
    user = actor(s, actor_id, "ledger.import", "import_ledger")
    sheet = read_sheet(file_name, content).fixed(fixes)
    return check_sheet(s, user.office_id, sheet, mapping, now.date()).report()


def import_ledger(uow: UnitOfWork, *, actor_id: int, file_name: str, content: bytes, mapping: tuple[str, ...],
                  fixes: tuple[CellFix, ...] = (), merge_rows: tuple[int, ...] = (), now: datetime,
                  progress: Progress | None = None, cancel: CancelToken | None = None) -> ImportResult:
    """Import the rows without problems as cases of the actor's office, in one transaction: duplicates are
    skipped, except those in `merge_rows` whose case came from an earlier import unchanged since (rewritten from
    the row). Rows with problems are left out (the wizard exports them). The mapping is remembered."""
    s = uow.session
    user = actor(s, actor_id, "ledger.import", "import_ledger")
    sheet = read_sheet(file_name, content).fixed(fixes)
    office = s.get(Office, user.office_id)
    checked = check_sheet(s, office.id, sheet, mapping, now.date())
    imp = LedgerImport(office_id=office.id, file_name=sheet.file_name, imported_by=user.id, imported_at=now,
                       rows=len(sheet.rows), rejected=len({p.row for p in checked.problems}), created_patents=[],
                       status="done")
    s.add(imp)
    s.flush()
    writer = _Writer(s, user, office, imp, checked, now)
    todo = [c for c in checked.cases
            if c.row not in checked.duplicates or (c.row in merge_rows and checked.duplicates[c.row].mergeable)]
    imp.skipped = len(checked.cases) - len(todo)
    for start in range(0, len(todo), _BATCH):
        if cancel is not None:
            cancel.check()
        writer.write_batch(todo[start:start + _BATCH])
        if progress is not None:
            progress(min(start + _BATCH, len(todo)), len(todo), "")
    writer.continue_numbering()
    imp.created, imp.merged = writer.created, writer.merged
    imp.created_patents = sorted(writer.new_patents)
    store_value(s, office.id, MAPPING_KEY, {header_key(h): m for h, m in zip(sheet.headers, mapping, strict=False)
                                           if header_key(h)})
    uow.commit()
    return ImportResult(imp.id, imp.created, imp.merged, imp.skipped, imp.rejected)


class _Writer:
    """Writes checked rows as cases, a batch per flush (a flush per case would make 10,000 rows crawl)."""

    def __init__(self, s: Session, user: User, office: Office, imp: LedgerImport, checked: Checked,
                 now: datetime):
        self.s, self.user, self.office, self.imp, self.checked, self.now = s, user, office, imp, checked, now
        self.cal = load_calendar(s)
        self.settings = load_settings(s, office.id)
        self.patents: dict[str, Patent] = {}
        self.new_patents: set[int] = set()
        self._created: list[Patent] = []
        self.taken = set(s.execute(select(Case.case_year, Case.case_seq).where(
            Case.office_id == office.id, Case.case_seq.is_not(None))).all())
        self.highest: dict[int, int] = {}
        self.created = self.merged = 0

    def _patent(self, entry: LedgerEntry) -> Patent:
        patent = self.patents.get(entry.patent_number)
        if patent is None:
            patent = Patent(number=entry.patent_number, patent_type=entry.patent_type.value,
                            title=entry.patent_title, patentee=entry.patentee or entry.requesters[0])
            self.s.add(patent)
            self._created.append(patent)
            self.patents[entry.patent_number] = patent
        # What the register knows about a patent stays; the ledger fills only what is blank.
        patent.title = patent.title or entry.patent_title
        patent.patentee = patent.patentee or entry.patentee
        return patent

    def write_batch(self, entries: Sequence[LedgerEntry]) -> None:
        """Two flushes per batch: the cases with their parties, then their timeline entries, deadlines and links.
        Nothing in between may flush (each flush runs the audit capture and the office guard over what it writes)."""
        written: list[tuple[Case, LedgerEntry, dict | None, CaseFacts]] = []
        with self.s.no_autoflush:
            # the batch's patents already on record, in one query (one per row would double the import's time)
            wanted = sorted({e.patent_number for e in entries} - set(self.patents))
            self.patents.update((p.number, p) for p in self.s.scalars(select(Patent).where(Patent.number.in_(wanted))))
            for entry in entries:
                dup = self.checked.duplicates.get(entry.row)
                if dup is not None:
                    case = self.s.get(Case, dup.case_id)
                    before = _snapshot(case)
                    # the party rows go; their deadlines (derived, recomputed below) first
                    self.s.execute(delete(DeadlineRow).where(DeadlineRow.case_id == case.id))
                    self.merged += 1
                else:
                    case = Case(office_id=self.office.id, version=0, created_at=self.now, acts=[], panel=[],
                                pauses=[], extensions=[])
                    before = None
                    self.created += 1
                self._fill(case, entry)
                case.version += 1
                case.updated_at = self.now
                case.search_text = search_text(case)
                self.s.add(case)
                # Read before the flush: a new case has no evidence, enforcement or publication rows to look up
                # yet (the loader skips them while it has no id); only its parties' ids are added after the flush.
                written.append((case, entry, before, case_facts(case)))
        self.s.flush()
        self.new_patents.update(p.id for p in self._created)
        today = self.now.date()
        for case, entry, before, facts in written:
            self.s.add(TimelineEntry(case_id=case.id, at=self.now, actor_id=self.user.id,
                                     kind="merged_from_ledger" if before else "imported", version=case.version,
                                     from_state=before["state"] if before else None, to_state=case.state,
                                     detail=jsonable({"import_id": self.imp.id, "row": entry.row,
                                                      "file": self.imp.file_name,
                                                      "received_assumed": entry.received_assumed})))
            facts = replace(facts, parties=tuple(PartyFacts(p.id, p.name, PartyRole(p.role)) for p in case.parties))
            self.s.add_all(DeadlineRow(case_id=case.id, code=d.code.value, party_id=d.party_id, start_date=d.start,
                                       due_date=d.due, provisional=d.provisional, basis=d.basis,
                                       status=d.status.value, met_date=d.met_date, paused=d.paused,
                                       hide_after_due=d.hide_after_due)
                           for d in compute_deadlines(facts, self.cal, self.settings, today))
            self.s.add(LedgerCase(import_id=self.imp.id, case_id=case.id, row=entry.row, version=case.version,
                                  replaced=before))
        self.s.flush()

    def _fill(self, case: Case, e: LedgerEntry) -> None:
        state = e.state
        case.state = state.value
        case.received_date = e.received_date
        case.registered_date = e.registered_date
        case.decided_date = e.registered_date or (e.closed_date if state == CaseState.NOT_ACCEPTED else None)
        case.closed_date = e.closed_date
        detail = {**e.closing_detail, "imported": True}
        if state in (CaseState.CLOSED_RULING_INFRINGEMENT, CaseState.CLOSED_RULING_REJECTED):
            detail["ruling_date"] = e.closed_date.isoformat()
        elif state == CaseState.CLOSED_MEDIATED:
            detail["agreement_date"] = e.closed_date.isoformat()
        elif e.closed_date is not None:
            detail["decided_date"] = e.closed_date.isoformat()
        case.closing_detail = detail
        method = closing_method_for(state, detail)
        case.closing_method = method.value if method else None
        case.case_number = e.case_number or None
        case.case_year, case.case_seq = self._sequence_place(e.case_number)
        case.patent = self._patent(e)
        case.accused_product = e.accused_product
        officer_id = self.checked.officers.get(e.officer)
        case.officer_id = officer_id
        lines = [f"案由：{e.cause}" if e.cause else "", f"承办人：{e.officer}" if e.officer and not officer_id else "",
                 f"备注：{e.remarks}" if e.remarks else ""]
        case.request_summary = "\n".join(x for x in lines if x)
        case.parties = [
            Party(role=role.value, kind=party_kind_of(name).value, position=i if role == PartyRole.REQUESTER
                  else 100 + i, name=name, name_normalized=normalize_name(name))
            for role, names in ((PartyRole.REQUESTER, e.requesters), (PartyRole.RESPONDENT, e.respondents))
            for i, name in enumerate(names)]

    def _sequence_place(self, number: str) -> tuple[int | None, int | None]:
        """The (year, n) of a 案号 written in the office's pattern, so the office's sequence continues after it;
        a number in an older pattern keeps no place in the sequence (it cannot collide with a new one)."""
        q = number_query(number) if number else None
        if q is None:
            return None, None
        expected = format_number(self.office.case_number_pattern, short_name=self.office.short_name,
                                 year=q.year, n=q.n)
        if number_key(expected) != number_key(number) or (q.year, q.n) in self.taken:
            return None, None
        self.taken.add((q.year, q.n))
        self.highest[q.year] = max(self.highest.get(q.year, 0), q.n)
        return q.year, q.n

    def continue_numbering(self) -> None:
        """The office's 案号 counter moves past the highest imported number of each year (never back)."""
        insert = pg_insert if self.s.bind.dialect.name == "postgresql" else sqlite_insert
        for year, n in self.highest.items():
            self.s.execute(insert(Counter).values(office_id=self.office.id, kind="case", year=year, last_value=0)
                           .on_conflict_do_nothing())
            self.s.execute(update(Counter).where(Counter.office_id == self.office.id, Counter.kind == "case",
                                                 Counter.year == year, Counter.last_value < n)
                           .values(last_value=n))


def _snapshot(case: Case) -> dict:
    """What a merge overwrites, for the undo to put back."""
    return jsonable({
        "state": case.state, "received_date": case.received_date, "registered_date": case.registered_date,
        "decided_date": case.decided_date, "closed_date": case.closed_date, "closing_detail": case.closing_detail,
        "closing_method": case.closing_method, "case_number": case.case_number, "case_year": case.case_year,
        "case_seq": case.case_seq, "patent_id": case.patent_id, "accused_product": case.accused_product,
        "officer_id": case.officer_id, "request_summary": case.request_summary,
        "parties": [{"role": p.role, "kind": p.kind, "position": p.position, "name": p.name} for p in case.parties],
    })
