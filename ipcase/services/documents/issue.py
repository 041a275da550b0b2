"""Write side of the documents feature: issuing (numbered, immutable), corrections, batches, settings.

A 文号 is drawn from the gapless register (services.numbering) only inside the transaction that stores the
issued document, after the draft rendered without error; rendering the final text with its number happens in
that same transaction, so a failure rolls the number back and a cancelled batch leaves no gap.
Service records live in services/service_records.py.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from ipcase.db.models.admin import Office, User
from ipcase.db.models.cases import Case, Party
from ipcase.db.models.documents import CaseAttachment, DocumentNumberPattern, IssuedDocument
from ipcase.documents.engine import content_of, final_content, render
from ipcase.documents.fonts import ROLES, resolve_fonts, usable_font
from ipcase.documents.ruling.compose import ruling_number
from ipcase.domain.documents.numbered import document_date, issue_refusal
from ipcase.domain.documents.types import BY_KEY, Addressee, doc_type, fits_patent
from ipcase.domain.enums import CaseState
from ipcase.domain.filenames import safe_name
from ipcase.domain.numbering import format_number, validate_pattern
from ipcase.dto.documents import (
    AttachmentInfo,
    BatchResult,
    DocumentDraft,
    DocumentInfo,
    DocumentSettings,
    RenderedDocument,
)
from ipcase.errors import NotFound, TransitionRefused, ValidationErrors, ValidationFailed
from ipcase.loaders.document_files import document_files
from ipcase.loaders.rows import existing
from ipcase.loaders.setting_versions import DOCUMENT_SETTINGS
from ipcase.loaders.settings import store_value
from ipcase.progress import CancelToken, Progress
from ipcase.queries.documents.register import (
    FONTS_KEY,
    PUBLIC_NOTICE_KEY,
    font_substitutes,
    load_document_case,
)
from ipcase.queries.documents.ruling_facts import CODES_KEY, COURT_KEY, SEPARATE_NUMBER_KEY
from ipcase.services.common import actor, load_case, record
from ipcase.services.documents.signatory import signatory
from ipcase.services.numbering import next_number
from ipcase.services.setting_locks import claim_group
from ipcase.uow import UnitOfWork

MAX_ATTACHMENT = 50 * 1024 * 1024
ATTACHMENT_TYPES = (".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp")


def number_pattern(s, office_id: int, key: str) -> str:
    row = s.get(DocumentNumberPattern, (office_id, key))
    return row.pattern if row else BY_KEY[key].default_pattern()


def _refs(s, case_id: int, draft: DocumentDraft, case) -> dict:
    """The issued documents a draft refers to, checked to belong to the same case."""
    refs: dict = {}
    issued = {d.id: d for d in case.issued}
    for key, ident in (("subject", draft.subject_id), ("corrects", draft.corrects_id)):
        if ident is None:
            continue
        if ident not in issued:
            raise ValidationFailed(f"{key}_id", "choice", value=ident)
        refs[key] = issued[ident]
    if draft.doc_type == "service_proof" and "subject" in refs:
        subject = s.get(IssuedDocument, draft.subject_id)
        party_id = draft.party_id or subject.party_id
        refs["subject_addressee"] = next((p for p in case.parties if p.id == party_id), None)
        refs["service_method"] = str(draft.fields.get("method") or "")
    if draft.corrects_id is not None and refs["corrects"].doc_type != draft.doc_type:
        raise ValidationFailed("corrects_id", "choice", value=draft.corrects_id)
    return refs


def _addressee(dt, draft: DocumentDraft, case) -> str:
    if dt.addressee in (Addressee.REQUESTER, Addressee.RESPONDENT, Addressee.PARTY, Addressee.INTERNAL):
        party = next((p for p in case.parties if p.id == draft.party_id), None)
        return party.name if party else ""
    if dt.addressee == Addressee.PARTIES:
        return "、".join(p.name for p in case.parties)
    for name in ("court", "institution", "transfer_to"):
        if draft.fields.get(name):
            return str(draft.fields[name]).strip()
    return ""


def preview_document(uow: UnitOfWork, *, case_id: int, draft: DocumentDraft, now: datetime,
                     office_dir: str | None = None) -> RenderedDocument:
    """The draft as it would be issued today, without a number; nothing is written."""
    s = uow.session
    row = existing(s, Case, "case", case_id)
    _check_offered(doc_type(draft.doc_type), row)
    subject_pages(s, draft)   # in this unit of work only: a preview commits nothing
    case = load_document_case(s, case_id)
    return render(case, draft, number=None, issue_date=now.date(), office_dir=office_dir,
                  fonts=document_fonts(s, row.office_id), **_refs(s, case_id, draft, case))


def document_fonts(s, office_id: int):
    return resolve_fonts(substitutes=font_substitutes(s, office_id))


def _check_offered(dt, case) -> None:
    """A document belongs to the stages it is made for (a hearing notice needs a scheduled hearing…):
    enforced here, not only by the list the clerk picks from."""
    if case is None:
        raise NotFound("case", None)
    if dt.states is not None and CaseState(case.state) not in dt.states:
        raise TransitionRefused("issue_document", case.state, "document_not_for_state", dt.key)
    if not fits_patent(dt, case.patent.patent_type if case.patent else None):
        raise TransitionRefused("issue_document", case.state, "document_not_for_patent_type", dt.key)


def writable_case(s, case_id: int):
    """The case locked for this transaction; an archived file is read-only (still searchable)."""
    case = load_case(s, case_id)
    if case.state == CaseState.ARCHIVED:
        raise ValidationFailed("case", "archived")
    return case


def issue_in_session(s, user, case_id: int, draft: DocumentDraft, now: datetime,
                     office_dir: str | None = None) -> IssuedDocument:
    dt = doc_type(draft.doc_type)
    case_row = load_case(s, case_id) if dt.by_step else writable_case(s, case_id)
    _check_offered(dt, case_row)
    refused = issue_refusal(dt.key, CaseState(case_row.state))   # no numbered ruling before approval
    if refused:
        raise TransitionRefused("issue_document", case_row.state, refused, dt.key)
    issue_date = document_date(dt.key, case_row.closed_date, now.date())
    subject_pages(s, draft)
    case = load_document_case(s, case_id)
    refs = _refs(s, case_id, draft, case)
    # The draft's text first: a template or field error surfaces before any number is drawn (a failure after
    # rolls the transaction back, the counter with it, so no number is lost either way).
    fonts = document_fonts(s, case_row.office_id)
    content_of(case, draft, number=None, issue_date=issue_date, office_dir=office_dir, **refs)
    signed_by = signatory(s, user, case_row, dt, draft.signed_by)
    office = s.get(Office, case_row.office_id)
    year = now.year
    seq = next_number(s, office_id=office.id, kind=f"doc:{dt.key}", year=year)
    number = format_number(number_pattern(s, office.id, dt.key), short_name=office.short_name, year=year, n=seq)
    if dt.key == "ruling":   # one number: the 案号, unless the office keeps a 文号 series for rulings
        number = ruling_number(case, number)
    # The final content is frozen with the document; its PDF and DOCX are made when it is first opened
    # (ipcase.loaders.document_files), dated `now`, so they are the bytes rendering them here would give.
    final, frozen = final_content(case, draft, number=number, issue_date=issue_date, office_dir=office_dir,
                                  fonts=fonts, moment=now, **refs)
    doc = IssuedDocument(office_id=office.id, case_id=case_id, doc_type=dt.key, title=final.title or dt.title,
                         number=number, year=year, seq=seq, party_id=draft.party_id,
                         addressee=_addressee(dt, draft, case), subject_id=draft.subject_id,
                         corrects_id=draft.corrects_id, fields=dict(draft.fields), text=final.plain_text(),
                         pages=0, issued_at=now, issued_on=now.date(), issued_by=user.id,
                         signed_by=signed_by, content=frozen)
    s.add(doc)
    s.flush()
    record(s, case_row, user, "document_issued", now, document=dt.title, number=number,
           **({"corrects": refs["corrects"].number} if "corrects" in refs else {}))
    return doc


def subject_pages(s, draft: DocumentDraft) -> None:
    """A 送达回证 states its subject's pages ("共 N 页"): the subject's files are made now if it was never
    opened, so the count is known (and stored) before the proof's content is composed."""
    if draft.doc_type == "service_proof" and draft.subject_id is not None:
        subject = s.get(IssuedDocument, draft.subject_id)
        if subject is not None:
            document_files(s, subject)


