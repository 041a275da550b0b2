"""An issued document's PDF and DOCX are made on first opening from what was frozen at issue
(ipcase.documents.frozen, ipcase.loaders.document_files): byte for byte the files issuing would have made, even
after the case, the office and the clock moved on. SQLite and PostgreSQL, through the services."""
from __future__ import annotations

from datetime import date

from sqlalchemy import select

from case_helpers import Driver, at
from ipcase.db.models.admin import Office
from ipcase.db.models.cases import Party
from ipcase.db.models.documents import IssuedDocument
from ipcase.documents.engine import render_frozen
from ipcase.domain.enums import PartyRole
from ipcase.dto.documents import DocumentDraft
from ipcase.queries.documents.register import case_file_input, document_file, load_document_case
from ipcase.services.documents import issue as docs

DAY = date(2026, 10, 12)
NUMBER = "测试市知裁受字〔2026〕1号"


def test_a_document_opened_later_is_the_file_issuing_would_have_made(new_uow, staff):
    c = Driver.new(new_uow, staff, at(DAY), received=DAY)
    c.panel(at(DAY))
    c.act_approved("register", {"registered_date": DAY}, at(DAY))
    requester = c.party_ids(PartyRole.REQUESTER, DAY)[0]
    draft = DocumentDraft("acceptance_notice", party_id=requester)
    with new_uow() as uow:   # the eager rendering: what issuing made before documents were made lazily
        case = load_document_case(uow.session, c.ref.id)
        eager = docs.render(case, draft, number=NUMBER, issue_date=DAY, moment=at(DAY),
                            fonts=docs.document_fonts(uow.session, staff.office.id))
    with new_uow() as uow:
        info = docs.issue_document(uow, actor_id=staff.clerk.id, case_id=c.ref.id, draft=draft, now=at(DAY))
    assert info.number == NUMBER
    with new_uow() as uow:
        row = uow.session.get(IssuedDocument, info.id)
        assert row.pdf is None and row.docx is None and row.pages == 0 and row.content["number"] == NUMBER
        assert row.text == eager.text
        # the record moves on: the requester is renamed, the office too; the document is opened later
        uow.session.scalar(select(Party).where(Party.id == requester)).name = "改名后的请求人有限公司"
        uow.session.get(Office, staff.office.id).name = "改名后的市场监督管理局"
        uow.commit()
    with new_uow() as uow:
        _name, pdf = document_file(uow, document_id=info.id, kind="pdf")
        _name, docx = document_file(uow, document_id=info.id, kind="docx")
    assert pdf == eager.pdf and docx == eager.docx
    with new_uow() as uow:   # kept by the first opening, with the page count
        row = uow.session.get(IssuedDocument, info.id)
        assert (row.pdf, row.docx, row.pages) == (eager.pdf, eager.docx, eager.pages)
        assert case_file_input(uow, case_id=c.ref.id).parts[0].data == eager.pdf
    # made again from the frozen content: the same bytes (nothing reads the clock or the record)
    with new_uow() as uow:
        row = uow.session.get(IssuedDocument, info.id)
        again = render_frozen(row.content)
    assert (again.pdf, again.docx) == (eager.pdf, eager.docx)


def test_the_case_file_makes_the_files_of_documents_never_opened(new_uow, staff):
    c = Driver.new(new_uow, staff, at(DAY), received=DAY)
    c.panel(at(DAY))
    c.act_approved("register", {"registered_date": DAY}, at(DAY))
    requester = c.party_ids(PartyRole.REQUESTER, DAY)[0]
    with new_uow() as uow:
        docs.issue_document(uow, actor_id=staff.clerk.id, case_id=c.ref.id,
                            draft=DocumentDraft("acceptance_notice", party_id=requester), now=at(DAY))
    with new_uow() as uow:
        parts = case_file_input(uow, case_id=c.ref.id).parts
    assert parts[0].data.startswith(b"%PDF")
    with new_uow() as uow:
        assert uow.session.scalars(select(IssuedDocument.pages)).all()[0] >= 1
