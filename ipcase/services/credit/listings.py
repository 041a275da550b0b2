"""The steps of a party's way through the credit list (ipcase.domain.credit.listing): 认定 with the 告知书 served,
the party's 陈述、申辩, 列入 proposed by the officer and decided by the 部门负责人 (the approvals gestures), 移出 when
the period ends, 信用修复 on the party's application. Each step is checked by the domain rule, written on the listing and on the case's timeline (the
audit chain captures the rows), and the listing's version refuses a stale form."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select

from ipcase.db.models.admin import User
from ipcase.db.models.cases import Case, Party
from ipcase.db.models.credit import CreditListing
from ipcase.db.models.documents import IssuedDocument
from ipcase.documents.credit import (
    ListingWords,
    decision_fields,
    notice_fields,
    removal_fields,
    repair_fields,
)
from ipcase.domain.cases.enforcement import EnforcementStep
from ipcase.domain.credit.listing import Ground, ListingStatus, RemovalReason, period_end, refusal
from ipcase.domain.enums import CaseState, PartyRole
from ipcase.domain.identifiers import normalize_name
from ipcase.dto.credit import ListingRef
from ipcase.dto.documents import DocumentDraft
from ipcase.errors import ConcurrentModification, ValidationFailed
from ipcase.loaders.cases import enforcement_steps
from ipcase.loaders.credit import credit_settings, listing_facts
from ipcase.loaders.rows import existing
from ipcase.loaders.settings import load_calendar
from ipcase.services.common import actor, load_case, record
from ipcase.services.documents.issue import issue_in_session
from ipcase.services.history import relock
from ipcase.uow import UnitOfWork

ACTION = "credit.identify"
# Each step's name in errors and in the audit chain: its command name (ipcase/commands/table.py).
_ACTIONS = {"serve_notice": "credit.record_notice_served", "statement": "credit.record_statement",
            "propose": "credit.propose", "decide": "credit.decide", "remove": "credit.remove",
            "apply_repair": "credit.apply_repair", "decide_repair": "credit.decide_repair"}
# The ruling a ground rests on: 重复侵权 needs an infringement ruling against the party; 不依法执行 needs the
# non-compliance on record in the enforcement steps (D15).
_RULED = CaseState.CLOSED_RULING_INFRINGEMENT


def identify(uow: UnitOfWork, *, actor_id: int, case_id: int, party_id: int, ground: Ground, facts: str,
             now: datetime, signed_by: int | None = None) -> ListingRef:
    """认定: the officer names the party, the ground and the facts, and the 列入严重失信主体名单告知书 is issued
    (签发人 `signed_by`, a leader, by the documents' rule); its service through the 送达 register starts the
    party's statement period (services/documents/served_steps.py)."""
    s = uow.session
    user = actor(s, actor_id, "credit.manage", ACTION)
    case = load_case(s, case_id)
    party = s.get(Party, party_id)
    if party is None or party.case_id != case.id or party.role != PartyRole.RESPONDENT:
        raise ValidationFailed("party_id", "choice", str(party_id))
    if not facts.strip():
        raise ValidationFailed("facts", "required")
    ground = Ground(ground)
    if CaseState(case.state) != _RULED:
        raise ValidationFailed("ground", "no_infringement_ruling")
    if ground == Ground.NON_EXECUTION and EnforcementStep.NON_COMPLIANCE not in dict(enforcement_steps(case)):
        raise ValidationFailed("ground", "no_non_compliance")
    if s.scalar(select(CreditListing.id).where(
            CreditListing.case_id == case.id, CreditListing.party_id == party.id, CreditListing.ground == ground,
            CreditListing.status.not_in([ListingStatus.REFUSED.value, ListingStatus.REMOVED.value])).limit(1)):
        raise ValidationFailed("party_id", "already_identified")
    row = CreditListing(office_id=case.office_id, case_id=case.id, party_id=party.id, ground=ground.value,
                        status=ListingStatus.IDENTIFIED.value, party_name=party.name,
                        name_normalized=normalize_name(party.name), credit_code=party.credit_code or "",
                        id_number=party.id_number or "", facts=facts.strip(), identified_on=now.date(),
                        identified_by=user.id, statement="", opinion="", repair_reason="", repair_opinion="",
                        removal_reason="")
    s.add(row)
    s.flush()
    record(s, case, user, "credit_identified", now, party=party.name, ground=ground.value, listing=row.id)
    settings = credit_settings(s, row.office_id)
    _issue(s, user, row, "credit_listing_notice", notice_fields(words(s, row), settings.statement_working_days),
           now, signed_by)
    uow.commit()
    return _ref(row)


def record_notice_served(uow: UnitOfWork, *, actor_id: int, listing_id: int, expected_version: int, day: date,
                         now: datetime) -> ListingRef:
    """The 告知书 of the intended listing was served on the party: its statement period starts."""
    return _step(uow, actor_id, listing_id, expected_version, "serve_notice", now, day=day,
                 apply=lambda row, user: setattr(row, "notice_served", day))


def record_statement(uow: UnitOfWork, *, actor_id: int, listing_id: int, expected_version: int, day: date,
                     statement: str, now: datetime) -> ListingRef:
    """The party's 陈述、申辩 came in (its content in brief)."""
    if not statement.strip():
        raise ValidationFailed("statement", "required")

    def apply(row, user):
        if row.notice_served and day < row.notice_served:
            raise ValidationFailed("day", "before_notice")
        row.statement_received, row.statement = day, statement.strip()
    return _step(uow, actor_id, listing_id, expected_version, "statement", now, day=day, apply=apply)


def propose(uow: UnitOfWork, *, actor_id: int, listing_id: int, expected_version: int,
            now: datetime) -> ListingRef:
    """File the 列入 for the 部门负责人's decision (after the party was heard)."""
    def apply(row, user):
        row.status, row.proposed_on, row.proposed_by = ListingStatus.PROPOSED.value, now.date(), user.id
    return _step(uow, actor_id, listing_id, expected_version, "propose", now, apply=apply)


def decide(uow: UnitOfWork, *, actor_id: int, listing_id: int, expected_version: int, approve: bool,
           opinion: str, now: datetime) -> ListingRef:
    """The 部门负责人 approves the 列入 (listed from today for the office's period) or refuses it (with reasons)."""
    opinion = opinion.strip()
    if not approve and not opinion:
        raise ValidationFailed("opinion", "required")

    def apply(row, user):
        row.decided_by, row.decided_at, row.opinion = user.id, now, opinion
        if approve:
            settings = credit_settings(uow.session, row.office_id)
            row.status, row.listed_on = ListingStatus.LISTED.value, now.date()
            row.period_end = period_end(now.date(), load_calendar(uow.session), settings).date
        else:
            row.status = ListingStatus.REFUSED.value

    def issue(row, user):   # the 列入决定书, signed by the 部门负责人 who approved it
        if approve:
            years = credit_settings(uow.session, row.office_id).listing_years
            _issue(uow.session, user, row, "credit_listing_decision", decision_fields(words(uow.session, row), years),
                   now, user.id)
    return _step(uow, actor_id, listing_id, expected_version, "decide", now, gesture="approval.decide",
                 apply=apply, after=issue, approve=approve, opinion=opinion)


def remove(uow: UnitOfWork, *, actor_id: int, listing_id: int, expected_version: int,
           now: datetime, signed_by: int | None = None) -> ListingRef:
    """移出 at the end of the listing period, with its 移出决定书 (签发人 `signed_by`, a leader)."""
    def apply(row, user):
        row.status, row.removed_on = ListingStatus.REMOVED.value, now.date()
        row.removal_reason = RemovalReason.PERIOD_END.value

    def issue(row, user):
        _issue(uow.session, user, row, "credit_removal_decision", removal_fields(words(uow.session, row)), now,
               signed_by)
    return _step(uow, actor_id, listing_id, expected_version, "remove", now, apply=apply, after=issue)


# ---- 信用修复: a listed party applies to be removed before the period ends; the 部门负责人 decides. An approved
# repair removes the party (移出, reason 'repair'); a refused one leaves it listed.

def apply_repair(uow: UnitOfWork, *, actor_id: int, listing_id: int, expected_version: int, day: date,
                 reason: str, now: datetime) -> ListingRef:
    """The party's application for 信用修复 came in on `day` (its grounds in brief)."""
    if not reason.strip():
        raise ValidationFailed("reason", "required")

    def apply(row, user):
        if row.listed_on and day < row.listed_on:
            raise ValidationFailed("day", "before_listing")
        row.status, row.repair_applied_on, row.repair_reason = ListingStatus.REPAIR.value, day, reason.strip()
    return _step(uow, actor_id, listing_id, expected_version, "apply_repair", now, apply=apply, day=day,
                 reason=reason.strip())


def decide_repair(uow: UnitOfWork, *, actor_id: int, listing_id: int, expected_version: int, approve: bool,
                  opinion: str, now: datetime) -> ListingRef:
    opinion = opinion.strip()
    if not approve and not opinion:
        raise ValidationFailed("opinion", "required")

    def apply(row, user):
        row.repair_decided_by, row.repair_decided_at, row.repair_opinion = user.id, now, opinion
        if approve:
            row.status, row.removed_on = ListingStatus.REMOVED.value, now.date()
            row.removal_reason = RemovalReason.REPAIR.value
        else:
            row.status = ListingStatus.LISTED.value

    def issue(row, user):   # the 信用修复决定书 (准予 or 不予), signed by the 部门负责人 who decided
        _issue(uow.session, user, row, "credit_repair_decision", repair_fields(words(uow.session, row), approve),
               now, user.id)
    return _step(uow, actor_id, listing_id, expected_version, "decide_repair", now, gesture="approval.decide",
                 apply=apply, after=issue, approve=approve, opinion=opinion)


def _step(uow: UnitOfWork, actor_id: int, listing_id: int, expected_version: int, step: str, now: datetime,
              *, apply, after=None, gesture: str = "credit.manage", **detail) -> ListingRef:
    """One step on a listing: the actor's gesture, the case locked then the listing re-read, its version, the
    domain rule's refusal, `apply(row, user)`, the case's timeline entry, commit."""
    s = uow.session
    user: User = actor(s, actor_id, gesture, _ACTIONS[step])
    row = existing(s, CreditListing, "credit_listing", listing_id)
    case: Case = load_case(s, row.case_id)   # lock the case first, then re-read the listing (services.history)
    relock(s, row)
    if row.version != expected_version:
        raise ConcurrentModification("credit_listing", row.id, expected_version, row.version, ())
    day = detail.get("day")
    if isinstance(day, date) and day > now.date():
        raise ValidationFailed("day", "future")
    why = refusal(step, listing_facts(row), now.date(), load_calendar(s), credit_settings(s, row.office_id))
    if why:
        raise ValidationFailed("status", why, row.status)
    apply(row, user)
    s.flush()
    shown = {k: (v.isoformat() if isinstance(v, date) else v) for k, v in detail.items()}
    record(s, case, user, f"credit_{step}", now, party=row.party_name, listing=row.id, **shown)
    if after is not None:
        after(row, user)
    uow.commit()
    return _ref(row)


def words(s, row: CreditListing) -> ListingWords:
    """The listing's facts as its documents word them (with the 文号 of its 列入决定书, once issued)."""
    listing = next((d.number for d in _documents(s, row, "credit_listing_decision")), "")
    return ListingWords(row.ground, row.facts, row.notice_served, row.statement_received, row.statement,
                        row.opinion, row.listed_on, row.period_end, listing, row.repair_applied_on, row.repair_reason,
                        row.repair_opinion)


def _documents(s, row: CreditListing, key: str) -> list[IssuedDocument]:
    """The listing's documents of one type, newest first (a document names its listing in its fields)."""
    docs = s.scalars(select(IssuedDocument).where(IssuedDocument.case_id == row.case_id,
                                                  IssuedDocument.doc_type == key)
                     .order_by(IssuedDocument.id.desc())).all()
    return [d for d in docs if (d.fields or {}).get("listing") == row.id]


def _issue(s, user: User, row: CreditListing, key: str, fields: dict, now: datetime,
           signed_by: int | None) -> IssuedDocument:
    """The step's document, numbered in its own series, addressed to the listed party and stored with the case's
    documents (so the 送达 register serves it like any other)."""
    if row.party_id is None:
        raise ValidationFailed("party_id", "required")
    return issue_in_session(s, user, row.case_id, DocumentDraft(key, {**fields, "listing": row.id},
                                                                party_id=row.party_id, signed_by=signed_by), now)


def _ref(row: CreditListing) -> ListingRef:
    return ListingRef(row.id, row.version, row.status)
