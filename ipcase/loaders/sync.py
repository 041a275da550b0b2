"""The field laptop's office setting both sides read: after how many days without a check-in a laptop is flagged."""
from __future__ import annotations

from sqlalchemy.orm import Session

from ipcase.loaders.settings import stored_value

WARN_DAYS_KEY = "sync.warn_days"
DEFAULT_WARN_DAYS = 7


def warn_days(session: Session, office_id: int) -> int:
    value = stored_value(session, office_id, WARN_DAYS_KEY, DEFAULT_WARN_DAYS)
    return int(value) if isinstance(value, (int, float)) and value >= 1 else DEFAULT_WARN_DAYS
