"""Searching the registers by number (issue 16): 〔2026〕98号 is found however it is typed, never 〔2026〕981号; a
found case says which field matched; on SQLite and PostgreSQL."""
from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import select

from case_helpers import Driver
from ipcase.db.models.cases import Case
from ipcase.dto.cases import CaseFilter
from ipcase.queries.cases.register import list_cases

TODAY = date(2026, 11, 20)
NOW = datetime(2026, 11, 20, 10)


@pytest.fixture
def numbered(new_uow, staff):
    """Three cases numbered 98, 981 and 8 of 2026 (the number written as 立案 would, to spare 981 registrations)."""
    ids = {}
    for n in (98, 981, 8):
        ids[n] = Driver.new(new_uow, staff, NOW).ref.id
    with new_uow() as uow:
        for n, case_id in ids.items():
            uow.session.get(Case, case_id).case_number = f"测试市知裁字〔2026〕{n}号"
        uow.commit()
    return ids


def _found(new_uow, text: str):
    with new_uow() as uow:
        return list_cases(uow, CaseFilter(text=text, limit=50), today=TODAY)


@pytest.mark.parametrize("text", ["(2026)98", "（2026）98", "【2026】98", "[2026]98", "2026-98", "2026年98",
                                  "〔2026〕98号", "测试市知裁字〔2026〕98号"])
def test_each_typed_form_finds_the_number_only(new_uow, numbered, text):
    page = _found(new_uow, text)
    assert [r.id for r in page.rows] == [numbered[98]] and page.total == 1
    assert page.rows[0].matched == "case_number"


def test_text_search_names_the_matching_field_and_an_unknown_number_finds_nothing(new_uow, numbered):
    page = _found(new_uow, "鼎盛")
    assert page.total == 3 and {r.matched for r in page.rows} == {"respondents"}
    assert {r.matched for r in _found(new_uow, "陈律师").rows} == {"agent"}
    assert {r.matched for r in _found(new_uow, "91330200MA2AB1234").rows} == {"credit_code"}
    assert _found(new_uow, "2026-99").total == 0
    assert [r.id for r in _found(new_uow, "2026-981").rows] == [numbered[981]]
    with new_uow() as uow:   # the stored numbers are untouched by the search
        assert uow.session.scalar(select(Case.case_number).where(Case.id == numbered[8])) == "测试市知裁字〔2026〕8号"
