"""Reading a ledger file into a LedgerSheet (no database): .xlsx through openpyxl, .xls (Excel 97–2003, still what
many offices' ledgers and WPS's default saves are) through xlrd, .csv in UTF-8 or GB18030 (what Excel and WPS write
on a Chinese Windows), and the "rows not imported" workbook written back."""
from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from ipcase.domain.ledger.fields import header_key
from ipcase.domain.ledger.mapping import header_field
from ipcase.domain.ledger.values import cell_text
from ipcase.dto.ledger import LedgerLine, LedgerSheet
from ipcase.errors import ValidationFailed

MAX_BYTES = 50_000_000
# The header is looked for in the first rows: offices put a merged title (and sometimes a unit line) above it.
_HEADER_SEARCH = 10


def read_sheet(file_name: str, content: bytes) -> LedgerSheet:
    """The ledger's first worksheet. ValidationFailed on "file": file_type, unreadable, no_header, too_large."""
    if len(content) > MAX_BYTES:
        raise ValidationFailed("file", "too_large", f"{MAX_BYTES // 1_000_000} MB")
    suffix = file_name.lower().rsplit(".", 1)[-1] if "." in file_name else ""
    if suffix == "xls":
        table = _xls_rows(content, file_name)
    elif suffix == "csv":
        table = _csv_rows(content, file_name)
    elif suffix in ("xlsx", "xlsm"):
        table = _xlsx_rows(content, file_name)
    else:
        raise ValidationFailed("file", "file_type", suffix)
    return _sheet(file_name, table)


def _csv_rows(content: bytes, file_name: str) -> list[list[str]]:
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = content.decode(encoding)
        except UnicodeDecodeError:
            continue
        return [list(r) for r in csv.reader(io.StringIO(text, newline=""))]
    raise ValidationFailed("file", "unreadable", file_name)


def _xlsx_rows(content: bytes, file_name: str) -> list[list[str]]:
    from openpyxl import load_workbook
    try:
        book = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except Exception as e:   # a damaged or foreign file: openpyxl raises zipfile, KeyError, XML errors …
        raise ValidationFailed("file", "unreadable", file_name) from e
    try:
        sheet = book.worksheets[0]
        return [[cell_text(v) for v in row] for row in sheet.iter_rows(values_only=True)]
    finally:
        book.close()


def _xls_rows(content: bytes, file_name: str) -> list[list[str]]:
    """An .xls workbook's first sheet, read like an .xlsx one: a date cell (a number with a date format in the BIFF
    file) becomes a date, a whole number loses its ".0"."""
    import xlrd
    try:
        book = xlrd.open_workbook(file_contents=content)
    except Exception as e:   # a damaged or foreign file: xlrd raises XLRDError, CompDocError, struct errors …
        raise ValidationFailed("file", "unreadable", file_name) from e
    sheet = book.sheet_by_index(0)

    def value(cell):
        if cell.ctype == xlrd.XL_CELL_DATE:
            return xlrd.xldate.xldate_as_datetime(cell.value, book.datemode)
        if cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
            return None
        return cell.value
    return [[cell_text(value(cell)) for cell in sheet.row(r)] for r in range(sheet.nrows)]


def _header_index(table: Sequence[Sequence[str]]) -> int:
    """The row holding the headers: the one among the first rows naming the most ledger fields."""
    best, best_count = None, 0
    for i, row in enumerate(table[:_HEADER_SEARCH]):
        count = sum(1 for cell in row if header_field(cell)[0] is not None)
        if count > best_count:
            best, best_count = i, count
    if best is None or best_count < 2:
        raise ValidationFailed("file", "no_header")
    return best


def _sheet(file_name: str, table: list[list[str]]) -> LedgerSheet:
    h = _header_index(table)
    headers = [str(c).strip() for c in table[h]]
    while headers and not headers[-1]:
        headers.pop()
    width = len(headers)
    lines = []
    for i, row in enumerate(table[h + 1:], start=h + 2):
        cells = tuple((str(c).strip() if c is not None else "") for c in row[:width])
        if any(cells):
            lines.append(LedgerLine(i, cells + ("",) * (width - len(cells))))
    return LedgerSheet(file_name, h + 1, tuple(headers), tuple(lines))


def header_keys(sheet: LedgerSheet) -> tuple[str, ...]:
    return tuple(header_key(h) for h in sheet.headers)


def rejects_workbook(sheet: LedgerSheet, reasons: dict[int, str], *, reason_header: str) -> bytes:
    """未导入的行: the rows with problems as they were in the file, plus a column saying why (texts given by
    the caller, which knows the user's language), so the office can correct them and import them again."""
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    from ipcase.domain.text import codepoint
    from ipcase.reports.cells import text_cells

    def shown(value: object) -> str:
        # A character a workbook cannot hold (the reason the row was refused, often) is written as its code.
        return ILLEGAL_CHARACTERS_RE.sub(lambda m: f"<{codepoint(m.group())}>", "" if value is None else str(value))
    book = Workbook()
    ws = book.active
    ws.title = "未导入的行"
    ws.append([*map(shown, sheet.headers), reason_header])
    for line in sheet.rows:
        if line.number in reasons:
            ws.append([*map(shown, line.cells), shown(reasons[line.number])])
    text_cells(book)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
