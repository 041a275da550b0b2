"""One document from case (or intake item) data to DOCX and PDF: context (pure) → template → blocks → both renderers.

Never touches the database: the service reads the case and hands over a DocumentCase."""
from __future__ import annotations

from datetime import date, datetime

from ipcase.documents.blocks import Content, parse
from ipcase.documents.context import build_context
from ipcase.documents.docx_render import render_docx
from ipcase.documents.fonts import FontSet, resolve_fonts
from ipcase.documents.frozen import freeze, thaw
from ipcase.documents.intake import build_intake_context
from ipcase.documents.mediation import build_mediation_context
from ipcase.documents.pdf_render import render_pdf_counted
from ipcase.documents.templates import render_markup
from ipcase.domain.documents.types import doc_type
from ipcase.dto.documents import DocParty, DocumentCase, DocumentDraft, IssuedRef, RenderedDocument
from ipcase.dto.intake import LetterItem
from ipcase.dto.mediation import MediationDocCase


def content_of(case: DocumentCase, draft: DocumentDraft, *, number: str | None, issue_date: date,
               subject: IssuedRef | None = None, corrects: IssuedRef | None = None,
               subject_addressee: DocParty | None = None, service_method: str = "",
               office_dir: str | None = None) -> Content:
    dt = doc_type(draft.doc_type)
    context = build_context(case, dt, draft, number=number, issue_date=issue_date, subject=subject,
                            corrects=corrects, subject_addressee=subject_addressee, service_method=service_method)
    return parse(render_markup(dt.template, context, office_dir), layout=dt.layout)


def render(case: DocumentCase, draft: DocumentDraft, *, number: str | None, issue_date: date,
           fonts: FontSet | None = None, office_dir: str | None = None, moment: datetime | None = None,
           **refs) -> RenderedDocument:
    """`number` None renders a draft (the 文号 line says it is given on issuing); `moment` dates the files
    (see render_pdf) — without it they carry the time they are made."""
    content = content_of(case, draft, number=number, issue_date=issue_date, office_dir=office_dir, **refs)
    return _files(content, number, fonts, moment)


def intake_content(item: LetterItem, draft: DocumentDraft, *, number: str | None, issue_date: date,
                   office_dir: str | None = None) -> Content:
    """The text of a letter about an intake item: where a template or field error surfaces (an issuing service
    checks its draft with it before drawing a number, without making files it would throw away)."""
    dt = doc_type(draft.doc_type)
    context = build_intake_context(item, dt, draft, number=number, issue_date=issue_date)
    return parse(render_markup(dt.template, context, office_dir), layout=dt.layout)


def render_intake(item: LetterItem, draft: DocumentDraft, *, number: str | None, issue_date: date,
                  fonts: FontSet | None = None, office_dir: str | None = None) -> RenderedDocument:
    """A letter about an intake item (转交函): same templates, blocks and renderers as a case's documents."""
    return _files(intake_content(item, draft, number=number, issue_date=issue_date, office_dir=office_dir),
                  number, fonts)


def mediation_case_content(case: MediationDocCase, draft: DocumentDraft, *, number: str | None, issue_date: date,
                           office_dir: str | None = None) -> Content:
    """The text of a stand-alone mediation case's document (see intake_content)."""
    dt = doc_type(draft.doc_type)
    context = build_mediation_context(case, dt, draft, number=number, issue_date=issue_date)
    return parse(render_markup(dt.template, context, office_dir), layout=dt.layout)


def render_mediation_case(case: MediationDocCase, draft: DocumentDraft, *, number: str | None, issue_date: date,
                          fonts: FontSet | None = None, office_dir: str | None = None) -> RenderedDocument:
    """A document of a stand-alone mediation case (陈述意见通知书, 调解通知书, …): same templates and renderers."""
    return _files(mediation_case_content(case, draft, number=number, issue_date=issue_date, office_dir=office_dir),
                  number, fonts)


def _files(content: Content, number: str | None, fonts: FontSet | None,
           moment: datetime | None = None) -> RenderedDocument:
    fonts = fonts or resolve_fonts()
    pdf, pages = render_pdf_counted(content, fonts, moment)
    docx = render_docx(content, fonts, moment)
    return RenderedDocument(content.title, number or "", pdf, docx, content.plain_text(), pages)


def final_content(case: DocumentCase, draft: DocumentDraft, *, number: str, issue_date: date,
                  fonts: FontSet, moment: datetime, office_dir: str | None = None, **refs) -> tuple[Content, dict]:
    """An issued document's content and what its files will be made from (ipcase.documents.frozen), without
    making them: issuing stores both, the files are made when the document is first opened."""
    content = content_of(case, draft, number=number, issue_date=issue_date, office_dir=office_dir, **refs)
    return content, freeze(content, number, fonts, moment)


def render_frozen(data: dict) -> RenderedDocument:
    """The files of an issued document from what was frozen at its issue: the same bytes as when rendered
    then (`render(…, moment=issued_at)`)."""
    content, number, fonts, moment = thaw(data)
    return _files(content, number, fonts, moment)
