"""The office's satisfaction target (保护社会满意度, 85 by default; setting `satisfaction.target`), saved by its
administrator with the settings group's optimistic lock."""
from __future__ import annotations

from ipcase.domain.satisfaction.scoring import SETTINGS_GROUP, TARGET_KEY
from ipcase.errors import ValidationFailed
from ipcase.loaders.settings import store_value
from ipcase.services.common import actor
from ipcase.services.setting_locks import claim_group
from ipcase.uow import UnitOfWork


def update_satisfaction_target(uow: UnitOfWork, *, actor_id: int, target: float, expected_version: int) -> int:
    s = uow.session
    user = actor(s, actor_id, "settings.edit", "update_satisfaction_target")
    if not isinstance(target, (int, float)) or not 0 <= target <= 100:
        raise ValidationFailed("target", "range", "0–100", value=target)
    version = claim_group(s, user, SETTINGS_GROUP, expected_version)
    store_value(s, user.office_id, TARGET_KEY, float(target))
    uow.commit()
    return version
