"""Issue 19: the fast generator (`python main.py demo --cases N`) writes with the database's triggers set aside and
computes the derived values itself — the stored register must be exactly what the triggers and the index
rebuild would have stored, on SQLite and PostgreSQL, with the triggers back in place afterwards."""
from __future__ import annotations

import json
from datetime import date

from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, or_, select, text

from ipcase.audit import rows as audit_rows
from ipcase.audit.verify import verify
from ipcase.db import aggregates, search_index
from ipcase.db.models.audit import AuditEntry
from ipcase.db.models.cases import Case
from ipcase.demo.bulk import _bit_grams, generate
from ipcase.dto.cases import CaseFilter
from ipcase.queries.cases.register import list_cases
from ipcase.queries.search import text_key

TODAY = date(2026, 11, 2)
SORT_COLUMNS = ("sort_requesters", "sort_respondents", "sort_officer", "sort_patent_number", "sort_patent_type",
                "sort_patent_title", "sort_closing_due", "sort_closing_provisional", "sort_suspended")
NEEDLES = ("科", "科技", "有限公司", "电子", "ZL", "zl20", "0", "2026", "号", "市", "X")


def sort_keys(conn) -> list[tuple]:
    return conn.execute(text(f"SELECT id, {', '.join(SORT_COLUMNS)} FROM cases ORDER BY id")).all()


def triggers(conn) -> list[tuple]:
    if conn.dialect.name == "sqlite":
        return conn.execute(text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name")).all()
    return conn.execute(text("SELECT tgname, tgenabled FROM pg_trigger WHERE NOT tgisinternal ORDER BY tgname")).all()


def searches(new_uow) -> dict[str, set[int]]:
    out = {}
    for needle in NEEDLES:
        with new_uow() as uow:
            out[needle] = {r.id for r in list_cases(uow, CaseFilter(text=needle, limit=10_000), today=TODAY).rows}
    return out


def like_scan(new_uow) -> dict[str, set[int]]:
    with new_uow() as uow:
        return {n: set(uow.session.scalars(select(Case.id).where(or_(*(
            Case.search_text.icontains(k, autoescape=True) for k in {text_key(n), n} if k))))) for n in NEEDLES}


def test_generated_rows_equal_what_the_triggers_and_the_index_store(new_uow, engine):
    with engine.connect() as conn:
        before = triggers(conn)
    generate(new_uow, cases=250, today=TODAY, sub_offices=2, seed=21)
    generate(new_uow, cases=120, today=TODAY, seed=22)          # a second run on top of the first
    with engine.connect() as conn:
        assert triggers(conn) == before                         # set aside inside each batch only
        stored = sort_keys(conn)
    found = searches(new_uow)
    assert found == like_scan(new_uow)
    assert all(found[n] for n in ("科技", "有限公司", "ZL", "号"))
    with engine.begin() as conn:                                # what the triggers/rebuild would have written
        search_index.refresh_sort_keys(conn)
        search_index.rebuild(conn)
        assert sort_keys(conn) == stored and len(stored) == 370
        assert sum(1 for row in stored if row.sort_closing_due is not None) > 250
    assert searches(new_uow) == found
    with engine.connect() as conn:                              # the dashboard's aggregates: `stats verify` agrees
        assert aggregates.usable(conn) and aggregates.verify(conn) == []


def test_a_generated_register_is_noted_in_the_audit_chain(new_uow):
    """The generated rows bypass the audited flush: one chain entry names them; `audit verify` keeps the chain
    intact and lists exactly those rows as inserted outside it."""
    generate(new_uow, cases=40, today=TODAY, seed=23)
    generate(new_uow, cases=30, today=TODAY, seed=24)   # the 案号 counters are updated: audited
    with new_uow() as uow:
        s = uow.session
        notes = s.scalars(select(AuditEntry).where(AuditEntry.action == "demo_generated")).all()
        details = [json.loads(n.changes) for n in notes]
        assert [(d["cases"], d["seed"]) for d in details] == [(40, 23), (30, 24)]
        assert [d["ids"]["cases"] for d in details] == [[1, 40], [41, 70]]
        assert s.scalar(select(func.count()).select_from(Case)) == 70
        report = verify(s)
    problems = {f.problem for f in report.findings}
    assert problems == {"row_inserted"}
    ranges: dict[str, set[int]] = {}
    for d in details:
        for table, (a, b) in d["ids"].items():
            ranges.setdefault(table, set()).update(range(a, b + 1))
    for f in report.findings:
        assert json.loads(f.record_key)[0] in ranges[f.record_kind], f
    # every generated audited table is listed (deadlines are derived rows, never audited)
    assert {f.record_kind for f in report.findings} == {t for t in ranges if audit_rows.table(t) is not None}
    assert "cases" in ranges and audit_rows.table("deadlines") is None


@given(st.text(alphabet=st.sampled_from("aZ09._ -|、有限公司〔〕号İßⅫ①²Ａ"), max_size=16) | st.text(max_size=12))
def test_bit_grams_are_the_index_grams(bit):
    assert set(_bit_grams(bit)) == set(search_index.grams(bit).split())
    assert len(_bit_grams(bit)) == len(set(_bit_grams(bit)))


def test_a_run_stopped_midway_is_continued_without_clashes(new_uow, engine, monkeypatch):
    """A run killed after some batches committed (its 案号 counters, ids and index not finished): the next run
    continues the 案号 from the stored cases, and its end repairs the index and the aggregates."""
    from ipcase.demo import bulk

    monkeypatch.setattr(bulk, "BATCH", 25)
    calls = []

    def stop_after_two_batches(done, total, _text):
        calls.append(done)
        if len(calls) == 2:
            raise KeyboardInterrupt
    try:
        generate(new_uow, cases=100, today=TODAY, seed=25, progress=stop_after_two_batches)
    except KeyboardInterrupt:
        pass
    with new_uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Case)) == 50
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM sequences WHERE kind = 'case'")).scalar() == 0  # never written
    generate(new_uow, cases=60, today=TODAY, seed=26)
    with new_uow() as uow:
        s = uow.session
        numbers = s.scalars(select(Case.case_number).where(Case.case_number.is_not(None))).all()
        assert len(numbers) == len(set(numbers)) > 80
        assert s.scalar(select(func.count()).select_from(Case)) == 110
    assert searches(new_uow) == like_scan(new_uow)
    with engine.connect() as conn:
        assert aggregates.verify(conn) == []
