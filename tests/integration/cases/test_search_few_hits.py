"""Issue 19 (Q19b): a search whose needles each have few hits in the index (SQLite: search_shape's "few") reads
the 匹配 column's agents and credit codes with its page (register._EXTRAS) instead of by a statement of their own.
On both backends the pages are those of the separate read (FEW_HITS = 0): same rows, columns, 匹配 text and order,
for an ordinary and a read-only unit of work, and the first of a case's credit codes and agents in (party, agent)
order names the match, whichever path read them."""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

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
