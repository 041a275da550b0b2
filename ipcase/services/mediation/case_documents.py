"""Issuing the documents of a stand-alone mediation case (陈述意见通知书, 不予受理调解请求通知书, 调解通知书,
撤销案件通知书): the same engine, gapless 文号 register (per office, type and year) and immutability as a case's
documents. The draft renders first, so a template or field error surfaces before any number is drawn; the
final render happens in the transaction that stores it, so a failure gives the number back."""
from __future__ import annotations

from datetime import datetime

from ipcase.db.models.admin import Office
from ipcase.db.models.mediation import MediationDocument
from ipcase.documents.engine import mediation_case_content, render_mediation_case
from ipcase.documents.mediation import defaults
from ipcase.domain.documents.types import Addressee, doc_type
from ipcase.domain.mediation.case_documents import offered
from ipcase.domain.mediation.cases import MediationState
from ipcase.domain.numbering import format_number
from ipcase.dto.documents import DocumentDraft, RenderedDocument
from ipcase.dto.mediation import MediationDocInfo
from ipcase.errors import TransitionRefused, ValidationFailed
from ipcase.queries.mediation.cases import doc_case
from ipcase.services.common import actor
from ipcase.services.documents.issue import document_fonts, number_pattern
from ipcase.services.mediation.case_support import load, record
from ipcase.services.numbering import next_number
from ipcase.uow import UnitOfWork


def _checked(s, case_id: int, draft: DocumentDraft):
    dt = doc_type(draft.doc_type)
    case = load(s, case_id)
    if not dt.of_mediation_case or draft.doc_type not in offered(MediationState(case.state)):
        raise TransitionRefused(f"document.{dt.key}", case.state, "document_not_for_state")
    return dt, case, doc_case(s, case_id)


def draft_defaults(uow: UnitOfWork, *, case_id: int) -> dict[str, str]:
    """What the app can already say in each document's fields, for the clerk to edit."""
    return defaults(doc_case(uow.session, case_id))


def preview(uow: UnitOfWork, *, case_id: int, draft: DocumentDraft, now: datetime,
            office_dir: str | None = None) -> RenderedDocument:
    s = uow.session
    _dt, case, data = _checked(s, case_id, draft)
    return render_mediation_case(data, draft, number=None, issue_date=now.date(), fonts=document_fonts(s, case.office_id),
                                 office_dir=office_dir)


def issue(uow: UnitOfWork, *, actor_id: int, case_id: int, draft: DocumentDraft, now: datetime,
          office_dir: str | None = None) -> MediationDocInfo:
    s = uow.session
    user = actor(s, actor_id, "documents.issue", "document.issue")
    dt, case, data = _checked(s, case_id, draft)
    fonts = document_fonts(s, case.office_id)
    # The draft's text first: a template or field error surfaces before any number is drawn (its files are made
    # once, numbered, below; a failure there rolls the number back with the transaction).
    mediation_case_content(data, draft, number=None, issue_date=now.date(), office_dir=office_dir)
    office = s.get(Office, case.office_id)
    seq = next_number(s, office_id=office.id, kind=f"doc:{dt.key}", year=now.year)
    number = format_number(number_pattern(s, office.id, dt.key), short_name=office.short_name, year=now.year, n=seq)
    final = render_mediation_case(data, draft, number=number, issue_date=now.date(), fonts=fonts,
                                  office_dir=office_dir)
    parties = {p.id: p.name for p in data.parties}
    if dt.addressee in (Addressee.REQUESTER, Addressee.RESPONDENT) and draft.party_id not in parties:
        raise ValidationFailed("party_id", "choice", value=draft.party_id)
    addressee = parties.get(draft.party_id, "") if draft.party_id else "、".join(parties.values())
    doc = MediationDocument(office_id=office.id, mediation_case_id=case.id, doc_type=dt.key,
                            title=final.title or dt.title, number=number, addressee=addressee,
                            fields=dict(draft.fields), text=final.text, pages=final.pages, issued_at=now,
                            issued_by=user.id, pdf=final.pdf, docx=final.docx)
    s.add(doc)
    s.flush()
    record(s, case, user, "document_issued", now, doc_type=dt.key, number=number, addressee=addressee)
    uow.commit()
    return MediationDocInfo(doc.id, dt.key, doc.title, number, addressee, now, user.full_name, doc.pages)
