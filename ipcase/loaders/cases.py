"""An adjudication case as the domain rules see it: its facts for the deadline computation, the members who
stepped aside, and the snapshot the state machine decides on."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session, object_session

from ipcase.db.models.cases import Approval, Case
from ipcase.db.models.credit import EnforcementRecord
from ipcase.db.models.publication import PUBLISHED, PublishedRuling, RulingChange
from ipcase.db.models.recusal import RecusalApplication
from ipcase.domain.cases.answers import RespondentPeriod
from ipcase.domain.cases.deadlines import CaseFacts, ExtensionFacts, PartyFacts, PauseFacts, answer_due
from ipcase.domain.cases.panel import Seat, panel_problems
from ipcase.domain.cases.workflow import CaseSnapshot
from ipcase.domain.enums import (
    ApprovalStatus,
    CaseState,
    PanelRole,
    PartyRole,
    PatentType,
    PauseKind,
)
from ipcase.domain.recusal.rules import RecusalStatus
from ipcase.loaders.evidence import evidence_facts, evidence_facts_many
from ipcase.loaders.notices import hearing_notices
from ipcase.loaders.served_documents import servable
from ipcase.loaders.settings import load_calendar, load_settings

_CLOSED_STATES = frozenset({CaseState.CLOSED_RULING_INFRINGEMENT, CaseState.CLOSED_RULING_REJECTED,
                            CaseState.CLOSED_MEDIATED, CaseState.CLOSED_REVOKED, CaseState.ARCHIVED,
                            CaseState.NOT_ACCEPTED})


def case_facts(case: Case) -> CaseFacts:
    return _facts(case, enforcement_steps(case), ruling_publications(case), evidence_facts(case))


def case_facts_many(s: Session, cases: Sequence[Case]) -> dict[int, CaseFacts]:
    """`case_facts` of many stored cases in a few statements — one per table, not per case (the start-of-day
    refresh reads 200 at a time). Their parties, pauses and extensions should be loaded with them
    (`selectinload`); the rows read here are the ones `case_facts` reads one case at a time."""
    ids = [c.id for c in cases]
    if not ids:
        return {}
    steps: dict[int, list] = defaultdict(list)
    days: dict[int, list] = defaultdict(list)
    changes: dict[int, list] = defaultdict(list)
    with s.no_autoflush:
        for case_id, step, day in s.execute(select(EnforcementRecord.case_id, EnforcementRecord.step,
                                                   EnforcementRecord.day)
                                            .where(EnforcementRecord.case_id.in_(ids)).order_by(EnforcementRecord.id)):
            steps[case_id].append((step, day))
        ruled = [c.id for c in cases if _ruled(c)]
        if ruled:
            for case_id, day in s.execute(select(PublishedRuling.case_id, PublishedRuling.published_on).where(
                    PublishedRuling.case_id.in_(ruled), PublishedRuling.status == PUBLISHED)):
                days[case_id].append(day)
            for case_id, day in s.execute(select(RulingChange.case_id, RulingChange.decided_on)
                                          .where(RulingChange.case_id.in_(ruled))):
                changes[case_id].append(day)
        evidence = evidence_facts_many(s, ids)
    return {c.id: _facts(c, tuple(steps[c.id]),
                         _publications(c, days[c.id], changes[c.id]) if _ruled(c) else (), evidence[c.id])
            for c in cases}


def _facts(case: Case, enforcement: tuple, publications: tuple, evidence: dict) -> CaseFacts:
    return CaseFacts(
        state=CaseState(case.state),
        received_date=case.received_date,
        correction_due=case.correction_due,
        correction_received=case.correction_received,
        decision_extended=case.decision_extended,
        decided_date=case.decided_date,
        registered_date=case.registered_date,
        parties=tuple(PartyFacts(p.id, p.name, PartyRole(p.role), p.no_domicile_in_prc, p.notice_served,
                                 p.copy_served, p.answer_received, p.ruling_served) for p in case.parties),
        answer_forwarded=case.answer_forwarded,
        pauses=tuple(PauseFacts(PauseKind(p.kind), p.start_date, p.end_date) for p in case.pauses),
        extensions=tuple(ExtensionFacts(e.level, e.length, e.unit) for e in case.extensions),
        closed_date=case.closed_date if CaseState(case.state) in _CLOSED_STATES else None,
        enforcement=enforcement,
        publications=publications,
        **evidence,
    )


def enforcement_steps(case: Case) -> tuple[tuple[str, date], ...]:
    """The D15 steps on record (ipcase.domain.cases.enforcement), read in the case's own session."""
    s = object_session(case)
    if s is None or case.id is None:
        return ()
    with s.no_autoflush:   # read mid-gesture (a guard, a recomputation): never flush half a change
        return tuple(s.execute(_STEPS, {"case_id": case.id}).all())


