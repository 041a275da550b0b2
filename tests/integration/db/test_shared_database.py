"""连接单位共享数据库 (issue 18): what ipcase.shared_database.probe says of an address, against real databases on
both backends and a real closed port — ready, empty, no office yet, older schema, not an ipcase database, no such
database, refused — and the address remembered for the next starts."""
from __future__ import annotations

import socket
import sqlite3

import pytest
import sqlalchemy as sa
from alembic import command

from ipcase import shared_database as shared
from ipcase.config import load_config
from ipcase.db.engine import make_engine
from ipcase.db.migrate import alembic_config
from ipcase.services.admin import setup
from ipcase.uow import uow_factory


def _exists(db_url: str) -> None:
    """A shared SQLite file is one that exists (a new empty file, as the office created it)."""
    if db_url.startswith("sqlite:///"):
        sqlite3.connect(db_url.removeprefix("sqlite:///")).close()


def test_an_empty_database_then_one_without_office_then_ready(db_url):
    _exists(db_url)
    assert shared.probe(db_url).state == shared.EMPTY
    engine = make_engine(db_url)
    command.upgrade(alembic_config(engine), "heads")
    assert shared.probe(db_url).state == shared.NO_OFFICE
    with uow_factory(engine)() as uow:
        setup.create_office(uow, name="某市局", short_name="某市", admin_username="admin", admin_password="office2026")
    engine.dispose()
    found = shared.probe(db_url)
    assert found.state == shared.READY and found.usable


def test_an_older_schema_and_a_foreign_database(db_url):
    engine = make_engine(db_url)
    command.upgrade(alembic_config(engine), "0019_agents")
    found = shared.probe(db_url)
    assert found.state == shared.OLDER and found.usable and "0019_agents" in found.detail
    with engine.begin() as conn:
        conn.execute(sa.text("UPDATE alembic_version SET version_num = 'f00d_from_a_newer_program'"))
    assert shared.probe(db_url).state == shared.NEWER
    with engine.begin() as conn:
        conn.execute(sa.text("DROP TABLE alembic_version"))
    found = shared.probe(db_url)
    assert (found.state, found.problem) == (shared.FAILED, "not_ipcase")
    engine.dispose()


@pytest.mark.pg
def test_a_server_without_that_database(pg_server_url):
    url = sa.make_url(pg_server_url).set(database="no_such_ipcase").render_as_string(hide_password=False)
    found = shared.probe(url.replace("postgresql+psycopg://", "postgresql://"))
    assert (found.state, found.problem) == (shared.FAILED, "no_database")


def test_a_port_nobody_listens_on_is_refused():
    with socket.socket() as s:        # a free port, closed again: connecting to it is refused
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    found = shared.probe(f"postgresql://ipcase:secret@127.0.0.1:{port}/ipcase")
    assert (found.state, found.problem) == (shared.FAILED, "refused")


@pytest.mark.parametrize("message, problem", [
    ('connection failed: FATAL:  password authentication failed for user "ipcase"', "wrong_password"),
    ('could not translate host name "db.office.invalid" to address: Name or service not known', "host_not_found"),
    ("connection timeout expired", "timeout"),
    ('FATAL:  database "ipcase" does not exist', "no_database"),
    ("file is not a database", "not_a_database"),
    ("something else entirely", "other"),
])
def test_driver_messages_name_the_problem(message, problem):
    assert shared.problem_of(message) == problem


def test_addresses(tmp_path):
    assert shared.normalise("postgresql://u:p@h/db") == "postgresql+psycopg://u:p@h/db"
    assert shared.normalise(str(tmp_path / "a.db")) == f"sqlite:///{(tmp_path / 'a.db').as_posix()}"
    assert shared.normalise("mysql://x") == ""
    assert shared.probe("mysql://x").problem == "unsupported"
    assert shared.probe(str(tmp_path / "missing.db")).problem == "no_file"


def test_the_address_is_remembered_for_the_next_starts(tmp_path, monkeypatch):
    monkeypatch.delenv("IPCASE_DB_URL", raising=False)
    assert load_config(None, str(tmp_path)).is_default_sqlite
    written = shared.remember(tmp_path, "postgresql+psycopg://ipcase:pw@db.office/ipcase")
    assert written.stat().st_mode & 0o077 == 0       # the user's own: it may hold a password
    config = load_config(None, str(tmp_path))
    assert config.db_url == "postgresql+psycopg://ipcase:pw@db.office/ipcase" and not config.demo
    assert load_config("sqlite:///other.db", str(tmp_path)).db_url == "sqlite:///other.db"   # --db still wins
