"""Account rules an administrator sets per office: what a password must be, when it expires, how many wrong
passwords lock an account and for how long, and after how long an idle window locks itself.

`check_password` is the one place a new password is judged: creating a user, an administrator's reset and a
user's own change all ask it, so the rule cannot differ between paths (GUI, command line, scripts, imports).
"""
from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import datetime, timedelta

from ipcase.errors import ValidationErrors, ValidationFailed

MAX_PASSWORD = 256   # argon2 takes any length; a bound keeps a pasted novel from costing a hash of it


@dataclass(frozen=True)
class AccountRules:
    min_length: int = 8
    letters_and_digits: bool = True    # at least one letter and one digit
    not_username: bool = True          # not the user name (in any letter case)
    expiry_days: int = 0               # a password older than this must be changed; 0: never expires
    max_failures: int = 5              # wrong passwords in a row that lock the account
    lock_minutes: int = 15             # the first lock; each further lock in a row doubles it (up to a day)
    idle_minutes: int = 15             # an idle window locks itself; 0: never


# The range an administrator may choose for each number (inclusive).
RANGES: dict[str, tuple[int, int]] = {
    "min_length": (8, 64),
    "expiry_days": (0, 3650),
    "max_failures": (3, 20),
    "lock_minutes": (1, 1440),
    "idle_minutes": (0, 480),
}


def validate_rules(rules: AccountRules) -> None:
    """Every field of `rules` within its range (ValidationErrors naming each field that is not)."""
    errors = []
    for f in fields(AccountRules):
        value = getattr(rules, f.name)
        if f.name in RANGES:
            low, high = RANGES[f.name]
            if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
                errors.append(ValidationFailed(f.name, "range", f"{low}–{high}", value=value))
        elif not isinstance(value, bool):
            errors.append(ValidationFailed(f.name, "choice", value=value))
    if errors:
        raise ValidationErrors(errors)


def password_problems(password: str, *, username: str, rules: AccountRules,
                      field: str = "password") -> list[ValidationFailed]:
    """What is wrong with `password` as a new password of `username` (empty: nothing)."""
    password = password or ""
    problems = []
    if len(password) < rules.min_length:
        problems.append(ValidationFailed(field, "too_short", str(rules.min_length)))
    elif len(password) > MAX_PASSWORD:
        problems.append(ValidationFailed(field, "too_long", str(MAX_PASSWORD)))
    if any(ord(c) < 0x20 or ord(c) == 0x7F for c in password):
        # Control characters cannot be typed at the login prompt, so such a password could never be used.
        problems.append(ValidationFailed(field, "control_characters"))
    if rules.letters_and_digits and not (any(c.isalpha() for c in password) and any(c.isdigit() for c in password)):
        problems.append(ValidationFailed(field, "letters_and_digits"))
    if rules.not_username and username and password.strip().casefold() == username.strip().casefold():
        problems.append(ValidationFailed(field, "same_as_username"))
    return problems


def check_password(password: str, *, username: str, rules: AccountRules, field: str = "password") -> None:
    """Raise the first problem of `password` (ValidationFailed on `field`), or return when it may be used."""
    problems = password_problems(password, username=username, rules=rules, field=field)
    if problems:
        raise problems[0]


def password_expired(changed_at: datetime | None, rules: AccountRules, now: datetime) -> bool:
    """Whether the password must be changed before work continues. A password an administrator set (changed_at
    None: a new account or a reset) counts as expired when expiry is on: only its owner should know it."""
    if rules.expiry_days <= 0:
        return False
    return changed_at is None or now >= changed_at + timedelta(days=rules.expiry_days)
