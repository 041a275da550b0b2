from __future__ import annotations

from datetime import datetime

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text

from ipcase.db.base import Base
from ipcase.db.engine import make_engine
from ipcase.db.migrate import current_revisions, head_revisions, upgrade_to_head
from ipcase.db.search_index import outside_models


def test_upgrading_an_empty_database_gives_exactly_the_models_schema(db_url):
    engine = make_engine(db_url)
    upgrade_to_head(engine)
    assert current_revisions(engine) == head_revisions()
    with engine.connect() as conn:
        opts = {"compare_type": True, "include_name": outside_models}  # the search indexes are not models
        diff = compare_metadata(MigrationContext.configure(conn, opts=opts), Base.metadata)
    assert diff == []
    engine.dispose()


def test_startup_backs_up_an_sqlite_file_before_upgrading_it(tmp_path):
    path = tmp_path / "ipcase.db"
    engine = make_engine(f"sqlite:///{path}")
    with engine.begin() as conn:            # a database from before the first migration
        conn.execute(text("CREATE TABLE keepme (x INTEGER)"))
        conn.execute(text("INSERT INTO keepme VALUES (42)"))
    backup = upgrade_to_head(engine, backup_at=datetime(2026, 11, 21, 8, 0))
    assert backup is not None and backup.name == "ipcase.before-upgrade-20261121-080000.db"
    copy = make_engine(f"sqlite:///{backup}")
    with copy.connect() as conn:
        assert conn.execute(text("SELECT x FROM keepme")).scalar() == 42
    assert "cases" not in inspect(copy).get_table_names()
    assert "cases" in inspect(engine).get_table_names()
    # already at head: no second copy
    assert upgrade_to_head(engine, backup_at=datetime(2026, 11, 21, 9, 0)) is None


def test_a_new_database_file_is_not_backed_up(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'new.db'}")
    assert upgrade_to_head(engine, backup_at=datetime(2026, 11, 21, 8, 0)) is None
    assert sorted(p.name for p in tmp_path.iterdir() if "before-upgrade" in p.name) == []