def _info(s, doc: IssuedDocument, case_number: str | None, issuer: str, corrects_number: str = "") -> DocumentInfo:
    signer = s.get(User, doc.signed_by) if doc.signed_by else None
    return DocumentInfo(doc.id, doc.case_id, case_number, doc.doc_type, doc.title, doc.number, doc.issued_at,
                        issuer, doc.addressee, doc.party_id, doc.corrects_id, corrects_number, "", doc.pages, 0,
                        signed_by=signer.full_name if signer else "")


def issue_document(uow: UnitOfWork, *, actor_id: int, case_id: int, draft: DocumentDraft, now: datetime,
                   office_dir: str | None = None) -> DocumentInfo:
    """Issue one document: number it, store its DOCX and PDF, put it on the case timeline."""
    s = uow.session
    user = actor(s, actor_id, "documents.issue", "issue_document")
    if doc_type(draft.doc_type).by_step:   # its step issues it, with the step's facts (DocType.by_step)
        raise TransitionRefused("issue_document", "", "document_by_step", draft.doc_type)
    if draft.corrects_id is not None:
        old = s.get(IssuedDocument, draft.corrects_id)
        if old is not None and s.scalar(select(IssuedDocument.id).where(IssuedDocument.corrects_id == old.id)):
            raise ValidationFailed("corrects_id", "already_corrected", old.number)
    doc = issue_in_session(s, user, case_id, draft, now, office_dir)
    corrects = s.get(IssuedDocument, doc.corrects_id).number if doc.corrects_id else ""
    number = load_case(s, case_id).case_number
    uow.commit()
    return _info(s, doc, number, user.full_name, corrects)


