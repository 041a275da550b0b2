"""移送 and meeting packages through `python main.py sync transfer|open` (issue 14): a passphrase package of some
cases that opens as a database for reading — the maker of a meeting package logs in and reads, every gesture is
refused (ReadOnlyCopy), and the copy is never checked in. Office on SQLite and PostgreSQL."""
from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import func, select

import main
from case_helpers import Driver, at
from ipcase import commands
from ipcase.db.models.cases import Case
from ipcase.dto.evidence import EvidenceInput
from ipcase.errors import AuthenticationFailed, ReadOnlyCopy
from ipcase.services.admin import auth
from ipcase.sync.copy import open_laptop
from ipcase.sync.package_format import read_header
from ipcase.sync.read_only import copy_kind
from ipcase.uow import uow_factory

NOW = at(date(2026, 11, 2))
PASSPHRASE = "huiyi-anjian-2026"


@pytest.fixture
def two_cases(engine, new_uow, staff, tmp_path, monkeypatch):
    monkeypatch.setenv("IPCASE_PACKAGE_PASSPHRASE", PASSPHRASE)
    monkeypatch.delenv("IPCASE_DB_PASSPHRASE", raising=False)
    ids = [Driver.new(new_uow, staff, NOW).ref.id for _ in range(2)]
    url = engine.url.render_as_string(hide_password=False)
    common = ["--db", url, "--data-dir", str(tmp_path / "office-data"), "--no-demo"]
    return ids, common


def _copy(path, kind: str):
    out = path / f"{kind}.ipcpkg"
    return out, f"sqlite:///{path / f'{kind}.db'}"


@pytest.mark.parametrize("kind", ["meeting", "transfer"])
def test_a_package_of_cases_opens_read_only_and_never_comes_back(two_cases, new_uow, staff, tmp_path, capsys, kind):
    ids, common = two_cases
    with new_uow() as uow:   # cases not yet registered have no 案号: name them by a number given here
        number = f"测试市知裁字〔2026〕{ids[0]}号"
        uow.session.get(Case, ids[0]).case_number = number
        uow.commit()
    out, url = _copy(tmp_path, kind)
    assert main.main(["sync", "transfer", *common, "--user", "liu", "--case", number, "--kind", kind,
                      "--out", str(out)]) == 0
    assert read_header(out).kind == kind
    opened = ["--data-dir", str(tmp_path / "viewer"), "--no-demo"]
    assert main.main(["sync", "open", str(out), "--to", url, *opened]) == 0
    assert "只读" in capsys.readouterr().out

    engine = open_laptop(url, PASSPHRASE)
    try:
        copy_uow = uow_factory(engine)
        with copy_uow() as uow:
            assert copy_kind(uow.session) == kind
            assert uow.session.scalars(select(Case.id)).all() == [ids[0]]       # the named case only
        if kind == "meeting":   # its maker reads it with their own password …
            with copy_uow() as uow:
                auth.login(uow, username="liu", password="password1", now=NOW)
        else:                   # … a 移送 copy lets no one of the sending office in
            with copy_uow() as uow, pytest.raises(AuthenticationFailed):
                auth.login(uow, username="liu", password="password1", now=NOW)
        with copy_uow() as uow, pytest.raises(ReadOnlyCopy) as refused:
            commands.run("evidence.add_item", uow, actor_id=staff.dept_head.id, case_id=ids[0],
                         data=EvidenceInput("会上补充的材料", date(2026, 11, 3), by_office=True),
                         now=datetime(2026, 11, 3, 10, 0))
        assert refused.value.kind == kind
        with copy_uow() as uow:
            assert uow.session.scalar(select(func.count()).select_from(Case)) == 1
    finally:
        engine.dispose()

    assert main.main(["checkin", str(tmp_path / f"{kind}.db"), *common]) == 2   # not a laptop copy
    assert main.main(["checkin", str(out), *common]) == 2                      # nor a check-in package
    assert "类型不符" in capsys.readouterr().err


def test_a_read_only_package_is_not_unpacked_as_a_check_out(two_cases, new_uow, tmp_path, capsys):
    ids, common = two_cases
    with new_uow() as uow:
        uow.session.get(Case, ids[1]).case_number = "测试市知裁字〔2026〕99号"
        uow.commit()
    out, url = _copy(tmp_path, "transfer")
    assert main.main(["sync", "transfer", *common, "--user", "liu", "--case", "测试市知裁字〔2026〕99号",
                      "--out", str(out)]) == 0
    assert main.main(["sync", "unpack", str(out), "--to", url, "--no-demo", "--data-dir", str(tmp_path / "v")]) == 2
    assert "类型不符" in capsys.readouterr().err
    assert not (tmp_path / "transfer.db").exists()
