from __future__ import annotations

from sqlalchemy import select

from ipcase.db import office_scope
from ipcase.db.models.admin import Office, User
from ipcase.domain.enums import Role
from ipcase.domain.numbering import DEFAULT_CASE_PATTERN
from ipcase.domain.offices import inherits_pattern, may_add_sub_office
from ipcase.dto.admin import OfficeInfo, SubOfficeRow, SubOffices
from ipcase.loaders.accounts import load_account_rules
from ipcase.loaders.rows import existing
from ipcase.uow import UnitOfWork


def office_info(uow: UnitOfWork, *, office_id: int) -> OfficeInfo:
    o = existing(uow.session, Office, "office", office_id)
    return OfficeInfo(o.id, o.name, o.short_name, o.case_number_pattern, o.address, o.phone, o.postcode,
                      o.higher_office, o.version)


def sub_offices(uow: UnitOfWork, *, office_id: int) -> SubOffices:
    """The offices directly under `office_id` and their administrators. Their names are the parent's business
    even when it chose not to read its sub-offices' records (offices.supervision = none): read as system work."""
    s = uow.session
    own = existing(s, Office, "office", office_id)
    with office_scope.system_work(s):
        rows = s.scalars(select(Office).where(Office.parent_id == office_id).order_by(Office.id)).all()
        admins: dict[int, list[str]] = {}
        for user_office, username in s.execute(
                select(User.office_id, User.username).where(User.office_id.in_([o.id for o in rows]),
                                                            User.role == Role.ADMIN.value, User.active.is_(True))
                .order_by(User.id)):
            admins.setdefault(user_office, []).append(username)
        offices = tuple(SubOfficeRow(o.id, o.name, o.short_name, o.case_number_pattern,
                                     "、".join(admins.get(o.id, []))) for o in rows)
    pattern = own.case_number_pattern if inherits_pattern(own.case_number_pattern) else DEFAULT_CASE_PATTERN
    return SubOffices(may_add_sub_office({own.id: own.parent_id}, own.id), offices, pattern,
                      load_account_rules(s, own.id))
