"""The case list's rows built from the list select's rows (issue 19, G19d: register._rows gives each CaseListRow its
__dict__ whole): equal to the dataclass's own constructor, field by field, hashable and frozen as before."""
from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from ipcase.domain.enums import CaseState, PatentType
from ipcase.dto.cases import CaseListRow
from ipcase.queries.cases.register import _rows


def test_rows_equal_the_constructors():
    # the list select's 19 columns (its sort key labelled where it stands); its flags are Boolean columns, read as
    # bool on both backends
    found = [(7, 3, "某市知裁字〔2025〕1号", "registered", True, "ZL202110012345.6", "invention", None, "甲公司", None,
              "张伟", date(2025, 1, 1), date(2025, 1, 5), None, date(2025, 3, 1), False, False, True, False),
             (8, 1, None, "received", False, None, "design", "椅", None, "乙", None, date(2025, 2, 1), None, None,
              None, True, True, False, True)]
    got = _rows(found, ["case_number", ""])
    # a search of few hits (SQLite) reads its rows' agents with the page, in a 20th column: the same rows
    assert _rows([(*r, "[]") for r in found], ["case_number", ""]) == got
    want = (CaseListRow(7, 3, "某市知裁字〔2025〕1号", CaseState.REGISTERED, True, "ZL202110012345.6",
                        PatentType.INVENTION, "", "甲公司", "", "张伟", date(2025, 1, 1), date(2025, 1, 5), None,
                        date(2025, 3, 1), False, False, True, False, matched="case_number"),
            CaseListRow(8, 1, None, CaseState.RECEIVED, False, "", PatentType.DESIGN, "椅", "", "乙", "",
                        date(2025, 2, 1), None, None, None, True, True, False, True, matched=""))
    assert got == want
    for g, w in zip(got, want, strict=True):
        assert vars(g) == vars(w) and hash(g) == hash(w)
        assert [f.name for f in dataclasses.fields(g)] == list(vars(g))
    with pytest.raises(dataclasses.FrozenInstanceError):
        got[0].matched = "x"