# The reads every gesture makes, built once: a statement object keeps its cache key (SQL text only).
_STEPS = select(EnforcementRecord.step, EnforcementRecord.day).where(
    EnforcementRecord.case_id == bindparam("case_id")).order_by(EnforcementRecord.id)


_RULING_STATES = frozenset({CaseState.CLOSED_RULING_INFRINGEMENT, CaseState.CLOSED_RULING_REJECTED})
_RULING_METHODS = frozenset({"ruling_infringement", "ruling_rejected"})   # domain.statistics.ClosingMethod


def _ruled(case: Case) -> bool:
    state = CaseState(case.state)
    ruled = state in _RULING_STATES or (state == CaseState.ARCHIVED and case.closing_method in _RULING_METHODS)
    return ruled and case.closed_date is not None and case.id is not None


def ruling_publications(case: Case) -> tuple[tuple[date, date | None], ...]:
    """D13's facts: (made on, first published on or None) for the ruling and every change of it."""
    session = object_session(case)
    if not _ruled(case) or session is None:
        return ()
    with session.no_autoflush:
        days = list(session.scalars(select(PublishedRuling.published_on).where(
            PublishedRuling.case_id == case.id, PublishedRuling.status == PUBLISHED)))
        changes = list(session.scalars(select(RulingChange.decided_on).where(RulingChange.case_id == case.id)))
    return _publications(case, days, changes)


def _publications(case: Case, days: list[date], changes: list[date]) -> tuple[tuple[date, date | None], ...]:
    # The ruling, then each change or revocation after a court suit: each is met by the first version
    # published on or after the day it was made.
    days, changes = sorted(days), sorted(changes)
    return tuple((made, next((d for d in days if d >= made), None)) for made in [case.closed_date, *changes])


def answer_periods(s: Session, case: Case, today: date) -> tuple[RespondentPeriod, ...]:
    """Every respondent's own answer period (D3) as the case stands in the session now: the rule
    `compute_deadlines` lists it by, alone — the snapshot of every gesture needs no other deadline."""
    respondents = [p for p in case.parties if p.role == PartyRole.RESPONDENT]
    d3 = {}
    if case.registered_date is not None and any(p.copy_served for p in respondents):
        cal, settings = load_calendar(s), load_settings(s, case.office_id)
        d3 = {p.id: answer_due(p.copy_served, p.no_domicile_in_prc, settings, cal).date
              for p in respondents if p.copy_served}
    return tuple(RespondentPeriod(p.id, p.copy_served, d3.get(p.id), p.answer_received) for p in respondents)


def stepped_aside(s: Session, case_id: int) -> set[int]:
    """Users challenged by a recusal application not yet decided."""
    return set(s.scalars(_STEPPED_ASIDE, {"case_id": case_id}))


_STEPPED_ASIDE = select(RecusalApplication.challenged_user_id).where(
    RecusalApplication.case_id == bindparam("case_id"), RecusalApplication.status == RecusalStatus.PENDING.value,
    RecusalApplication.challenged_user_id.is_not(None))
_PENDING_ACTIONS = select(Approval.action).where(
    Approval.case_id == bindparam("case_id"), Approval.status == ApprovalStatus.PENDING,
    Approval.id != bindparam("ignored"))


def snapshot(s: Session, case: Case, today: date, *, ignore_approval: int | None = None) -> CaseSnapshot:
    open_pauses = frozenset(PauseKind(p.kind) for p in case.pauses if p.end_date is None)
    pending = s.scalars(_PENDING_ACTIONS, {"case_id": case.id, "ignored": ignore_approval or -1}).all()
    away = stepped_aside(s, case.id)
    notices, latest_notice = hearing_notices(s, case, today)
    return CaseSnapshot(
        state=CaseState(case.state), today=today, received_date=case.received_date,
        # A member challenged for recusal steps aside until the 部门负责人 decides (M25 art 5).
        panel_valid=not panel_problems(Seat(p.user_id, PanelRole(p.role)) for p in case.panel
                                       if p.user_id not in away),
        suspended=PauseKind.SUSPENSION in open_pauses, open_pauses=open_pauses,
        extension_level=len(case.extensions), decision_extended=case.decision_extended,
        answer_periods=answer_periods(s, case, today),
        pending_actions=frozenset(pending),
        hearing_date=case.hearing_at.date() if case.hearing_at else None,
        registered_date=case.registered_date,
        patent_type=PatentType(case.patent.patent_type) if case.patent else None,
        hearing_notices=notices, latest_notice_day=latest_notice,
        servable=servable(s, case),
    )
