from __future__ import annotations

from sqlalchemy import select

from ipcase.db import office_scope
from ipcase.db.models.admin import Office, User
from ipcase.domain.enums import Role
from ipcase.dto.admin import UserInfo
from ipcase.uow import UnitOfWork


def list_users(uow: UnitOfWork, *, role: Role | None = None, active_only: bool = True) -> tuple[UserInfo, ...]:
    q = select(User, Office).join(Office, Office.id == User.office_id).order_by(User.role, User.full_name)
    if role is not None:
        q = q.where(User.role == Role(role).value)
    if active_only:
        q = q.where(User.active.is_(True))
    scope = office_scope.current_scope(uow.session)
    if scope is not None:
        # 设置 › 用户 and every picker of people: one's own office only, even for a supervising office.
        q = q.where(User.office_id == scope.office_id)
    return tuple(UserInfo(u.id, u.username, u.full_name, Role(u.role), o.id, o.name, u.active,
                          locked_until=u.locked_until)
                 for u, o in uow.session.execute(q))
