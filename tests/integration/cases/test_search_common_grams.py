"""Issue 19 (G19): on PostgreSQL a 1–2 character needle is looked up in the grams index only when ANALYZE's
statistics say few rows hold it; a common one is the LIKE alone — ipcase_grams evaluated outside the index (the
filter of a scan in list order, the recheck of a lossy bitmap) cost ≈ 0.6 ms a row at a million cases. Either way
a page and a count give exactly the rows of the unindexed LIKE scan, on SQLite and PostgreSQL."""
from __future__ import annotations

from collections import Counter
from datetime import date

import pytest
from sqlalchemy import select

from ipcase.db.models.cases import Case
from ipcase.db.search_index import grams
from ipcase.demo.bulk import generate
from ipcase.dto.cases import CaseFilter
from ipcase.queries import search
from ipcase.queries.cases.register import count_cases, list_cases

TODAY = date(2026, 11, 2)


@pytest.fixture
def analysed(new_uow, engine):
    generate(new_uow, cases=60, today=TODAY, seed=5, years=1)
    if engine.dialect.name == "postgresql":
        with engine.begin() as conn:    # the planner's statistics, grams index included (most common elements)
            conn.exec_driver_sql("ANALYZE cases")
    search._gram_rows.clear()
    yield
    search._gram_rows.clear()


def _gram_counts(s) -> Counter:
    counts: Counter = Counter()
    for text in s.scalars(select(Case.search_text)):
        counts.update(set(grams(text).split()))
    return counts


def _like_ids(s, needle: str) -> set[int]:
    return set(s.scalars(select(Case.id).where(Case.search_text.icontains(needle, autoescape=True))))


def test_common_and_rare_grams_find_the_like_scan_rows(new_uow, engine, analysed, monkeypatch):
    monkeypatch.setattr(search, "COMMON_HITS", 5)
    with new_uow() as uow:
        s = uow.session
        counts = _gram_counts(s)
        common = next(g for g, n in counts.most_common() if len(g) == 2 and n > 20)
        rare = next(g for g, n in sorted(counts.items()) if len(g) == 2 and n == 1)
        want = {g: _like_ids(s, g) for g in (common, rare)}
        if engine.dialect.name == "postgresql":
            assert search._common_on_postgresql(s, "cases", common)
            assert not search._common_on_postgresql(s, "cases", rare)
            sql = {g: str(search.contains(s, "cases", Case.id, Case.search_text, g).compile(engine))
                   for g in (common, rare)}
            assert "ipcase_grams" not in sql[common] and "ipcase_grams" in sql[rare]
    assert len(want[common]) > 20 and len(want[rare]) == 1
    for needle, ids in want.items():
        with new_uow() as uow:
            page = list_cases(uow, CaseFilter(text=needle, limit=10_000), today=TODAY)
            assert {r.id for r in page.rows} == ids, needle
            assert count_cases(uow, CaseFilter(text=needle)) == len(ids), needle
            first = list_cases(uow, CaseFilter(text=needle, limit=7, count=False), today=TODAY)
            assert {r.id for r in first.rows} <= ids and len(first.rows) == min(7, len(ids)), needle


def test_without_statistics_no_gram_is_common(new_uow, engine):
    """A register never analysed (a new database): every gram goes to the index, as before."""
    if engine.dialect.name != "postgresql":
        pytest.skip("PostgreSQL's statistics")
    generate(new_uow, cases=10, today=TODAY, seed=6, years=1)
    search._gram_rows.clear()
    with new_uow() as uow:
        assert not search._common_on_postgresql(uow.session, "cases", "公司")
    search._gram_rows.clear()
