from __future__ import annotations

from ipcase.dto.admin import DeadlineRules
from ipcase.loaders.setting_versions import DEADLINE_RULES, group_version
from ipcase.loaders.settings import load_settings
from ipcase.uow import UnitOfWork


def deadline_rules(uow: UnitOfWork, *, office_id: int) -> DeadlineRules:
    """What the 期限规则 page edits: `office_id`'s deadline settings and their version."""
    s = uow.session
    return DeadlineRules(load_settings(s, office_id), group_version(s, office_id, DEADLINE_RULES))
