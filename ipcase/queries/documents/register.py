"""Read side of the documents feature: what a document is built from, a case's documents and service,
what is waiting to be served, the files, the settings, and the parts of the bound case file."""
from __future__ import annotations

import json
from datetime import date, datetime, time, timedelta

from sqlalchemy import Select, and_, case, func, select
from sqlalchemy.orm import Session, aliased, undefer

from ipcase.db.models.admin import Office, User
from ipcase.db.models.cases import Case, Party, TimelineEntry
from ipcase.db.models.documents import (
    CaseAttachment,
    DocumentNumberPattern,
    IssuedDocument,
    ServeWaiting,
    ServiceConsent,
    ServiceRecord,
)
from ipcase.domain.documents.types import CATALOG, PartyService, waiting_for_service
from ipcase.domain.enums import CaseState, PartyRole
from ipcase.dto.documents import (
    AttachmentInfo,
    CaseDocuments,
    CaseFileInput,
    CaseFilePart,
    ConsentInfo,
    DocAgent,
    DocOffice,
    DocParty,
    DocumentCase,
    DocumentFilter,
    DocumentInfo,
    DocumentSettings,
    IssuedRef,
    ServiceRecordInfo,
    ToServeFilter,
    ToServeRow,
    WaitingInfo,
)
from ipcase.dto.paging import Page
from ipcase.errors import NotFound
from ipcase.loaders.document_files import opened
from ipcase.loaders.rows import existing
from ipcase.loaders.setting_versions import DOCUMENT_SETTINGS, group_version
from ipcase.loaders.settings import load_settings, stored_settings, stored_value
from ipcase.queries import keyset
from ipcase.queries.cases.register import load_case_row, particulars
from ipcase.queries.documents.ruling_facts import ruling_facts
from ipcase.queries.hearings.records import record_docs
from ipcase.queries.search import icontains, number_condition, text_condition
from ipcase.uow import UnitOfWork

PUBLIC_NOTICE_KEY = "documents.public_notice_days"


FONTS_KEY = "documents.fonts"


def public_notice_days(s: Session, office_id: int) -> int:
    return stored_value(s, office_id, PUBLIC_NOTICE_KEY, DocumentSettings().public_notice_days)


def font_substitutes(s: Session, office_id: int) -> tuple[tuple[str, str], ...]:
    return tuple(sorted(stored_value(s, office_id, FONTS_KEY, {}).items()))


def _stored_document_settings(s: Session, office_id: int) -> dict:
    """The office's 文书 settings (keys "documents.…", decoded) in one statement: a document reads five of them."""
    return {key: json.loads(value) for key, value in stored_settings(s, office_id, prefix="documents.").items()}


def load_document_case(s: Session, case_id: int) -> DocumentCase:
    case = load_case_row(s, case_id)
    office = s.get(Office, case.office_id)
    names = {u.id: u.full_name for u in s.scalars(select(User))}
    stored = _stored_document_settings(s, case.office_id)
    payloads: dict = {}
    for kind, detail in s.execute(select(TimelineEntry.kind, TimelineEntry.detail)
                                  .where(TimelineEntry.case_id == case.id).order_by(TimelineEntry.id)):
        payloads[kind] = dict(detail or {})
    issued = s.execute(select(IssuedDocument.id, IssuedDocument.doc_type, IssuedDocument.title,
                              IssuedDocument.number, IssuedDocument.issued_on, IssuedDocument.pages)
                       .where(IssuedDocument.case_id == case.id).order_by(IssuedDocument.id)).all()
    settings = load_settings(s, case.office_id)
    return DocumentCase(
        **particulars(s, case, names),
        case_id=case.id, state=case.state,
        office=DocOffice(office.name, office.short_name, office.address, office.phone, office.postcode,
                         office.higher_office),
        patent_type=case.patent.patent_type,
        parties=tuple(DocParty(
            p.id, p.role, p.kind, p.name, p.credit_code, p.id_number, p.legal_rep, p.legal_rep_title, p.address,
            p.phone, p.no_domicile_in_prc, p.notice_served, p.copy_served, p.answer_received, p.ruling_served,
            tuple(DocAgent(a.name, a.organization, a.phone, a.address) for a in p.agents)) for p in case.parties),
        panel=tuple((seat.role, seat.user.full_name) for seat in case.panel),
        payloads=payloads,
        issued=tuple(IssuedRef(*row) for row in issued),
        answer_days=settings.answer_days, answer_days_no_domicile=settings.answer_days_no_domicile,
        evidence_days=settings.evidence_days, suit_days=settings.suit_days,
        public_notice_days=stored.get(PUBLIC_NOTICE_KEY, DocumentSettings().public_notice_days),
        hearing_records=record_docs(s, case.id),
        **ruling_facts(s, case.id, case.office_id, stored),
    )


