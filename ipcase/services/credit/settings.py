"""The credit list's periods of an office (ipcase.domain.credit.listing.CreditSettings, keys `credit.<name>`),
saved by its administrator with the settings group's optimistic lock. Listings already listed keep the end date
computed when they were listed; new steps use the saved periods."""
from __future__ import annotations

from dataclasses import asdict, fields

from ipcase.domain.credit.listing import SETTINGS_GROUP, CreditSettings
from ipcase.errors import ValidationErrors, ValidationFailed
from ipcase.loaders.credit import PREFIX
from ipcase.loaders.settings import store_value
from ipcase.services.common import actor
from ipcase.services.setting_locks import claim_group
from ipcase.uow import UnitOfWork

LIMITS = {"listing_years": (1, 10), "repair_after_months": (0, 120)}   # others: working days 1–60


def update_credit_settings(uow: UnitOfWork, *, actor_id: int, settings: CreditSettings,
                           expected_version: int) -> int:
    s = uow.session
    user = actor(s, actor_id, "settings.edit", "update_credit_settings")
    errors = []
    for f in fields(CreditSettings):
        value = getattr(settings, f.name)
        low, high = LIMITS.get(f.name, (1, 60))
        if not isinstance(value, int) or not low <= value <= high:
            errors.append(ValidationFailed(f.name, "range", f"{low}–{high}", value=value))
    if errors:
        raise ValidationErrors(errors)
    version = claim_group(s, user, SETTINGS_GROUP, expected_version)
    for key, value in asdict(settings).items():
        store_value(s, user.office_id, PREFIX + key, value)
    uow.commit()
    return version
