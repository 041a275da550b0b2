"""First run: an office and its administrator, so the app can be logged into."""
from __future__ import annotations

from sqlalchemy import select

from ipcase.db.models.admin import Office, User
from ipcase.domain.enums import Role
from ipcase.domain.numbering import DEFAULT_CASE_PATTERN, validate_pattern
from ipcase.domain.passwords import AccountRules, check_password
from ipcase.dto.admin import OfficeInfo, UserInfo
from ipcase.errors import ValidationFailed
from ipcase.services.admin.auth import hash_password, user_info
from ipcase.uow import UnitOfWork


def is_initialised(uow: UnitOfWork) -> bool:
    return uow.session.scalar(select(Office.id).limit(1)) is not None


def create_office(uow: UnitOfWork, *, name: str, short_name: str, admin_username: str, admin_password: str,
                  admin_full_name: str = "系统管理员", pattern: str = DEFAULT_CASE_PATTERN,
                  address: str = "", phone: str = "", postcode: str = "", higher_office: str = "",
                  parent_short_name: str = "") -> tuple[OfficeInfo, UserInfo]:
    """An office and its administrator. With `parent_short_name` the office is a sub-office (a county under its
    city) of an office already in the database: the city's supervisors see and rank it in 统计."""
    s = uow.session
    if not name.strip() or not short_name.strip():
        raise ValidationFailed("name" if not name.strip() else "short_name", "required")
    # A new office has no settings yet: its administrator's password meets the default rules.
    check_password(admin_password, username=admin_username, rules=AccountRules())
    if s.scalar(select(Office.id).where(Office.short_name == short_name.strip())):
        raise ValidationFailed("short_name", "taken", short_name.strip())
    if s.scalar(select(User.id).where(User.username == admin_username)):
        raise ValidationFailed("admin_username", "taken", admin_username)
    parent_id = None
    if parent_short_name.strip():
        parent_id = s.scalar(select(Office.id).where(Office.short_name == parent_short_name.strip()))
        if parent_id is None:
            raise ValidationFailed("parent", "not_found", parent_short_name.strip())
    office = Office(name=name.strip(), short_name=short_name.strip(), case_number_pattern=validate_pattern(pattern),
                    address=address, phone=phone, postcode=postcode, higher_office=higher_office,
                    parent_id=parent_id)
    s.add(office)
    s.flush()
    admin = User(office_id=office.id, username=admin_username, full_name=admin_full_name, role=Role.ADMIN.value,
                 password_hash=hash_password(admin_password), active=True)
    s.add(admin)
    uow.commit()
    return (OfficeInfo(office.id, office.name, office.short_name, office.case_number_pattern, office.address,
                       office.phone, office.postcode, office.higher_office, office.version), user_info(admin, office))
