"""The letters of an intake item that never became a case: the 转交函 sent with an item forwarded to the
competent authority. Issued by the triage (services/intake.py) in ITS transaction, with the same engine,
gapless 文号 register and immutable storage as a case's documents (services/documents.py): a render failure
rolls back the outcome and the number together."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from ipcase.db.models.admin import Office, User
from ipcase.db.models.documents import IssuedDocument
from ipcase.db.models.intake import IntakeItem
from ipcase.documents.engine import intake_content, render_intake
from ipcase.domain.documents.types import doc_type
from ipcase.domain.numbering import format_number
from ipcase.dto.documents import DocOffice, DocumentDraft
from ipcase.dto.intake import LetterItem, LetterTarget
from ipcase.services.documents.issue import document_fonts, number_pattern
from ipcase.services.numbering import next_number

TRANSFER_LETTER = "intake_transfer_letter"


def letter_item(s: Session, item: IntakeItem) -> LetterItem:
    office = s.get(Office, item.office_id)
    handler = s.get(User, item.handler_id) if item.handler_id else None
    return LetterItem(
        office=DocOffice(office.name, office.short_name, office.address, office.phone, office.postcode,
                         office.higher_office),
        number=item.number, kind=item.kind, channel=item.channel, received_at=item.received_at,
        anonymous=item.anonymous, submitter_name=item.submitter_name, submitter_address=item.submitter_address,
        referred_by=item.referred_by,
        targets=tuple(LetterTarget(t.name, t.credit_code, t.address, t.shop_url, t.booth) for t in item.targets),
        patent_numbers=tuple(p.number for p in item.patents), patent_title=item.patent_title,
        patentee=item.patentee, product=item.product, description=item.description,
        handler_name=handler.full_name if handler else "")


def issue_transfer_letter(s: Session, user: User, item: IntakeItem, *, authority: str, reason_text: str,
                          now: datetime, office_dir: str | None = None) -> IssuedDocument:
    """Number, render and store the 转交函 inside the caller's transaction (which commits or rolls back)."""
    dt = doc_type(TRANSFER_LETTER)
    draft = DocumentDraft(dt.key, {"transfer_to": authority, "reason_text": reason_text})
    data = letter_item(s, item)
    fonts = document_fonts(s, item.office_id)
    # The draft's text first: a template or field error surfaces before any number is drawn (its files are made
    # once, numbered, below; a failure there rolls the number back with the transaction).
    intake_content(data, draft, number=None, issue_date=now.date(), office_dir=office_dir)
    office = s.get(Office, item.office_id)
    seq = next_number(s, office_id=office.id, kind=f"doc:{dt.key}", year=now.year)
    number = format_number(number_pattern(s, office.id, dt.key), short_name=office.short_name, year=now.year, n=seq)
    final = render_intake(data, draft, number=number, issue_date=now.date(), fonts=fonts, office_dir=office_dir)
    doc = IssuedDocument(office_id=office.id, intake_item_id=item.id, doc_type=dt.key, title=final.title or dt.title,
                         number=number, year=now.year, seq=seq, addressee=authority, fields=dict(draft.fields),
                         text=final.text, pages=final.pages, issued_at=now, issued_on=now.date(), issued_by=user.id,
                         pdf=final.pdf, docx=final.docx)
    s.add(doc)
    s.flush()
    return doc
