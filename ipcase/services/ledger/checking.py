"""A ledger sheet checked against the rule (ipcase.domain.ledger.rows) and against the record: 案号 already used
(here: a duplicate; in another office: a problem), rows repeating a case on record (same patent and parties),
rows repeating each other, and the 承办人 named. Writes nothing."""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ipcase.db import office_scope
from ipcase.db.models.admin import User
from ipcase.db.models.cases import Case, Party, Patent
from ipcase.db.models.ledger import LedgerCase, LedgerImport
from ipcase.domain.enums import PartyRole
from ipcase.domain.ledger.fields import LedgerField, column_letter
from ipcase.domain.ledger.mapping import mapping_problems
from ipcase.domain.ledger.rows import CellProblem, LedgerEntry, check_row
from ipcase.domain.permissions import may
from ipcase.domain.statistics.counting import closing_method_for
from ipcase.dto.ledger import DuplicateRow, LedgerReport, LedgerSheet, PreviewRow, RowProblem
from ipcase.errors import ValidationErrors

_CHUNK = 500
F = LedgerField


def column_limits() -> dict[str, int]:
    """The lengths of the columns each field is stored in, read from the models (one place)."""
    length = lambda col: col.type.length  # noqa: E731
    return {F.CASE_NUMBER.value: length(Case.__table__.c.case_number),
            F.REQUESTERS.value: length(Party.__table__.c.name),
            F.RESPONDENTS.value: length(Party.__table__.c.name),
            F.PATENT_TITLE.value: length(Patent.__table__.c.title),
            F.PATENTEE.value: length(Patent.__table__.c.patentee),
            F.ACCUSED_PRODUCT.value: length(Case.__table__.c.accused_product)}


@dataclass
class Checked:
    cases: list[LedgerEntry] = field(default_factory=list)
    problems: list[CellProblem] = field(default_factory=list)
    duplicates: dict[int, DuplicateRow] = field(default_factory=dict)
    officers: dict[str, int] = field(default_factory=dict)   # full name → user id, this office's case staff
    rows: int = 0

    def report(self) -> LedgerReport:
        dup = self.duplicates
        return LedgerReport(
            rows=self.rows,
            ready=tuple(_preview(c, self.officers) for c in self.cases if c.row not in dup),
            problems=tuple(RowProblem(p.row, p.column, column_letter(p.column) if p.column is not None else "",
                                      p.field, p.reason, p.detail)
                           for p in sorted(self.problems, key=lambda p: (p.row, p.column is None, p.column or 0))),
            duplicates=tuple(dup[r] for r in sorted(dup)))


def _preview(c: LedgerEntry, officers: dict[str, int]) -> PreviewRow:
    method = closing_method_for(c.state, c.closing_detail)
    return PreviewRow(c.row, c.case_number, c.state.value, c.received_date, c.registered_date, c.closed_date,
                      method.value if method else None, c.patent_number, c.patent_type.value,
                      "、".join(c.requesters), "、".join(c.respondents), c.officer, c.officer in officers)


def check_sheet(s: Session, office_id: int, sheet: LedgerSheet, mapping: Sequence[str], today: date) -> Checked:
    problems = mapping_problems(mapping)
    if problems:
        raise ValidationErrors(problems)
    out = Checked(rows=len(sheet.rows))
    limits = column_limits()
    for line in sheet.rows:
        case, row_problems = check_row(line.number, line.cells, mapping, today=today, limits=limits)
        if case is None:
            out.problems += row_problems
        else:
            out.cases.append(case)
    _repeats_in_file(out, mapping)
    _against_record(s, office_id, out, mapping)
    out.officers = officers_of(s, office_id)
    return out


