"""三员分立 as an office setting saved from 设置 › 用户 › 登录与密码规则 (issue 13): on by default, turned off and on
again through admin.update_account_rules (every path: the command the dialog runs), its change itself an audit
entry with before and after, and the administrator's access to the trail following it."""
from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from ipcase import commands
from ipcase.db.models.audit import AuditEntry
from ipcase.domain.enums import Role
from ipcase.domain.passwords import AccountRules
from ipcase.errors import PermissionDenied
from ipcase.queries.admin.accounts import account_rules_page
from ipcase.queries.audit.trail import audit_entries
from ipcase.services.admin import auth


def _save(new_uow, actor_id, version, on):
    return commands.run("admin.update_account_rules", new_uow, actor_id=actor_id, rules=AccountRules(),
                        expected_version=version, audit_separation=on)


def _separation_entries(new_uow):
    with new_uow() as uow:
        rows = uow.session.scalars(select(AuditEntry).where(AuditEntry.record_kind == "settings")
                                   .order_by(AuditEntry.seq)).all()
        return [(e.actor_id, json.loads(e.changes)) for e in rows if "audit.separation" in e.record_key]


def test_separation_on_by_default_switched_on_the_page_and_audited(new_uow, staff):
    auditor = None
    with new_uow() as uow:
        auditor = auth.create_user(uow, actor_id=staff.admin.id, username="shenji", full_name="审计员甲",
                                   role=Role.AUDITOR, password="password1")
    with new_uow() as uow:
        page = account_rules_page(uow, office_id=staff.office.id)
    assert page.audit_separation is True
    with new_uow() as uow, pytest.raises(PermissionDenied):
        audit_entries(uow, viewer_id=staff.admin.id)

    _save(new_uow, staff.admin.id, page.version, False)
    with new_uow() as uow:
        page = account_rules_page(uow, office_id=staff.office.id)
        assert page.audit_separation is False
        assert audit_entries(uow, viewer_id=staff.admin.id).total > 0   # off: the administrator reads too
    [(who, changes)] = _separation_entries(new_uow)
    assert who == staff.admin.id and "false" in json.dumps(changes)

    _save(new_uow, staff.admin.id, page.version, True)
    with new_uow() as uow:
        assert account_rules_page(uow, office_id=staff.office.id).audit_separation is True
    with new_uow() as uow, pytest.raises(PermissionDenied):
        audit_entries(uow, viewer_id=staff.admin.id)
    entries = _separation_entries(new_uow)
    assert len(entries) == 2 and all(who == staff.admin.id for who, _ in entries)
    # The auditor sees the switch in the trail.
    with new_uow() as uow:
        assert audit_entries(uow, viewer_id=auditor.id).total > 0


def test_left_unchanged_when_not_given_and_refused_to_others(new_uow, staff):
    commands.run("admin.update_account_rules", new_uow, actor_id=staff.admin.id, rules=AccountRules(),
                 expected_version=0)
    with new_uow() as uow:
        page = account_rules_page(uow, office_id=staff.office.id)
    assert page.audit_separation is True and _separation_entries(new_uow) == []
    with pytest.raises(PermissionDenied):
        _save(new_uow, staff.officer.id, page.version, False)
    with new_uow() as uow:
        assert account_rules_page(uow, office_id=staff.office.id).audit_separation is True
