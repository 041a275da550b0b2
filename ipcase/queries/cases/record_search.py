"""Search within one case (issue 19, "where did the witness say that?"): the text of its hearing records (each
step, the 质证 opinions, the feature comparison), investigation and inspection records, issued documents and
evidence descriptions. One case holds tens of records, so they are read and searched here, exactly and
case-insensitively, without an index; the office scope of the unit of work applies as to every read."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import datetime, time

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from ipcase.db.models.cases import Case
from ipcase.db.models.documents import IssuedDocument
from ipcase.db.models.evidence import EvidenceItem, InvestigationRecord
from ipcase.db.models.hearings import Hearing, HearingRecord
from ipcase.dto.cases import CaseSearchHit
from ipcase.errors import NotFound
from ipcase.uow import UnitOfWork

AROUND = 24        # characters of context kept on each side of a match
MAX_HITS = 500     # a one-character search in a long file stops here


def excerpt(text: str, at: int, length: int) -> tuple[str, int]:
    """The words around text[at:at+length], on one line, and where the match starts in it."""
    lo, hi = max(0, at - AROUND), min(len(text), at + length + AROUND)
    head = "…" if lo > 0 else ""
    piece = head + text[lo:hi] + ("…" if hi < len(text) else "")
    return " ".join(piece.split("\n")), len(head) + at - lo


def find_all(text: str, needle: str) -> Iterator[int]:
    hay, key = text.lower(), needle.lower()
    at = hay.find(key)
    while at >= 0:
        yield at
        at = hay.find(key, at + max(1, len(key)))


def _fields_of_record(record: HearingRecord) -> Iterable[tuple[str, str]]:
    for step, text in (record.sections or {}).items():
        yield step, text if isinstance(text, str) else ""
    for exam in record.cross_exams:
        yield "cross_exam", f"{exam.label}：{exam.opinion}\n{exam.panel_note}"
    for feature in record.features:
        yield "features", f"{feature.element}\n{feature.accused}\n{feature.finding}"


def search_case(uow: UnitOfWork, case_id: int, text: str) -> tuple[CaseSearchHit, ...]:
    """Every place in the case's records where `text` occurs, by record date, then record, then position."""
    s = uow.session
    needle = (text or "").strip()
    if s.get(Case, case_id) is None:
        raise NotFound("case", case_id)
    if not needle:
        return ()
    sources: list[tuple[str, int, str, datetime | None, Iterable[tuple[str, str]], int | None]] = []
    records = s.execute(select(HearingRecord, Hearing.starts_at, Hearing.session_no)
                        .join(Hearing, Hearing.id == HearingRecord.hearing_id)
                        .where(HearingRecord.case_id == case_id)
                        .options(selectinload(HearingRecord.cross_exams), selectinload(HearingRecord.features)))
    for record, starts_at, session_no in records:
        sources.append(("hearing_record", record.id, str(session_no), starts_at, list(_fields_of_record(record)),
                        record.hearing_id))
    for r in s.scalars(select(InvestigationRecord).where(InvestigationRecord.case_id == case_id)):
        sources.append(("investigation", r.id, r.kind, r.started_at,
                        [("subject", r.subject), ("witness", r.witness), ("informed", r.informed),
                         ("content", r.content), ("place", r.place)], None))
    for d in s.scalars(select(IssuedDocument).where(IssuedDocument.case_id == case_id)):
        sources.append(("document", d.id, f"{d.title} {d.number}", d.issued_at,
                        [("text", d.text), ("addressee", d.addressee)], None))
    for e in s.scalars(select(EvidenceItem).where(EvidenceItem.case_id == case_id)):
        sources.append(("evidence", e.id, f"{e.seq} {e.name}", datetime.combine(e.received_on, time()),
                        [("name", e.name), ("purpose", e.purpose), ("note", e.note),
                         ("admission_reason", e.admission_reason)], None))
    hits: list[CaseSearchHit] = []
    sources.sort(key=lambda src: (src[3] or datetime.min, src[0], src[1]))
    for kind, record_id, name, at, fields, opens in sources:
        for field, value in fields:
            for found in find_all(value or "", needle):
                words, start = excerpt(value, found, len(needle))
                hits.append(CaseSearchHit(kind, record_id, name, field, words, at, start, opens))
                if len(hits) >= MAX_HITS:
                    return tuple(hits)
    return tuple(hits)