def issue_batch(new_uow: Callable[[], UnitOfWork], *, actor_id: int, items: list[tuple[int, DocumentDraft]],
                now: datetime, office_dir: str | None = None, progress: Progress | None = None,
                cancel: CancelToken | None = None) -> BatchResult:
    """Issue several documents (hearing notices of a day, the proofs of service of a case), each in its own
    transaction so a document is either issued whole or not at all. `cancel`
    stops before the next document; what was issued stays issued, nothing is half-issued."""
    issued = []
    for i, (case_id, draft) in enumerate(items):
        if cancel is not None and cancel.cancelled:
            return BatchResult(tuple(issued), len(items) - i)
        if progress is not None:
            progress(i, len(items), BY_KEY[draft.doc_type].title)
        with new_uow() as uow:
            issued.append(issue_document(uow, actor_id=actor_id, case_id=case_id, draft=draft, now=now,
                                         office_dir=office_dir))
    if progress is not None:
        progress(len(items), len(items), "")
    return BatchResult(tuple(issued), 0)


def proofs_of_service_items(uow: UnitOfWork, *, case_id: int) -> list[tuple[int, DocumentDraft]]:
    """One 送达回证 draft per issued, served document and addressee of the case, not yet made."""
    s = uow.session
    docs = s.scalars(select(IssuedDocument).where(IssuedDocument.case_id == case_id)
                     .order_by(IssuedDocument.id)).all()
    done = {(d.subject_id, d.party_id) for d in docs if d.doc_type == "service_proof"}
    parties = s.scalars(select(Party).where(Party.case_id == case_id).order_by(Party.position, Party.id)).all()
    items = []
    for d in docs:
        dt = BY_KEY.get(d.doc_type)
        if dt is None or not dt.served or dt.addressee == Addressee.EXTERNAL:
            continue
        targets = [p.id for p in parties] if dt.addressee == Addressee.PARTIES else [d.party_id]
        for party_id in targets:
            if (d.id, party_id) not in done:
                items.append((case_id, DocumentDraft("service_proof", {}, party_id=party_id, subject_id=d.id)))
    return items