def document_case(uow: UnitOfWork, case_id: int) -> DocumentCase:
    return load_document_case(uow.session, case_id)


def _documents_query(where) -> Select:
    """Issued documents with what a register line shows; selects the key (签发时间) and id as keyset wants them."""
    old, new = aliased(IssuedDocument), aliased(IssuedDocument)
    signer = aliased(User)
    served = (select(func.count(ServiceRecord.id)).where(ServiceRecord.document_id == IssuedDocument.id)
              .correlate(IssuedDocument).scalar_subquery())
    return (select(IssuedDocument.id.label(keyset.ID), IssuedDocument.issued_at.label(keyset.KEY), IssuedDocument,
                   Case.case_number, User.full_name, old.number, new.number, served, signer.full_name)
            .join(Case, Case.id == IssuedDocument.case_id).join(User, User.id == IssuedDocument.issued_by)
            .outerjoin(signer, signer.id == IssuedDocument.signed_by)
            .outerjoin(old, old.id == IssuedDocument.corrects_id).outerjoin(new, new.corrects_id == IssuedDocument.id)
            .where(where))


def _document_info(row) -> DocumentInfo:
    _id, _key, d, cn, issuer, old_no, new_no, n, signed_by = row
    return DocumentInfo(d.id, d.case_id, cn, d.doc_type, d.title, d.number, d.issued_at, issuer, d.addressee,
                        d.party_id, d.corrects_id, old_no or "", new_no or "", d.pages, n or 0,
                        dict(d.fields or {}), signed_by or "")


def _document_infos(s: Session, where) -> list[DocumentInfo]:
    q = _documents_query(where).order_by(IssuedDocument.issued_at.desc(), IssuedDocument.id.desc())
    return [_document_info(row) for row in s.execute(q)]


def _service_info(r: ServiceRecord, doc: IssuedDocument, recorder: str) -> ServiceRecordInfo:
    return ServiceRecordInfo(r.id, r.document_id, doc.title, doc.number, r.party_id, r.addressee, r.method,
                             r.sent_date, r.received_date, r.deemed_date, r.tracking_no, r.refusal_note, r.note,
                             r.proof_name, recorder, r.recorded_at)


def service_infos(s: Session, where) -> list[ServiceRecordInfo]:
    q = (select(ServiceRecord, IssuedDocument, User.full_name).join(IssuedDocument, IssuedDocument.id == ServiceRecord.document_id)
         .join(User, User.id == ServiceRecord.recorded_by).where(where).order_by(ServiceRecord.id.desc()))
    return [_service_info(r, d, name) for r, d, name in s.execute(q)]


def case_documents(uow: UnitOfWork, case_id: int) -> CaseDocuments:
    s = uow.session
    case = existing(s, Case, "case", case_id)
    parties = s.scalars(select(Party).where(Party.case_id == case_id).order_by(Party.position, Party.id)).all()
    titles = {d.key: d.title for d in CATALOG}
    waiting = tuple(
        WaitingInfo(w.party_id, w.party_name, titles[w.document], w.periods)
        for w in waiting_for_service(CaseState(case.state), [
            PartyService(p.id, p.name, PartyRole(p.role), p.notice_served, p.copy_served, p.ruling_served)
            for p in parties]))
    attachments = tuple(AttachmentInfo(a.id, a.case_id, a.title, a.filename, a.added_at, a.size) for a in s.scalars(
        select(CaseAttachment).where(CaseAttachment.case_id == case_id).order_by(CaseAttachment.id)))
    consents = tuple(ConsentInfo(c.party_id, name, c.consented_on, c.address) for c, name in s.execute(
        select(ServiceConsent, Party.name).join(Party, Party.id == ServiceConsent.party_id)
        .where(Party.case_id == case_id)))
    return CaseDocuments(tuple(_document_infos(s, IssuedDocument.case_id == case_id)),
                         tuple(service_infos(s, IssuedDocument.case_id == case_id)), waiting, attachments, consents)


def _register_where(s: Session, flt: DocumentFilter):
    conds = [IssuedDocument.office_id == flt.office_id]
    if flt.doc_type:
        conds.append(IssuedDocument.doc_type == flt.doc_type)
    if flt.since:
        conds.append(IssuedDocument.issued_on >= flt.since)
    needle = flt.text.strip()
    if needle:
        by_number = number_condition(needle, IssuedDocument.number, Case.case_number)   # 文号 or 案号, however typed
        conds.append(by_number if by_number is not None else
                     icontains(IssuedDocument.number, needle)
                     | text_condition(s, "cases", Case.id, Case.search_text, needle, ordered=False)
                     | icontains(IssuedDocument.addressee, needle))
    return and_(*conds)


