"""The routing rules (繁简分流) and the [U] complaint rule, edited by an administrator and stored as settings."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ipcase.domain.intake.routing import RoutingRule, rules_from_data, rules_to_data
from ipcase.dto.intake import RoutingSettings
from ipcase.loaders.intake import COMPLAINT_KEY, RULES_KEY, load_routing
from ipcase.loaders.setting_versions import ROUTING_RULES
from ipcase.loaders.settings import store_value
from ipcase.services.common import actor
from ipcase.services.setting_locks import claim_group
from ipcase.uow import UnitOfWork


def save_routing(uow: UnitOfWork, *, actor_id: int, rules: Sequence[RoutingRule],
                 complaint_needs_request: bool, expected_version: int) -> RoutingSettings:
    """Replace the rule set (in the order given). Items already decided keep the suggestion they were shown.
    `expected_version` is the version the page loaded (RoutingSettings.version)."""
    s = uow.session
    user = actor(s, actor_id, "settings.edit", "intake.routing")
    data = rules_to_data(rules)
    rules_from_data(data)  # the same check the stored value gets when read back
    version = claim_group(s, user, ROUTING_RULES, expected_version)
    for key, value in ((RULES_KEY, data), (COMPLAINT_KEY, bool(complaint_needs_request))):
        store_value(s, user.office_id, key, value)
    s.flush()
    result = replace(load_routing(s, user.office_id), version=version)
    uow.commit()
    return result
