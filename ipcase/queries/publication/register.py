"""The register of published rulings (what, when, where, by whom, which version) and the files as published."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import aliased

from ipcase.db.models.admin import User
from ipcase.db.models.cases import Case
from ipcase.db.models.publication import PublishedRuling
from ipcase.documents.published import render_published
from ipcase.domain.publication.rules import PublicationStatus, version_note
from ipcase.dto.publication import PublicationRow, PublishedFiles
from ipcase.errors import NotFound
from ipcase.uow import UnitOfWork


def published_register(uow: UnitOfWork, *, status: str | None = None, case_id: int | None = None,
                       year: int | None = None, publication_id: int | None = None) -> tuple[PublicationRow, ...]:
    """Every version (or those in `status`), newest first; the office scope of the unit of work applies."""
    s = uow.session
    requester, decider, replaced = aliased(User), aliased(User), aliased(PublishedRuling)
    q = (select(PublishedRuling, Case.case_number, Case.closed_date, requester.full_name, decider.full_name,
                replaced.version)
         .join(Case, Case.id == PublishedRuling.case_id)
         .join(requester, requester.id == PublishedRuling.requested_by)
         .outerjoin(decider, decider.id == PublishedRuling.decided_by)
         .outerjoin(replaced, replaced.id == PublishedRuling.replaces_id)
         .order_by(PublishedRuling.requested_at.desc(), PublishedRuling.id.desc()))
    if status:
        q = q.where(PublishedRuling.status == status)
    if case_id is not None:
        q = q.where(PublishedRuling.case_id == case_id)
    if publication_id is not None:
        q = q.where(PublishedRuling.id == publication_id)
    if year is not None:
        q = q.where(PublishedRuling.published_on.between(f"{year}-01-01", f"{year}-12-31"))
    return tuple(PublicationRow(
        id=r.id, case_id=r.case_id, case_number=number or "", version=r.version, status=r.status, title=r.title,
        file_name=r.file_name, place=r.place, masks=sum(1 for m in r.masks if m.get("accepted", True)),
        unredacted=r.unredacted_confirmed, requested_by=req or "", requested_at=r.requested_at,
        decided_by=dec or "", published_on=r.published_on, replaces_version=rep, ruling_date=closed,
        reason=r.reason, opinion=r.opinion)
        for r, number, closed, req, dec, rep in s.execute(q))


def pending_publications(uow: UnitOfWork) -> tuple[PublicationRow, ...]:
    return published_register(uow, status=PublicationStatus.PENDING.value)


def for_decision(uow: UnitOfWork, *, publication_id: int) -> tuple[PublicationRow, str]:
    """A version and its redacted text, as the approval dialog shows them (from the case's 公开 tab or the
    工作台's approvals queue alike)."""
    rows = published_register(uow, publication_id=publication_id)
    if not rows:
        raise NotFound("publication", publication_id)
    return rows[0], publication_text(uow, publication_id=publication_id)


def publication_text(uow: UnitOfWork, *, publication_id: int) -> str:
    """The redacted text of a version (what the 部门负责人 reads before approving)."""
    row = uow.session.get(PublishedRuling, publication_id)
    if row is None:
        raise NotFound("publication", publication_id)
    return row.text


def published_files(uow: UnitOfWork, *, publication_id: int) -> PublishedFiles:
    """The files of a published version, exactly as published. A version written without its files (the demo's
    past rulings, ipcase/demo/past_rulings.py) has them made from its text at each opening, dated its approval:
    the same bytes every time on one machine (a published version is immutable, so they are not stored)."""
    row = uow.session.get(PublishedRuling, publication_id)
    if row is None or row.status != PublicationStatus.PUBLISHED:
        raise NotFound("publication", publication_id)
    if row.pdf is None:
        pdf, docx, html = render_published(row.title, row.text, version_note(row.version, None), moment=row.decided_at)
        return PublishedFiles(row.file_name, pdf, docx, html)
    return PublishedFiles(row.file_name, row.pdf or b"", row.docx or b"", row.html or b"")
