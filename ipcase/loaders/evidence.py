"""What the deadline computation needs from the evidence feature (D10 extensions, D11 preservations)."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session, object_session

from ipcase.db.models.cases import Case
from ipcase.db.models.evidence import EvidenceExtension, Seizure
from ipcase.domain.evidence.rules import EvidenceExtensionFacts, PreservationFacts, SeizureKind


def evidence_facts(case: Case) -> dict:
    """Keyword arguments of CaseFacts read from the evidence tables of `case` (in its own session)."""
    s = object_session(case)
    if s is None or case.id is None:
        return {}
    return evidence_facts_many(s, [case.id])[case.id]


def evidence_facts_many(s: Session, case_ids: Sequence[int]) -> dict[int, dict]:
    """`evidence_facts` of many cases in two statements (the start-of-day refresh reads 200 cases at a time)."""
    extensions: dict[int, list] = defaultdict(list)
    preserved: dict[int, list] = defaultdict(list)
    for e in s.scalars(select(EvidenceExtension).where(EvidenceExtension.case_id.in_(case_ids))
                       .order_by(EvidenceExtension.decided_on, EvidenceExtension.id)):
        extensions[e.case_id].append(EvidenceExtensionFacts(e.party_id, e.days, e.decided_on))
    for p in s.scalars(select(Seizure).where(Seizure.case_id.in_(case_ids),
                                             Seizure.kind == SeizureKind.PRESERVATION.value)
                       .order_by(Seizure.decided_on, Seizure.id)):
        preserved[p.case_id].append(PreservationFacts(p.decided_on, p.disposed_on))
    return {cid: {"evidence_extensions": tuple(extensions[cid]), "preservations": tuple(preserved[cid])}
            for cid in case_ids}
