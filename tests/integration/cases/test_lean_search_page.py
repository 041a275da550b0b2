"""Issue 19 (G19c, G19d): on PostgreSQL a search by text reads a lean page (the cases' own columns, its 结案期限 (D12)
and 中止 columns being the cases' copies kept by triggers: migration 0040_case_flags) and then, in one statement by
the ids with a kept plan, for the rows whose own columns do not show the text, their parties' credit codes and
agents (ipcase.queries.cases.page_extras). On both
backends a searched page is exactly the unsearched list's rows for the cases the unindexed scan finds, in the list's
order, with every column (D12 due date and provisional flag, 中止) and the 匹配 column the fields say; the page's
ids statement keeps PostgreSQL's generic plan whatever the page's length."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select, text, update

from ipcase.db.models.admin import User
from ipcase.db.models.cases import Agent, Case, DeadlineRow, Party, Pause
from ipcase.demo.bulk import generate
from ipcase.dto.cases import CaseFilter
from ipcase.queries.cases.register import count_cases, list_cases
from ipcase.queries.search import matched_field
from ipcase.services.common import search_text
from tests.integration.offices.test_list_scope_reads import tree as tree  # noqa: F401, F811 — a fixture (three offices)

TODAY = date(2026, 11, 2)


@pytest.fixture
def register(new_uow):
    """Generated cases with D12 deadlines (some provisional) and running suspensions; agents named 王律师 and
    Wang律师 (found by the agent only); an officer who reads every case."""
    generate(new_uow, cases=80, today=TODAY, seed=29, years=1)
    with new_uow() as uow:
        s = uow.session
        parties = s.scalars(select(Party).order_by(Party.id)).all()
        parties[0].agents.append(Agent(name="王律师", organization="某所"))
        parties[5].agents.append(Agent(name="Wang律师", organization="某所"))
        parties[5].agents.append(Agent(name="另一位王律师", organization="某所"))
        s.flush()
        for case in {s.get(Case, p.case_id) for p in (parties[0], parties[5])}:
            case.search_text = search_text(case)
        # a provisional D12 and a running suspension among the searched rows
        d12 = s.scalars(select(DeadlineRow).where(DeadlineRow.code == "D12").order_by(DeadlineRow.id)).all()
        assert len(d12) >= 2
        s.execute(update(DeadlineRow).where(DeadlineRow.id == d12[0].id).values(provisional=True))
        ended = s.scalars(select(Pause).where(Pause.kind == "suspension", Pause.end_date.is_not(None))).first()
        if ended is not None:
            s.execute(update(Pause).where(Pause.id == ended.id).values(end_date=None))
        uow.commit()
    with new_uow() as uow:
        viewer = uow.session.scalar(select(User.id).where(User.active.is_(True), User.role == "officer")
                                    .order_by(User.id))
    return viewer


def _fields(s, case_id: int, row) -> list[tuple[str, str]]:
    """The 匹配 column's fields of a case, in their order: its own columns, then per party and agent (party id,
    agent id) the party's credit code and the agent's name."""
    own = [("case_number", row.case_number), ("patent_number", row.patent_number), ("requesters", row.requesters),
           ("respondents", row.respondents)]
    for code, agent in s.execute(select(Party.credit_code, Agent.name).outerjoin(Agent, Agent.party_id == Party.id)
                                 .where(Party.case_id == case_id).order_by(Party.id, Agent.id)):
        own += [("credit_code", code or ""), ("agent", agent or "")]
    return own


NEEDLES = ("王", "王律", "Wang", "律师", "有限公司", "有限", "公司", "ZL20", "某", "不存在")


def test_a_searched_page_is_the_lists_rows_of_the_scan(new_uow, register):
    with new_uow(viewer_id=register, read_only=True) as uow:
        listed = list_cases(uow, CaseFilter(limit=10_000), today=TODAY).rows
    by_id = {r.id: r for r in listed}
    order = [r.id for r in listed]
    assert any(r.closing_due_provisional for r in listed) and any(r.suspended for r in listed)
    seen_extras = set()
    for needle in NEEDLES:
        with new_uow() as uow:   # the unindexed scan
            s = uow.session
            scan = set(s.scalars(select(Case.id).where(Case.search_text.icontains(needle, autoescape=True))))
        for limit in (3, 10_000):
            # past psycopg's and PostgreSQL's five runs: a prepared statement, then its generic plan
            for _ in range(7):
                with new_uow(viewer_id=register, read_only=True) as uow:
                    got = list_cases(uow, CaseFilter(text=needle, limit=limit), today=TODAY).rows
            want_ids = [i for i in order if i in scan][:limit]
            assert [r.id for r in got] == want_ids, needle
            with new_uow() as uow:
                for r in got:
                    want = replace(by_id[r.id], matched=matched_field(needle, _fields(uow.session, r.id, r),
                                                                      numbers=("case_number",)))
                    assert r == want, (needle, r.id)
                    if r.matched in ("agent", "credit_code"):
                        seen_extras.add(r.matched)
                    if r.suspended:
                        seen_extras.add("suspended")
                    if r.closing_due is not None:
                        seen_extras.add("due")
    assert {"agent", "suspended", "due"} <= seen_extras


@pytest.mark.parametrize(("sort", "descending"), [("requesters", False), ("closing_due", True)])
def test_other_sorts_and_a_filter_keep_the_lists_rows(new_uow, register, sort, descending):
    """Keys that can be empty (their rows come last, by a second statement) and a filtered page (a statement
    built per page, not kept): the searched rows are the unsearched list's, with the same columns."""
    states = ("registered", "answer_period", "investigation", "hearing_scheduled", "heard", "deliberation")
    for flt in (CaseFilter(limit=10_000, sort=sort, descending=descending),
                CaseFilter(limit=10_000, sort=sort, descending=descending, states=states)):
        with new_uow(viewer_id=register, read_only=True) as uow:
            listed = list_cases(uow, flt, today=TODAY).rows
        for needle in ("王", "有限", "公司"):
            with new_uow() as uow:
                scan = set(uow.session.scalars(select(Case.id).where(Case.search_text.icontains(needle,
                                                                                               autoescape=True))))
            with new_uow(viewer_id=register, read_only=True) as uow:
                got = list_cases(uow, replace(flt, text=needle), today=TODAY).rows
            assert [replace(r, matched="") for r in got] == [r for r in listed if r.id in scan], (needle, flt)


