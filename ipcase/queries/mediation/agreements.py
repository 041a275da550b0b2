"""Read side of mediation: one host's sessions, agreements and what follows them, and the periods after an
agreement (D21, instalments) for the "my deadlines" list. Computed when read — few agreements are open."""
from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import and_, exists, or_, select
from sqlalchemy.orm import aliased, selectinload

from ipcase.db.models.admin import User
from ipcase.db.models.cases import Approval, Case, PanelSeat, Patent
from ipcase.db.models.mediation import (
    MediationAgreement,
    MediationCase,
    MediationInstalment,
    MediationSession,
)
from ipcase.documents.mediation import money, terms_text
from ipcase.domain.calendar import OfficialCalendar
from ipcase.domain.cases.deadlines import urgency
from ipcase.domain.cases.workflow import CaseAction
from ipcase.domain.enums import ApprovalStatus, CaseState, PauseKind, Role
from ipcase.domain.mediation.agreements import (
    D21,
    INSTALMENT,
    AgreementStatus,
    HostKind,
    Side,
    confirmation_due,
    instalment_overdue,
    outstanding_fen,
    yuan,
)
from ipcase.domain.periods import working_days_until
from ipcase.domain.permissions import may
from ipcase.dto.cases import DeadlineInfo
from ipcase.dto.mediation import (
    AgentChoice,
    AgreementInfo,
    InstalmentInfo,
    MediationHost,
    MediationView,
    PartyChoice,
    SessionInfo,
    SignatoryInfo,
)
from ipcase.errors import NotFound
from ipcase.loaders.mediation import MEDIATION_STATES, on_host, signing_parties, terms_of
from ipcase.loaders.rows import existing
from ipcase.loaders.settings import load_calendar
from ipcase.uow import UnitOfWork


def host_mediation(uow: UnitOfWork, host: MediationHost, *, viewer_id: int, today: date) -> MediationView:
    s = uow.session
    viewer = s.get(User, viewer_id)
    role = Role(viewer.role) if viewer else None
    names = dict(s.execute(select(User.id, User.full_name)).all())
    if host.kind == HostKind.CASE:
        row = s.scalar(select(Case).where(Case.id == host.id).options(selectinload(Case.parties),
                                                                         selectinload(Case.pauses)))
        if row is None:
            raise NotFound("case", host.id)
        talks = [p for p in row.pauses if p.kind == PauseKind.SETTLEMENT]
        open_talk = next((p for p in talks if p.end_date is None), None)
        can_mediate = CaseState(row.state) in MEDIATION_STATES
        suspended = any(p.kind == PauseKind.SUSPENSION and p.end_date is None for p in row.pauses)
        pending = s.scalar(select(exists().where(
            Approval.case_id == row.id, Approval.action == CaseAction.CLOSE_BY_MEDIATION.value,
            Approval.status == ApprovalStatus.PENDING.value)))
        label, version, product = row.case_number or "", row.version, row.accused_product
    else:
        row = existing(s, MediationCase, "mediation_case", host.id)
        talks, open_talk, suspended, pending = [], None, False, False
        can_mediate = row.state == "registered"
        label, version, product = row.case_number or "", row.version, ""
    parties = tuple(PartyChoice(p.side, p.name, p.party_id, tuple(AgentChoice(k, n) for k, n in p.agents))
                    for p in signing_parties(row))
    sessions = s.scalars(select(MediationSession).where(on_host(MediationSession, host))
                         .order_by(MediationSession.held_on.desc(), MediationSession.id.desc())).all()
    agreements = s.scalars(select(MediationAgreement).where(on_host(MediationAgreement, host))
                           .options(selectinload(MediationAgreement.signatories),
                                    selectinload(MediationAgreement.instalments))
                           .order_by(MediationAgreement.id.desc())).all()
    cal = load_calendar(s)
    requesters = "、".join(p.name for p in parties if p.side == Side.REQUESTER)
    respondents = "、".join(p.name for p in parties if p.side == Side.RESPONDENT)
    return MediationView(
        host=host, host_version=version, host_label=label,
        talks_open=open_talk is not None, talks_started=open_talk.start_date if open_talk else None,
        talks_pauses=tuple((p.start_date, p.end_date) for p in talks),
        sessions=tuple(SessionInfo(x.id, x.held_on, x.place, tuple(m["name"] for m in x.mediators or ()),
                                   x.attendees, x.requester_proposal, x.respondent_proposal, x.outcome, x.note,
                                   names.get(x.recorded_by, "")) for x in sessions),
        agreements=tuple(agreement_info(a, today=today, cal=cal, requesters=requesters, respondents=respondents,
                                        product=product) for a in agreements),
        parties=parties, closing_pending=bool(pending),
        can_mediate=can_mediate, can_talk=host.kind == HostKind.CASE and can_mediate and not suspended,
        can_edit=may(role, "mediation.mediate") or may(role, "mediation.record"),
    )