def list_documents(uow: UnitOfWork, flt: DocumentFilter) -> Page[DocumentInfo]:
    """A page of the office's 文书登记簿 by 签发时间 (index ix_documents_office_issued), ties by id: after
    `flt.after` by key, or from position `flt.offset`."""
    s = uow.session
    found, after = keyset.page(s, _documents_query(_register_where(s, flt)), IssuedDocument.issued_at,
                               IssuedDocument.id, descending=flt.descending, limit=flt.limit, after=flt.after,
                               skip=flt.offset)
    return Page(tuple(_document_info(row) for row in found), count_documents(uow, flt) if flt.count else None, after)


def count_documents(uow: UnitOfWork, flt: DocumentFilter) -> int:
    """How many documents the register's filter holds (the list asks after its first page is shown)."""
    s = uow.session
    return s.scalar(select(func.count(IssuedDocument.id)).join(Case, Case.id == IssuedDocument.case_id)
                    .where(_register_where(s, flt)))


def recent_documents(uow: UnitOfWork, *, office_id: int, text: str = "", doc_type: str = "",
                     since: date | None = None, limit: int = 500) -> tuple[DocumentInfo, ...]:
    """The latest `limit` documents the filter holds, newest first (the register's order)."""
    flt = DocumentFilter(office_id, text=text, doc_type=doc_type, since=since, limit=limit, count=False)
    return list_documents(uow, flt).rows


def _waiting(flt: ToServeFilter) -> Select:
    """What is waiting to be served, one row a (document, addressee): the rows `ipcase.db.serve_waiting` keeps
    in the writing transaction (documents of a served type no correction replaced, each party for a document
    served on all parties, its own addressee for the others, no received service), with what the register
    shows. Selects the row id as keyset.ID and 签发时间 as keyset.KEY: the office's rows are one range of
    `ix_serve_waiting_office`."""
    w = ServeWaiting
    q = (select(w.id.label(keyset.ID), w.issued_at.label(keyset.KEY), w.issued_at, w.case_id, Case.case_number,
                IssuedDocument.title, IssuedDocument.number, w.document_id, w.party_id,
                case((w.all_parties, Party.name), else_=IssuedDocument.addressee).label("addressee"))
         .join(IssuedDocument, IssuedDocument.id == w.document_id).join(Case, Case.id == w.case_id)
         .outerjoin(Party, and_(w.all_parties, Party.id == w.party_id))
         .where(w.office_id == flt.office_id))
    return q.where(w.case_id == flt.case_id) if flt.case_id is not None else q


def _to_serve_rows(s: Session, found) -> tuple[ToServeRow, ...]:
    """The rows with the day a running 公告送达 will deem them served (the first such service on that addressee)."""
    rows = [r._mapping for r in found]
    deemed: dict[int, list[ServiceRecord]] = {}
    for r in s.scalars(select(ServiceRecord).where(
            ServiceRecord.document_id.in_({r["document_id"] for r in rows}), ServiceRecord.deemed_date.is_not(None))
            .order_by(ServiceRecord.id)):
        deemed.setdefault(r.document_id, []).append(r)

    def pending(r) -> date | None:
        party_id, name = r["party_id"], r["addressee"]
        return next((x.deemed_date for x in deemed.get(r["document_id"], ())
                     if x.party_id == party_id or (party_id is None and x.addressee == name)), None)
    return tuple(ToServeRow(r["document_id"], r["case_id"], r["case_number"], r["title"], r["number"],
                            r["issued_at"], r["party_id"], r["addressee"], pending(r)) for r in rows)


def list_to_serve(uow: UnitOfWork, flt: ToServeFilter) -> Page[ToServeRow]:
    """A page of what is waiting to be served, by 签发时间 then document and party: after `flt.after` by key, or
    from position `flt.offset`."""
    s = uow.session
    found, after = keyset.page(s, _waiting(flt), ServeWaiting.issued_at, ServeWaiting.id, descending=flt.descending,
                               limit=flt.limit, after=flt.after, skip=flt.offset)
    return Page(_to_serve_rows(s, found), count_to_serve(uow, flt) if flt.count else None, after)


def count_to_serve(uow: UnitOfWork, flt: ToServeFilter) -> int:
    w = ServeWaiting
    q = select(func.count()).select_from(w).where(w.office_id == flt.office_id)
    return uow.session.scalar(q.where(w.case_id == flt.case_id) if flt.case_id is not None else q)


def to_serve(uow: UnitOfWork, *, office_id: int, case_id: int | None = None) -> tuple[ToServeRow, ...]:
    """Every issued document with an addressee that has no completed service yet, oldest first (公告送达 still
    running shows the day it will be deemed served): a case's 送达 tab, the register's export."""
    s = uow.session
    q = _waiting(ToServeFilter(office_id, case_id=case_id))
    return _to_serve_rows(s, s.execute(q.order_by(ServeWaiting.issued_at, ServeWaiting.id)))


