"""An administrator manages the accounts of their own office only (issue 12), refused up front by the account
services themselves — before anything is changed, with the answer the rest of the office scope gives: the city's
administrator sees its counties' users and is told "上级机关只能查阅" (OfficeRefused "read_only", naming the step,
not a refusal of the save), a county administrator does not learn that a city or sibling account exists
(NotFound). Both as the GUI runs the services (bound to the logged-in user) and as a script does."""
from __future__ import annotations

from datetime import date

import pytest
from office_helpers import PASSWORD, make_tree
from sqlalchemy import select

from case_helpers import at
from ipcase.db.models.admin import User
from ipcase.domain.enums import Role
from ipcase.errors import NotFound, OfficeRefused, ValidationErrors
from ipcase.services.admin import auth

NOW = at(date(2026, 11, 2))
CHANGES = {
    "reset_password": lambda uow, admin, user: auth.reset_password(uow, actor_id=admin.id, user_id=user.id,
                                                                   password="takeover123"),
    "set_user_active": lambda uow, admin, user: auth.set_user_active(uow, actor_id=admin.id, user_id=user.id,
                                                                     active=False),
    "unlock_user": lambda uow, admin, user: auth.unlock_user(uow, actor_id=admin.id, user_id=user.id),
    "update_user": lambda uow, admin, user: auth.update_user(uow, actor_id=admin.id, user_id=user.id,
                                                             full_name="改名", role=Role.ADMIN),
}


def _opener(new_uow, admin, as_gui: bool):
    return (lambda: new_uow(viewer_id=admin.id)) if as_gui else new_uow


def _account(new_uow, user_id: int) -> tuple:
    with new_uow() as uow:
        u = uow.session.get(User, user_id)
        return (u.password_hash, u.active, u.failed_logins, u.locked_until)


@pytest.mark.parametrize("as_gui", [True, False], ids=["gui", "script"])
def test_another_offices_accounts_are_refused_up_front(new_uow, as_gui):
    tree = make_tree(new_uow)
    for change in sorted(CHANGES):
        victim = tree.county_a.dept_head
        before = _account(new_uow, victim.id)
        with _opener(new_uow, tree.city.admin, as_gui)() as uow, pytest.raises(OfficeRefused) as refused:
            CHANGES[change](uow, tree.city.admin, victim)
        # Refused by the service's own check (its step named), not by the flush guard ("write:User") at save time.
        assert (refused.value.action, refused.value.reason) == (change, "read_only")
        assert _account(new_uow, victim.id) == before
        for victim in (tree.city.admin, tree.county_b.admin):
            before = _account(new_uow, victim.id)
            with _opener(new_uow, tree.county_a.admin, as_gui)() as uow, pytest.raises(NotFound) as missing:
                CHANGES[change](uow, tree.county_a.admin, victim)
            assert (missing.value.kind, missing.value.key) == ("user", victim.id)
            assert _account(new_uow, victim.id) == before


@pytest.mark.parametrize("as_gui", [True, False], ids=["gui", "script"])
def test_each_administrator_still_manages_their_own_office(new_uow, as_gui):
    """The positive control: the same calls succeed on an account of the administrator's own office."""
    tree = make_tree(new_uow)
    for staff in (tree.city, tree.county_a):
        user = staff.officer
        for change in ("set_user_active", "reset_password", "unlock_user"):
            with _opener(new_uow, staff.admin, as_gui)() as uow:
                CHANGES[change](uow, staff.admin, user)
        before = _account(new_uow, user.id)
        assert before[1:] == (False, 0, None)
        with _opener(new_uow, staff.admin, as_gui)() as uow:
            auth.set_user_active(uow, actor_id=staff.admin.id, user_id=user.id, active=True)
        with new_uow() as uow:
            assert auth.login(uow, username=user.username, password="takeover123", now=NOW).id == user.id


@pytest.mark.parametrize("as_gui", [True, False], ids=["gui", "script"])
def test_a_user_name_taken_in_another_office_is_refused_as_taken(new_uow, as_gui):
    """User names are one namespace (one login screen): a county administrator cannot see the city's accounts,
    yet a name used there is refused with the field's message, not by the database's unique index."""
    tree = make_tree(new_uow)
    admin = tree.county_a.admin
    with _opener(new_uow, admin, as_gui)() as uow, pytest.raises(ValidationErrors) as refused:
        auth.create_user(uow, actor_id=admin.id, username="city_officer", full_name="重名者", role=Role.OFFICER,
                         password=PASSWORD)
    assert [(e.field, e.reason) for e in refused.value.errors] == [("username", "taken")]
    with new_uow() as uow:
        owners = uow.session.scalars(select(User.office_id).where(User.username == "city_officer")).all()
    assert owners == [tree.city.office.id]
    with _opener(new_uow, admin, as_gui)() as uow:
        made = auth.create_user(uow, actor_id=admin.id, username="a_new_officer", full_name="新同事",
                                role=Role.OFFICER, password=PASSWORD)
    assert made.office_id == tree.county_a.office.id
