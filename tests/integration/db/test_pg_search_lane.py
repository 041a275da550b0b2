"""Issue 19 (G19b): the read lane's round trips and plans on PostgreSQL. The lane reads in autocommit (no BEGIN, no
ROLLBACK) and the pooled connection goes back to transactions for the next unit of work; the viewer's scope read and
the 匹配 column's agents read are prepared on the server (`prepared.rows(keep_plan=True)`) and stay right past the
runs after which PostgreSQL switches to a generic plan; a rare gram no case mapping touches (王) is rechecked by
LIKE, not ILIKE. On both backends: the pages are those an ordinary unit of work reads, for these needles too."""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select, text, update

from ipcase.db import office_scope, prepared
from ipcase.db.models.admin import User
from ipcase.db.models.cases import Agent, Case, Party
from ipcase.demo.bulk import generate
from ipcase.dto.cases import CaseFilter
from ipcase.errors import AccountRevoked
from ipcase.queries import search
from ipcase.queries.cases.register import list_cases
from ipcase.services.common import search_text

TODAY = date(2026, 11, 2)


@pytest.fixture
def register(new_uow):
    """Generated cases, one agent named 王律师 (found by the agent only) and an officer who reads them."""
    generate(new_uow, cases=30, today=TODAY, seed=13, years=1)
    with new_uow() as uow:
        s = uow.session
        parties = s.scalars(select(Party).order_by(Party.id)).all()
        for party in parties[:3]:
            party.agents.append(Agent(name="王律师" if party is parties[0] else "Wang律师", organization="某所"))
        s.flush()
        for case in {s.get(Case, p.case_id) for p in parties[:3]}:
            case.search_text = search_text(case)
        uow.commit()
    with new_uow() as uow:
        viewer = uow.session.scalar(select(User.id).where(User.active.is_(True), User.role == "officer")
                                    .order_by(User.id))
    return viewer


NEEDLES = ("王", "王律", "律师", "wang", "Wang律", "某", "有限", "不存在")


def test_the_lane_reads_what_an_ordinary_unit_reads_for_grams(new_uow, register):
    for needle in NEEDLES:
        # past psycopg's and PostgreSQL's thresholds (5 runs): prepared statements, generic plans
        for _ in range(7):
            flt = CaseFilter(text=needle, limit=4, count=True)
            with new_uow(viewer_id=register) as uow:
                want = list_cases(uow, flt, today=TODAY)
            with new_uow(viewer_id=register, read_only=True) as uow:
                got = list_cases(uow, flt, today=TODAY)
            assert got == want, needle
        with new_uow() as uow:   # against the unindexed scan: every case whose text holds it, whatever its case
            scan = set(uow.session.scalars(select(Case.id).where(Case.search_text.icontains(needle,
                                                                                           autoescape=True))))
        with new_uow(viewer_id=register, read_only=True) as uow:
            page = list_cases(uow, CaseFilter(text=needle, limit=1000), today=TODAY)
        assert {r.id for r in page.rows} == scan, needle
    with new_uow(viewer_id=register, read_only=True) as uow:
        page = list_cases(uow, CaseFilter(text="王", limit=10), today=TODAY)
    assert len(page.rows) == 1 and page.rows[0].matched == "agent"


def test_a_caseless_gram_is_rechecked_by_like(new_uow, engine, register):
    with new_uow() as uow:
        shapes = {n: search.search_shape(uow.session, "cases", n)[0] for n in ("王", "有限", "Ab", "wang")}
    if engine.dialect.name == "postgresql":
        assert shapes == {"王": ("grams_plain",), "有限": ("grams_plain",), "Ab": ("grams",), "wang": ("like",)}
        sql = str(search.shape_condition("test", ("grams_plain",), Case.id, Case.search_text)
                  .compile(engine)).upper()
        assert "ILIKE" not in sql and " LIKE " in sql
    else:
        assert not {k for shape in shapes.values() for k in shape} & {"grams", "grams_plain", "plain"}


