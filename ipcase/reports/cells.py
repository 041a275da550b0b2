"""Exported cells are data, never formulas (OWASP "CSV injection"): a name such as `=HYPERLINK("http://x","y")`
typed as an officer's or a party's name must open in Excel or WPS as that text, not as a live link or command.

One rule for every exporter: text that begins with `=`, `+`, `-`, `@`, a tab or a carriage return — and is not
simply a number such as "-12.5" — is text. In CSV it gets OWASP's leading apostrophe (a spreadsheet shows the
rest as text); in a workbook it is a string cell with Excel's "quote prefix" style, so not even editing the cell
turns it into a formula.
"""
from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import Any

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return text.strip() == text


def formula_like(value: object) -> bool:
    """Would a spreadsheet read this text as a formula (or a DDE call)?"""
    return isinstance(value, str) and value.startswith(TRIGGERS) and not _is_number(value)


def csv_cell(value: Any) -> Any:
    return f"'{value}" if formula_like(value) else value


class SafeCsvWriter:
    """csv.writer whose every cell passes csv_cell."""

    def __init__(self, f, **fmt):
        self._writer = csv.writer(f, **fmt)

    def writerow(self, row: Iterable[Any]) -> None:
        self._writer.writerow([csv_cell(v) for v in row])

    def writerows(self, rows: Iterable[Iterable[Any]]) -> None:
        for row in rows:
            self.writerow(row)


def text_cells(workbook) -> int:
    """Make every formula-like text cell of an openpyxl workbook a quoted string cell; returns how many.
    Run on the finished workbook just before saving, so no sheet or later edit can miss it."""
    count = 0
    for ws in workbook.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if formula_like(cell.value):
                    cell.data_type = "s"
                    cell.quotePrefix = True
                    count += 1
    return count


__all__ = ["TRIGGERS", "SafeCsvWriter", "csv_cell", "formula_like", "text_cells"]
