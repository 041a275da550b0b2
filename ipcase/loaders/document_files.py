"""The one way to an issued document's PDF and DOCX, for every reader (the register's 打开/导出, the case file,
the CLI, mediation-case documents, a 送达回证 counting its subject's pages).

Issuing stores what the files are made from (`documents.content`, ipcase.documents.frozen), not the files:
making them is most of what issuing costs, and most documents are never opened in the application (the demo's
first start issues about ninety). The first reader makes them from the frozen content and stores them (and the
page count) on the document; later readers read them. The bytes are those issuing would have made
(render_frozen: same blocks, 文号, 签发 date, fonts and file dates), so storing them changes nothing a reader
can see. Documents issued with their files (before migration 0030, intake letters, mediation-case documents)
are read as stored."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from ipcase.db import office_scope
from ipcase.documents.engine import render_frozen
from ipcase.errors import DatabaseBusy, NotFound


@dataclass(frozen=True)
class DocumentFiles:
    pdf: bytes
    docx: bytes
    pages: int


def document_files(session: Session, doc) -> DocumentFiles:
    """The files of `doc` (an IssuedDocument or a MediationDocument), made and stored now if this is their
    first reading. Inside a gesture the gesture's commit keeps them; a reader keeps them with `opened`."""
    if doc.pdf is not None:
        return DocumentFiles(doc.pdf, doc.docx or b"", doc.pages)
    frozen = getattr(doc, "content", None)
    if not frozen:
        raise NotFound("document_file", doc.id)
    files = render_frozen(frozen)
    # a derived write: the reader may be of another office (a city reading its counties' documents)
    with office_scope.system_work(session):
        doc.pdf, doc.docx, doc.pages = files.pdf, files.docx, files.pages
        session.flush()
    return DocumentFiles(files.pdf, files.docx, files.pages)


def opened(uow, docs) -> list[DocumentFiles]:
    """The files of `docs` for a reader (a query's unit of work, which commits nothing else): those made now are
    committed, so the next reader reads them. If the database is busy they are still returned, and made again
    at the next opening."""
    s = uow.session
    first = [d for d in docs if d.pdf is None]
    files = [document_files(s, d) for d in docs]
    if first:
        try:
            uow.commit()
        except (DatabaseBusy, OperationalError):
            s.rollback()
    return files