# ---- attachments ---------------------------------------------------------------------------------

def add_attachment(uow: UnitOfWork, *, actor_id: int, case_id: int, title: str, filename: str, data: bytes,
                   now: datetime) -> AttachmentInfo:
    """Evidence (PDF or an image) to be bound into the case file after the documents."""
    s = uow.session
    user = actor(s, actor_id, "documents.issue", "add_attachment")
    case = writable_case(s, case_id)
    errors = []
    filename = safe_name(filename)
    if not title.strip():
        errors.append(ValidationFailed("title", "required"))
    if not filename.lower().endswith(ATTACHMENT_TYPES):
        errors.append(ValidationFailed("file", "file_type", "PDF/PNG/JPG/TIFF"))
    if not data or len(data) > MAX_ATTACHMENT:
        errors.append(ValidationFailed("file", "too_long" if data else "required"))
    if errors:
        raise ValidationErrors(errors)
    row = CaseAttachment(case_id=case_id, title=title.strip(), filename=filename, size=len(data), data=data,
                         added_by=user.id, added_at=now)
    s.add(row)
    s.flush()
    record(s, case, user, "attachment_added", now, title=row.title)
    uow.commit()
    return AttachmentInfo(row.id, case_id, row.title, row.filename, row.added_at, row.size)


def record_case_file(uow: UnitOfWork, *, actor_id: int, case_id: int, pages: int, now: datetime) -> None:
    """The case file was assembled: say so on the timeline (who, when, how many pages)."""
    s = uow.session
    user = actor(s, actor_id, "documents.issue", "bind_case_file")
    record(s, load_case(s, case_id), user, "case_file_bound", now, pages=pages)
    uow.commit()


# ---- settings ------------------------------------------------------------------------------------

def update_document_settings(uow: UnitOfWork, *, actor_id: int, settings: DocumentSettings,
                             expected_version: int) -> None:
    """Administrator: 公告送达 period [U] and the office's 文号 pattern of each document type; `expected_version`
    is the version the page loaded (DocumentSettings.version)."""
    s = uow.session
    user = actor(s, actor_id, "settings.edit", "update_document_settings")
    errors = []
    if not isinstance(settings.public_notice_days, int) or not 1 <= settings.public_notice_days <= 366:
        errors.append(ValidationFailed("public_notice_days", "range", "1–366", value=settings.public_notice_days))
    clean = {}
    for key, pattern in settings.patterns:
        if key not in BY_KEY:
            raise NotFound("doc_type", key)
        try:
            clean[key] = validate_pattern(pattern, field=f"pattern.{key}")
        except ValidationFailed as e:
            errors.append(e)
    fonts = {}
    for role, path in settings.fonts:
        if role not in ROLES:
            errors.append(ValidationFailed("fonts", "choice", role))
        elif path.strip():
            if not usable_font(Path(path.strip())):
                errors.append(ValidationFailed(f"fonts.{role}", "font_unusable", path))
            fonts[role] = path.strip()
    court = settings.court.strip()
    if court and not court.endswith("法院"):   # a court's name: 宁波市中级人民法院, 上海知识产权法院
        errors.append(ValidationFailed("court", "format", value=settings.court))
    if errors:
        raise ValidationErrors(errors)
    claim_group(s, user, DOCUMENT_SETTINGS, expected_version)
    store_value(s, user.office_id, SEPARATE_NUMBER_KEY, bool(settings.ruling_separate_number))
    store_value(s, user.office_id, CODES_KEY, bool(settings.ruling_codes))
    store_value(s, user.office_id, COURT_KEY, court)
    store_value(s, user.office_id, FONTS_KEY, fonts)
    store_value(s, user.office_id, PUBLIC_NOTICE_KEY, settings.public_notice_days)
    for key, pattern in clean.items():
        current = s.get(DocumentNumberPattern, (user.office_id, key))
        if pattern == BY_KEY[key].default_pattern():
            if current is not None:
                s.delete(current)
            continue
        current = current or DocumentNumberPattern(office_id=user.office_id, doc_type=key)
        current.pattern = pattern
        s.add(current)
    uow.commit()
