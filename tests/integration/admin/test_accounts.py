"""Accounts on SQLite and PostgreSQL: the wrong-password lock across machines, unlocking, the password rules and
changing one's own password."""
from __future__ import annotations

import threading
from datetime import datetime, timedelta

import pytest

from ipcase.domain.passwords import AccountRules
from ipcase.errors import (
    AccountLocked,
    AuthenticationFailed,
    PermissionDenied,
    ValidationErrors,
    ValidationFailed,
)
from ipcase.queries.admin.accounts import account_rules
from ipcase.services.admin import account_rules as rules_service
from ipcase.services.admin import auth
from ipcase.uow import uow_factory

NOW = datetime(2026, 12, 6, 9, 0)


def login(new_uow, password, now=NOW, username="zhang"):
    with new_uow() as uow:
        return auth.login(uow, username=username, password=password, now=now)


def fail(new_uow, times, now=NOW, username="zhang"):
    for _ in range(times):
        with pytest.raises(AuthenticationFailed) as e:
            login(new_uow, "wrong-password9", now, username)
    return e.value


def test_five_wrong_passwords_lock_the_account_even_for_the_right_one(staff, new_uow):
    assert type(fail(new_uow, 4)) is AuthenticationFailed
    locked = fail(new_uow, 1)
    assert isinstance(locked, AccountLocked) and locked.until == NOW + timedelta(minutes=15)
    with pytest.raises(AccountLocked) as e:
        login(new_uow, "password1", NOW + timedelta(minutes=14))
    assert e.value.until == NOW + timedelta(minutes=15)
    assert login(new_uow, "password1", NOW + timedelta(minutes=15)).username == "zhang"


def test_a_second_machine_sees_the_same_count(staff, engine, new_uow):
    other_machine = uow_factory(engine)           # its own sessions and connections
    fail(new_uow, 3)
    assert isinstance(fail(other_machine, 2), AccountLocked)
    with pytest.raises(AccountLocked):
        login(new_uow, "password1")


def test_a_correct_password_resets_the_count(staff, new_uow):
    fail(new_uow, 4)
    login(new_uow, "password1")
    assert type(fail(new_uow, 4)) is AuthenticationFailed


def test_locks_in_a_row_grow(staff, new_uow):
    fail(new_uow, 5)
    later = NOW + timedelta(minutes=15)
    assert fail(new_uow, 5, later).until == later + timedelta(minutes=30)


def test_unknown_and_deactivated_names_get_the_plain_refusal(staff, new_uow):
    for _ in range(8):
        with pytest.raises(AuthenticationFailed) as e:
            login(new_uow, "password1", username="nobody")
        assert type(e.value) is AuthenticationFailed
    with new_uow() as uow:
        auth.set_user_active(uow, actor_id=staff.admin.id, user_id=staff.officer.id, active=False)
    with pytest.raises(AuthenticationFailed) as e:
        login(new_uow, "password1")
    assert type(e.value) is AuthenticationFailed


def test_the_administrator_unlocks(staff, new_uow):
    fail(new_uow, 5)
    with new_uow() as uow, pytest.raises(PermissionDenied):
        auth.unlock_user(uow, actor_id=staff.dept_head.id, user_id=staff.officer.id)
    with new_uow() as uow:
        info = auth.unlock_user(uow, actor_id=staff.admin.id, user_id=staff.officer.id)
    assert info.locked_until is None
    assert login(new_uow, "password1").id == staff.officer.id


def test_the_idle_lock_counts_wrong_passwords_and_refuses_a_deactivated_account(staff, new_uow):
    for _ in range(4):
        with new_uow() as uow, pytest.raises(AuthenticationFailed):
            auth.reauthenticate(uow, user_id=staff.officer.id, password="nope-nope1", now=NOW)
    with pytest.raises(AccountLocked):
        login(new_uow, "wrong-password9")
    with new_uow() as uow, pytest.raises(AccountLocked):
        auth.reauthenticate(uow, user_id=staff.officer.id, password="password1", now=NOW)
    with new_uow() as uow:
        auth.unlock_user(uow, actor_id=staff.admin.id, user_id=staff.officer.id)
    with new_uow() as uow:
        assert auth.reauthenticate(uow, user_id=staff.officer.id, password="password1", now=NOW).id == staff.officer.id
    with new_uow() as uow:
        auth.set_user_active(uow, actor_id=staff.admin.id, user_id=staff.officer.id, active=False)
    with new_uow() as uow, pytest.raises(AuthenticationFailed):
        auth.reauthenticate(uow, user_id=staff.officer.id, password="password1", now=NOW)


