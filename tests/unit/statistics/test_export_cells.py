"""The one rule of exported cells (ipcase.reports.cells)."""
from __future__ import annotations

import io

import pytest
from openpyxl import Workbook

from ipcase.reports.cells import SafeCsvWriter, csv_cell, formula_like, text_cells


@pytest.mark.parametrize("text", ['=HYPERLINK("http://x","y")', "+1+1", "-1+1", "@SUM(A1)", "\t=1", "\r=1",
                                  "=", "-", "- 1"])
def test_formula_like_text_is_quoted(text):
    assert formula_like(text) and csv_cell(text) == "'" + text


@pytest.mark.parametrize("value", ["张伟", "-12.5", "+3", "1e5", "", "a=b", " =1", None, 12, -3.5])
def test_names_and_numbers_stay_as_they_are(value):
    assert not formula_like(value) and csv_cell(value) == value


def test_the_csv_writer_quotes_every_cell():
    out = io.StringIO()
    SafeCsvWriter(out).writerows([["=1+1", "-12.5", "x"]])
    assert out.getvalue() == "'=1+1,-12.5,x\r\n"


def test_a_workbook_cell_becomes_a_quoted_string():
    wb = Workbook()
    ws = wb.active
    ws["A1"], ws["A2"], ws["A3"] = "=1+1", "张伟", -3
    assert ws["A1"].data_type == "f"
    assert text_cells(wb) == 1
    assert (ws["A1"].data_type, ws["A1"].quotePrefix, ws["A1"].value) == ("s", True, "=1+1")
    assert ws["A2"].data_type == "s" and not ws["A2"].quotePrefix and ws["A3"].data_type == "n"
