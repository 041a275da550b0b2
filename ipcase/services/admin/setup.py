"""First run: an office and its administrator, so the app can be logged into."""
from __future__ import annotations

import json

from sqlalchemy import select

from ipcase.db import office_scope
from ipcase.db.models.admin import Office, Setting, User
from ipcase.db.models.documents import DocumentNumberPattern
from ipcase.domain.enums import Role
from ipcase.domain.numbering import DEFAULT_CASE_PATTERN, validate_pattern
from ipcase.domain.offices import inherits_pattern, may_add_sub_office, new_office_problems
from ipcase.domain.passwords import AccountRules
from ipcase.dto.admin import OfficeInfo, UserInfo
from ipcase.errors import PermissionDenied, ValidationErrors, ValidationFailed
from ipcase.loaders.accounts import load_account_rules
from ipcase.loaders.mediation import PATTERN_KEY as MEDIATION_PATTERN_KEY
from ipcase.services.admin.auth import hash_password, user_info
from ipcase.services.common import actor
from ipcase.uow import UnitOfWork


def is_initialised(uow: UnitOfWork) -> bool:
    return uow.session.scalar(select(Office.id).limit(1)) is not None


def create_office(uow: UnitOfWork, *, name: str, short_name: str, admin_username: str, admin_password: str,
                  admin_full_name: str = "系统管理员", pattern: str | None = None,
                  address: str = "", phone: str = "", postcode: str = "", higher_office: str = "",
                  parent_short_name: str = "") -> tuple[OfficeInfo, UserInfo]:
    """An office and its administrator. With `parent_short_name` the office is a sub-office (a county under its
    city) of an office already in the database: the city's supervisors see and rank it in 统计, and it starts
    with the city's settings (`inherit_settings`); `pattern` (the 案号 pattern) and `higher_office` left out are
    the parent's too. Without a parent: the program's defaults. Every problem at once (ValidationErrors), each on
    its field: the rules of ipcase.domain.offices.new_office_problems, then the names already taken."""
    s = uow.session
    parent = None
    if parent_short_name.strip():
        parent = s.scalar(select(Office).where(Office.short_name == parent_short_name.strip()))
        if parent is None:
            raise ValidationFailed("parent", "not_found", parent_short_name.strip())
    if not pattern:
        pattern = inherited_case_pattern(parent) if parent is not None else DEFAULT_CASE_PATTERN
    # The administrator's password meets the rules the new office starts with: its parent's, else the defaults.
    problems = new_office_problems(
        name=name, short_name=short_name, pattern=pattern, admin_username=admin_username,
        admin_password=admin_password,
        rules=load_account_rules(s, parent.id) if parent is not None else AccountRules())
    if short_name.strip() and s.scalar(select(Office.id).where(Office.short_name == short_name.strip())):
        problems.append(ValidationFailed("short_name", "taken", short_name.strip()))
    if admin_username.strip() and s.scalar(select(User.id).where(User.username == admin_username.strip())):
        problems.append(ValidationFailed("admin_username", "taken", admin_username.strip()))
    if len(problems) == 1:
        raise problems[0]
    if problems:
        raise ValidationErrors(problems)
    if parent is not None and not higher_office:
        higher_office = parent.name
    office = Office(name=name.strip(), short_name=short_name.strip(), case_number_pattern=validate_pattern(pattern),
                    address=address, phone=phone, postcode=postcode, higher_office=higher_office,
                    parent_id=parent.id if parent is not None else None)
    s.add(office)
    s.flush()
    if parent is not None:
        inherit_settings(s, parent.id, office.id)
    admin = User(office_id=office.id, username=admin_username.strip(), full_name=admin_full_name,
                 role=Role.ADMIN.value, password_hash=hash_password(admin_password), active=True)
    s.add(admin)
    uow.commit()
    return (OfficeInfo(office.id, office.name, office.short_name, office.case_number_pattern, office.address,
                       office.phone, office.postcode, office.higher_office, office.version), user_info(admin, office))


def add_sub_office(uow: UnitOfWork, *, actor_id: int, name: str, short_name: str, admin_username: str,
                   admin_password: str, admin_full_name: str = "系统管理员",
                   pattern: str | None = None) -> tuple[OfficeInfo, UserInfo]:
    """设置 › 机关 › 新增下级单位: an administrator of a top-level office adds a sub-office under it, with its first
    administrator — `create_office` with the actor's office as parent, as `init --parent` does. A sub-office's
    administrator is refused (ipcase.domain.offices.may_add_sub_office). The new office and its administrator
    are outside the actor's office, so they are written as system work once the actor is allowed."""
    s = uow.session
    user = actor(s, actor_id, "settings.edit", "add_sub_office")
    own = s.get(Office, user.office_id)
    if not may_add_sub_office({own.id: own.parent_id}, own.id):
        raise PermissionDenied("add_sub_office", user.role)
    with office_scope.system_work(s):
        return create_office(uow, name=name, short_name=short_name, admin_username=admin_username,
                             admin_password=admin_password, admin_full_name=admin_full_name, pattern=pattern,
                             parent_short_name=own.short_name)


def inherited_case_pattern(parent: Office) -> str:
    """The 案号 pattern a new sub-office of `parent` starts with."""
    return parent.case_number_pattern if inherits_pattern(parent.case_number_pattern) else DEFAULT_CASE_PATTERN


def inherit_settings(s, parent_id: int, office_id: int) -> None:
    """A new sub-office's settings start as a copy of its parent's (ipcase.domain.offices): every stored setting
    (time limits, document settings, routing, hearing, account rules …) and every 文号 pattern, except a number
    pattern that names the parent by its own name instead of {机关简称} (the sub-office keeps the default there).
    Copied values are the sub-office's own from then on; the settings' versions start at 0 (never saved here)."""
    for key, value in s.execute(select(Setting.key, Setting.value).where(Setting.office_id == parent_id)).all():
        if key == MEDIATION_PATTERN_KEY and not inherits_pattern(json.loads(value)):
            continue
        s.add(Setting(office_id=office_id, key=key, value=value))
    patterns = s.execute(select(DocumentNumberPattern.doc_type, DocumentNumberPattern.pattern)
                         .where(DocumentNumberPattern.office_id == parent_id)).all()
    s.add_all(DocumentNumberPattern(office_id=office_id, doc_type=doc_type, pattern=pattern)
              for doc_type, pattern in patterns if inherits_pattern(pattern))
