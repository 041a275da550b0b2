"""Issue 19 (G19): on PostgreSQL a needle no case mapping touches (有限公司, 2021, 知裁字〔2025〕) is searched by a plain
LIKE instead of ILIKE (which lower-cases every row's text first: 3–5× the CPU per row read). The rows are those of
the ILIKE scan, on SQLite and PostgreSQL, in a page, a first page and a count — texts with cased letters of every
kind (Ⓐ/ⓐ, Ⅰ/ⅰ, İ, fullwidth Ａ, ß) included. Which characters count as uncased is checked against the whole Unicode
table: no character's lower-casing produces one of them."""
from __future__ import annotations

import sys
from datetime import date

import pytest
from sqlalchemy import select, update

from ipcase.db.models.cases import Case
from ipcase.demo.bulk import generate
from ipcase.dto.cases import CaseFilter
from ipcase.queries import search
from ipcase.queries.cases.register import count_cases, list_cases

TODAY = date(2026, 11, 2)
TEXTS = ("Ⓐ科技有限公司 | 某市知裁字〔2025〕11号 | ZL2021Ａ",
         "ⓐ İstanbul ⅰ Ⅱ ÀB ß 知裁字(2025)11 | 2021-05",
         "ABC有限责任公司 | 〔2025〕 | zl2021ａ | Ⓐ")
NEEDLES = ("有限公司", "知裁字", "〔2025〕", "2021", "ZL2021", "zl2021", "(2025)", "-05", "Ⓐ", "ⓐ", "Ⅱ", "ⅱ", "ⅰ",
           "İ", "i̇", "\u0307", "Ａ", "ａ", "à", "ÀB", "ß", "SS", "istanbul", "科技", "有限", " | ", "11号", "ｚ")


def test_uncased_characters_are_never_made_by_lower_casing():
    made = {ch for cp in range(sys.maxunicode + 1) if (x := chr(cp)).lower() != x for ch in x.lower()}
    assert not {ch for ch in made if search.caseless(ch)}


def test_caseless_needles():
    for needle in ("有限公司", "知裁字〔2025〕", "2021", "(2025)11号", "、 | -", "１２", "＃"):
        assert search.caseless(needle), needle
    for needle in ("ZL2021", "zl", "Ⓐ", "ⓐ", "Ⅱ", "ⅱ", "Ａ", "ß", "İ", "\u0307", "有限a"):
        assert not search.caseless(needle), needle


@pytest.fixture
def cased(new_uow):
    generate(new_uow, cases=20, today=TODAY, seed=7, years=1)
    with new_uow() as uow:
        ids = sorted(uow.session.scalars(select(Case.id)))
        for case_id, text in zip(ids, TEXTS, strict=False):
            uow.session.execute(update(Case).where(Case.id == case_id).values(search_text=text))
        uow.commit()
    return ids


def _ilike_ids(s, needle: str) -> set[int]:
    return set(s.scalars(select(Case.id).where(Case.search_text.icontains(needle, autoescape=True))))


@pytest.mark.parametrize("common", [5000, 2], ids=["hits", "like"])
def test_plain_like_finds_the_ilike_rows(new_uow, engine, cased, common, monkeypatch):
    monkeypatch.setattr(search, "COMMON_HITS", common)
    for needle in NEEDLES:
        with new_uow() as uow:
            s = uow.session
            # the search's own needles (ZL dropped) against the ILIKE scan of each
            want = set().union(*(_ilike_ids(s, n) for n in search._needles(needle)))
            page = list_cases(uow, CaseFilter(text=needle, limit=10_000), today=TODAY)
            assert {r.id for r in page.rows} == want, needle
            assert count_cases(uow, CaseFilter(text=needle)) == len(want), needle
            first = list_cases(uow, CaseFilter(text=needle, limit=2, count=False), today=TODAY)
            assert {r.id for r in first.rows} <= want and len(first.rows) == min(2, len(want)), needle
    with new_uow() as uow:   # the texts are what they claim (PostgreSQL folds Ⓐ; SQLite's LIKE ASCII only)
        assert _ilike_ids(uow.session, "有限公司") >= set(cased[:1])
        assert _ilike_ids(uow.session, "ⓐ") == (set(cased[:3]) if engine.dialect.name == "postgresql" else {cased[1]})


def test_postgresql_writes_like_for_a_caseless_needle_only(new_uow, engine):
    with new_uow() as uow:
        s = uow.session
        shapes = {n: search.search_shape(s, "cases", n, numbers=False)[0] for n in ("有限公司", "2021", "Abc")}
        sql = {n: str(search.contains(s, "cases", Case.id, Case.search_text, n).compile(engine)).upper()
               for n in ("有限公司", "Abc")}
    if engine.dialect.name == "postgresql":
        assert shapes == {"有限公司": ("plain",), "2021": ("plain",), "Abc": ("like",)}
        assert "ILIKE" not in sql["有限公司"] and "ILIKE" in sql["Abc"]
    else:
        assert "plain" not in {k for shape in shapes.values() for k in shape}


def test_icontains_finds_the_ilike_rows_on_any_column(new_uow, cased):
    """`search.icontains` (the 文书登记簿's 文号 and 收件人, the registers' text conditions): the rows of ILIKE for every
    needle, cased or not, on both backends."""
    for needle in NEEDLES:
        with new_uow() as uow:
            s = uow.session
            found = set(s.scalars(select(Case.id).where(search.icontains(Case.search_text, needle))))
            assert found == _ilike_ids(s, needle), needle