def test_the_lane_reads_in_autocommit_and_the_pool_gets_transactions_back(new_uow, engine, register):
    postgresql = engine.dialect.name == "postgresql"
    with new_uow(viewer_id=register, read_only=True) as uow:   # a page without its count: no Session
        list_cases(uow, CaseFilter(text="王", limit=5, count=False), today=TODAY)
        driver = uow.connection().connection.driver_connection
        if postgresql:
            assert driver.autocommit
            assert driver.info.transaction_status == driver.info.transaction_status.IDLE   # no BEGIN was sent
    with new_uow() as uow:   # an ordinary unit on the pooled connection: a transaction again, rolled back unsaved
        if postgresql:
            assert not uow.session.connection().connection.driver_connection.autocommit
        uow.session.execute(update(Case).values(accused_product="未保存"))
    with new_uow() as uow:
        assert "未保存" not in set(uow.session.scalars(select(Case.accused_product)))
        uow.session.execute(update(Case).where(Case.id == select(Case.id).limit(1).scalar_subquery())
                            .values(accused_product="已保存"))
        uow.commit()
    with new_uow() as uow:
        assert "已保存" in set(uow.session.scalars(select(Case.accused_product)))
    # and a later Session of a lane unit reads on the lane's connection, in a transaction again (a server-side
    # cursor, yield_per, needs one on PostgreSQL)
    with new_uow(viewer_id=register, read_only=True) as uow:
        uow.readable_offices()
        lane = uow.connection()
        assert uow.session.connection() is lane
        streamed = [r[0] for r in uow.session.execute(select(Case.id).order_by(Case.id)
                                                      .execution_options(yield_per=7))]
        assert streamed == sorted(streamed) and len(streamed) == 30
        if postgresql:
            driver = lane.connection.driver_connection
            assert not driver.autocommit
            assert driver.info.transaction_status == driver.info.transaction_status.INTRANS
    with new_uow() as uow:   # and the pool's connection is in its ordinary state after it
        uow.session.execute(update(Case).values(accused_product="未保存"))
    with new_uow() as uow:
        assert "未保存" not in set(uow.session.scalars(select(Case.accused_product)))


def test_kept_plans_stay_right_and_a_revoked_viewer_is_still_refused(new_uow, engine, register):
    with new_uow() as uow:
        other = uow.session.scalar(select(User.id).where(User.active.is_(True), User.id != register)
                                   .order_by(User.id))
    for _ in range(8):   # generic plans after the 5th run: each viewer still reads its own row
        for viewer in (register, other):
            with new_uow(viewer_id=viewer, read_only=True) as uow:
                found = prepared.rows(uow.connection(), office_scope.VIEWER_INPUTS, {"viewer_id": viewer},
                                      keep_plan=True)
                with new_uow() as plain:
                    want = [tuple(r) for r in plain.session.connection().execute(office_scope.VIEWER_INPUTS,
                                                                                 {"viewer_id": viewer})]
                assert sorted(map(repr, found)) == sorted(map(repr, want))
    if engine.dialect.name == "postgresql":
        with new_uow(viewer_id=register, read_only=True) as uow:
            uow.readable_offices()
            names = uow.connection().execute(text("SELECT statement FROM pg_prepared_statements")).scalars().all()
        assert any("FROM users" in n for n in names)
    with new_uow() as uow:
        uow.session.execute(update(User).where(User.id == register).values(active=False))
        uow.commit()
    with pytest.raises(AccountRevoked), new_uow(viewer_id=register, read_only=True) as uow:
        list_cases(uow, CaseFilter(text="王", limit=5), today=TODAY)


def test_a_number_search_keeps_its_plan_and_finds_the_same_case(new_uow, engine, register):
    """A 案号 search's page (search.plan_independent: the number shape only) is prepared with a kept plan; past the
    runs after which PostgreSQL uses the generic plan each number still finds its own case. The text searches'
    pages are never prepared (a generic plan of a LIKE pattern can scan a whole trigram index)."""
    with new_uow() as uow:
        numbers = uow.session.scalars(select(Case.case_number).where(Case.case_number.is_not(None))
                                      .order_by(Case.id).limit(3)).all()
    assert search.plan_independent(("number",))
    assert not any(search.plan_independent(s) for s in (("grams_plain",), ("grams",), ("plain",), ("like",),
                                                         ("hits",), ("number", "like"), ()))
    for _ in range(4):
        for number in numbers:
            flt = CaseFilter(text=number, limit=5)
            with new_uow(viewer_id=register) as uow:
                want = list_cases(uow, flt, today=TODAY)
            with new_uow(viewer_id=register, read_only=True) as uow:
                got = list_cases(uow, flt, today=TODAY)
                if engine.dialect.name == "postgresql":
                    kept = uow.connection().execute(text(
                        "SELECT statement FROM pg_prepared_statements WHERE statement LIKE '%FROM cases%'")).all()
                    assert all("ipcase_number_key" in r[0] and "search_text" not in r[0] for r in kept)
            assert got == want and [r.case_number for r in got.rows] == [number], number
