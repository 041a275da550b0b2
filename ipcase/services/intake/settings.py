"""The routing rules (繁简分流) and the [U] complaint rule, edited by an administrator and stored as settings."""
from __future__ import annotations

import json
from collections.abc import Sequence

from ipcase.db.models.admin import Setting
from ipcase.domain.intake.routing import RoutingRule, rules_from_data, rules_to_data
from ipcase.dto.intake import RoutingSettings
from ipcase.loaders.intake import COMPLAINT_KEY, RULES_KEY, load_routing
from ipcase.services.common import actor
from ipcase.uow import UnitOfWork


def save_routing(uow: UnitOfWork, *, actor_id: int, rules: Sequence[RoutingRule],
                 complaint_needs_request: bool) -> RoutingSettings:
    """Replace the rule set (in the order given). Items already decided keep the suggestion they were shown."""
    s = uow.session
    actor(s, actor_id, "settings.edit", "intake.routing")
    data = rules_to_data(rules)
    rules_from_data(data)  # the same check the stored value gets when read back
    for key, value in ((RULES_KEY, data), (COMPLAINT_KEY, bool(complaint_needs_request))):
        row = s.get(Setting, key) or Setting(key=key)
        row.value = json.dumps(value, ensure_ascii=False)
        s.add(row)
    s.flush()
    result = load_routing(s)
    uow.commit()
    return result
