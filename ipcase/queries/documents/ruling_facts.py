"""What the 行政裁决书 tells of a case beyond its particulars: inspections, what was sampled or preserved, the
evidence register with the panel's 认证, which parties were lawfully notified of the hearing (in time, D7), and the
office's ruling settings (its own 文号 series or the 案号, the court named in the remedy sentence)."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ipcase.db.models.cases import Case
from ipcase.db.models.evidence import EvidenceItem, InvestigationRecord, Seizure
from ipcase.domain.evidence.rules import RecordKind
from ipcase.dto.documents import DocEvidence, DocInspection, DocSeizure
from ipcase.loaders.notices import lawfully_notified_parties
from ipcase.loaders.settings import stored_value

SEPARATE_NUMBER_KEY = "documents.ruling_separate_number"
COURT_KEY = "documents.court"
CODES_KEY = "documents.ruling_codes"


def ruling_settings(s: Session, office_id: int, stored: dict | None = None) -> dict:
    """The office's ruling settings as DocumentCase fields; defaults: the 案号 is the ruling's number, the
    remedy sentence says 人民法院 without a name, and no 统一社会信用代码/身份证号 is printed (published rulings
    print neither). `stored`: the office's settings already read (key -> decoded value), else each is read."""
    def value(key: str, default: object) -> object:
        return stored.get(key, default) if stored is not None else stored_value(s, office_id, key, default)
    return {"ruling_separate_number": bool(value(SEPARATE_NUMBER_KEY, False)),
            "court": str(value(COURT_KEY, "") or ""),
            "ruling_codes": bool(value(CODES_KEY, False))}


def _cell(item: dict, key: str) -> str:
    return str(item.get(key) or "").strip()


def ruling_facts(s: Session, case_id: int, office_id: int, stored: dict | None = None) -> dict:
    """Keyword arguments of DocumentCase (inspections, seizures, evidence, hearing_notice_served, ruling
    settings), oldest first; `stored` as for ruling_settings."""
    inspections = tuple(DocInspection(r.started_at.date(), r.place) for r in s.scalars(
        select(InvestigationRecord).where(InvestigationRecord.case_id == case_id,
                                          InvestigationRecord.kind == RecordKind.INSPECTION)
        .order_by(InvestigationRecord.started_at, InvestigationRecord.id)))
    seizures = tuple(
        DocSeizure(z.kind, z.decided_on, z.party_id,
                   tuple((_cell(i, "name"), _cell(i, "spec"), _cell(i, "quantity")) for i in z.items or ()))
        for z in s.scalars(select(Seizure).where(Seizure.case_id == case_id)
                           .order_by(Seizure.decided_on, Seizure.id)))
    evidence = tuple(
        DocEvidence(e.seq, e.name, e.party_id, e.by_office, e.purpose, e.admitted, e.admission_reason, e.id)
        for e in s.scalars(select(EvidenceItem).where(EvidenceItem.case_id == case_id)
                           .order_by(EvidenceItem.seq, EvidenceItem.id)))
    # M25 art 26 allows the absence sentence only for a party lawfully notified of the hearing time: served the
    # notice of the current time at least n working days before it (D7) — the rule the no-show action obeys
    # (loaders.notices), judged as of the hearing day.
    case = s.get(Case, case_id)
    served = lawfully_notified_parties(s, case, case.hearing_at.date()) if case.hearing_at else frozenset()
    return {"inspections": inspections, "seizures": seizures, "evidence": evidence,
            "hearing_notice_served": served, **ruling_settings(s, office_id, stored)}
