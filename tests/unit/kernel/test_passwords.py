"""The password rules: one check for every way a password is set."""
from datetime import datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ipcase.domain.passwords import (
    AccountRules,
    check_password,
    password_expired,
    password_problems,
    validate_rules,
)
from ipcase.errors import ValidationErrors, ValidationFailed

RULES = AccountRules()


def reasons(password, username="zhang", rules=RULES):
    return [p.reason for p in password_problems(password, username=username, rules=rules)]


def test_defaults_are_eight_letters_and_digits_not_the_name_no_expiry():
    assert (RULES.min_length, RULES.letters_and_digits, RULES.not_username, RULES.expiry_days) == (8, True, True, 0)
    assert (RULES.max_failures, RULES.lock_minutes, RULES.idle_minutes) == (5, 15, 15)


@pytest.mark.parametrize("password, expected", [
    ("abcd1234", []),
    ("专利侵权纠纷2026", []),             # Chinese characters are letters
    ("abc123", ["too_short"]),
    ("abcdefgh", ["letters_and_digits"]),
    ("12345678", ["letters_and_digits"]),
    ("", ["too_short", "letters_and_digits"]),
    ("abcd\x001234", ["control_characters"]),
    ("a1" * 200, ["too_long"]),
])
def test_problems(password, expected):
    assert reasons(password) == expected


def test_the_user_name_in_any_case_is_refused():
    assert reasons("Zhang2026", username="zhang2026") == ["same_as_username"]
    assert reasons("zhang2026", username="zhang2026",
                   rules=AccountRules(not_username=False)) == []


def test_rules_switched_off_and_a_longer_minimum():
    assert reasons("abcdefgh", rules=AccountRules(letters_and_digits=False)) == []
    assert reasons("abcd1234", rules=AccountRules(min_length=12)) == ["too_short"]


def test_check_raises_the_first_problem_on_the_named_field():
    with pytest.raises(ValidationFailed) as e:
        check_password("short", username="x", rules=RULES, field="new_password")
    assert (e.value.field, e.value.reason, e.value.detail) == ("new_password", "too_short", "8")
    check_password("abcd1234", username="x", rules=RULES)


@given(st.text(max_size=300), st.text(max_size=20))
def test_any_text_is_judged_without_crashing(password, username):
    for p in password_problems(password, username=username, rules=RULES):
        assert isinstance(p, ValidationFailed) and p.field == "password"


def test_expiry():
    now = datetime(2026, 12, 6, 9, 0)
    assert not password_expired(None, RULES, now)               # off by default
    rules = AccountRules(expiry_days=90)
    assert password_expired(None, rules, now)                   # set by the administrator
    assert not password_expired(now - timedelta(days=89), rules, now)
    assert password_expired(now - timedelta(days=90), rules, now)


def test_ranges_are_checked_field_by_field():
    validate_rules(RULES)
    with pytest.raises(ValidationErrors) as e:
        validate_rules(AccountRules(min_length=4, max_failures=0, idle_minutes=-1, lock_minutes=True))
    assert {(x.field, x.reason) for x in e.value.errors} == {
        ("min_length", "range"), ("max_failures", "range"), ("idle_minutes", "range"), ("lock_minutes", "range")}
    with pytest.raises(ValidationErrors):
        validate_rules(AccountRules(letters_and_digits="yes"))
