"""The administrator's account rules for the office: password rules, the wrong-password lock, the idle lock."""
from __future__ import annotations

from dataclasses import asdict

from ipcase.domain.passwords import AccountRules, validate_rules
from ipcase.loaders.accounts import PREFIX, load_account_rules
from ipcase.loaders.setting_versions import ACCOUNT_RULES
from ipcase.loaders.settings import store_value
from ipcase.queries.audit.trail import SEPARATION
from ipcase.services.common import actor
from ipcase.services.setting_locks import claim_group
from ipcase.uow import UnitOfWork


def update_account_rules(uow: UnitOfWork, *, actor_id: int, rules: AccountRules,
                         expected_version: int, audit_separation: bool | None = None) -> AccountRules:
    """Store `rules` for the administrator's own office. They apply from the next password set or login; a
    password already set is not judged again (except by expiry). `expected_version` is the version the dialog
    loaded (queries.admin.accounts.account_rules_page): a save made meanwhile by another administrator is
    refused (ConcurrentModification "account_rules"), not overwritten; this save makes it one more.
    `audit_separation` (None: unchanged) is 三员分立, saved on the same page: off, the administrator may read the
    audit trail too (ipcase.queries.audit.trail). Its change is a settings row, so the audit capture records it
    with its before and after like every other setting."""
    s = uow.session
    admin = actor(s, actor_id, "settings.edit", "update_account_rules")
    validate_rules(rules)
    claim_group(s, admin, ACCOUNT_RULES, expected_version)
    for name, value in asdict(rules).items():
        store_value(s, admin.office_id, PREFIX + name, value)
    if audit_separation is not None:
        store_value(s, admin.office_id, SEPARATION, bool(audit_separation))
    uow.commit()
    return load_account_rules(s, admin.office_id)
