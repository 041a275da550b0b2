"""Local accounts: argon2 password hashes, roles, administration, and the wrong-password lock.

Every way into an account (`login`, `reauthenticate` at the idle lock, `change_password`'s old password) goes
through `_authenticate`, so a wrong password counts the same wherever it is typed, and a locked account refuses
the right password too. The count lives on the account row, so a second window or machine cannot reset it."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import datetime

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select

from ipcase.audit.capture import AT, note
from ipcase.clock import SystemClock
from ipcase.db import office_scope
from ipcase.db.models.admin import Office, User
from ipcase.domain.enums import Role
from ipcase.domain.lockout import Attempts, after_failure, after_success, is_locked
from ipcase.domain.passwords import AccountRules, password_expired, password_problems
from ipcase.dto.admin import UserInfo
from ipcase.errors import AccountLocked, AuthenticationFailed, NotFound, ValidationErrors, ValidationFailed
from ipcase.loaders.accounts import load_account_rules
from ipcase.services.common import actor
from ipcase.uow import UnitOfWork

_hasher = PasswordHasher()
_decoys: dict[int, str] = {}
# password → hash string, only inside `one_hash_per_password` (the demo office's build)
_reused: ContextVar[dict[str, str] | None] = ContextVar("ipcase_reused_hashes", default=None)


def hash_password(password: str) -> str:
    reused = _reused.get()
    if reused is None:
        return _hasher.hash(password)
    if password not in reused:
        reused[password] = _hasher.hash(password)
    return reused[password]


@contextmanager
def one_hash_per_password() -> Iterator[None]:
    """Within: a password hashed again gets the hash string (and salt) it got the first time. For the demo office
    only, whose ten accounts share one password published in the README: argon2 costs ≈ 0.23 s of CPU per hash,
    and one hash shared reveals nothing the README does not say. Never for real accounts: equal hashes would show
    who shares a password, and cracking one would open them all — every real hash has a salt of its own."""
    token = _reused.set({})
    try:
        yield
    finally:
        _reused.reset(token)


def user_info(user: User, office: Office, *, must_change_password: bool = False) -> UserInfo:
    return UserInfo(user.id, user.username, user.full_name, Role(user.role), office.id, office.name, user.active,
                    locked_until=user.locked_until, must_change_password=must_change_password)


def _verifies(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def _verify_nobody(password: str) -> None:
    """As long as a real check: a name that does not exist must not answer faster than a wrong password."""
    decoy = _decoys.get(id(_hasher)) or _decoys.setdefault(id(_hasher), _hasher.hash("no such account"))
    _verifies(decoy, password)


def _attempts(user: User) -> Attempts:
    return Attempts(user.failed_logins or 0, user.last_failed_login, user.locked_until, user.lockouts or 0)


def _store_attempts(user: User, state: Attempts) -> None:
    user.failed_logins, user.last_failed_login = state.failures, state.last_failure
    user.locked_until, user.lockouts = state.locked_until, state.lockouts


def _locked_row(uow: UnitOfWork, where) -> User | None:
    """The account row, locked for this transaction (PostgreSQL; SQLite writes one at a time anyway), so two
    machines counting wrong passwords at once cannot both write the same count."""
    return uow.session.scalar(select(User).where(where).with_for_update().execution_options(populate_existing=True))


def _authenticate(uow: UnitOfWork, user: User, password: str, now: datetime, rules: AccountRules) -> None:
    """Check `password` against `user`'s, counting a wrong one (committed before the refusal is raised)."""
    state = _attempts(user)
    if is_locked(state, now):
        raise AccountLocked(state.locked_until)
    if not _verifies(user.password_hash, password):
        state = after_failure(state, now, max_failures=rules.max_failures, lock_minutes=rules.lock_minutes)
        _store_attempts(user, state)
        _audit(uow, user, "auth.login_failed", now, {"username": user.username, "locked": is_locked(state, now)})
        uow.commit()
        if is_locked(state, now):
            raise AccountLocked(state.locked_until)
        raise AuthenticationFailed()
    if state != Attempts():
        _store_attempts(user, after_success())
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)


