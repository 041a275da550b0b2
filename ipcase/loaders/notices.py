"""Who received the notice of a case's hearing time, and whether in time (M25 art 26, D7), as both the state
machine's snapshot (services) and the ruling's text (queries) read it. The rule is
`ipcase.domain.hearings.absence`; the hearing is the case's current (or last) hearing time, `case.hearing_at`.
"""
from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ipcase.db.models.cases import Case
from ipcase.db.models.hearings import Hearing
from ipcase.domain.enums import PartyRole
from ipcase.domain.hearings.absence import NoticeFact, lawfully_notified
from ipcase.domain.periods import latest_notice_date
from ipcase.loaders.hearings import notices_served
from ipcase.loaders.settings import load_calendar, load_settings

_SIDES = (PartyRole.REQUESTER, PartyRole.RESPONDENT)


def _floor(s: Session, case: Case) -> int:
    """Notices issued after this document id announce the current time: the session register's floor for the
    session at `case.hearing_at`; 0 (every notice of the case) for a time set without the session register."""
    floor = s.scalar(select(Hearing.notice_floor).where(Hearing.case_id == case.id,
                                                        Hearing.starts_at == case.hearing_at)
                     .order_by(Hearing.id.desc()).limit(1))
    return floor or 0


def latest_lawful_notice(s: Session, case: Case) -> date | None:
    """The last day a notice of the current hearing time may be served (None without a hearing time)."""
    if case.hearing_at is None:
        return None
    n = load_settings(s, case.office_id).hearing_notice_working_days
    return latest_notice_date(case.hearing_at.date(), n, load_calendar(s))


def hearing_notices(s: Session, case: Case, today: date) -> tuple[tuple[NoticeFact, ...], date | None]:
    """Each requester's and respondent's receipt of the notice of the current hearing time, and the latest lawful
    day of service."""
    if case.hearing_at is None:
        return (), None
    served = notices_served(s, case.id, _floor(s, case), today)
    facts = tuple(NoticeFact(p.id, PartyRole(p.role), served.get(p.id)) for p in case.parties
                  if PartyRole(p.role) in _SIDES)
    return facts, latest_lawful_notice(s, case)


def lawfully_notified_parties(s: Session, case: Case, today: date) -> frozenset[int]:
    """The parties served the notice of the case's hearing time at least n working days before it: only these may
    be said "经书面通知无正当理由未到庭" (M25 art 26)."""
    facts, latest = hearing_notices(s, case, today)
    return frozenset(f.party_id for f in facts if lawfully_notified(f.served_on, latest))
