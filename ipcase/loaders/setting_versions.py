"""Versions of an office's settings groups (optimistic locking of the settings pages). A group is the settings
one page loads and saves together; its version counts the saves, so a page that names the version it loaded is
refused when someone saved the group since (ipcase.services.setting_locks)."""
from __future__ import annotations

from sqlalchemy.orm import Session

from ipcase.db.models.admin import SettingVersion

# The groups; each name is also the `kind` of the ConcurrentModification a stale save gets.
DEADLINE_RULES = "deadline_rules"
DOCUMENT_SETTINGS = "document_settings"
ROUTING_RULES = "routing_rules"
HEARING_SETTINGS = "hearing_settings"
ACCOUNT_RULES = "account_rules"            # 设置 › 用户 › 登录与密码规则
MEDIATION_PATTERN = "mediation_pattern"    # the 调解案号 pattern (调解员 page)
GROUPS = (DEADLINE_RULES, DOCUMENT_SETTINGS, ROUTING_RULES, HEARING_SETTINGS, ACCOUNT_RULES, MEDIATION_PATTERN)


def group_version(session: Session, office_id: int, group: str) -> int:
    """How many times `office_id` saved `group` (0: never, the defaults apply)."""
    row = session.get(SettingVersion, (office_id, group))
    return row.version if row is not None else 0
