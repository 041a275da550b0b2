"""Issue 19: a search by number is an indexed lookup (migration 0032_number_keys: an expression index over
ipcase_number_key) that finds exactly the rows of the unindexed match, after inserts, edits and deletes; and
PostgreSQL's ipcase_grams gives SQLite's grams (letters and digits only, each once), so the same searches — full of
punctuation and repeats — find the same rows, the LIKE scan's, on SQLite and PostgreSQL."""
from __future__ import annotations

import importlib.util
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import event, func, literal, or_, select

from case_helpers import Driver
from ipcase.db import search_index
from ipcase.db.models.cases import Case
from ipcase.domain.numbering import BRACKET_KEYS, number_query
from ipcase.dto.cases import CaseFilter
from ipcase.queries.cases.register import list_cases
from ipcase.queries.search import number_condition, number_matches, text_key

TODAY = date(2026, 11, 20)
NOW = datetime(2026, 11, 20, 10)
MIGRATION = Path(__file__).parents[3] / "ipcase/db/migrations/versions/0032_number_keys.py"

SAMPLES = ["测试市知裁字〔2026〕98号", "测试市知裁字[2026]981号", "某县知裁字（2026）98号之一", "(2026)98", "X(2025)98号",
           "某(2026)098号", "某〔2026〕98-1", "【2026】98号【2027】5号", "2026-98", "〔26〕98号", "", "号", "(2026)号"]
TYPED = ["(2026)98", "（2026）98", "【2026】98", "[2026]98", "2026-98", "2026年98", "〔2026〕98号", "测试市知裁字〔2026〕98号",
         "2026-981", "2025-98", "2026-5", "2027-5", "某(2026)98", "2026-99"]


def _migration():
    spec = importlib.util.spec_from_file_location("number_keys_0032", MIGRATION)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_number_key_is_one_rule_in_python_the_migration_and_both_databases(engine):
    migration = _migration()
    assert search_index.BRACKETS_FROM == migration.BRACKETS_FROM == "".join(BRACKET_KEYS)
    assert search_index.BRACKETS_TO == migration.BRACKETS_TO == "".join(BRACKET_KEYS.values())
    with engine.connect() as conn:
        for text in [*SAMPLES, None]:
            expected = search_index.number_core(text)
            assert migration._number_core(text) == expected
            assert conn.scalar(select(func.ipcase_number_key(literal(text)))) == expected, text
    assert search_index.number_core("某市知裁字〔2026〕98号") == "(2026)98"
    assert search_index.number_core("某〔2026〕98-1") is None


def _numbered(new_uow, staff, numbers):
    ids = [Driver.new(new_uow, staff, NOW).ref.id for _ in numbers]
    _renumber(new_uow, dict(zip(ids, numbers, strict=True)))
    return ids


def _renumber(new_uow, numbers):
    with new_uow() as uow:
        for case_id, number in numbers.items():
            uow.session.get(Case, case_id).case_number = number
        uow.commit()


def _assert_as_unindexed(new_uow):
    """Every typed form finds, through the index and through the case list, exactly the unindexed match's rows."""
    with new_uow() as uow:
        s = uow.session
        for text in TYPED:
            scan = set(s.scalars(select(Case.id).where(number_matches(Case.case_number, number_query(text)))))
            indexed = set(s.scalars(select(Case.id).where(number_condition(text, Case.case_number))))
            listed = {r.id for r in list_cases(uow, CaseFilter(text=text, limit=50), today=TODAY).rows}
            assert indexed == scan == listed, text


def test_the_indexed_number_search_finds_the_unindexed_rows_after_inserts_edits_and_deletes(new_uow, staff):
    ids = _numbered(new_uow, staff, ["测试市知裁字〔2026〕98号", "测试市知裁字〔2026〕981号", "某县知裁字（2026）98号之一",
                                     "测试市知裁字〔2025〕98号", "某〔2026〕98-1"])
    _assert_as_unindexed(new_uow)
    with new_uow() as uow:
        assert {r.id for r in list_cases(uow, CaseFilter(text="2026-98", limit=50), today=TODAY).rows} \
            == {ids[0], ids[2]}
    # edits: a number changed, another one added, brackets of another style
    _renumber(new_uow, {ids[0]: "测试市知裁字〔2026〕99号", ids[4]: "某【2026】98号", ids[1]: "测试市知裁字[2027]5号"})
    _assert_as_unindexed(new_uow)
    with new_uow() as uow:
        assert {r.id for r in list_cases(uow, CaseFilter(text="(2026)98", limit=50), today=TODAY).rows} \
            == {ids[2], ids[4]}
    # a delete: the index must forget the row
    with new_uow() as uow:
        uow.session.delete(uow.session.get(Case, ids[2]))
        uow.commit()
    _assert_as_unindexed(new_uow)
    with new_uow() as uow:
        assert [r.id for r in list_cases(uow, CaseFilter(text="2026-98", limit=50), today=TODAY).rows] == [ids[4]]


