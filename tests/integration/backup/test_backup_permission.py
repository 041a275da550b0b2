"""Who may back up from the window (services.admin.backups.back_up, gesture 'backup.manage'): the administrator of
a top-level office, recorded in the audit trail; anyone else — another role, or a county's administrator of a
shared database (a backup holds every office's cases) — is refused before any file is written. SQLite and
PostgreSQL."""
from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import text

from ipcase.backup.restore import verify_backup
from ipcase.errors import OfficeRefused, PermissionDenied
from ipcase.services.admin import setup
from ipcase.services.admin.backups import back_up

NOW = datetime(2026, 12, 6, 10, 0)


def _back_up(new_uow, engine, user_id, tmp_path):
    with new_uow() as uow:
        return back_up(uow, actor_id=user_id, db_url=engine.url.render_as_string(hide_password=False),
                       data_dir=tmp_path / "data", out_dir=tmp_path / "out", now=NOW)


def test_the_administrator_backs_up_and_it_is_recorded(engine, new_uow, staff, tmp_path):
    made = _back_up(new_uow, engine, staff.admin.id, tmp_path)
    manifest = verify_backup(made.path)
    assert "audit-checkpoint.json" in manifest["files"]
    with new_uow() as uow:
        rows = uow.session.execute(text("SELECT actor_id, office_id, changes FROM audit_entries "
                                        "WHERE action = 'backup.create'")).all()
    assert [(r.actor_id, r.office_id) for r in rows] == [(staff.admin.id, staff.office.id)]
    assert made.path.name in rows[0].changes


@pytest.mark.parametrize("who", ["dept_head", "officer", "clerk"])
def test_other_roles_are_refused(engine, new_uow, staff, tmp_path, who):
    with pytest.raises(PermissionDenied) as info:
        _back_up(new_uow, engine, getattr(staff, who).id, tmp_path)
    assert info.value.action == "backup.create"
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").iterdir())


def test_a_county_administrator_of_a_shared_database_is_refused(engine, new_uow, staff, tmp_path):
    with new_uow() as uow:
        _, county_admin = setup.create_office(uow, name="测试县市场监督管理局", short_name="测试县",
                                              admin_username="county", admin_password="password1",
                                              parent_short_name="测试市")
    with pytest.raises(OfficeRefused) as info:
        _back_up(new_uow, engine, county_admin.id, tmp_path)
    assert info.value.reason == "national"
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").iterdir())
    with new_uow() as uow:
        assert not uow.session.execute(text("SELECT seq FROM audit_entries WHERE action = 'backup.create'")).all()
