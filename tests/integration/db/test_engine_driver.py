"""make_engine keeps psycopg from preparing statements by count whatever the URL's spelling (G19d): with SQLAlchemy
2.1 a plain postgresql:// URL also means psycopg, and an engine made from one kept psycopg's default threshold
(every statement prepared after its fifth run — a search's LIKE page then ran PostgreSQL's generic plan)."""
from __future__ import annotations

import pytest

from ipcase.db.engine import NEVER_BY_COUNT, _driver, make_engine


@pytest.mark.parametrize(("url", "driver"), [
    ("postgresql://u@127.0.0.1/db", "psycopg"), ("postgresql+psycopg://u@127.0.0.1/db", "psycopg"),
    ("postgresql+psycopg2://u@127.0.0.1/db", "psycopg2"), ("sqlite:///x.db", "pysqlite"), ("nosuch://x", "")])
def test_the_driver_of_a_url(url, driver):
    assert _driver(url) == driver


@pytest.mark.pg
def test_a_plain_postgresql_url_prepares_nothing_by_count(pg_server_url):
    plain = "postgresql://" + pg_server_url.split("://", 1)[1]
    engine = make_engine(plain)
    try:
        with engine.connect() as conn:
            assert engine.dialect.driver == "psycopg"
            assert conn.connection.driver_connection.prepare_threshold == NEVER_BY_COUNT
    finally:
        engine.dispose()
