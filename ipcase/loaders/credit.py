"""The credit list as both sides read it: a listing's facts for the rules, the office's credit settings, and the
listings a party matches (the flag on a new case or intake item)."""
from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import fields

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ipcase.db.models.credit import CreditListing
from ipcase.domain.credit.listing import IN_REGISTER, PENDING, CreditSettings, ListingFacts, ListingStatus
from ipcase.domain.credit.matching import CreditKey, credit_match
from ipcase.loaders.settings import stored_settings

PREFIX = "credit."


def credit_settings(s: Session, office_id: int) -> CreditSettings:
    stored = stored_settings(s, office_id, prefix=PREFIX)
    return CreditSettings(**{f.name: json.loads(stored[PREFIX + f.name]) for f in fields(CreditSettings)
                             if PREFIX + f.name in stored})


def listing_facts(row: CreditListing) -> ListingFacts:
    return ListingFacts(ListingStatus(row.status), row.identified_on, row.notice_served, row.statement_received,
                        row.proposed_on, row.listed_on, row.repair_applied_on, row.removed_on,
                        row.repair_decided_at.date() if row.repair_decided_at else None)


def key_of(row: CreditListing) -> CreditKey:
    return CreditKey.of(row.party_name, row.credit_code, row.id_number)


def matching_listings(s: Session, keys: Iterable[CreditKey]) -> list[tuple[CreditKey, CreditListing, str]]:
    """(the party's key, the listing, how they matched) for each listed or pending listing a party matches.
    Candidates come from an indexed lookup by code or name; `credit_match` decides (a different code under the
    same name is another party)."""
    keys = [k for k in keys if k.name or k.credit_code or k.id_number]
    if not keys:
        return []
    codes = {k.credit_code for k in keys if k.credit_code}
    names = {k.name for k in keys if k.name}
    ids = {k.id_number for k in keys if k.id_number}
    conditions = []
    if codes:
        conditions.append(CreditListing.credit_code.in_(codes))
    if names:
        conditions.append(CreditListing.name_normalized.in_(names))
    if ids:
        conditions.append(CreditListing.id_number.in_(ids))
    rows = s.scalars(select(CreditListing).where(
        CreditListing.status.in_([st.value for st in IN_REGISTER | PENDING]), or_(*conditions))
        .order_by(CreditListing.id)).all()
    out = []
    for k in keys:
        for row in rows:
            how = credit_match(k, key_of(row))
            if how:
                out.append((k, row, how))
    return out
