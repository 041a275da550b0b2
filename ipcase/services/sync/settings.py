"""The office's field-laptop setting (issue 14): after how many days without a check-in the 外出办案 page and
`python main.py sync status` flag a laptop (`sync.warn_days`, 7 by default), saved by the office's administrator
with the settings group's optimistic lock."""
from __future__ import annotations

from ipcase.errors import ValidationFailed
from ipcase.loaders.settings import store_value
from ipcase.loaders.sync import MAX_WARN_DAYS, SETTINGS_GROUP, WARN_DAYS_KEY
from ipcase.services.common import actor
from ipcase.services.setting_locks import claim_group
from ipcase.uow import UnitOfWork


def update_sync_settings(uow: UnitOfWork, *, actor_id: int, warn_days: int, expected_version: int) -> int:
    s = uow.session
    user = actor(s, actor_id, "settings.edit", "update_sync_settings")
    if isinstance(warn_days, bool) or not isinstance(warn_days, int) or not 1 <= warn_days <= MAX_WARN_DAYS:
        raise ValidationFailed("warn_days", "range", f"1–{MAX_WARN_DAYS}", value=warn_days)
    version = claim_group(s, user, SETTINGS_GROUP, expected_version)
    store_value(s, user.office_id, WARN_DAYS_KEY, warn_days)
    uow.commit()
    return version
