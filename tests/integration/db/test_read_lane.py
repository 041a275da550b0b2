"""Issue 19 (Q19): a read-only unit of work reads a list's page and search on its connection without a Session (its
"lane": UnitOfWork.connection / readable_offices), the page's cached statements as prepared reads
(ipcase.db.prepared). On both backends: the rows are those an ordinary unit of work reads, the viewer is read in
the unit (a deactivated account is refused), a Session opened later joins the same transaction, a cancelled
search stops between prepared reads, and a prepared read returns what SQLAlchemy returns (dates, booleans)."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import Integer, bindparam, select, text, update

from ipcase.db import prepared
from ipcase.db.models.admin import User
from ipcase.db.models.cases import Agent, Case, Party
from ipcase.demo.bulk import generate
from ipcase.dto.cases import CaseFilter
from ipcase.errors import AccountRevoked
from ipcase.progress import Cancelled, CancelToken
from ipcase.queries.cases.register import _list_select, list_cases
from ipcase.services.common import search_text
from ipcase.uow import ReadOnlyUnitOfWork

TODAY = date(2026, 11, 2)


@pytest.fixture
def register(new_uow):
    """Generated cases (parties, agents, patents, 案号) and an active officer who reads them."""
    generate(new_uow, cases=30, today=TODAY, seed=11, years=1)
    with new_uow() as uow:   # the generator writes no agents: one, found by its name only (as a service adds it)
        party = uow.session.scalars(select(Party).order_by(Party.id)).first()
        party.agents.append(Agent(name="欧阳律师", organization="某律师事务所"))
        uow.session.flush()
        case = uow.session.get(Case, party.case_id)
        case.search_text = search_text(case)
        uow.commit()
    with new_uow() as uow:
        s = uow.session
        viewer = s.scalar(select(User.id).where(User.active.is_(True), User.role == "officer").order_by(User.id))
        number = s.scalar(select(Case.case_number).where(Case.case_number.is_not(None)).order_by(Case.id))
        patent = s.scalar(select(Case.sort_patent_number).where(Case.sort_patent_number.is_not(None))
                          .order_by(Case.id.desc()))
        agent = s.scalar(select(Agent.name).join(Party, Party.id == Agent.party_id).order_by(Agent.id))
        company = s.scalar(select(Party.name).order_by(Party.id.desc()))
    return viewer, (number, patent, agent[:1], agent, company[:2], company, "有限公司", "zl", "不存在的名字")


def test_the_lane_reads_what_an_ordinary_unit_reads(new_uow, register):
    viewer, needles = register
    for needle in needles:
        for flt in (CaseFilter(text=needle, limit=7, count=True),
                    CaseFilter(text=needle, limit=5, sort="requesters", descending=False)):
            with new_uow(viewer_id=viewer) as uow:
                want = list_cases(uow, flt, today=TODAY)
            with new_uow(viewer_id=viewer, read_only=True) as uow:
                got = list_cases(uow, flt, today=TODAY)
            assert got == want, needle
            if want.after is not None:   # and the next page after it
                with new_uow(viewer_id=viewer) as uow:
                    want = list_cases(uow, replace(flt, after=want.after), today=TODAY)
                with new_uow(viewer_id=viewer, read_only=True) as uow:
                    got = list_cases(uow, replace(flt, after=got.after), today=TODAY)
                assert got == want, needle
    with new_uow(viewer_id=viewer, read_only=True) as uow:   # the needles find rows, matched by several fields
        found = [list_cases(uow, CaseFilter(text=n), today=TODAY).rows for n in needles]
    assert [n for n, rows in zip(needles, found, strict=True) if not rows] == [needles[-1]]
    assert {"case_number", "patent_number", "agent"} <= {r.matched for rows in found for r in rows}


def test_the_lane_opens_no_session_and_a_later_session_joins_its_transaction(new_uow, register):
    viewer, (number, *_rest) = register
    with new_uow(viewer_id=viewer, read_only=True) as uow:
        list_cases(uow, CaseFilter(text=number, count=False), today=TODAY)
        assert uow._session is None   # the page and its search read on the connection alone
        conn = uow.connection()
        assert uow.session.connection() is conn   # one transaction, one snapshot
        assert uow.session.scalar(select(Case.id).where(Case.case_number == number)) is not None


def test_a_deactivated_viewer_is_refused_by_the_lane(new_uow, register):
    viewer, _needles = register
    with new_uow() as uow:
        uow.session.execute(update(User).where(User.id == viewer).values(active=False))
        uow.commit()
    with pytest.raises(AccountRevoked), new_uow(viewer_id=viewer, read_only=True) as uow:
        list_cases(uow, CaseFilter(text="有限公司"), today=TODAY)


def test_the_lane_refuses_a_write_on_sqlite(new_uow, register, engine):
    if engine.dialect.name != "sqlite":
        pytest.skip("SQLite's query_only (PostgreSQL's read-only units refuse a flush: test_read_only_units)")
    with pytest.raises(ReadOnlyUnitOfWork), new_uow(read_only=True) as uow:
        uow.connection().execute(update(Case).values(version=Case.version + 1))
    with new_uow() as uow:   # the same pooled connection writes again in an ordinary unit
        uow.session.execute(update(Case).where(Case.id == -1).values(version=1))
        uow.commit()


def test_sqlite_readers_keep_temporary_btrees_in_memory_and_writers_do_not(new_uow, engine):
    if engine.dialect.name != "sqlite":
        pytest.skip("SQLite's temp_store")
    for _ in range(2):   # each switch of the pooled connection's kind
        with new_uow(read_only=True) as uow:
            assert uow.connection().exec_driver_sql("PRAGMA temp_store").scalar() == 2   # MEMORY
        with new_uow() as uow:
            assert uow.session.connection().exec_driver_sql("PRAGMA temp_store").scalar() == 0   # DEFAULT


def test_a_cancelled_search_stops_between_prepared_reads(new_uow, register):
    viewer, needles = register
    token = CancelToken()
    seen = []
    with new_uow(viewer_id=viewer, read_only=True) as uow, uow.interruptible(token):
        uow.connection().exec_driver_sql("SELECT 1")
        token.cancel()
        with pytest.raises(Cancelled):
            seen.append(list_cases(uow, CaseFilter(text=needles[2]), today=TODAY))
    assert seen == []


def test_a_prepared_read_returns_what_sqlalchemy_returns(new_uow, register):
    q = _list_select("received_date").order_by(Case.id)
    with new_uow(read_only=True) as uow:
        conn = uow.connection()
        want = [tuple(r) for r in conn.execute(q)]
        got = prepared.rows(conn, q)
        assert got == want and [type(v) for v in got[0]] == [type(v) for v in want[0]]
        assert any(isinstance(v, date) for v in got[0])
        # a bound value per run; the values written into the statement (a state) kept
        one = q.where(Case.id == bindparam("wanted", type_=Integer), Case.state != "no such state")
        assert prepared.rows(conn, one, {"wanted": want[-1][0]}) == [want[-1]]
        assert prepared.rows(conn, one, {"wanted": want[0][0]}) == [want[0]]
        # an expanding IN is left to SQLAlchemy (its SQL is written per run): the same rows
        ids = [want[0][0], want[1][0]]
        assert prepared.scalars(conn, select(Case.id).where(Case.id.in_(ids)).order_by(Case.id)) == ids
        assert prepared.scalars(conn, text("SELECT 1").columns()) == [1]
        # one name bound by two parameter objects (a condition repeated in subqueries): one value, converted once
        day = want[0][q.selected_columns.keys().index("sort_key")]
        twice = select(Case.id).where(Case.received_date == bindparam("day", type_=Case.received_date.type),
                                      Case.received_date >= bindparam("day", type_=Case.received_date.type))
        assert want[0][0] in prepared.scalars(conn, twice, {"day": day})

