"""Any register as the user sees it (cases, intake, documents, service, hearings), written to an Excel workbook:
one title line, what the list was filtered by, the column headers and one line per row, cells as text (a name
typed as `=…` stays a name: reports.cells)."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from ipcase.errors import ValidationFailed
from ipcase.reports.cells import text_cells

MAX_WIDTH = 60   # characters: a long 请求事项 wraps instead of making the sheet unreadable


def _width(value: object) -> int:
    # a CJK character is about two Latin ones wide in Excel's column unit
    text = str(value or "")
    return sum(2 if ord(c) > 0x2E80 else 1 for c in text)


def write_list_xlsx(path: Path | str, *, title: str, headers: Sequence[str], rows: Sequence[Sequence[object]],
                    subtitle: str = "") -> Path:
    """The list in `path` (.xlsx); dates stay dates, everything else is what the list shows."""
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise ValidationFailed("out", "file_type", ".xlsx", value=str(path))
    if not path.parent.is_dir():
        raise ValidationFailed("out", "no_folder", str(path.parent), value=str(path))
    wb = Workbook()
    ws = wb.active
    ws.title = title[:31] or "Sheet1"   # Excel's limit on a sheet name
    ws.cell(1, 1, title).font = Font(bold=True, size=14)
    ws.cell(2, 1, subtitle)
    for col, header in enumerate(headers, start=1):
        cell = ws.cell(3, col, header)
        cell.font, cell.fill = Font(bold=True), PatternFill("solid", fgColor="DDE7F3")
    widths = [_width(h) for h in headers]
    for r, row in enumerate(rows, start=4):
        for col, value in enumerate(row, start=1):
            cell = ws.cell(r, col, value)
            if isinstance(value, datetime):
                cell.number_format = "yyyy-mm-dd hh:mm"
            elif isinstance(value, date):
                cell.number_format = "yyyy-mm-dd"
            elif isinstance(value, str) and "\n" in value:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            widths[col - 1] = max(widths[col - 1], 12 if isinstance(value, date) else _width(value))
    for i, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = min(MAX_WIDTH, width + 2)
    ws.freeze_panes = "A4"
    ws.auto_filter.ref = f"A3:{get_column_letter(max(1, len(headers)))}{3 + len(rows)}"
    text_cells(wb)
    part = path.with_name(path.name + ".part")   # a failed write never leaves half a workbook under the name
    wb.save(part)
    part.replace(path)
    return path