def agreement_info(a: MediationAgreement, *, today: date, cal: OfficialCalendar, requesters: str = "",
                   respondents: str = "", product: str = "") -> AgreementInfo:
    due = confirmation_due(a.effective_date, cal) if a.effective_date else None
    return AgreementInfo(
        id=a.id, version=a.version, status=a.status, stop_acts=tuple(a.stop_acts or ()), stop_from=a.stop_from,
        destroy_withdraw=a.destroy_withdraw, damages=yuan(a.damages_fen), costs=a.costs, confidential=a.confidential,
        other_terms=a.other_terms,
        terms_text=terms_text(terms_of(a), requesters=requesters, respondents=respondents, product=product),
        signatories=tuple(SignatoryInfo(x.id, x.side, x.name, x.party_id if a.case_id else x.mediation_party_id,
                                        x.signed_on, x.agent_name) for x in a.signatories),
        instalments=tuple(InstalmentInfo(
            i.id, i.seq, i.due_date, yuan(i.amount_fen), i.paid_on, yuan(i.paid_fen), i.note,
            a.status == AgreementStatus.SIGNED and instalment_overdue(i.due_date, i.amount_fen, i.paid_fen, today))
            for i in a.instalments),
        effective_date=a.effective_date, withdrawn_on=a.withdrawn_on, withdrawn_by=a.withdrawn_by,
        withdrawn_reason=a.withdrawn_reason,
        confirmation_due=due.date if due else None, confirmation_due_provisional=bool(due and due.provisional),
        confirmation_basis=due.basis if due else "",
        confirmation_court=a.confirmation_court, confirmation_applied_on=a.confirmation_applied_on,
        confirmation_outcome=a.confirmation_outcome, confirmation_decided_on=a.confirmation_decided_on,
        confirmation_note=a.confirmation_note,
        outstanding=yuan(outstanding_fen([(i.amount_fen, i.paid_fen) for i in a.instalments])),
        created_at=a.created_at,
    )


# ---- "my deadlines" ---------------------------------------------------------------------------------------

# No D21 window can still be open for an agreement older than this (30 days plus the longest holiday roll-over).
WINDOW_BOUND = timedelta(days=45)


def mediation_deadlines(uow: UnitOfWork, *, user_id: int, today: date, everyone: bool = False
                        ) -> tuple[DeadlineInfo, ...]:
    """The judicial-confirmation window (D21) of effective agreements not yet taken to court, while it runs,
    and every instalment not paid in full (overdue ones red). Of the hosts the user handles — a case's 承办人
    or panel, a mediation case's 承办人 — or of the whole office with `everyone`."""
    s = uow.session
    office_id = s.scalar(select(User.office_id).where(User.id == user_id))
    officer = aliased(User)
    mc_officer = aliased(User)
    mine_case = or_(Case.officer_id == user_id,
                    exists().where(PanelSeat.case_id == Case.id, PanelSeat.user_id == user_id))
    q = (select(MediationAgreement, Case.case_number, Patent.number, officer.full_name, MediationCase,
                mc_officer.full_name)
         .outerjoin(Case, Case.id == MediationAgreement.case_id)
         .outerjoin(Patent, Patent.id == Case.patent_id).outerjoin(officer, officer.id == Case.officer_id)
         .outerjoin(MediationCase, MediationCase.id == MediationAgreement.mediation_case_id)
         .outerjoin(mc_officer, mc_officer.id == MediationCase.officer_id)
         .where(MediationAgreement.status == AgreementStatus.SIGNED.value,
                or_(Case.office_id == office_id, MediationCase.office_id == office_id),
                or_(and_(MediationAgreement.confirmation_applied_on.is_(None),
                         MediationAgreement.effective_date >= today - WINDOW_BOUND),
                    exists().where(MediationInstalment.agreement_id == MediationAgreement.id,
                                   or_(MediationInstalment.paid_fen.is_(None),
                                       MediationInstalment.paid_fen < MediationInstalment.amount_fen))))
         .options(selectinload(MediationAgreement.instalments), selectinload(MediationAgreement.signatories)))
    if not everyone:
        q = q.where(or_(mine_case, MediationCase.officer_id == user_id))
    cal = load_calendar(s)
    out: list[DeadlineInfo] = []
    for a, case_number, patent_number, officer_name, mc, mc_officer_name in s.execute(q):
        number = case_number if a.case_id else mc.case_number
        common = dict(case_id=a.case_id or 0, case_number=number, patent_number=patent_number or "",
                      officer_name=(officer_name if a.case_id else mc_officer_name) or "",
                      mediation_case_id=a.mediation_case_id)
        parties = "、".join(x.name for x in a.signatories)
        if a.confirmation_applied_on is None:
            due = confirmation_due(a.effective_date, cal)
            if due.date >= today:   # once the window has closed there is nothing left to remind of
                out.append(_info(D21, a.effective_date, due.date, due.provisional, due.basis, parties, today, cal,
                                 **common))
        for i in a.instalments:
            if (i.paid_fen or 0) < i.amount_fen:
                basis = f"调解协议第{i.seq}期履行：{money(i.amount_fen)}" + (
                    f"（已付{money(i.paid_fen)}）" if i.paid_fen else "")
                out.append(_info(INSTALMENT, a.effective_date, i.due_date, cal.is_provisional(i.due_date), basis,
                                 parties, today, cal, **common))
    return tuple(sorted(out, key=lambda d: d.due_date))


def _info(code: str, start: date, due: date, provisional: bool, basis: str, party_name: str, today: date,
          cal: OfficialCalendar, **common) -> DeadlineInfo:
    return DeadlineInfo(
        id=0, code=code, party_name=party_name, start_date=start, due_date=due, provisional=provisional,
        basis=basis, status="open", met_date=None, paused=False, urgency=urgency(due, today, cal),
        days_remaining=(due - today).days, working_days_remaining=working_days_until(today, due, cal), **common)
