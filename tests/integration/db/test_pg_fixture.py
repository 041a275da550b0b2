from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.pool import NullPool


def test_db_url_connects(db_url: str):
    engine = sa.create_engine(db_url, poolclass=NullPool)
    try:
        with engine.begin() as conn:
            assert conn.execute(sa.text("select 1")).scalar_one() == 1
            conn.execute(sa.text("create table probe (name varchar(20))"))
            conn.execute(sa.text("insert into probe values ('专利侵权')"))
        with engine.connect() as conn:
            assert conn.execute(sa.text("select name from probe")).scalar_one() == "专利侵权"
    finally:
        engine.dispose()


def test_each_test_gets_an_empty_database(db_url: str):
    engine = sa.create_engine(db_url, poolclass=NullPool)
    try:
        assert sa.inspect(engine).get_table_names() == []
    finally:
        engine.dispose()


def test_sqlite_url_is_a_file(sqlite_url: str, tmp_path):
    engine = sa.create_engine(sqlite_url, poolclass=NullPool)
    try:
        with engine.connect() as conn:
            assert conn.execute(sa.text("select 1")).scalar_one() == 1
    finally:
        engine.dispose()
    assert (tmp_path / "ipcase.db").exists()
