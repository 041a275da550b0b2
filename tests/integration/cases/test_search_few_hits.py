"""Issue 19 (Q19b): a search whose needles each have few hits in the index (SQLite: search_shape's "few") reads
the 匹配 column's agents and credit codes with its page (register._EXTRAS) instead of by a statement of their own.
On both backends the pages are those of the separate read (FEW_HITS = 0): same rows, columns, 匹配 text and order,
for an ordinary and a read-only unit of work, and the first of a case's credit codes and agents in (party, agent)
order names the match, whichever path read them."""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import event, select

from ipcase.db.models.admin import User
from ipcase.db.models.cases import Agent, Case, Party
from ipcase.demo.bulk import generate
from ipcase.dto.cases import CaseFilter
from ipcase.queries import search
from ipcase.queries.cases import register
from ipcase.queries.cases.register import list_cases
from ipcase.services.common import search_text

TODAY = date(2026, 11, 2)


@pytest.fixture
def cases(new_uow):
    """Generated cases; on three of them agents and credit codes that show the needles QX / 欧阳 in several ways:
    case 1 — the first party's credit code holds QX and its agent 欧阳QX律师 (the code comes first); case 2 — the
    first party's agent 欧阳QX律师, the second party's code holds QX (the agent comes first); case 3 — two agents on
    one party, the second one 欧阳律师."""
    generate(new_uow, cases=24, today=TODAY, seed=5, years=1)
    with new_uow() as uow:
        s = uow.session
        ids = s.scalars(select(Case.id).order_by(Case.id)).all()[:3]
        for n, case_id in enumerate(ids):
            parties = s.scalars(select(Party).where(Party.case_id == case_id).order_by(Party.id)).all()
            first, second = parties[0], parties[-1]
            if n == 0:
                first.credit_code = "91QX0000000000000A"
                first.agents.append(Agent(name="欧阳QX律师", organization="某所"))
            elif n == 1:
                first.agents.append(Agent(name="欧阳QX律师", organization="某所"))
                second.credit_code = "91QX0000000000000B"
            else:
                first.agents.append(Agent(name="张三", organization="某所"))
                first.agents.append(Agent(name="欧阳律师", organization="某所"))
            s.flush()
            case = s.get(Case, case_id)
            s.refresh(case)
            case.search_text = search_text(case)
        uow.commit()
    with new_uow() as uow:
        viewer = uow.session.scalar(select(User.id).where(User.active.is_(True), User.role == "officer")
                                    .order_by(User.id))
        company = uow.session.scalar(select(Party.name).order_by(Party.id.desc()))
    return viewer, ids, company


def _pages(new_uow, viewer, flt, few: int, monkeypatch) -> list:
    monkeypatch.setattr(register, "FEW_HITS", few)
    pages = []
    for read_only in (False, True):
        with new_uow(viewer_id=viewer, read_only=read_only) as uow:
            pages.append(list_cases(uow, flt, today=TODAY))
    return pages


def test_few_hits_read_the_match_with_the_page_and_show_the_same(new_uow, cases, monkeypatch):
    viewer, _ids, company = cases
    for needle in ("QX", "qx", "欧阳", "欧", "欧阳律师", "91QX", company, company[:2], "有限公司", "不存在的名字"):
        for flt in (CaseFilter(text=needle, limit=50, count=False),
                    CaseFilter(text=needle, limit=2, sort="requesters", descending=False)):
            separate = _pages(new_uow, viewer, flt, 0, monkeypatch)
            with_page = _pages(new_uow, viewer, flt, 20, monkeypatch)
            assert separate[0] == separate[1] == with_page[0] == with_page[1], needle


def test_the_first_code_or_agent_in_party_order_names_the_match(new_uow, cases, monkeypatch):
    viewer, ids, _company = cases
    for few in (0, 20):
        for _ordinary, lane in [_pages(new_uow, viewer, CaseFilter(text="QX", limit=50), few, monkeypatch)]:
            matched = {r.id: r.matched for r in lane.rows}
            assert matched[ids[0]] == "credit_code" and matched[ids[1]] == "agent", few
        (_ordinary, lane), = [_pages(new_uow, viewer, CaseFilter(text="欧阳律师", limit=50), few, monkeypatch)]
        assert {r.id: r.matched for r in lane.rows}[ids[2]] == "agent"


