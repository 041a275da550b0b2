"""What the publication service and the redaction editor both read: the ruling as issued, and what the case knows
about the people it names (the sources of the redaction proposals)."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ipcase.db.models.cases import Case, Party
from ipcase.db.models.documents import IssuedDocument
from ipcase.db.models.hearings import HearingAttendee, HearingRecord
from ipcase.db.models.publication import ConfidentialityRequest
from ipcase.domain.enums import PartyKind
from ipcase.domain.hearings.record import Capacity
from ipcase.domain.publication.redaction import Confidential, Person, Sources
from ipcase.domain.publication.rules import RULING_DOC_TYPE


def issued_ruling(s: Session, case_id: int) -> IssuedDocument | None:
    """The ruling as last issued (a 补正 is a later row: the newest one is the ruling in force)."""
    return s.scalar(select(IssuedDocument).where(IssuedDocument.case_id == case_id,
                                                 IssuedDocument.doc_type == RULING_DOC_TYPE)
                    .order_by(IssuedDocument.issued_at.desc(), IssuedDocument.id.desc()).limit(1))


def redaction_sources(s: Session, case: Case) -> Sources:
    persons: list[Person] = []
    ids: list[str] = []
    addresses: list[tuple[str, bool]] = []
    phones: list[str] = []
    for p in case.parties:
        natural = p.kind == PartyKind.NATURAL.value
        persons.append(Person(p.name, "当事人", natural))
        if p.legal_rep:
            # An individual business's 经营者 is the person behind it; a company's 法定代表人 is usually published.
            operator = p.kind == PartyKind.INDIVIDUAL_BUSINESS.value
            persons.append(Person(p.legal_rep, "经营者" if operator else "法定代表人", True, accept=operator))
        if p.id_number:
            ids.append(p.id_number)
        if p.address:
            addresses.append((p.address, p.kind in (PartyKind.NATURAL.value, PartyKind.INDIVIDUAL_BUSINESS.value)))
        if p.phone:
            phones.append(p.phone)
        for a in p.agents:
            persons.append(Person(a.name, "代理人", True))
            if a.address:
                addresses.append((a.address, True))
            if a.phone:
                phones.append(a.phone)
    witnesses = s.scalars(select(HearingAttendee.name).join(HearingRecord, HearingRecord.id == HearingAttendee.record_id)
                          .where(HearingRecord.case_id == case.id,
                                 HearingAttendee.capacity == Capacity.WITNESS.value)).all()
    persons += [Person(w, "证人", True) for w in witnesses]
    return Sources(tuple(persons), tuple(ids), tuple(addresses), tuple(phones), confidential_items(s, case))


def confidential_items(s: Session, case: Case) -> tuple[Confidential, ...]:
    """Every item the case's parties asked to keep confidential, each naming who asked and when."""
    rows = s.execute(select(ConfidentialityRequest, Party.name).join(Party, Party.id == ConfidentialityRequest.party_id)
                     .where(ConfidentialityRequest.case_id == case.id)
                     .order_by(ConfidentialityRequest.requested_on, ConfidentialityRequest.id))
    return tuple(Confidential(i["text"], bool(i.get("amount")), f"当事人申请（{party}，{r.requested_on.isoformat()}）")
                 for r, party in rows for i in r.confidential_items)