def test_change_own_password(staff, new_uow):
    def change(old, new):
        with new_uow() as uow:
            auth.change_password(uow, actor_id=staff.officer.id, old_password=old, new_password=new, now=NOW)

    with pytest.raises(ValidationFailed) as e:
        change("wrong-old-1", "newpassword2")
    assert (e.value.field, e.value.reason) == ("old_password", "wrong")
    with pytest.raises(ValidationErrors) as e:
        change("password1", "abc1")
    assert [(x.field, x.reason) for x in e.value.errors] == [("new_password", "too_short")]
    with pytest.raises(ValidationErrors) as e:
        change("password1", "password1")
    assert [x.reason for x in e.value.errors] == ["same_as_old"]
    with pytest.raises(ValidationErrors) as e:
        change("password1", "Zhang")
    assert [x.reason for x in e.value.errors] == ["too_short", "letters_and_digits", "same_as_username"]
    change("password1", "newpassword2")
    assert login(new_uow, "newpassword2").username == "zhang"
    with pytest.raises(AuthenticationFailed):
        login(new_uow, "password1")
    # Wrong old passwords count toward the lock like wrong logins (1 just now by login, 4 more here).
    for _ in range(3):
        with pytest.raises(ValidationFailed):
            change("wrong-old-1", "another3pass")
    with pytest.raises(AccountLocked):
        change("wrong-old-1", "another3pass")


def test_rules_are_the_offices_settings_and_hold_for_every_path(staff, new_uow):
    with new_uow() as uow:
        assert account_rules(uow, office_id=staff.office.id) == AccountRules()
    strict = AccountRules(min_length=12, expiry_days=90, max_failures=3, lock_minutes=30, idle_minutes=5)
    with new_uow() as uow, pytest.raises(PermissionDenied):
        rules_service.update_account_rules(uow, actor_id=staff.officer.id, rules=strict, expected_version=0)
    with new_uow() as uow, pytest.raises(ValidationErrors):
        rules_service.update_account_rules(uow, actor_id=staff.admin.id, rules=AccountRules(min_length=3),
                                           expected_version=0)
    with new_uow() as uow:
        assert rules_service.update_account_rules(uow, actor_id=staff.admin.id, rules=strict,
                                                  expected_version=0) == strict
    with new_uow() as uow:
        assert account_rules(uow, office_id=staff.office.id) == strict

    with new_uow() as uow, pytest.raises(ValidationErrors) as e:
        auth.create_user(uow, actor_id=staff.admin.id, username="qian", full_name="钱", role="clerk",
                         password="password12")
    assert [(x.field, x.reason) for x in e.value.errors] == [("password", "too_short")]
    with new_uow() as uow, pytest.raises(ValidationFailed) as e1:
        auth.reset_password(uow, actor_id=staff.admin.id, user_id=staff.clerk.id, password="password12")
    assert e1.value.reason == "too_short"
    with new_uow() as uow:
        auth.reset_password(uow, actor_id=staff.admin.id, user_id=staff.clerk.id, password="longpassword12")

    # A password the administrator set has to be changed at the next login when expiry is on.
    assert login(new_uow, "longpassword12", username="sun").must_change_password
    with new_uow() as uow:
        auth.change_password(uow, actor_id=staff.clerk.id, old_password="longpassword12",
                             new_password="mychoice2026x", now=NOW)
    assert not login(new_uow, "mychoice2026x", username="sun").must_change_password
    assert login(new_uow, "mychoice2026x", NOW + timedelta(days=90), username="sun").must_change_password
    # Three wrong passwords lock for 30 minutes now.
    assert fail(new_uow, 3, username="wang").until == NOW + timedelta(minutes=30)


def test_a_reset_lifts_the_lock(staff, new_uow):
    fail(new_uow, 5)
    with new_uow() as uow:
        auth.reset_password(uow, actor_id=staff.admin.id, user_id=staff.officer.id, password="fresh2026pw")
    assert login(new_uow, "fresh2026pw").id == staff.officer.id


def test_wrong_passwords_typed_at_the_same_moment_are_all_counted(staff, engine):
    """Six machines, each its own connection, send a wrong password at once: none of the counts is lost (the row
    is locked while counted), so the fifth locks the account."""
    barrier = threading.Barrier(6)
    outcomes: list[str] = []

    def attempt():
        new_uow = uow_factory(engine)
        barrier.wait()
        try:
            login(new_uow, "wrong-password9")
        except AccountLocked:
            outcomes.append("locked")
        except AuthenticationFailed:
            outcomes.append("refused")

    threads = [threading.Thread(target=attempt) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(outcomes) == ["locked", "locked", "refused", "refused", "refused", "refused"]
    with pytest.raises(AccountLocked):
        login(uow_factory(engine), "password1")


def test_another_offices_administrator_cannot_unlock_or_change_the_rules_here(staff, new_uow):
    from ipcase.errors import NotFound
    from ipcase.services.admin import setup
    with new_uow() as uow:
        _, county_admin = setup.create_office(uow, name="测试县市场监督管理局", short_name="测试县",
                                              admin_username="county", admin_password="password1",
                                              parent_short_name="测试市")
    fail(new_uow, 5)
    # Refused, or not even found: the office scope hides the city's accounts from the county.
    with new_uow() as uow, pytest.raises((PermissionDenied, ValidationFailed, NotFound)):
        auth.unlock_user(uow, actor_id=county_admin.id, user_id=staff.officer.id)
    with pytest.raises(AccountLocked):
        login(new_uow, "password1")
    # The county's rules are the county's: the city keeps its defaults.
    with new_uow() as uow:
        rules_service.update_account_rules(uow, actor_id=county_admin.id, rules=AccountRules(min_length=20),
                                           expected_version=0)
    with new_uow() as uow:
        assert account_rules(uow, office_id=staff.office.id) == AccountRules()
