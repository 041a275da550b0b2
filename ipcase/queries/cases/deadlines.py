"""The cross-case deadline list ("my deadlines")."""
from __future__ import annotations

from datetime import date

from sqlalchemy import exists, or_, select
from sqlalchemy.orm import aliased

from ipcase.db.models.admin import User
from ipcase.db.models.cases import Case, DeadlineRow, PanelSeat, Party, Patent
from ipcase.domain.enums import DeadlineStatus, PartyRole
from ipcase.dto.cases import DeadlineInfo
from ipcase.loaders.settings import load_calendar
from ipcase.queries.common import deadline_info, dispute_parties, party_names
from ipcase.queries.intake.register import intake_deadlines
from ipcase.queries.mediation.agreements import mediation_deadlines
from ipcase.queries.mediation.cases import deadlines_for as mediation_case_deadlines
from ipcase.uow import UnitOfWork


def my_deadlines(uow: UnitOfWork, *, user_id: int, today: date, everyone: bool = False,
                 limit: int = 2000) -> tuple[DeadlineInfo, ...]:
    """Open deadlines sorted by due date: of the cases the user handles or sits on the panel of (or of
    every case with `everyone`). A party's own period (recusal, evidence, suit) drops out once passed."""
    s = uow.session
    officer = aliased(User)
    q = (select(DeadlineRow, Case.case_number, Party.name, Patent.number, officer.full_name,
                party_names(PartyRole.REQUESTER), party_names(PartyRole.RESPONDENT))
         .join(Case, Case.id == DeadlineRow.case_id).join(Patent, Patent.id == Case.patent_id)
         .outerjoin(Party, Party.id == DeadlineRow.party_id).outerjoin(officer, officer.id == Case.officer_id)
         .where(DeadlineRow.status == DeadlineStatus.OPEN.value,
                or_(DeadlineRow.hide_after_due.is_(False), DeadlineRow.due_date >= today)))
    if everyone:
        q = q.where(Case.office_id == select(User.office_id).where(User.id == user_id).scalar_subquery())
    else:
        on_panel = exists().where(PanelSeat.case_id == Case.id, PanelSeat.user_id == user_id)
        q = q.where(or_(Case.officer_id == user_id, on_panel))
    q = q.order_by(DeadlineRow.due_date, Case.id, DeadlineRow.id).limit(limit)
    cal = load_calendar(s)
    # A period of one party names that party; the case's own (结案期限, 立案审查期限 …) names both sides.
    rows = [deadline_info(row, case_number=cn, party_name=party or dispute_parties(req or "", resp or ""),
                          today=today, cal=cal, patent_number=pn, officer_name=off or "")
            for row, cn, party, pn, off, req, resp in s.execute(q)]
    # The intake register's time limits (D1 before a case exists, complaints, 假冒 reports D23, telling a
    # real-name reporter) are computed, not stored: few items are open at a time.
    rows += intake_deadlines(uow, user_id=user_id, today=today, everyone=everyone)
    rows += mediation_case_deadlines(uow, user_id=user_id, today=today, everyone=everyone)
    # After a mediation agreement: the judicial-confirmation window (D21) and the instalments still owed.
    rows += mediation_deadlines(uow, user_id=user_id, today=today, everyone=everyone)
    return tuple(sorted(rows, key=lambda d: d.due_date)[:limit])