def test_the_ids_statement_keeps_its_generic_plan(new_uow, register, engine):
    if engine.dialect.name != "postgresql":
        pytest.skip("PostgreSQL's plan cache")
    # the window's first page (count=False: the list counts in a unit of its own, whose Session's ROLLBACK makes
    # psycopg deallocate the connection's prepared statements)
    for needle, limit in (("王", 10_000), ("有限", 10_000), ("有限", 2), ("王", 1), ("王", 3)) * 4:
        with new_uow(viewer_id=register, read_only=True) as uow:
            list_cases(uow, CaseFilter(text=needle, limit=limit, count=False), today=TODAY)
            plans = uow.connection().execute(text(
                "SELECT generic_plans, custom_plans FROM pg_prepared_statements "
                "WHERE statement LIKE '%parties.case_id = ANY (CAST(%'")).all()
    assert len(plans) == 1
    generic, custom = plans[0]
    assert generic + custom >= 12 and custom <= 5   # PostgreSQL plans five custom runs, then keeps the generic plan


def test_the_count_of_a_read_only_unit(new_uow, register):
    """PostgreSQL counts on the lane (no Session): the count an ordinary unit gives, for searches and filters."""
    for needle in (*NEEDLES, "", "某市知裁字〔2026〕1号"):
        for flt in (CaseFilter(text=needle), CaseFilter(text=needle, states=("registered", "heard")),
                    CaseFilter(text=needle, suspended=True)):
            with new_uow(viewer_id=register) as uow:
                want = count_cases(uow, flt)
            with new_uow(viewer_id=register, read_only=True) as uow:
                assert count_cases(uow, flt) == want, (needle, flt)
            with new_uow(viewer_id=register, read_only=True) as uow:   # the page's own count
                assert list_cases(uow, replace(flt, limit=2), today=TODAY).total == want, (needle, flt)


def test_a_read_only_count_keeps_the_viewers_scope(new_uow, tree):  # noqa: F811 — the fixture imported above
    for viewer in (tree.city.officer, tree.county_a.officer, tree.county_b.clerk):
        for needle in ("", "华辰", "有限"):
            with new_uow(viewer_id=viewer.id) as uow:
                want = count_cases(uow, CaseFilter(text=needle))
            with new_uow(viewer_id=viewer.id, read_only=True) as uow:
                assert count_cases(uow, CaseFilter(text=needle)) == want, (viewer.id, needle)


def test_the_count_keeps_the_searchs_prepared_statements(new_uow, register, engine):
    """The window counts in a unit of its own after each page: on PostgreSQL that unit no longer rolls a
    transaction back on the lane's connection, at which psycopg deallocated every prepared statement."""
    if engine.dialect.name != "postgresql":
        pytest.skip("PostgreSQL's prepared statements")
    for _ in range(7):
        with new_uow(viewer_id=register, read_only=True) as uow:
            list_cases(uow, CaseFilter(text="王", limit=50, count=False), today=TODAY)
        with new_uow(viewer_id=register, read_only=True) as uow:
            count_cases(uow, CaseFilter(text="王"))
    with new_uow(viewer_id=register, read_only=True) as uow:
        runs = uow.connection().execute(text(
            "SELECT generic_plans + custom_plans FROM pg_prepared_statements "
            "WHERE statement LIKE '%parties.case_id = ANY (CAST(%'")).all()
    assert runs == [(7,)]
