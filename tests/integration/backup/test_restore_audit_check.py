"""A restore checks the backup's audit chain before it replaces anything (issue 13), on SQLite and PostgreSQL: a
backup of a database whose record was edited behind the application's back (a timeline entry's actor changed
with SQL) is refused naming the change, the current database keeps every row, and on PostgreSQL the scratch
database the dump was checked in is gone; an intact backup restores with the same check."""
from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from case_helpers import Driver, at
from ipcase.backup.audit_link import chain_problems
from ipcase.backup.create import create_backup
from ipcase.backup.restore import restore_backup
from ipcase.errors import BackupRefused

NOW, LATER = datetime(2026, 12, 6, 9, 30), datetime(2026, 12, 6, 11, 0)


def _url(engine) -> str:
    return engine.url.render_as_string(hide_password=False)


def _restore(engine, made, tmp_path):
    return restore_backup(made.path, db_url=_url(engine), data_dir=tmp_path / "data", now=LATER,
                          verify_audit=chain_problems)


def _scratch_databases(engine) -> list[str]:
    if engine.dialect.name != "postgresql":
        return []
    with engine.connect() as conn:
        return list(conn.execute(text("SELECT datname FROM pg_database WHERE datname LIKE '%restore_check%'"))
                    .scalars())


def _timeline(engine) -> list[tuple]:
    with engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text("SELECT id, actor_id, kind FROM timeline ORDER BY id"))]


def test_a_backup_whose_record_was_edited_is_refused_before_anything_is_replaced(engine, new_uow, staff,
                                                                                tmp_path):
    Driver.new(new_uow, staff, at(date(2026, 11, 2)), received=date(2026, 11, 2))
    with engine.begin() as conn:   # the edit, done before the backup: who made the first entry
        first = conn.execute(text("SELECT min(id) FROM timeline")).scalar_one()
        conn.execute(text("UPDATE timeline SET actor_id = :a WHERE id = :i"), {"a": staff.dept_head.id, "i": first})
    made = create_backup(db_url=_url(engine), data_dir=tmp_path / "data", out_dir=tmp_path / "out", now=NOW)
    Driver.new(new_uow, staff, at(date(2026, 11, 3)), received=date(2026, 11, 3))   # work after the backup
    before = _timeline(engine)

    with pytest.raises(BackupRefused) as refused:
        _restore(engine, made, tmp_path)

    assert refused.value.code == "damaged" and refused.value.detail.startswith("audit chain: "), refused.value.detail
    assert f"timeline [{first}]" in refused.value.detail
    assert f"actor_id：{staff.officer.id} → {staff.dept_head.id}" in refused.value.detail
    assert _timeline(engine) == before          # nothing replaced: the later case's entries are all there
    assert not (tmp_path / "data" / "backups").exists() or not list((tmp_path / "data" / "backups").iterdir())
    assert _scratch_databases(engine) == []


def test_an_intact_backup_restores_after_the_same_check(engine, new_uow, staff, tmp_path):
    Driver.new(new_uow, staff, at(date(2026, 11, 2)), received=date(2026, 11, 2))
    expected = _timeline(engine)
    made = create_backup(db_url=_url(engine), data_dir=tmp_path / "data", out_dir=tmp_path / "out", now=NOW)
    Driver.new(new_uow, staff, at(date(2026, 11, 3)), received=date(2026, 11, 3))
    engine.dispose()

    report = _restore(engine, made, tmp_path)

    assert report.counts["cases"] == 1 and _timeline(engine) == expected
    assert _scratch_databases(engine) == []


def test_without_the_right_to_create_a_scratch_database_a_postgresql_restore_is_refused(engine, new_uow, staff,
                                                                                      tmp_path):
    if engine.dialect.name != "postgresql":
        pytest.skip("the scratch database is PostgreSQL's")
    made = create_backup(db_url=_url(engine), data_dir=tmp_path / "data", out_dir=tmp_path / "out", now=NOW)
    url = make_url(_url(engine))
    role = f"restorer_{url.database}"[-60:]
    with engine.begin() as conn:
        conn.execute(text(f'CREATE ROLE "{role}" LOGIN PASSWORD \'pw\' NOCREATEDB'))
    try:
        limited = url.set(username=role, password="pw").render_as_string(hide_password=False)
        with pytest.raises(BackupRefused) as refused:
            restore_backup(made.path, db_url=limited, data_dir=tmp_path / "data", now=LATER,
                           verify_audit=chain_problems)
        assert refused.value.code == "tool_failed" and "CREATEDB" in refused.value.detail
    finally:
        create_engine(url).dispose()
        with engine.begin() as conn:
            conn.execute(text(f'DROP ROLE "{role}"'))
