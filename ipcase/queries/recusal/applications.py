"""Read side of recusal: a case's applications, who is stepping aside, the panel as it may act now, and each
party's window (D6) to apply."""
from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ipcase.db.models.admin import User
from ipcase.db.models.cases import Case, PanelSeat, Party
from ipcase.db.models.documents import IssuedDocument
from ipcase.db.models.hearings import Hearing
from ipcase.db.models.recusal import RecusalApplication
from ipcase.domain.cases.panel import Seat, panel_problems
from ipcase.domain.enums import PanelRole, PartyRole
from ipcase.domain.periods import add_working_days
from ipcase.domain.recusal.rules import RecusalStatus, panel_without, window_due
from ipcase.dto.recusal import CaseRecusals, PanelMember, PartyWindow, RecusalInfo
from ipcase.errors import NotFound
from ipcase.loaders.settings import load_calendar, load_settings
from ipcase.uow import UnitOfWork

DECIDE_WITHIN_WORKING_DAYS = 3   # G19: the office decides within 3 working days [S]


def recusal_info(s: Session, a: RecusalApplication) -> RecusalInfo:
    cal = load_calendar(s)
    office_id = s.scalar(select(Case.office_id).where(Case.id == a.case_id))
    names = dict(s.execute(select(User.id, User.full_name).where(
        User.id.in_([x for x in (a.recorded_by, a.decided_by) if x]))).all())
    applicant = s.get(Party, a.applicant_party_id)
    number = s.scalar(select(IssuedDocument.number).where(IssuedDocument.id == a.document_id)) \
        if a.document_id else ""
    return RecusalInfo(
        id=a.id, case_id=a.case_id, applicant_party_id=a.applicant_party_id,
        applicant=applicant.name if applicant else "", challenged_user_id=a.challenged_user_id,
        challenged_role=a.challenged_role, challenged_name=a.challenged_name, grounds=tuple(a.grounds or ()),
        reason=a.reason, oral=a.oral, received_date=a.received_date, learned_date=a.learned_date,
        window_due=window_due(a.learned_date, cal, load_settings(s, office_id).recusal_days)[0], hearing_id=a.hearing_id,
        at_hearing=a.at_hearing, ground_learned_late=a.ground_learned_late, timeliness=a.timeliness,
        status=a.status, recorded_by=names.get(a.recorded_by, ""), recorded_at=a.recorded_at,
        decide_by=add_working_days(a.received_date, DECIDE_WITHIN_WORKING_DAYS, cal)[0],
        decided_by=names.get(a.decided_by, ""), decided_date=a.decided_date, decision_reason=a.decision_reason,
        replacement_user_id=a.replacement_user_id, replacement_name=a.replacement_name,
        document_id=a.document_id, document_number=number or "")


def hearing_day(s: Session, case: Case) -> date | None:
    """The day the oral hearing (its first session) was set for, or None when none was decided."""
    first = s.scalar(select(Hearing.starts_at).where(Hearing.case_id == case.id).order_by(Hearing.starts_at))
    when = first or case.hearing_at
    return when.date() if when else None


def case_recusals(uow: UnitOfWork, case_id: int) -> CaseRecusals:
    s = uow.session
    case = s.scalar(select(Case).where(Case.id == case_id).options(
        selectinload(Case.panel).selectinload(PanelSeat.user), selectinload(Case.parties)))
    if case is None:
        raise NotFound("case", case_id)
    apps = s.scalars(select(RecusalApplication).where(RecusalApplication.case_id == case_id)
                     .order_by(RecusalApplication.received_date, RecusalApplication.id)).all()
    away = {a.challenged_user_id for a in apps if a.status == RecusalStatus.PENDING and a.challenged_user_id}
    seats = [Seat(p.user_id, PanelRole(p.role)) for p in case.panel]
    cal, days = load_calendar(s), load_settings(s, case.office_id).recusal_days
    windows = []
    for p in case.parties:
        learned = p.copy_served if p.role == PartyRole.RESPONDENT else p.notice_served
        windows.append(PartyWindow(p.id, p.name, p.role, learned,
                                   window_due(learned, cal, days)[0] if learned else None))
    return CaseRecusals(
        case_id=case.id, version=case.version, state=case.state,
        applications=tuple(recusal_info(s, a) for a in apps),
        panel=tuple(PanelMember(p.user_id, p.user.full_name, p.role, p.user_id in away) for p in case.panel),
        panel_problems_now=tuple(panel_problems(panel_without(seats, away))),
        windows=tuple(windows), hearing_day=hearing_day(s, case), recusal_days=days)
