"""An administrator corrects a user's name and changes the role (admin.update_user, issue 16): in the own office,
never the own role, each wrong field named; the next login carries the new role. SQLite and PostgreSQL."""
from __future__ import annotations

import pytest

from ipcase import commands
from ipcase.domain.enums import Role
from ipcase.errors import PermissionDenied, ValidationErrors
from ipcase.services.admin import auth


def test_name_and_role_changed_and_the_next_login_has_them(new_uow, staff):
    with new_uow() as uow:
        info = auth.update_user(uow, actor_id=staff.admin.id, user_id=staff.officer.id, full_name=" 张伟明 ",
                                role=Role.SECTION_HEAD)
    assert (info.full_name, info.role) == ("张伟明", Role.SECTION_HEAD)
    with new_uow() as uow:
        again = auth.login(uow, username="zhang", password="password1")
    assert (again.full_name, again.role) == ("张伟明", Role.SECTION_HEAD)


def test_every_wrong_field_is_named(new_uow, staff):
    with new_uow() as uow, pytest.raises(ValidationErrors) as caught:
        auth.update_user(uow, actor_id=staff.admin.id, user_id=staff.officer.id, full_name="  ", role="boss")
    assert {(e.field, e.reason) for e in caught.value.errors} == {("full_name", "required"), ("role", "choice")}


def test_an_administrator_keeps_the_own_role_but_may_correct_the_own_name(new_uow, staff):
    with new_uow() as uow, pytest.raises(ValidationErrors) as caught:
        auth.update_user(uow, actor_id=staff.admin.id, user_id=staff.admin.id, full_name="管理员",
                         role=Role.OFFICER)
    assert [(e.field, e.reason) for e in caught.value.errors] == [("role", "cannot_change_own_role")]
    with new_uow() as uow:
        info = auth.update_user(uow, actor_id=staff.admin.id, user_id=staff.admin.id, full_name="系统管理员",
                                role=Role.ADMIN)
    assert info.full_name == "系统管理员" and info.role == Role.ADMIN


def test_only_an_administrator_changes_users(new_uow, staff):
    with new_uow() as uow, pytest.raises(PermissionDenied):
        auth.update_user(uow, actor_id=staff.dept_head.id, user_id=staff.officer.id, full_name="张伟",
                         role=Role.DEPT_HEAD)


def test_as_a_command(new_uow, staff):
    with new_uow() as uow:
        info = commands.run("admin.update_user", uow, actor_id=staff.admin.id, user_id=staff.clerk.id,
                            full_name="孙丽", role="officer")
    assert info.role == Role.OFFICER