def login(uow: UnitOfWork, *, username: str, password: str, now: datetime | None = None) -> UserInfo:
    """The account whose name and password these are. Wrong password, unknown name or a deactivated account:
    AuthenticationFailed, the same for all three (which accounts exist is not told); too many wrong passwords in a
    row: AccountLocked. `must_change_password` is set when the office's rules say the password has expired.
    `now` defaults to the system clock (scripts that only log in); the application passes its clock's."""
    now = now or SystemClock().now()
    user = _locked_row(uow, User.username == (username or "").strip())
    if user is None or not user.active:
        _verify_nobody(password)
        # Tries at names that do not exist (or no longer work) are what a guessing attack looks like.
        _audit(uow, user, "auth.login_failed", now, {"username": (username or "").strip()[:60],
                                                     "known": user is not None})
        uow.commit()
        raise AuthenticationFailed()
    rules = load_account_rules(uow.session, user.office_id)
    _authenticate(uow, user, password, now, rules)
    _audit(uow, user, "auth.login", now, {"username": user.username})
    uow.commit()
    return user_info(user, uow.session.get(Office, user.office_id),
                     must_change_password=password_expired(user.password_changed_at, rules, now))


def _audit(uow: UnitOfWork, user: User | None, event: str, now: datetime, detail: dict) -> None:
    """An audit entry for a login event (written by the caller's commit): who, when, from which account."""
    s = uow.session
    s.info.update({"actor_id": user.id if user else None, "actor_office_id": user.office_id if user else None,
                   "action": event, AT: now})
    note(s, event, kind="users", key=user.id if user else None, detail=detail)


def logout(uow: UnitOfWork, *, actor_id: int, now: datetime) -> None:
    """Record that the user left (the window's 注销, or the application closed)."""
    user = uow.session.get(User, actor_id)
    if user is None:
        return
    _audit(uow, user, "auth.logout", now, {"username": user.username})
    uow.commit()


def reauthenticate(uow: UnitOfWork, *, user_id: int, password: str, now: datetime) -> UserInfo:
    """The logged-in user's password again (the idle lock): counted like a login; a deactivated account fails."""
    user = _locked_row(uow, User.id == user_id)
    if user is None or not user.active:
        _verify_nobody(password)
        raise AuthenticationFailed()
    _authenticate(uow, user, password, now, load_account_rules(uow.session, user.office_id))
    uow.commit()
    return user_info(user, uow.session.get(Office, user.office_id))


def change_password(uow: UnitOfWork, *, actor_id: int, old_password: str, new_password: str,
                    now: datetime) -> None:
    """A user's own new password. A wrong old password counts toward the lock like a wrong login."""
    me = actor(uow.session, actor_id, None, "change_password")
    user = _locked_row(uow, User.id == me.id)
    rules = load_account_rules(uow.session, user.office_id)
    try:
        _authenticate(uow, user, old_password, now, rules)
    except AccountLocked:
        raise
    except AuthenticationFailed:
        raise ValidationFailed("old_password", "wrong") from None
    problems = password_problems(new_password, username=user.username, rules=rules, field="new_password")
    if not problems and new_password == old_password:
        problems.append(ValidationFailed("new_password", "same_as_old"))
    if problems:
        raise ValidationErrors(problems)
    user.password_hash = hash_password(new_password)
    user.password_changed_at = now
    uow.commit()


def _managed_user(s, admin: User, user_id: int, action: str) -> User:
    """The account an administrator is about to change, refused before anything is changed when it is not of
    the administrator's own office: a supervising office sees its sub-offices' users but gets
    OfficeRefused("read_only") ("上级机关只能查阅"), anyone else NotFound (they must not learn it exists) — the
    same answer as for another office's case, and never a refusal at save time."""
    user = s.get(User, user_id)
    if user is None:
        raise NotFound("user", user_id)
    office_scope.require_writable(s, user, "user", action, admin.role)
    return user


