"""An office's account rules (ipcase.domain.passwords.AccountRules) as its administrator stored them: settings
`account.<field>`, defaults for what was never stored."""
from __future__ import annotations

import json
from dataclasses import fields

from sqlalchemy.orm import Session

from ipcase.domain.passwords import AccountRules
from ipcase.loaders.settings import stored_settings

PREFIX = "account."


def load_account_rules(session: Session, office_id: int) -> AccountRules:
    stored = stored_settings(session, office_id, prefix=PREFIX)
    values = {f.name: json.loads(stored[PREFIX + f.name]) for f in fields(AccountRules) if PREFIX + f.name in stored}
    return AccountRules(**values)

