"""What the ledger import reads, shows and returns (issue 18)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class LedgerLine:
    """One data row of the ledger: `number` is its row number in the file (as the spreadsheet shows it)."""
    number: int
    cells: tuple[str, ...]


@dataclass(frozen=True)
class CellFix:
    """A cell corrected in the wizard before importing (row as in the file, 0-based column)."""
    row: int
    column: int
    value: str


@dataclass(frozen=True)
class LedgerSheet:
    """The ledger as read from the file: its header row (1-based) and the rows under it, cells as text (Excel
    dates as 2025-03-04)."""
    file_name: str
    header_row: int
    headers: tuple[str, ...]
    rows: tuple[LedgerLine, ...]

    def column(self, i: int, limit: int = 50) -> list[str]:
        """Up to `limit` non-empty cells of column `i`, what the mapping looks at."""
        out = []
        for line in self.rows:
            value = line.cells[i] if i < len(line.cells) else None
            if value not in (None, ""):
                out.append(str(value))
                if len(out) >= limit:
                    break
        return out

    def fixed(self, fixes: tuple[CellFix, ...]) -> LedgerSheet:
        """The sheet with the wizard's corrections in place."""
        if not fixes:
            return self
        by_row: dict[int, list[CellFix]] = {}
        for fix in fixes:
            by_row.setdefault(fix.row, []).append(fix)
        rows = []
        for line in self.rows:
            if line.number in by_row:
                cells = list(line.cells)
                for fix in by_row[line.number]:
                    cells += [""] * max(0, fix.column + 1 - len(cells))
                    cells[fix.column] = fix.value
                line = LedgerLine(line.number, tuple(cells))
            rows.append(line)
        return LedgerSheet(self.file_name, self.header_row, self.headers, tuple(rows))


@dataclass(frozen=True)
class RowProblem:
    row: int
    column: int | None   # 0-based; None: the row as a whole
    column_letter: str   # "E", "" for the row as a whole
    field: str           # ipcase.domain.ledger.fields.LedgerField value
    reason: str
    detail: str = ""


@dataclass(frozen=True)
class PreviewRow:
    """A row as it will be stored."""
    row: int
    case_number: str
    state: str
    received_date: date
    registered_date: date | None
    closed_date: date | None
    closing_method: str | None
    patent_number: str
    patent_type: str
    requesters: str
    respondents: str
    officer: str
    officer_found: bool


@dataclass(frozen=True)
class DuplicateRow:
    """A row matching a case already on record: by the same 案号, or the same patent and parties."""
    row: int
    case_id: int
    case_number: str
    match: str          # "case_number" | "patent_parties"
    mergeable: bool     # the case came from an earlier import and nothing was built on it since


@dataclass(frozen=True)
class LedgerReport:
    rows: int
    ready: tuple[PreviewRow, ...]
    problems: tuple[RowProblem, ...]
    duplicates: tuple[DuplicateRow, ...]

    @property
    def problem_rows(self) -> tuple[int, ...]:
        return tuple(sorted({p.row for p in self.problems}))


@dataclass(frozen=True)
class ImportResult:
    import_id: int
    created: int
    merged: int
    skipped: int
    rejected: int


@dataclass(frozen=True)
class LedgerImportInfo:
    id: int
    file_name: str
    imported_at: datetime
    imported_by: str
    rows: int
    created: int
    merged: int
    skipped: int
    rejected: int
    status: str
    undone_at: datetime | None
