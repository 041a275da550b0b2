"""Write side of the oral-hearing record (口头审理笔录, DOMAIN §8): open it (pre-filled with who is expected and
the standard script), save it (the editor autosaves every few seconds), close it.

Closing drives the hearing and the case through the hearing register (services.hearings.close_session) in
the same transaction: held → HOLD_HEARING (respondent absent: heard in absence); adjourned → 休庭; the
requester absent without a proper reason → REQUESTER_NO_SHOW is filed for the 部门负责人 (treated as a
withdrawal, M25 art 26) and the session is adjourned in case the approval is refused.
"""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ipcase.db.models.cases import Case, Party
from ipcase.db.models.hearings import (
    Hearing,
    HearingAttendee,
    HearingCrossExam,
    HearingFeature,
    HearingRecord,
)
from ipcase.documents.hearings import script
from ipcase.domain.cases.workflow import CaseAction
from ipcase.domain.enums import PartyKind, PartyRole
from ipcase.domain.hearings.record import (
    Capacity,
    CloseOutcome,
    Comparison,
    Opinion,
    RecordStatus,
    Side,
    Step,
    absences,
)
from ipcase.domain.hearings.sessions import HearingStatus
from ipcase.dto.hearings import Attendee, HearingRecordInfo, HearingRecordRef, RecordContent
from ipcase.errors import (
    TransitionRefused,
    ValidationErrors,
    ValidationFailed,
)
from ipcase.loaders.cases import stepped_aside
from ipcase.loaders.rows import existing
from ipcase.queries.hearings.records import evidence_choices, load_record, record_info
from ipcase.services.cases.actions import take_or_file
from ipcase.services.common import actor, load_case, record
from ipcase.services.hearings import sessions as hearing_services
from ipcase.services.history import load_row
from ipcase.uow import UnitOfWork

NO_SHOW_REASON = "请求人经书面通知，无正当理由拒不参加口头审理，按撤回请求处理"
_OPINIONS = ("", *Opinion)
_COMPARISONS = ("", *Comparison)


def _expected(case: Case, away: set[int]) -> list[Attendee]:
    """Who is expected: the panel (a member stepping aside for recusal is not), every party — a legal person
    through its legal representative — and every agent."""
    out = [Attendee(Side.PANEL, seat.role, seat.user.full_name, user_id=seat.user_id, present=True)
           for seat in case.panel if seat.user_id not in away]
    for p in sorted(case.parties, key=lambda p: (list(PartyRole).index(PartyRole(p.role)), p.position)):
        if p.kind != PartyKind.NATURAL and p.legal_rep:
            out.append(Attendee(p.role, Capacity.REPRESENTATIVE, p.legal_rep, party_id=p.id))
        else:
            out.append(Attendee(p.role, Capacity.PARTY, p.name, party_id=p.id))
        out += [Attendee(p.role, Capacity.AGENT, f"{a.name}（{a.organization}）" if a.organization else a.name,
                         party_id=p.id) for a in p.agents]
    return out


def open_record(uow: UnitOfWork, *, actor_id: int, hearing_id: int, now: datetime) -> HearingRecordInfo:
    """The record of a session, created on first opening with the expected attendees and the script."""
    s = uow.session
    user = actor(s, actor_id, "case.service", "open_hearing_record")
    hearing = existing(s, Hearing, "hearing", hearing_id)
    opened = load_record(s, hearing_id)
    if opened is not None:
        return record_info(s, opened)
    case = load_case(s, hearing.case_id)
    if hearing.status != HearingStatus.SCHEDULED:
        raise TransitionRefused("open_hearing_record", case.state, "hearing_not_scheduled")
    panel = [(seat.role, seat.user.full_name) for seat in case.panel]
    names = {role: "、".join(p.name for p in case.parties if p.role == role) for role in PartyRole}
    cause = f"“{case.patent.title}”（专利号：{case.patent.number}）专利侵权纠纷一案"
    sections = script(cause=cause, panel=panel, requesters=names[PartyRole.REQUESTER],
                      respondents=names[PartyRole.RESPONDENT])
    r = HearingRecord(hearing_id=hearing.id, case_id=case.id, version=1, status=RecordStatus.OPEN.value,
                      sections={k.value: v for k, v in sections.items()}, respondent_absent=False, opened_at=now,
                      updated_at=now, updated_by=user.id)
    _write_rows(r, RecordContent(attendees=tuple(_expected(case, stepped_aside(s, case.id)))))
    s.add(r)
    s.flush()
    record(s, case, user, "hearing_record_opened", now, session_no=hearing.session_no)
    uow.commit()
    return record_info(s, load_record(s, hearing_id))


