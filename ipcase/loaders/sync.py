"""The field laptop's office setting both sides read: after how many days without a check-in a laptop is flagged."""
from __future__ import annotations

from sqlalchemy.orm import Session

from ipcase.loaders.setting_versions import group_version
from ipcase.loaders.settings import stored_value

WARN_DAYS_KEY = "sync.warn_days"
DEFAULT_WARN_DAYS = 7
MAX_WARN_DAYS = 365
SETTINGS_GROUP = "sync_settings"     # its version locks the page that saves it (ipcase.services.setting_locks)


def warn_days(session: Session, office_id: int) -> int:
    value = stored_value(session, office_id, WARN_DAYS_KEY, DEFAULT_WARN_DAYS)
    return int(value) if isinstance(value, (int, float)) and value >= 1 else DEFAULT_WARN_DAYS


def warn_days_page(session: Session, office_id: int) -> tuple[int, int]:
    """The office's setting and the version of its group (for the save's optimistic lock)."""
    return warn_days(session, office_id), group_version(session, office_id, SETTINGS_GROUP)
