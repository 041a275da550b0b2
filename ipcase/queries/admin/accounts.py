"""An office's account rules, for the settings page and the idle lock."""
from __future__ import annotations

from ipcase.domain.passwords import AccountRules
from ipcase.dto.admin import AccountRulesPage
from ipcase.loaders.accounts import load_account_rules
from ipcase.loaders.setting_versions import ACCOUNT_RULES, group_version
from ipcase.loaders.settings import stored_value
from ipcase.queries.audit.trail import SEPARATION
from ipcase.uow import UnitOfWork


def account_rules(uow: UnitOfWork, *, office_id: int) -> AccountRules:
    return load_account_rules(uow.session, office_id)


def account_rules_page(uow: UnitOfWork, *, office_id: int) -> AccountRulesPage:
    """What 登录与密码规则 edits: the rules and the version its save names."""
    s = uow.session
    return AccountRulesPage(load_account_rules(s, office_id), group_version(s, office_id, ACCOUNT_RULES),
                            stored_value(s, office_id, SEPARATION, True))