def _check(s: Session, case_id: int, content: RecordContent) -> None:
    errors: list[ValidationFailed] = []
    if any(k not in tuple(Step) for k in content.sections):
        errors.append(ValidationFailed("sections", "choice"))
    parties = set(s.scalars(select(Party.id).where(Party.case_id == case_id)))
    for i, a in enumerate(content.attendees):
        if a.side not in tuple(Side) or a.capacity not in tuple(Capacity):
            errors.append(ValidationFailed(f"attendees[{i}]", "choice"))
        if not a.name.strip():
            errors.append(ValidationFailed(f"attendees[{i}].name", "required"))
        if a.party_id is not None and a.party_id not in parties:
            errors.append(ValidationFailed(f"attendees[{i}]", "choice", value=a.party_id))
    items = {e.id for e in evidence_choices(s, case_id)}
    for i, c in enumerate(content.cross_exams):
        if any(v not in _OPINIONS for v in (c.authenticity, c.legality, c.relevance)):
            errors.append(ValidationFailed(f"cross_exams[{i}]", "choice"))
        if c.evidence_item_id is not None and c.evidence_item_id not in items:
            errors.append(ValidationFailed(f"cross_exams[{i}]", "choice", value=c.evidence_item_id))
    for i, f in enumerate(content.features):
        if f.comparison not in _COMPARISONS:
            errors.append(ValidationFailed(f"features[{i}].comparison", "choice", value=f.comparison))
    if errors:
        raise ValidationErrors(errors)


def _write_rows(r: HearingRecord, content: RecordContent) -> None:
    r.attendees = [HearingAttendee(position=i, side=a.side, capacity=a.capacity, name=a.name.strip(),
                                   party_id=a.party_id, user_id=a.user_id, present=a.present,
                                   identity_checked=a.identity_checked, refused_to_sign=a.refused_to_sign,
                                   refusal_note=a.refusal_note.strip())
                   for i, a in enumerate(content.attendees)]
    r.cross_exams = [HearingCrossExam(position=i, evidence_item_id=c.evidence_item_id, label=c.label,
                                      authenticity=c.authenticity, legality=c.legality, relevance=c.relevance,
                                      opinion=c.opinion, panel_note=c.panel_note)
                     for i, c in enumerate(x for x in content.cross_exams if not x.empty)]
    r.features = [HearingFeature(position=i, claim_no=f.claim_no.strip(), element=f.element, accused=f.accused,
                                 comparison=f.comparison, finding=f.finding)
                  for i, f in enumerate(x for x in content.features if not x.empty)]


def _writable(s: Session, record_id: int, expected_version: int) -> HearingRecord:
    r = load_row(s, HearingRecord, "hearing_record", record_id, expected_version)
    if r.status != RecordStatus.OPEN:
        raise TransitionRefused("save_hearing_record", r.status, "record_closed")
    return r


def _save(s: Session, r: HearingRecord, user_id: int, content: RecordContent, now: datetime) -> None:
    _check(s, r.case_id, content)
    r.sections = {k: str(v) for k, v in content.sections.items()}
    _write_rows(r, content)
    r.version += 1
    r.updated_at, r.updated_by = now, user_id
    s.flush()


def _ref(s: Session, r: HearingRecord) -> HearingRecordRef:
    case = s.get(Case, r.case_id)
    return HearingRecordRef(r.id, r.version, r.status, case.id, case.version, r.updated_at)


def save_record(uow: UnitOfWork, *, actor_id: int, record_id: int, expected_version: int, content: RecordContent,
                now: datetime) -> HearingRecordRef:
    """Store the editor's whole content (autosave). Not a case event: the timeline shows opening and closing."""
    s = uow.session
    user = actor(s, actor_id, "case.service", "save_hearing_record")
    r = _writable(s, record_id, expected_version)
    _save(s, r, user.id, content, now)
    uow.commit()
    return _ref(s, r)


def close_record(uow: UnitOfWork, *, actor_id: int, record_id: int, expected_version: int, content: RecordContent,
                 outcome: str, closed_on: date, note: str = "", now: datetime) -> HearingRecordRef:
    """Save and close the record; the session and the case follow (see the module docstring)."""
    s = uow.session
    user = actor(s, actor_id, "case.procedure", "close_hearing_record")
    r = _writable(s, record_id, expected_version)
    _save(s, r, user.id, content, now)
    try:
        outcome = CloseOutcome(outcome)
    except ValueError:
        raise ValidationFailed("outcome", "choice", value=outcome) from None
    requester_absent, respondent_absent = absences(content.attendees)
    case = load_case(s, r.case_id)
    hearing = s.get(Hearing, r.hearing_id)
    if outcome == CloseOutcome.HELD and requester_absent:
        raise TransitionRefused("close_hearing_record", case.state, "requester_absent")
    if outcome == CloseOutcome.REQUESTER_NO_SHOW and not requester_absent:
        raise TransitionRefused("close_hearing_record", case.state, "requester_present")
    r.closed_at, r.respondent_absent = now, respondent_absent
    if outcome == CloseOutcome.REQUESTER_NO_SHOW:
        take_or_file(s, case, user, CaseAction.REQUESTER_NO_SHOW.value,
                     {"decided_date": closed_on, "reason_text": note.strip() or NO_SHOW_REASON}, now)
        r.status = RecordStatus.REQUESTER_ABSENT.value
        session_outcome, note = HearingStatus.ADJOURNED.value, note.strip() or NO_SHOW_REASON
    else:
        r.status = (RecordStatus.HELD if outcome == CloseOutcome.HELD else RecordStatus.ADJOURNED).value
        session_outcome = outcome.value
    s.flush()
    # close_session commits the whole transaction: the record, the filed approval and the session together.
    hearing_services.close_session(uow, actor_id=user.id, hearing_id=hearing.id, expected_version=hearing.version,
                                   outcome=session_outcome, closed_on=closed_on,
                                   respondent_absent=respondent_absent, note=note, now=now)
    return _ref(s, r)
