"""What the redaction editor opens for a case: the issued ruling's text and the proposals."""
from __future__ import annotations

from sqlalchemy.orm import Session

from ipcase.db.models.cases import Case
from ipcase.db.models.publication import PublishedRuling
from ipcase.domain.publication import redaction
from ipcase.domain.publication.rules import PUBLISHABLE_STATES, PublicationStatus
from ipcase.dto.publication import MaskItem, PublicationRow, RedactionDraft
from ipcase.errors import NotFound, TransitionRefused
from ipcase.loaders.publication import issued_ruling, redaction_sources
from ipcase.queries.publication.register import published_register
from ipcase.uow import UnitOfWork


def redaction_draft(uow: UnitOfWork, *, case_id: int) -> RedactionDraft:
    s = uow.session
    case = s.get(Case, case_id)
    if case is None:
        raise NotFound("case", case_id)
    if case.state not in {st.value for st in PUBLISHABLE_STATES}:
        raise TransitionRefused("publish_ruling", case.state, "no_ruling")
    ruling = issued_ruling(s, case.id)
    if ruling is None:
        raise TransitionRefused("publish_ruling", case.state, "ruling_not_issued")
    versions = published_register(uow, case_id=case.id)
    latest = _first(versions, PublicationStatus.PUBLISHED)
    pending = _first(versions, PublicationStatus.PENDING)
    proposals = redaction.propose(ruling.text, redaction_sources(s, case))
    if latest is not None:
        # A correction starts from the masks of the version it replaces (accepted as they were).
        from_latest = {m["original"]: m for m in _masks_of(s, latest.id)}
        proposals = tuple(redaction.Mask(m.original, from_latest[m.original]["replacement"], m.kind,
                                         bool(from_latest[m.original]["accepted"]), m.source)
                          if m.original in from_latest else m for m in proposals) + tuple(
            redaction.from_json(r for o, r in from_latest.items() if o not in {p.original for p in proposals}))
    return RedactionDraft(
        case_id=case.id, case_number=case.case_number or "", document_id=ruling.id, title=ruling.title,
        text=ruling.text, file_name=f"{case.case_number or ''}{ruling.title}",
        proposals=tuple(MaskItem(m.original, m.replacement, m.kind.value, m.accepted, m.source) for m in proposals),
        latest_published_id=latest.id if latest else None,
        latest_published_version=latest.version if latest else None,
        pending_id=pending.id if pending else None)


def _first(rows: tuple[PublicationRow, ...], status: PublicationStatus) -> PublicationRow | None:
    return next((r for r in rows if r.status == status.value), None)


def _masks_of(s: Session, publication_id: int) -> list[dict]:
    return list(s.get(PublishedRuling, publication_id).masks)
