"""An office's account rules, for the settings page and the idle lock."""
from __future__ import annotations

from ipcase.domain.passwords import AccountRules
from ipcase.loaders.accounts import load_account_rules
from ipcase.uow import UnitOfWork


def account_rules(uow: UnitOfWork, *, office_id: int) -> AccountRules:
    return load_account_rules(uow.session, office_id)
