"""What serving a document records besides the periods its own workflow action starts (service.py):

- the credit list's 列入严重失信主体名单告知书 served on the party IS the listing's step 告知书送达: the party's
  陈述、申辩 period starts that day (ipcase.domain.credit.listing);
- a 催告书 served on the party IS the D15 step 催告书已送达: its ten days start (ipcase.domain.cases.enforcement).

Called on the three paths that record a receipt (the register, a receipt recorded later, a 公告送达 deemed served),
so neither step depends on which button the clerk pressed."""
from __future__ import annotations

from datetime import date, datetime

from ipcase.db.models.cases import Case, Party
from ipcase.db.models.credit import CreditListing
from ipcase.db.models.documents import IssuedDocument
from ipcase.domain.cases.enforcement import EnforcementStep
from ipcase.domain.credit.listing import refusal
from ipcase.domain.enums import PartyRole
from ipcase.errors import ValidationFailed
from ipcase.loaders.cases import enforcement_steps
from ipcase.loaders.credit import credit_settings, listing_facts
from ipcase.loaders.settings import load_calendar
from ipcase.services.cases.enforcement_steps import add_enforcement_step
from ipcase.services.common import record


def record_served_step(s, case: Case, user, doc: IssuedDocument, party: Party | None, served: date,
                       now: datetime) -> bool:
    """True when the service was the step of a listing or of the D15 chain (recorded now or before)."""
    if party is None:
        return False
    if doc.doc_type == "credit_listing_notice":
        return _notice_served(s, case, user, doc, served, now)
    if doc.doc_type == "reminder" and party.role == PartyRole.RESPONDENT:
        if EnforcementStep.DEMAND_SERVED in dict(enforcement_steps(case)):
            return True     # a second 催告书 (or a second copy) does not restart the ten days
        add_enforcement_step(s, case, user, EnforcementStep.DEMAND_SERVED, served, doc.number, now)
        return True
    return False


def _notice_served(s, case: Case, user, doc: IssuedDocument, served: date, now: datetime) -> bool:
    row = s.get(CreditListing, (doc.fields or {}).get("listing"))
    if row is None:
        return False
    if row.notice_served is not None:
        return True
    why = refusal("serve_notice", listing_facts(row), served, load_calendar(s), credit_settings(s, row.office_id))
    if why:
        raise ValidationFailed("status", why, row.status)
    row.notice_served = served
    s.flush()
    record(s, case, user, "credit_serve_notice", now, party=row.party_name, listing=row.id, day=served.isoformat(),
           document=doc.number)
    return True