def test_a_needle_of_few_hits_takes_the_few_shape_on_sqlite(new_uow, cases):
    with new_uow(read_only=True) as uow:
        conn = uow.connection()
        shape, _values = search.search_shape(conn, "cases", "QX", few=20)
        common, _values = search.search_shape(conn, "cases", "QX", few=1)
        plain, _values = search.search_shape(conn, "cases", "QX")
    if conn.dialect.name == "sqlite":
        assert (shape, common, plain) == (("few",), ("hits",), ("hits",))
    else:
        assert shape == common == plain   # PostgreSQL has no index hits: nothing changes there


# Q19c (issue 19): on SQLite a name's page first reads its index hits inside its own statement (search.FEW_KINDS);
# rows come back only when the hits are at most FEW_HITS, else the hits are read as before. The pages are those of
# the separate hits read (FEW_HITS 0) whichever way it went: few hits, more than FEW_HITS (1: QX has two cases), no
# hit, a filter beside the search, the next page after a key, a page from an offset.
def test_the_page_that_reads_its_hits_itself_shows_the_same(new_uow, cases, monkeypatch):
    viewer, _ids, company = cases
    for needle in ("QX", "欧阳", "欧", "91QX", company, company[:2], "有限公司", "不存在的名字", "欧 阳"):
        flts = [CaseFilter(text=needle, limit=50), CaseFilter(text=needle, limit=1, offset=1),
                CaseFilter(text=needle, limit=50, patent_type="invention"),
                CaseFilter(text=needle, limit=50, sort="case_number", descending=False)]
        first = _pages(new_uow, viewer, CaseFilter(text=needle, limit=1), 0, monkeypatch)[0]
        if first.after is not None:
            flts.append(CaseFilter(text=needle, limit=1, after=first.after))
        for flt in flts:
            separate = _pages(new_uow, viewer, flt, 0, monkeypatch)
            for few in (1, 20):
                assert _pages(new_uow, viewer, flt, few, monkeypatch) == separate, (needle, flt, few)


def _statements(new_uow, viewer, flt) -> tuple[str, list[str]]:
    """The backend and the SQL of the statements a read-only unit's page sends."""
    sent: list[str] = []
    with new_uow(viewer_id=viewer, read_only=True) as uow:
        conn = uow.connection()
        event.listen(conn, "before_cursor_execute", lambda *a: sent.append(a[2]))
        list_cases(uow, flt, today=TODAY)
    return conn.dialect.name, sent


def test_a_name_of_few_hits_is_one_statement_after_the_viewer_on_sqlite(new_uow, cases, monkeypatch):
    viewer, _ids, _company = cases
    monkeypatch.setattr(register, "FEW_HITS", 20)
    backend, few = _statements(new_uow, viewer, CaseFilter(text="QX", limit=50, count=False))
    _backend, nothing = _statements(new_uow, viewer, CaseFilter(text="不存在的名字", limit=50, count=False))
    _backend, common = _statements(new_uow, viewer, CaseFilter(text="有限公司", limit=50, count=False))
    if backend != "sqlite":   # PostgreSQL: no index hits read, no first statement
        assert not any("MATERIALIZED" in sql for sql in few + nothing + common)
        return
    assert len(few) == 2 and "MATCH" in few[1] and "MATERIALIZED" in few[1]   # the viewer, then the page
    assert len(nothing) == 3   # the page (empty), the hits read (none: the empty page was the answer)
    assert len(common) == 4 and "MATCH" in common[2] and "MATCH" not in common[3]   # more than FEW_HITS


def test_the_few_shape_applies_to_one_indexed_needle_on_sqlite(new_uow, cases):
    with new_uow(read_only=True) as uow:
        conn = uow.connection()
        shapes = {t: search.few_shape(conn, t, 20) for t in ("QX", "欧阳律师", "欧 阳", "某市知裁字〔2026〕1号", "%%")}
        assert search.few_shape(conn, "QX", 0) is None
    if conn.dialect.name != "sqlite":
        assert set(shapes.values()) == {None}
        return
    assert shapes["QX"][0] == ("few_gram",) and shapes["欧阳律师"][0] == ("few_tri",)
    assert shapes["QX"][1] == {"needle_0": "qx", "phrase_0": '"qx"', "few": 20, "few_read": 21}
    assert shapes["欧 阳"] is None and shapes["某市知裁字〔2026〕1号"] is None and shapes["%%"] is None
