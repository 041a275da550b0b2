"""Read side of the oral-hearing record: the editor's view of one record (with the evidence register offered
for cross-examination), and the records as the 口头审理笔录 prints them."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ipcase.db.models.admin import User
from ipcase.db.models.cases import Case, Party
from ipcase.db.models.hearings import Hearing, HearingRecord, HearingRoom
from ipcase.documents.hearings import TITLE
from ipcase.domain.enums import PartyRole
from ipcase.domain.hearings.record import RUNNING_ORDER, Step
from ipcase.dto.hearings import (
    Attendee,
    CrossExam,
    EvidenceChoice,
    FeatureRow,
    HearingRecordDoc,
    HearingRecordInfo,
    RecordContent,
)
from ipcase.errors import NotFound
from ipcase.queries.evidence.register import register_rows
from ipcase.uow import UnitOfWork

# 质证 order (DOMAIN §8): the requester's evidence, the respondent's, a third party's, then the office's.
_SUBMITTER_ORDER = {PartyRole.REQUESTER.value: 0, PartyRole.RESPONDENT.value: 1, PartyRole.THIRD_PARTY.value: 2}


def content_of(r: HearingRecord) -> RecordContent:
    return RecordContent(
        sections={k: v for k, v in (r.sections or {}).items()},
        attendees=tuple(Attendee(a.side, a.capacity, a.name, a.party_id, a.user_id, a.present, a.identity_checked,
                                 a.refused_to_sign, a.refusal_note) for a in r.attendees),
        cross_exams=tuple(CrossExam(c.evidence_item_id, c.label, c.authenticity, c.legality, c.relevance,
                                    c.opinion, c.panel_note) for c in r.cross_exams),
        features=tuple(FeatureRow(f.claim_no, f.element, f.accused, f.comparison, f.finding) for f in r.features),
    )


def evidence_choices(s: Session, case_id: int) -> tuple[EvidenceChoice, ...]:
    """The register in cross-examination order, each labelled 序号、名称（提交人）."""
    roles = dict(s.execute(select(Party.id, Party.role).where(Party.case_id == case_id)).all())
    rows = sorted(register_rows(s, case_id),
                  key=lambda r: (3 if r.by_office else _SUBMITTER_ORDER.get(roles.get(r.party_id), 2), r.seq))
    return tuple(EvidenceChoice(r.id, f"{r.seq}. {r.name}（{r.submitted_by}）") for r in rows)


def place_of(s: Session, h: Hearing) -> str:
    room = s.get(HearingRoom, h.room_id) if h.room_id else None
    if room is None:
        return "在线" if h.online else ""
    return f"{room.name}（{room.place}）" if room.place else room.name


def record_info(s: Session, r: HearingRecord) -> HearingRecordInfo:
    h = s.get(Hearing, r.hearing_id)
    case = s.get(Case, r.case_id)
    editor = s.get(User, r.updated_by)
    return HearingRecordInfo(
        id=r.id, version=r.version, hearing_id=h.id, case_id=case.id, case_number=case.case_number,
        case_version=case.version, case_state=case.state, status=r.status, starts_at=h.starts_at,
        ends_at=h.ends_at, place=place_of(s, h), session_no=h.session_no, content=content_of(r),
        evidence=evidence_choices(s, case.id), updated_at=r.updated_at, updated_by=editor.full_name if editor else "",
        respondent_absent=r.respondent_absent, parties=tuple((p.id, p.name) for p in case.parties))


def load_record(s: Session, hearing_id: int) -> HearingRecord | None:
    return s.scalar(select(HearingRecord).where(HearingRecord.hearing_id == hearing_id).options(
        selectinload(HearingRecord.attendees), selectinload(HearingRecord.cross_exams),
        selectinload(HearingRecord.features)))


def hearing_record(uow: UnitOfWork, hearing_id: int) -> HearingRecordInfo | None:
    """The record of a session, or None before anyone opened it."""
    s = uow.session
    if s.get(Hearing, hearing_id) is None:
        raise NotFound("hearing", hearing_id)
    r = load_record(s, hearing_id)
    return record_info(s, r) if r is not None else None


def record_docs(s: Session, case_id: int) -> tuple[HearingRecordDoc, ...]:
    """Every record of the case as printed, oldest session first."""
    rows = s.execute(select(HearingRecord, Hearing).join(Hearing, Hearing.id == HearingRecord.hearing_id)
                     .where(HearingRecord.case_id == case_id).order_by(Hearing.starts_at, Hearing.id)).all()
    out = []
    for r, h in rows:
        content = content_of(r)
        sections = tuple((step.value, TITLE[step], content.sections.get(step.value, "")) for step in RUNNING_ORDER
                         if content.sections.get(step.value, "").strip()
                         or (step == Step.CROSS_EXAMINATION and content.cross_exams)
                         or (step == Step.COMPARISON and content.features))
        out.append(HearingRecordDoc(h.id, h.starts_at, h.ends_at, place_of(s, h), h.session_no, r.status,
                                    r.respondent_absent, content.attendees, sections, content.cross_exams,
                                    content.features))
    return tuple(out)
