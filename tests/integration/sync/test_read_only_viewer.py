"""A 移送 copy opened by the receiving office (issue 14): `sync open FILE --to URL --viewer NAME` makes a 查阅人
account on the copy; it signs in (no password change demanded, even where the sending office's passwords
expire), reads the case, and every gesture it could try is refused — its role holds none, and the read-only rule
refuses what another role would let through. Office on SQLite and PostgreSQL."""
from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import func, select

import main
from case_helpers import Driver, at
from ipcase import commands
from ipcase.db.models.admin import User
from ipcase.db.models.cases import Case
from ipcase.domain.enums import Role
from ipcase.domain.passwords import AccountRules
from ipcase.dto.evidence import EvidenceInput
from ipcase.errors import (
    AuthenticationFailed,
    PermissionDenied,
    ReadOnlyCopy,
    ValidationErrors,
    ValidationFailed,
)
from ipcase.queries.cases.register import case_detail
from ipcase.services.admin import account_rules, auth
from ipcase.sync.copy import open_laptop
from ipcase.sync.viewer import add_viewer
from ipcase.uow import uow_factory

NOW = at(date(2026, 11, 2))
LATER = datetime(2027, 6, 1, 9, 0)   # past any 90-day expiry of the sending office's passwords
PASSPHRASE = "yisong-anjian-2026"
NUMBER = "测试市知裁字〔2026〕7号"


@pytest.fixture
def transfer(engine, new_uow, staff, tmp_path, monkeypatch):
    """A 移送 package of one case, made by an office whose passwords expire after 90 days."""
    monkeypatch.setenv("IPCASE_PACKAGE_PASSPHRASE", PASSPHRASE)
    monkeypatch.delenv("IPCASE_DB_PASSPHRASE", raising=False)
    monkeypatch.delenv("IPCASE_VIEWER_PASSWORD", raising=False)
    case_id = Driver.new(new_uow, staff, NOW).ref.id
    with new_uow() as uow:
        uow.session.get(Case, case_id).case_number = NUMBER
        uow.commit()
    with new_uow() as uow:
        account_rules.update_account_rules(uow, actor_id=staff.admin.id, rules=AccountRules(expiry_days=90),
                                           expected_version=0)
    out = tmp_path / "移送.ipcpkg"
    common = ["--db", engine.url.render_as_string(hide_password=False), "--data-dir", str(tmp_path / "office"),
              "--no-demo"]
    assert main.main(["sync", "transfer", *common, "--user", "liu", "--case", NUMBER, "--out", str(out)]) == 0
    return case_id, out


def _open(tmp_path, out, *extra):
    url = f"sqlite:///{tmp_path / '收到的移送.db'}"
    code = main.main(["sync", "open", str(out), "--to", url, "--data-dir", str(tmp_path / "receiver"), "--no-demo",
                      *extra])
    return code, url


def test_the_receiving_office_signs_in_to_a_transfer_copy_and_reads_it(transfer, staff, tmp_path, capsys,
                                                                        monkeypatch):
    case_id, out = transfer
    monkeypatch.setenv("IPCASE_VIEWER_PASSWORD", "chayue2026a")
    code, url = _open(tmp_path, out, "--viewer", "chayue", "--viewer-name", "乙市局查阅人")
    assert code == 0
    assert "查阅人账户：chayue" in capsys.readouterr().out

    engine = open_laptop(url, PASSPHRASE)
    try:
        copy_uow = uow_factory(engine)
        with copy_uow() as uow:
            me = auth.login(uow, username="chayue", password="chayue2026a", now=LATER)
        assert me.role is Role.VIEWER and not me.must_change_password
        with copy_uow() as uow, pytest.raises(AuthenticationFailed):   # the password is the one given, no other
            auth.login(uow, username="chayue", password="chayue2026b", now=LATER)
        with uow_factory(engine, viewer_id=me.id)() as uow:           # reads the case as its office's user
            assert case_detail(uow, case_id, viewer_id=me.id, today=LATER.date()).case_number == NUMBER
        with uow_factory(engine, viewer_id=me.id)() as uow, pytest.raises(PermissionDenied):
            commands.run("evidence.add_item", uow, actor_id=me.id, case_id=case_id,
                         data=EvidenceInput("补充的材料", date(2027, 6, 1), by_office=True), now=LATER)
        with uow_factory(engine, viewer_id=me.id)() as uow, pytest.raises(PermissionDenied):   # not even its own
            auth.change_password(uow, actor_id=me.id, old_password="chayue2026a", new_password="anders2026b",
                                 now=LATER)
        # What a role on the copy would let through, the read-only rule refuses (the sending office's head,
        # copied without a password, stands for any such role).
        with uow_factory(engine, viewer_id=staff.dept_head.id)() as uow, pytest.raises(ReadOnlyCopy):
            commands.run("evidence.add_item", uow, actor_id=staff.dept_head.id, case_id=case_id,
                         data=EvidenceInput("补充的材料", date(2027, 6, 1), by_office=True), now=LATER)
        with copy_uow() as uow:
            assert uow.session.scalar(select(func.count()).select_from(Case)) == 1
            viewer = uow.session.scalar(select(User).where(User.username == "chayue"))
            assert (viewer.full_name, viewer.office_id) == ("乙市局查阅人", staff.office.id)
    finally:
        engine.dispose()


def test_a_refused_viewer_account_leaves_no_copy_behind(transfer, tmp_path, capsys, monkeypatch):
    _, out = transfer
    monkeypatch.setenv("IPCASE_VIEWER_PASSWORD", "short")            # the copy's password rules refuse it
    code, url = _open(tmp_path, out, "--viewer", "chayue")
    assert code == 2
    assert "密码不符合" in capsys.readouterr().err
    assert not (tmp_path / "收到的移送.db").exists()
    monkeypatch.delenv("IPCASE_VIEWER_PASSWORD")                     # no password and no terminal: refused
    assert _open(tmp_path, out, "--viewer", "chayue")[0] == 2
    assert "IPCASE_VIEWER_PASSWORD" in capsys.readouterr().err
    assert not (tmp_path / "收到的移送.db").exists()
    monkeypatch.setenv("IPCASE_VIEWER_PASSWORD", "chayue2026a")      # then a good one opens it
    assert _open(tmp_path, out, "--viewer", "chayue")[0] == 0


def test_a_copy_opened_without_a_viewer_still_takes_one_and_never_twice(transfer, tmp_path):
    _, out = transfer
    code, url = _open(tmp_path, out)
    assert code == 0
    engine = open_laptop(url, PASSPHRASE)
    try:
        add_viewer(engine, username="chayue", full_name="查阅人", password="chayue2026a", now=LATER)
        with pytest.raises(ValidationErrors) as refused:
            add_viewer(engine, username="chayue", full_name="", password="chayue2026a", now=LATER)
        assert {(e.field, e.reason) for e in refused.value.errors} == {("username", "taken"),
                                                                      ("full_name", "required")}
    finally:
        engine.dispose()


def test_accounts_of_an_office_database_are_not_made_this_way(engine, staff):
    with pytest.raises(ValidationFailed) as refused:
        add_viewer(engine, username="chayue", full_name="查阅人", password="chayue2026a", now=LATER)
    assert (refused.value.field, refused.value.reason) == ("database", "not_read_only")
