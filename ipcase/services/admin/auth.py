"""Local accounts: argon2 password hashes, roles, administration."""
from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select

from ipcase.db.models.admin import Office, User
from ipcase.domain.enums import Role
from ipcase.dto.admin import UserInfo
from ipcase.errors import AuthenticationFailed, ValidationErrors, ValidationFailed
from ipcase.services.common import actor
from ipcase.uow import UnitOfWork

_hasher = PasswordHasher()
MIN_PASSWORD = 8


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def user_info(user: User, office: Office) -> UserInfo:
    return UserInfo(user.id, user.username, user.full_name, Role(user.role), office.id, office.name, user.active)


def login(uow: UnitOfWork, *, username: str, password: str) -> UserInfo:
    s = uow.session
    user = s.scalar(select(User).where(User.username == username.strip()))
    # The same error whether the name or the password is wrong: do not confirm which accounts exist.
    if user is None or not user.active:
        raise AuthenticationFailed()
    try:
        _hasher.verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        raise AuthenticationFailed() from None
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
        uow.commit()
    return user_info(user, s.get(Office, user.office_id))


def _check_password(password: str) -> None:
    if len(password or "") < MIN_PASSWORD:
        raise ValidationFailed("password", "too_short", str(MIN_PASSWORD))


def create_user(uow: UnitOfWork, *, actor_id: int, username: str, full_name: str, role: Role | str,
                password: str) -> UserInfo:
    s = uow.session
    admin = actor(s, actor_id, "users.manage", "create_user")
    errors = []
    username = (username or "").strip()
    if not username:
        errors.append(ValidationFailed("username", "required"))
    elif s.scalar(select(User.id).where(User.username == username)):
        errors.append(ValidationFailed("username", "taken"))
    if not (full_name or "").strip():
        errors.append(ValidationFailed("full_name", "required"))
    if role not in Role.__members__.values():
        errors.append(ValidationFailed("role", "choice"))
    try:
        _check_password(password)
    except ValidationFailed as e:
        errors.append(e)
    if errors:
        raise ValidationErrors(errors)
    user = User(office_id=admin.office_id, username=username, full_name=full_name.strip(), role=Role(role).value,
                password_hash=hash_password(password), active=True)
    s.add(user)
    uow.commit()
    return user_info(user, s.get(Office, user.office_id))


def set_user_active(uow: UnitOfWork, *, actor_id: int, user_id: int, active: bool) -> None:
    s = uow.session
    admin = actor(s, actor_id, "users.manage", "set_user_active")
    if admin.id == user_id and not active:
        raise ValidationFailed("active", "cannot_deactivate_self")
    user = s.get(User, user_id)
    if user is None:
        raise ValidationFailed("user", "not_found", value=user_id)
    user.active = active
    uow.commit()


def reset_password(uow: UnitOfWork, *, actor_id: int, user_id: int, password: str) -> None:
    s = uow.session
    actor(s, actor_id, "users.manage", "reset_password")
    _check_password(password)
    user = s.get(User, user_id)
    if user is None:
        raise ValidationFailed("user", "not_found", value=user_id)
    user.password_hash = hash_password(password)
    uow.commit()
