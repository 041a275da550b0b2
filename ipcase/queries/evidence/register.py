"""Read side of the evidence feature: the register of a case (also read by the hearing record for
cross-examination), everything on the 证据 tab, and a stored file's bytes."""
from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ipcase.db.models.admin import User
from ipcase.db.models.cases import DeadlineRow, Party, Pause
from ipcase.db.models.evidence import (
    Appraisal,
    EvidenceExtension,
    EvidenceFile,
    EvidenceItem,
    InvestigationRecord,
    Seizure,
    TechOpinion,
)
from ipcase.domain.cases.deadlines import PauseFacts, paused_days
from ipcase.domain.enums import DeadlineCode, PauseKind
from ipcase.dto.evidence import (
    OFFICE_SUBMITTER,
    AppraisalInfo,
    CaseEvidence,
    EvidenceFileInfo,
    EvidencePeriod,
    EvidenceRow,
    ExtensionInfo,
    OpinionInfo,
    RecordInfo,
    SeizureInfo,
)
from ipcase.loaders.rows import existing
from ipcase.uow import UnitOfWork


def _file(f: EvidenceFile) -> EvidenceFileInfo:
    return EvidenceFileInfo(f.id, f.name, f.size, f.sha256, f.added_at, f.verified_at, f.intact)


def _party_names(s: Session, case_id: int) -> dict[int, str]:
    return dict(s.execute(select(Party.id, Party.name).where(Party.case_id == case_id)).all())


def register_rows(s: Session, case_id: int) -> tuple[EvidenceRow, ...]:
    names = _party_names(s, case_id)
    items = s.scalars(select(EvidenceItem).where(EvidenceItem.case_id == case_id)
                      .options(selectinload(EvidenceItem.files)).order_by(EvidenceItem.seq)).all()
    return tuple(EvidenceRow(
        i.id, i.case_id, i.seq, i.name, i.purpose,
        OFFICE_SUBMITTER if i.by_office else names.get(i.party_id, ""), i.admitted,
        party_id=i.party_id, by_office=i.by_office, received_on=i.received_on, pages=i.pages,
        original=i.original, note=i.note, admission_reason=i.admission_reason, admission_on=i.admission_on,
        version=i.version, files=tuple(_file(f) for f in i.files)) for i in items)


def seizure_infos(s: Session, case_id: int) -> tuple[SeizureInfo, ...]:
    names = _party_names(s, case_id)
    rows = s.scalars(select(Seizure).where(Seizure.case_id == case_id).order_by(Seizure.decided_on, Seizure.id))
    return tuple(SeizureInfo(z.id, z.kind, z.party_id, names.get(z.party_id, ""), z.decided_on, z.from_time, z.place,
                             tuple(z.items or ()), z.disposed_on, z.disposal, z.disposal_note) for z in rows)


def evidence_register(uow: UnitOfWork, case_id: int) -> tuple[EvidenceRow, ...]:
    """The case's evidence in 序号 order: seq, name, purpose (所要说明的事实), submitted_by, admitted …"""
    return register_rows(uow.session, case_id)


def case_evidence(uow: UnitOfWork, *, case_id: int, today: date) -> CaseEvidence:
    return load_case_evidence(uow.session, case_id, today)


def load_case_evidence(s: Session, case_id: int, today: date) -> CaseEvidence:
    names = _party_names(s, case_id)
    users = dict(s.execute(select(User.id, User.full_name)).all())
    records = s.scalars(select(InvestigationRecord).where(InvestigationRecord.case_id == case_id)
                        .order_by(InvestigationRecord.started_at, InvestigationRecord.id)).all()
    appraisals = s.execute(select(Appraisal, Pause).outerjoin(Pause, Pause.id == Appraisal.pause_id)
                           .where(Appraisal.case_id == case_id)
                           .order_by(Appraisal.commissioned_on, Appraisal.id)).all()
    opinions = s.scalars(select(TechOpinion).where(TechOpinion.case_id == case_id)
                         .options(selectinload(TechOpinion.files)).order_by(TechOpinion.submitted_on)).all()
    periods = s.scalars(select(DeadlineRow).where(DeadlineRow.case_id == case_id,
                                                  DeadlineRow.code == DeadlineCode.D10.value)
                        .order_by(DeadlineRow.party_id)).all()
    extensions = s.scalars(select(EvidenceExtension).where(EvidenceExtension.case_id == case_id)
                           .order_by(EvidenceExtension.decided_on, EvidenceExtension.id)).all()
    return CaseEvidence(
        case_id=case_id,
        items=register_rows(s, case_id),
        records=tuple(RecordInfo(r.id, r.kind, r.started_at, r.ended_at, r.place, tuple(r.officer_ids),
                                 tuple(users.get(u, "") for u in r.officer_ids), r.subject, r.witness,
                                 r.informed, r.content) for r in records),
        seizures=seizure_infos(s, case_id),
        appraisals=tuple(AppraisalInfo(
            a.id, a.institution, a.matters, a.materials, a.commissioned_on, a.due_on, a.report_on, a.conclusion,
            paused_days([PauseFacts(PauseKind.APPRAISAL, p.start_date, p.end_date)], today) if p else 0)
            for a, p in appraisals),
        opinions=tuple(OpinionInfo(o.id, users.get(o.investigator_id, ""), o.submitted_on, o.opinion,
                                   tuple(_file(f) for f in o.files)) for o in opinions),
        periods=tuple(EvidencePeriod(d.party_id, names.get(d.party_id, ""), d.start_date, d.due_date,
                                     d.provisional, d.basis) for d in periods),
        extensions=tuple(ExtensionInfo(e.id, e.party_id, names.get(e.party_id, ""), e.requested_on, e.decided_on,
                                       e.days, e.reason, e.old_due, e.new_due) for e in extensions),
    )


def evidence_file(uow: UnitOfWork, *, file_id: int) -> tuple[str, bytes]:
    f = existing(uow.session, EvidenceFile, "evidence_file", file_id)
    return f.name, f.content
