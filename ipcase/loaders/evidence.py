"""What the deadline computation needs from the evidence feature (D10 extensions, D11 preservations)."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import object_session

from ipcase.db.models.cases import Case
from ipcase.db.models.evidence import EvidenceExtension, Seizure
from ipcase.domain.evidence.rules import EvidenceExtensionFacts, PreservationFacts, SeizureKind


def evidence_facts(case: Case) -> dict:
    """Keyword arguments of CaseFacts read from the evidence tables of `case` (in its own session)."""
    s = object_session(case)
    if s is None or case.id is None:
        return {}
    extensions = s.scalars(select(EvidenceExtension).where(EvidenceExtension.case_id == case.id)
                           .order_by(EvidenceExtension.decided_on, EvidenceExtension.id)).all()
    preserved = s.scalars(select(Seizure).where(Seizure.case_id == case.id,
                                                Seizure.kind == SeizureKind.PRESERVATION.value)
                          .order_by(Seizure.decided_on, Seizure.id)).all()
    return {
        "evidence_extensions": tuple(EvidenceExtensionFacts(e.party_id, e.days, e.decided_on) for e in extensions),
        "preservations": tuple(PreservationFacts(p.decided_on, p.disposed_on) for p in preserved),
    }