def engine_of(new_uow):
    with new_uow() as uow:
        return uow.session.get_bind()


def _captured_list_query(new_uow, text):
    """The SQL and parameters of the case list's page query for `text` (the one that selects the rows)."""
    seen = []
    engine = engine_of(new_uow)

    def grab(_conn, _cursor, statement, parameters, _context, _many):
        if "ipcase_number_key" in statement and "count(" not in statement.lower():
            seen.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", grab)
    try:
        with new_uow() as uow:
            list_cases(uow, CaseFilter(text=text, limit=50), today=TODAY)
    finally:
        event.remove(engine, "before_cursor_execute", grab)
    assert seen, "the list did not search by number key"
    return seen[0]


def test_the_number_search_uses_the_number_index(new_uow, staff):
    _numbered(new_uow, staff, ["测试市知裁字〔2026〕98号", "测试市知裁字〔2026〕981号"])
    engine = engine_of(new_uow)
    statement, parameters = _captured_list_query(new_uow, "东湖县知裁字〔2026〕98号")
    with engine.connect() as conn:
        cursor = conn.connection.driver_connection.cursor()
        if engine.dialect.name == "sqlite":
            cursor.execute("EXPLAIN QUERY PLAN " + statement, parameters)
            plan = " ".join(str(row[-1]) for row in cursor.fetchall())
        else:
            # a two-row table is read whole whatever the indexes: forbid that, so the plan shows whether the
            # number condition CAN be answered by the index
            cursor.execute("SET enable_seqscan = off")
            cursor.execute("EXPLAIN " + statement, parameters)
            plan = " ".join(row[0] for row in cursor.fetchall())
        cursor.close()
    assert "ix_search_number_cases" in plan, plan


# --- grams: PostgreSQL as SQLite -----------------------------------------------------------------------------

PUNCTUATED = ["北京、北京！！北京科技（有限）公司……ZL-2021 ab,ab;ab", "  --  ", "〇〇々！、。〔2026〕98号",
              "ＡＢＣ－ａｂｃ　１２", "a.b.c...a.b", "王王王王 王", "“鼎盛”《公司》——鼎盛·鼎盛", "", "!!!", "x"]


def test_postgresql_grams_are_sqlites(engine):
    with engine.connect() as conn:
        for text in PUNCTUATED:
            got = conn.scalar(select(func.ipcase_grams(literal(text))))
            got = got.split() if isinstance(got, str) else got
            assert len(got) == len(set(got)), text   # each gram once
            assert set(got) == set(search_index.grams(text).split()), text


NEEDLES = ["鼎", "鼎盛", "北京", "ab", "a", "、", "！", "-", "a-", "b,", "(", "王王", "王 ", "98", "〇", "ａ", "..."]


def test_punctuated_searches_find_the_like_scans_rows_on_both_backends(new_uow, staff):
    ids = _numbered(new_uow, staff, [f"测试市知裁字〔2026〕{n}号" for n in range(1, 6)])
    with new_uow() as uow:
        for i, case_id in enumerate(ids):
            uow.session.get(Case, case_id).search_text = "|".join(PUNCTUATED[i::5])
        uow.commit()
    with new_uow() as uow:
        s = uow.session
        for needle in NEEDLES:
            # the unindexed search: the normalised needle (NFKC, names, ZL dropped) or the text as typed
            scan = set(s.scalars(select(Case.id).where(or_(*(Case.search_text.icontains(n, autoescape=True)
                                                                for n in (text_key(needle), needle) if n)))))
            listed = {r.id for r in list_cases(uow, CaseFilter(text=needle, limit=50), today=TODAY).rows}
            assert listed == scan, needle


@pytest.mark.parametrize("text", ["北京", "ab"])
def test_the_short_search_uses_the_grams_index_on_postgresql(engine, text):
    if engine.dialect.name == "sqlite":
        pytest.skip("SQLite's grams are an FTS5 table (tests/integration/cases/test_keyset_and_search.py)")
    with engine.connect() as conn:
        conn.exec_driver_sql("SET enable_seqscan = off")
        plan = " ".join(r[0] for r in conn.exec_driver_sql(
            f"EXPLAIN SELECT id FROM cases WHERE ipcase_grams(search_text) @> ARRAY['{text[:1]}']::text[]"))
    assert "ix_grams_cases" in plan, plan