def document_file(uow: UnitOfWork, *, document_id: int, kind: str) -> tuple[str, bytes]:
    """(file name, bytes) of an issued document's 'pdf' or 'docx'."""
    d = uow.session.scalar(select(IssuedDocument).where(IssuedDocument.id == document_id))
    if d is None:
        raise NotFound("document", document_id)
    safe = d.number.replace("〔", "(").replace("〕", ")").replace("/", "-")
    files = opened(uow, [d])[0]   # made and kept on the first opening (ipcase.loaders.document_files)
    return f"{d.title}-{safe}.{kind}", files.pdf if kind == "pdf" else files.docx


def service_proof(uow: UnitOfWork, *, service_id: int) -> tuple[str, bytes]:
    r = uow.session.scalar(select(ServiceRecord).where(ServiceRecord.id == service_id)
                           .options(undefer(ServiceRecord.proof)))
    if r is None or not r.proof:
        raise NotFound("service_proof", service_id)
    return r.proof_name, r.proof


def document_settings(uow: UnitOfWork, *, office_id: int) -> DocumentSettings:
    s = uow.session
    stored = {p.doc_type: p.pattern for p in s.scalars(
        select(DocumentNumberPattern).where(DocumentNumberPattern.office_id == office_id))}
    return DocumentSettings(public_notice_days(s, office_id),
                            tuple((d.key, stored.get(d.key, d.default_pattern())) for d in CATALOG),
                            font_substitutes(s, office_id), group_version(s, office_id, DOCUMENT_SETTINGS))


def hearings_on(uow: UnitOfWork, *, office_id: int, day: date) -> tuple[tuple[int, tuple[int, ...]], ...]:
    """(case id, party ids) of every case with an oral hearing on `day` (batch of 口头审理通知书)."""
    s = uow.session
    start = datetime.combine(day, time.min)
    cases = s.scalars(select(Case.id).where(Case.office_id == office_id, Case.hearing_at >= start,
                                            Case.hearing_at < start + timedelta(days=1),
                                            Case.state == CaseState.HEARING_SCHEDULED.value)
                      .order_by(Case.hearing_at, Case.id)).all()
    out = []
    for case_id in cases:
        parties = s.scalars(select(Party.id).where(Party.case_id == case_id,
                                                   Party.role != PartyRole.THIRD_PARTY.value)
                            .order_by(Party.position, Party.id)).all()
        out.append((case_id, tuple(parties)))
    return tuple(out)


def case_file_input(uow: UnitOfWork, *, case_id: int) -> CaseFileInput:
    """The case data and every file of the case file, in order: documents by issue date (a corrected
    document stays, its correction follows it), then the signed proofs of service, then the attachments."""
    s = uow.session
    case = load_document_case(s, case_id)
    docs = s.scalars(select(IssuedDocument).where(IssuedDocument.case_id == case_id)
                     .order_by(IssuedDocument.issued_at, IssuedDocument.id)
                     .options(undefer(IssuedDocument.pdf))).all()
    parts = [CaseFilePart(d.title, "document", d.number, d.issued_on, f.pdf)
             for d, f in zip(docs, opened(uow, docs), strict=True)]
    for r, doc in s.execute(select(ServiceRecord, IssuedDocument).join(IssuedDocument)
                            .where(IssuedDocument.case_id == case_id, ServiceRecord.proof.is_not(None))
                            .order_by(ServiceRecord.id).options(undefer(ServiceRecord.proof))):
        parts.append(CaseFilePart(f"送达回证（{doc.title}，{r.addressee}）", "proof", doc.number,
                                  r.received_date or r.sent_date or r.recorded_at.date(), r.proof, r.proof_name))
    for a in s.scalars(select(CaseAttachment).where(CaseAttachment.case_id == case_id)
                       .order_by(CaseAttachment.id).options(undefer(CaseAttachment.data))):
        parts.append(CaseFilePart(a.title, "attachment", "", a.added_at.date(), a.data, a.filename))
    office_id = s.scalar(select(Case.office_id).where(Case.id == case_id))
    return CaseFileInput(case, tuple(parts), font_substitutes(s, office_id))



def draft_defaults(uow: UnitOfWork, *, case_id: int) -> dict[str, str]:
    """What the document dialog pre-fills for each TextField source (the clerk edits it)."""
    from ipcase.documents.context import defaults
    from ipcase.queries.evidence.documents import evidence_document_defaults
    return {**defaults(load_document_case(uow.session, case_id)),
            **evidence_document_defaults(uow.session, case_id)}
