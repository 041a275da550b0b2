"""The audit trail, filtered and paged, for the 审计 section and its export.

三员分立 (separation of the administrator, the security officer and the auditor): the administrator who manages
users and settings must not read the trail of his own acts. It is an office setting, on unless the office turned
it off ("audit.separation", default on); off, the administrator reads the trail too."""
from __future__ import annotations

import json
from datetime import datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ipcase.db.models.admin import User
from ipcase.db.models.audit import AuditEntry
from ipcase.domain.enums import Role
from ipcase.domain.permissions import may
from ipcase.dto.audit import AuditChange, AuditFilter, AuditRow
from ipcase.dto.paging import Page
from ipcase.errors import NotFound, PermissionDenied
from ipcase.loaders.settings import stored_value

SEPARATION = "audit.separation"


def may_read(session: Session, user: User, *, export: bool = False) -> bool:
    if may(user.role, "audit.export") if export else may(user.role, "audit.read"):
        return True
    return user.role == Role.ADMIN.value and not stored_value(session, user.office_id, SEPARATION, True)


def reader(session: Session, viewer_id: int, *, export: bool = False) -> User:
    """The viewer, allowed to read (or export) the trail; else PermissionDenied."""
    user = session.get(User, viewer_id)
    if user is None or not user.active:
        raise NotFound("user", viewer_id)
    if not may_read(session, user, export=export):
        raise PermissionDenied("audit.export" if export else "audit.read", user.role)
    return user


def _filtered(q, f: AuditFilter):
    if f.case_number.strip():
        q = q.where(AuditEntry.case_number.contains(f.case_number.strip(), autoescape=True))
    if f.actor_id is not None:
        q = q.where(AuditEntry.actor_id == f.actor_id)
    if f.date_from is not None:
        q = q.where(AuditEntry.at >= datetime.combine(f.date_from, time()))
    if f.date_to is not None:
        q = q.where(AuditEntry.at < datetime.combine(f.date_to + timedelta(days=1), time()))
    if f.action.strip():
        q = q.where(AuditEntry.action.contains(f.action.strip(), autoescape=True))
    return q


def _row(e: AuditEntry) -> AuditRow:
    try:
        changes = json.loads(e.changes)
    except ValueError:
        changes = {}
    if e.operation in ("insert", "update", "delete") and isinstance(changes, dict):
        listed = tuple(AuditChange(c, pair[0], pair[1]) for c, pair in changes.items()
                       if isinstance(pair, list) and len(pair) == 2)
    elif e.operation == "baseline":
        listed = (AuditChange("rows", None, len(changes) if e.record_kind else changes.get("rows")),)
    else:
        listed = tuple(AuditChange(k, None, v) for k, v in changes.items()) if isinstance(changes, dict) else ()
    return AuditRow(e.seq, e.at, e.actor_name or "", e.office_id, e.origin, e.action, e.operation,
                    e.record_kind or "", e.record_key or "", e.case_number or "", listed)


def audit_entries(uow, *, viewer_id: int, filters: AuditFilter | None = None, limit: int = 200,
                  offset: int = 0) -> Page[AuditRow]:
    """Entries matching `filters`, newest first."""
    s = uow.session
    reader(s, viewer_id)
    filters = filters or AuditFilter()
    q = _filtered(select(AuditEntry), filters)
    total = s.scalar(_filtered(select(func.count()).select_from(AuditEntry), filters))
    entries = s.scalars(q.order_by(AuditEntry.seq.desc()).limit(limit).offset(offset)).all()
    return Page(tuple(_row(e) for e in entries), total or 0)


def audit_actors(uow, *, viewer_id: int) -> tuple[tuple[int, str], ...]:
    """(id, name) of every user, for the filter's choice of user."""
    s = uow.session
    reader(s, viewer_id)
    return tuple((u, n) for u, n in s.execute(select(User.id, User.full_name).order_by(User.full_name)))


__all__ = ["SEPARATION", "audit_actors", "audit_entries", "may_read", "reader"]
