"""Who reads the audit trail (三员分立): the 审计员 reads and exports it and changes nothing; the administrator
reads it only where the office turned the separation off; every export is itself an entry."""
from __future__ import annotations

import csv
from datetime import date

import pytest
from openpyxl import load_workbook

from case_helpers import sample_request
from ipcase import commands
from ipcase.audit.capture import note
from ipcase.domain.enums import Role
from ipcase.dto.audit import AuditFilter
from ipcase.errors import AuthenticationFailed, PermissionDenied
from ipcase.loaders.settings import store_value
from ipcase.queries.audit.trail import SEPARATION, audit_entries
from ipcase.services.admin import auth
from ipcase.services.audit.export import export_trail
from tests.conftest import NOW


@pytest.fixture
def auditor(new_uow, staff):
    with new_uow() as uow:
        return auth.create_user(uow, actor_id=staff.admin.id, username="shenji", full_name="审计员甲",
                                role=Role.AUDITOR, password="password1")


def test_the_auditor_changes_nothing(new_uow, staff, auditor):
    with pytest.raises(PermissionDenied):
        commands.run("cases.register_request", new_uow, actor_id=auditor.id, data=sample_request(), now=NOW)
    with pytest.raises(PermissionDenied):
        commands.run("admin.create_user", new_uow, actor_id=auditor.id, username="x", full_name="某",
                     role=Role.OFFICER, password="password1")


def test_the_auditor_reads_entries_filtered_by_case_user_date_and_action(new_uow, staff, auditor):
    ref = commands.run("cases.register_request", new_uow, actor_id=staff.officer.id, data=sample_request(), now=NOW)
    with new_uow() as uow:
        page = audit_entries(uow, viewer_id=auditor.id, filters=AuditFilter(actor_id=staff.officer.id))
        assert page.total > 0 and {r.actor_name for r in page.rows} == {"张伟"}
        assert {"cases", "parties", "timeline"} <= {r.record_kind for r in page.rows}
        [action] = {r.action for r in page.rows}
        by_action = audit_entries(uow, viewer_id=auditor.id, filters=AuditFilter(action=action))
        assert by_action.total == page.total
        # a request has no 案号 before 立案 (the tamper tests filter nothing by it; the number is on their findings)
        assert audit_entries(uow, viewer_id=auditor.id, filters=AuditFilter(case_number="知裁字")).total == 0
        today = audit_entries(uow, viewer_id=auditor.id, filters=AuditFilter(date_from=date.today()))
        assert today.total >= page.total
        none = audit_entries(uow, viewer_id=auditor.id, filters=AuditFilter(date_to=date(2020, 1, 1)))
        assert none.total == 0
    assert ref.id


def test_the_administrator_reads_only_without_separation(new_uow, staff, auditor):
    with new_uow() as uow, pytest.raises(PermissionDenied):
        audit_entries(uow, viewer_id=staff.admin.id)
    with new_uow() as uow, pytest.raises(PermissionDenied):
        audit_entries(uow, viewer_id=staff.officer.id)
    with new_uow() as uow:
        store_value(uow.session, staff.office.id, SEPARATION, False)
        uow.commit()
    with new_uow() as uow:
        assert audit_entries(uow, viewer_id=staff.admin.id).total > 0


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_an_export_is_written_and_recorded(new_uow, staff, auditor, tmp_path, suffix):
    path = tmp_path / f"trail{suffix}"
    with new_uow() as uow:
        n = export_trail(uow, actor_id=auditor.id, path=path, now=NOW, filters=AuditFilter(actor_id=staff.admin.id))
    assert n > 0
    if suffix == ".csv":
        with path.open(encoding="utf-8-sig") as f:
            rows = list(csv.reader(f))
    else:
        rows = [[c for c in r] for r in load_workbook(path).active.iter_rows(values_only=True)]
    assert rows[0][:3] == ["序号", "时间", "用户"] and len(rows) == n + 1
    with new_uow() as uow:
        [entry] = audit_entries(uow, viewer_id=auditor.id, filters=AuditFilter(action="audit.export")).rows
    assert entry.actor_name == "审计员甲" and entry.operation == "event"


def test_an_event_is_written_only_when_the_unit_commits(new_uow, staff, auditor):
    with new_uow() as uow:
        note(uow.session, "test.event", detail={"x": 1})       # rolled back: nothing
    with new_uow() as uow:
        note(uow.session, "test.event", detail={"x": 2})
        uow.commit()
    with new_uow() as uow:
        rows = audit_entries(uow, viewer_id=auditor.id, filters=AuditFilter(action="test.event")).rows
    assert [r.changes[0].after for r in rows] == [2]


def test_logins_failed_logins_and_logouts_are_recorded(new_uow, staff, auditor):
    with new_uow() as uow:
        auth.login(uow, username="zhang", password="password1", now=NOW)
    for name in ("zhang", "nobody"):
        with new_uow() as uow, pytest.raises(AuthenticationFailed):
            auth.login(uow, username=name, password="wrong-one", now=NOW)
    with new_uow() as uow:
        auth.logout(uow, actor_id=staff.officer.id, now=NOW)
    with new_uow() as uow:
        rows = [r for r in audit_entries(uow, viewer_id=auditor.id, filters=AuditFilter(action="auth.")).rows
                if r.operation == "event"]   # (the wrong password's count on the account is an update beside it)
    seen = [(r.action, r.actor_name, dict((c.column, c.after) for c in r.changes).get("username")) for r in rows]
    assert seen[::-1] == [("auth.login", "张伟", "zhang"), ("auth.login_failed", "张伟", "zhang"),
                          ("auth.login_failed", "", "nobody"), ("auth.logout", "张伟", "zhang")]
    assert all(r.at == NOW for r in rows)
