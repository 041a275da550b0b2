"""Issue 19: a read-only unit of work (uow_factory's `read_only=True`, ui's ctx.db_query) reads what an ordinary
one reads on both backends; on SQLite it begins DEFERRED, so it reads the last commit while a writer holds the
write lock instead of waiting for it (an ordinary unit, BEGIN IMMEDIATE, would wait busy_timeout and fail), and it
refuses to write."""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select, update

from ipcase.db.models.admin import Office
from ipcase.demo.bulk import generate
from ipcase.dto.cases import CaseFilter
from ipcase.queries.cases.register import count_cases, list_cases
from ipcase.uow import ReadOnlyUnitOfWork, uow_factory
from tests.conftest import make_staff

TODAY = date(2026, 11, 2)


def test_read_only_reads_what_an_ordinary_unit_reads(new_uow):
    generate(new_uow, cases=12, today=TODAY, seed=3, years=1)
    flt = CaseFilter(limit=5, count=True)
    with new_uow() as uow:
        want = list_cases(uow, flt, today=TODAY)
    with new_uow(read_only=True) as uow:
        assert list_cases(uow, flt, today=TODAY) == want
        assert count_cases(uow, CaseFilter()) == want.total


def test_read_only_refuses_to_write(new_uow, staff):
    with new_uow(read_only=True) as uow:
        office = uow.session.scalars(select(Office)).first()
        office_id, office.name = office.id, "改名"
        with pytest.raises(ReadOnlyUnitOfWork):
            uow.session.flush()
    with new_uow() as uow:
        assert uow.session.get(Office, office_id).name != "改名"


def test_a_read_does_not_wait_for_a_writer_on_sqlite(sqlite_engine):
    new_uow = uow_factory(sqlite_engine)
    make_staff(new_uow)
    with new_uow() as uow:
        office_id, name = uow.session.execute(select(Office.id, Office.name)).first()
    with new_uow() as writer:   # BEGIN IMMEDIATE: holds the write lock until it ends
        writer.session.execute(update(Office).where(Office.id == office_id).values(name="写入中"))
        writer.session.flush()
        with new_uow(read_only=True) as reader:   # the same thread: were it to wait, the writer never ends
            assert reader.session.get(Office, office_id).name == name   # the last commit, read at once
        writer.commit()
    with new_uow(read_only=True) as reader:
        assert reader.session.get(Office, office_id).name == "写入中"


def test_sqlite_connections_keep_a_larger_page_cache(sqlite_engine):
    from ipcase.db.engine import CACHE_KIB
    with sqlite_engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA cache_size").scalar() == -CACHE_KIB


def test_sqlite_refuses_a_core_write_in_a_read_only_unit_and_the_connection_writes_again_after(sqlite_engine):
    from sqlalchemy.exc import OperationalError
    new_uow = uow_factory(sqlite_engine)
    make_staff(new_uow)
    with new_uow(read_only=True) as uow:
        with pytest.raises(OperationalError, match="readonly"):
            uow.session.execute(update(Office).values(name="改名"))
    with pytest.raises(ReadOnlyUnitOfWork):   # said as what it is, not as a read-only database file
        with new_uow(read_only=True) as uow:
            uow.session.execute(update(Office).values(name="改名"))
    with new_uow() as uow:   # the same pooled connection, an ordinary unit: it writes
        uow.session.execute(update(Office).values(name="改名"))
        uow.commit()
    with new_uow(read_only=True) as uow:
        assert set(uow.session.scalars(select(Office.name))) == {"改名"}
