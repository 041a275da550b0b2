"""The composition root's non-GUI paths: first-run initialisation of a real office's database."""
from __future__ import annotations

from datetime import date

import pytest

import main
from ipcase.cli.main import build_parser
from ipcase.cli.startup import NotInitialised, make_clock, prepare_database
from ipcase.db.engine import make_engine
from ipcase.services.admin import auth
from ipcase.uow import uow_factory


def test_init_creates_the_office_once_then_the_app_can_start(tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 'office.db'}"
    args = build_parser().parse_args(["--db", url, "--data-dir", str(tmp_path), "--no-demo"])
    with pytest.raises(NotInitialised) as e:
        prepare_database(args, make_clock(date(2026, 11, 21)))
    assert "python main.py init" in str(e.value)
    argv = ["init", "--db", url, "--data-dir", str(tmp_path), "--office-name", "某县市场监督管理局",
            "--short-name", "某县", "--admin-password", "short"]
    assert main.main(argv) == 2                                  # password too short: nothing created
    argv[-1] = "longenough1"
    assert main.main(argv) == 0
    assert "某县市场监督管理局" in capsys.readouterr().out
    assert main.main(argv) == 1                                  # already initialised: untouched
    county = ["init", "--db", url, "--data-dir", str(tmp_path), "--office-name", "某县市场监督管理局分局",
              "--short-name", "某乡", "--admin-username", "admin2", "--admin-password", "longenough2"]
    assert main.main([*county, "--parent", "无此机关"]) == 2       # the parent must exist
    assert main.main([*county, "--parent", "某县"]) == 0
    assert main.main([*county, "--parent", "某县"]) == 2          # 机关简称 and username are unique
    db = prepare_database(args, make_clock(date(2026, 11, 21)))
    assert not db.demo_created
    with db.new_uow() as uow:
        assert auth.login(uow, username="admin", password="longenough1").office_name == "某县市场监督管理局"
        from ipcase.queries.statistics.figures import statistics_scope
        sub_admin = auth.login(uow, username="admin2", password="longenough2")
        parent_admin = auth.login(uow, username="admin", password="longenough1")
        scope = statistics_scope(uow, viewer_id=parent_admin.id)
    assert sub_admin.office_name == "某县市场监督管理局分局"
    assert [o.name for o in scope.offices][-1] == "某县市场监督管理局分局"
    db.engine.dispose()


def test_a_server_database_never_gets_demo_data(tmp_path):
    """Only the embedded default file is filled with demo cases; a URL given with --db is not."""
    url = f"sqlite:///{tmp_path / 'shared.db'}"
    args = build_parser().parse_args(["--db", url, "--data-dir", str(tmp_path)])
    with pytest.raises(NotInitialised):
        prepare_database(args, make_clock(date(2026, 11, 21)))
    with uow_factory(make_engine(url))() as uow:
        from ipcase.services.admin.setup import is_initialised
        assert not is_initialised(uow)
