"""The administrator's account rules for the office: password rules, the wrong-password lock, the idle lock."""
from __future__ import annotations

from dataclasses import asdict

from ipcase.domain.passwords import AccountRules, validate_rules
from ipcase.loaders.accounts import PREFIX, load_account_rules
from ipcase.loaders.settings import store_value
from ipcase.services.common import actor
from ipcase.uow import UnitOfWork


def update_account_rules(uow: UnitOfWork, *, actor_id: int, rules: AccountRules) -> AccountRules:
    """Store `rules` for the administrator's own office. They apply from the next password set or login; a
    password already set is not judged again (except by expiry)."""
    s = uow.session
    admin = actor(s, actor_id, "settings.edit", "update_account_rules")
    validate_rules(rules)
    for name, value in asdict(rules).items():
        store_value(s, admin.office_id, PREFIX + name, value)
    uow.commit()
    return load_account_rules(s, admin.office_id)
