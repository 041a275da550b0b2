"""Issue 19: a page's search is written once per shape with its values bound (search.search_shape /
shape_condition): the rows are those of the condition written with the values in it (number_condition /
text_condition), on SQLite and PostgreSQL, for LIKE's own characters (% _ and the escape /) too, and one search's
values never leak into the next search of the same shape."""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select, update

from ipcase.db.models.cases import Case
from ipcase.demo.bulk import generate
from ipcase.dto.cases import CaseFilter
from ipcase.queries import search
from ipcase.queries.cases.register import list_cases
from ipcase.queries.search import number_condition, search_shape, text_condition

TODAY = date(2026, 11, 2)
ODD = "深圳市百分50%_之a/b科技有限公司 | ZL2020"


@pytest.fixture
def cases(new_uow):
    generate(new_uow, cases=30, today=TODAY, seed=5, years=1)
    with new_uow() as uow:
        ids = sorted(uow.session.scalars(select(Case.id)))
        uow.session.execute(update(Case).where(Case.id.in_(ids[:3])).values(search_text=ODD))
        uow.commit()
    return ids


def written_in(new_uow, text: str) -> set[int]:
    """The rows of the condition written with its values in it (what every page ran before issue 19's shapes)."""
    with new_uow() as uow:
        s = uow.session
        cond = number_condition(text, Case.case_number)
        if cond is None:
            cond = text_condition(s, "cases", Case.id, Case.search_text, text)
        return set(s.scalars(select(Case.id).where(cond)))


def listed(new_uow, text: str) -> set[int]:
    with new_uow() as uow:
        return {r.id for r in list_cases(uow, CaseFilter(text=text, limit=10_000), today=TODAY).rows}


@pytest.mark.parametrize("common", [5000, 2], ids=["hits", "like"])
def test_bound_search_equals_the_written_condition(new_uow, cases, common, monkeypatch):
    monkeypatch.setattr(search, "COMMON_HITS", common)
    with new_uow() as uow:
        numbers = [n for n in uow.session.scalars(select(Case.case_number).where(Case.case_number.is_not(None))
                                                  .limit(3))]
    texts = ["%", "_", "/", "0%_", "a/b", "%_之a/", "百分", "50%", "a_b", "a%b", "//", "ZL2020", "zl2020", "科技",
             "有限公司", "王", "百", *numbers, numbers[0].replace("〔", "(").replace("〕", ")")]
    for text in texts:
        assert listed(new_uow, text) == written_in(new_uow, text), text
    assert listed(new_uow, "%_之a/") == set(cases[:3])
    assert listed(new_uow, "a%b") == set()


def test_the_same_shape_with_other_values_finds_other_rows(new_uow, cases):
    with new_uow() as uow:
        first, second = uow.session.scalars(select(Case.case_number).where(Case.case_number.is_not(None))
                                             .order_by(Case.id).limit(2)).all()
        assert search_shape(uow.session, "cases", first)[0] == search_shape(uow.session, "cases", second)[0]
    a, b = listed(new_uow, first), listed(new_uow, second)
    assert a and b and a != b
    assert listed(new_uow, first) == a   # again after the other: nothing kept from it