def _username_taken(s, username: str) -> bool:
    """User names are unique across the whole database (one login screen for every office), so the check must
    see every office's accounts, not only the ones the administrator may read: else a name used in another
    office passes the check and the insert fails on the unique index."""
    with office_scope.system_work(s):
        return s.scalar(select(User.id).where(User.username == username)) is not None


def create_user(uow: UnitOfWork, *, actor_id: int, username: str, full_name: str, role: Role | str,
                password: str) -> UserInfo:
    s = uow.session
    admin = actor(s, actor_id, "users.manage", "create_user")
    errors = []
    username = (username or "").strip()
    if not username:
        errors.append(ValidationFailed("username", "required"))
    elif _username_taken(s, username):
        errors.append(ValidationFailed("username", "taken"))
    if not (full_name or "").strip():
        errors.append(ValidationFailed("full_name", "required"))
    if role not in Role.__members__.values():
        errors.append(ValidationFailed("role", "choice"))
    errors += password_problems(password, username=username, rules=load_account_rules(s, admin.office_id))[:1]
    if errors:
        raise ValidationErrors(errors)
    user = User(office_id=admin.office_id, username=username, full_name=full_name.strip(), role=Role(role).value,
                password_hash=hash_password(password), active=True)
    s.add(user)
    uow.commit()
    return user_info(user, s.get(Office, user.office_id))


def update_user(uow: UnitOfWork, *, actor_id: int, user_id: int, full_name: str, role: Role | str) -> UserInfo:
    """An administrator corrects a user's name or changes the role, in the administrator's own office only. An
    administrator cannot change the own role: the last step of taking it away would lock the office out of
    设置, so another administrator does it."""
    s = uow.session
    admin = actor(s, actor_id, "users.manage", "update_user")
    user = _managed_user(s, admin, user_id, "update_user")
    errors = []
    if not (full_name or "").strip():
        errors.append(ValidationFailed("full_name", "required"))
    if role not in Role.__members__.values():
        errors.append(ValidationFailed("role", "choice"))
    elif admin.id == user.id and Role(role).value != user.role:
        errors.append(ValidationFailed("role", "cannot_change_own_role"))
    if errors:
        raise ValidationErrors(errors)
    user.full_name = full_name.strip()
    user.role = Role(role).value
    uow.commit()
    return user_info(user, s.get(Office, user.office_id))


def set_user_active(uow: UnitOfWork, *, actor_id: int, user_id: int, active: bool) -> None:
    s = uow.session
    admin = actor(s, actor_id, "users.manage", "set_user_active")
    user = _managed_user(s, admin, user_id, "set_user_active")
    if admin.id == user_id and not active:
        raise ValidationFailed("active", "cannot_deactivate_self")
    user.active = active
    uow.commit()


def reset_password(uow: UnitOfWork, *, actor_id: int, user_id: int, password: str) -> None:
    """An administrator's new password for a user: it also lifts a lock (the old password is what was being
    guessed), and counts as not chosen by the user (expiry, when on, asks for a new one at the next login)."""
    s = uow.session
    admin = actor(s, actor_id, "users.manage", "reset_password")
    user = _managed_user(s, admin, user_id, "reset_password")
    problems = password_problems(password, username=user.username, rules=load_account_rules(s, user.office_id))
    if problems:
        raise problems[0]
    user.password_hash = hash_password(password)
    user.password_changed_at = None
    _store_attempts(user, after_success())
    uow.commit()


def unlock_user(uow: UnitOfWork, *, actor_id: int, user_id: int) -> UserInfo:
    """An administrator lifts a wrong-password lock (and forgets the count) before it runs out."""
    s = uow.session
    admin = actor(s, actor_id, "users.manage", "unlock_user")
    user = _managed_user(s, admin, user_id, "unlock_user")
    _store_attempts(user, after_success())
    uow.commit()
    return user_info(user, s.get(Office, user.office_id))
