"""Optimistic locking of settings: a settings page names the version it loaded, and a save is refused with
ConcurrentModification (kind = the group or row, `changes` = who saved since, when known) when someone saved
in between, instead of silently overwriting them. Two saves at the same moment queue on a row lock (PostgreSQL;
SQLite's BEGIN IMMEDIATE already serialises writers), so the second one sees the first one's version."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ipcase.db import office_scope
from ipcase.db.models.admin import Office, SettingVersion, User
from ipcase.errors import ConcurrentModification, ValidationFailed
from ipcase.loaders.rows import existing


def _locking(s: Session) -> bool:
    return s.bind.dialect.name != "sqlite"


def claim_group(s: Session, user: User, group: str, expected_version: int) -> int:
    """Before the acting user's office's settings `group` is written: refuse when its version is no longer
    `expected_version`, else count this save (recording who made it) and return the new version."""
    office_id = user.office_id
    # The office row is the lock: it exists before the group's first save, whose version row does not.
    s.execute(select(Office.id).where(Office.id == office_id).with_for_update(read=False) if _locking(s)
              else select(Office.id).where(Office.id == office_id))
    q = select(SettingVersion).where(SettingVersion.office_id == office_id, SettingVersion.group_name == group)
    row = s.scalar(q.with_for_update() if _locking(s) else q)
    current = row.version if row is not None else 0
    if expected_version != current:
        saver = s.get(User, row.saved_by) if row is not None and row.saved_by is not None else None
        raise ConcurrentModification(group, office_id, expected_version, current,
                                     (saver.full_name,) if saver is not None else ())
    if row is None:
        row = SettingVersion(office_id=office_id, group_name=group, version=0)
        s.add(row)
    row.version, row.saved_by = current + 1, user.id
    return row.version


def claim_row(s: Session, model: type, entity: str, row_id: int, expected_version: int | None, action: str,
              role: str | None = None):
    """A settings row with its own version (an office, a hearing room, a mediator), locked for this save and
    refused when stale; `expected_version` is required (the form's). The mapper counts the save itself."""
    if expected_version is None:
        raise ValidationFailed("expected_version", "required")
    row = existing(s, model, entity, row_id, with_for_update=_locking(s), populate_existing=True)
    office_scope.require_writable(s, row, entity, action, role)
    if row.version != expected_version:
        raise ConcurrentModification(entity, row_id, expected_version, row.version)
    return row