def _repeats_in_file(out: Checked, mapping: Sequence[str]) -> None:
    """A second row with a 案号 (or a patent and parties) seen above: a problem, pointing at the first row."""
    number_col = mapping.index(F.CASE_NUMBER.value) if F.CASE_NUMBER.value in mapping else None
    seen_numbers: dict[str, int] = {}
    seen_keys: dict[tuple, int] = {}
    kept = []
    for c in out.cases:
        if c.case_number and c.case_number in seen_numbers:
            out.problems.append(CellProblem(c.row, number_col, F.CASE_NUMBER.value, "repeated_in_file",
                                            str(seen_numbers[c.case_number])))
            continue
        key = (c.patent_number, c.parties_key)
        if not c.case_number and key in seen_keys:
            out.problems.append(CellProblem(c.row, None, F.PATENT_NUMBER.value, "repeated_in_file",
                                            str(seen_keys[key])))
            continue
        if c.case_number:
            seen_numbers[c.case_number] = c.row
        seen_keys.setdefault(key, c.row)
        kept.append(c)
    out.cases = kept


def _chunks(values: Sequence, size: int = _CHUNK) -> Iterable[Sequence]:
    for i in range(0, len(values), size):
        yield values[i:i + size]


def _against_record(s: Session, office_id: int, out: Checked, mapping: Sequence[str]) -> None:
    number_col = mapping.index(F.CASE_NUMBER.value) if F.CASE_NUMBER.value in mapping else None
    numbers = sorted({c.case_number for c in out.cases if c.case_number})
    by_number: dict[str, tuple[int, int]] = {}
    # A 案号 is unique across the database: one used in another office (unseen in this scope) is looked up
    # without the scope, and only its existence is used.
    with office_scope.system_work(s):
        for chunk in _chunks(numbers):
            for cid, oid, number in s.execute(select(Case.id, Case.office_id, Case.case_number)
                                              .where(Case.case_number.in_(chunk))):
                by_number[number] = (cid, oid)
    patents = sorted({c.patent_number for c in out.cases})
    by_parties: dict[tuple, tuple[int, str]] = {}
    for chunk in _chunks(patents):
        rows = s.execute(select(Case.id, Case.case_number, Patent.number).join(Patent, Case.patent_id == Patent.id)
                         .where(Patent.number.in_(chunk), Case.office_id == office_id)).all()
        names: dict[int, tuple[set, set]] = {cid: (set(), set()) for cid, _, _ in rows}
        for chunk_ids in _chunks([cid for cid, _, _ in rows]):
            for cid, role, name in s.execute(select(Party.case_id, Party.role, Party.name_normalized)
                                             .where(Party.case_id.in_(chunk_ids))):
                names[cid][0 if role == PartyRole.REQUESTER.value else 1].add(name)
        for cid, number, patent in rows:
            by_parties[(patent, frozenset(names[cid][0]), frozenset(names[cid][1]))] = (cid, number or "")
    matched: dict[int, tuple[int, str, str]] = {}
    kept = []
    for c in out.cases:
        if c.case_number in by_number:
            cid, oid = by_number[c.case_number]
            if oid != office_id:
                out.problems.append(CellProblem(c.row, number_col, F.CASE_NUMBER.value, "number_taken",
                                                c.case_number))
                continue
            matched[c.row] = (cid, c.case_number, "case_number")
        else:
            key = (c.patent_number, *c.parties_key)
            if key in by_parties:
                cid, number = by_parties[key]
                matched[c.row] = (cid, number, "patent_parties")
        kept.append(c)
    out.cases = kept
    mergeable = _unchanged_imports(s, [cid for cid, _, _ in matched.values()])
    out.duplicates = {row: DuplicateRow(row, cid, number, how, cid in mergeable)
                      for row, (cid, number, how) in matched.items()}


def _unchanged_imports(s: Session, case_ids: Sequence[int]) -> set[int]:
    """Cases an import (not undone) wrote whose version has not moved since: nothing was built on them."""
    found: set[int] = set()
    for chunk in _chunks(list(case_ids)):
        found |= set(s.scalars(
            select(LedgerCase.case_id).join(LedgerImport, LedgerCase.import_id == LedgerImport.id)
            .join(Case, Case.id == LedgerCase.case_id)
            .where(LedgerCase.case_id.in_(chunk), LedgerImport.status == "done", LedgerCase.version == Case.version)))
    return found


def officers_of(s: Session, office_id: int) -> dict[str, int]:
    users = s.execute(select(User.full_name, User.id, User.role)
                      .where(User.office_id == office_id, User.active.is_(True))).all()
    return {name: uid for name, uid, role in users if may(role, "case.handle")}

