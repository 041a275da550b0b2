"""The register of the credit list (every listing of the offices in view, with the step now due), the flag a
party of a new case or intake item carries when it is on the list, and a case's enforcement steps."""
from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import select

from ipcase.db.models.admin import User
from ipcase.db.models.cases import Case, Party
from ipcase.db.models.credit import CreditListing, EnforcementRecord
from ipcase.db.models.intake import IntakeItem, IntakeTarget
from ipcase.domain.credit.listing import SETTINGS_GROUP, CreditSettings, step_deadlines
from ipcase.domain.credit.matching import CreditKey
from ipcase.domain.identifiers import mask_id_number
from ipcase.dto.credit import CreditFlag, EnforcementStepInfo, ListingInfo
from ipcase.loaders.credit import credit_settings, listing_facts, matching_listings
from ipcase.loaders.setting_versions import group_version
from ipcase.loaders.settings import PerOffice, load_calendar
from ipcase.uow import UnitOfWork


def credit_register(uow: UnitOfWork, *, status: str | None = None, text: str = "", today: date | None = None,
                    case_id: int | None = None, limit: int = 5000) -> tuple[ListingInfo, ...]:
    """Listings newest first; `status` narrows to one ListingStatus, `text` to a name or code containing it.
    Each row's next step is the open one due first; the party's own period (陈述、申辩) once it has passed by
    `today` is not the office's next step."""
    s = uow.session
    q = select(CreditListing, Case.case_number).join(Case, Case.id == CreditListing.case_id)
    if status:
        q = q.where(CreditListing.status == status)
    if case_id is not None:
        q = q.where(CreditListing.case_id == case_id)
    if text.strip():
        like = f"%{text.strip()}%"
        q = q.where(CreditListing.party_name.like(like) | CreditListing.credit_code.like(like))
    q = q.order_by(CreditListing.identified_on.desc(), CreditListing.id.desc()).limit(limit)
    cal = load_calendar(s)
    settings = PerOffice(lambda o: credit_settings(s, o))
    out = []
    for row, case_number in s.execute(q):
        open_steps = [d for d in step_deadlines(listing_facts(row), cal, settings[row.office_id])
                      if d.met is None and row.status not in ("refused", "removed")
                      and not (d.party_period and today is not None and d.due.date < today)]
        nxt = min(open_steps, key=lambda d: d.due.date) if open_steps else None
        out.append(ListingInfo(
            row.id, row.version, row.ground, row.status, row.party_name, row.credit_code,
            mask_id_number(row.id_number), row.case_id, case_number or "", row.facts, row.identified_on,
            row.notice_served, row.statement_received, row.listed_on, row.period_end, row.repair_applied_on,
            row.removed_on, row.removal_reason, row.opinion, nxt.step if nxt else "", nxt.due.date if nxt else None))
    return tuple(out)


def credit_flags(uow: UnitOfWork, *, parties: Iterable[tuple[str, str, str]]) -> tuple[CreditFlag, ...]:
    """Listings matching any of `parties` (name, credit code, ID number): the flag on a new case or intake item."""
    s = uow.session
    keys = [CreditKey.of(name, code, id_number) for name, code, id_number in parties]
    hits = matching_listings(s, keys)
    numbers = dict(s.execute(select(Case.id, Case.case_number).where(
        Case.id.in_({row.case_id for _, row, _ in hits}))).all()) if hits else {}
    seen, out = set(), []
    for _key, row, how in hits:
        if row.id in seen:
            continue
        seen.add(row.id)
        out.append(CreditFlag(row.id, row.party_name, row.ground, row.status, how, numbers.get(row.case_id) or "",
                              row.listed_on, row.period_end))
    return tuple(out)


def party_credit_flags(uow: UnitOfWork, *, parties: Iterable[tuple[str, str, str]]
                       ) -> tuple[tuple[CreditFlag, ...], ...]:
    """The flag of each party being typed into a new case (name, credit code, ID number), in their order: the
    request dialog warns next to the party that matches."""
    return tuple(credit_flags(uow, parties=[p]) if any(x.strip() for x in p) else () for p in parties)


def case_credit_flags(uow: UnitOfWork, *, case_id: int) -> tuple[CreditFlag, ...]:
    """The flag for the parties of a case (the case's own listings excluded: they rest on this case)."""
    s = uow.session
    parties = s.execute(select(Party.name, Party.credit_code, Party.id_number).where(Party.case_id == case_id))
    return tuple(f for f in credit_flags(uow, parties=[tuple(p) for p in parties])
                 if s.get(CreditListing, f.listing_id).case_id != case_id)


def item_credit_flags(uow: UnitOfWork, *, item_id: int) -> tuple[CreditFlag, ...]:
    """The flag for the targets of an intake item (and its submitter, who may be a listed party too)."""
    s = uow.session
    item = s.get(IntakeItem, item_id)
    if item is None:
        return ()
    parties = [(t.name, t.credit_code, "") for t in s.scalars(select(IntakeTarget).where(
        IntakeTarget.item_id == item_id))]
    parties.append((item.submitter_name or "", item.submitter_credit_code or "", ""))
    return credit_flags(uow, parties=parties)


def case_enforcement(uow: UnitOfWork, *, case_id: int, today: date):
    """What 案件 › 执行 shows: the enforcement steps, the listings resting on the case, and the credit flags
    of its parties (listings resting on other cases)."""
    return (enforcement_record(uow, case_id=case_id), credit_register(uow, case_id=case_id, today=today),
            case_credit_flags(uow, case_id=case_id))


def credit_settings_page(uow: UnitOfWork, *, office_id: int) -> tuple[CreditSettings, int]:
    """The office's credit-list periods and the version of their settings group."""
    return credit_settings(uow.session, office_id), group_version(uow.session, office_id, SETTINGS_GROUP)


def enforcement_record(uow: UnitOfWork, *, case_id: int) -> tuple[EnforcementStepInfo, ...]:
    q = (select(EnforcementRecord, User.full_name).join(User, User.id == EnforcementRecord.recorded_by)
         .where(EnforcementRecord.case_id == case_id).order_by(EnforcementRecord.day, EnforcementRecord.id))
    return tuple(EnforcementStepInfo(r.step, r.day, r.note, name) for r, name in uow.session.execute(q))


def due_listings(uow: UnitOfWork, *, today: date) -> tuple[ListingInfo, ...]:
    """Listings whose open step is due by `today` (overdue or due now): the workbench's reminder."""
    return tuple(r for r in credit_register(uow, today=today) if r.next_due is not None and r.next_due <= today)
