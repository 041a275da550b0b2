"""Publishing a ruling (M25 art 83): the officer files the redacted version, the 部门负责人 approves it, and from
then on it is immutable; a correction is a new version that names the one it replaces.

Every text the published version carries — body, title, file name, and through them the PDF/DOCX metadata and
the HTML title — is masked by the same `redaction.apply`, so a name masked once is masked everywhere."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ipcase.db.models.publication import PublishedRuling
from ipcase.documents.published import render_published
from ipcase.domain.enums import CaseState
from ipcase.domain.filenames import safe_name
from ipcase.domain.publication import redaction
from ipcase.domain.publication.redaction import Mask, MaskKind
from ipcase.domain.publication.rules import PUBLISHABLE_STATES, PublicationStatus, version_note
from ipcase.dto.publication import MaskItem, PublicationInput, PublicationRef
from ipcase.errors import TransitionRefused, ValidationErrors, ValidationFailed
from ipcase.loaders.publication import issued_ruling
from ipcase.loaders.rows import existing
from ipcase.services.common import actor, load_case, recompute_deadlines, record
from ipcase.services.history import relock
from ipcase.uow import UnitOfWork

FILE = "publish_ruling"            # the gestures' names in errors and on the timeline
DECIDE = "approve_publication"


def file_publication(uow: UnitOfWork, *, actor_id: int, data: PublicationInput, now: datetime) -> PublicationRef:
    """File the redacted version for the 部门负责人's approval. Without any accepted mask it is refused unless the
    officer confirmed a second time (`confirm_unredacted`)."""
    s = uow.session
    user = actor(s, actor_id, "publication.file", FILE)
    case = load_case(s, data.case_id)
    if CaseState(case.state) not in PUBLISHABLE_STATES:
        raise TransitionRefused(FILE, case.state, "no_ruling")
    ruling = issued_ruling(s, case.id)
    if ruling is None:
        raise TransitionRefused(FILE, case.state, "ruling_not_issued")
    masks = redaction.check(_masks(data.masks))
    errors: list[ValidationFailed] = []
    if not masks and not data.confirm_unredacted:
        errors.append(ValidationFailed("masks", "unredacted_unconfirmed"))
    if _of_case(s, case.id, PublicationStatus.PENDING) is not None:
        errors.append(ValidationFailed("case_id", "publication_pending"))
    latest = _of_case(s, case.id, PublicationStatus.PUBLISHED)
    if latest is not None and data.replaces_id != latest.id:
        errors.append(ValidationFailed("replaces_id", "replace_latest", str(latest.version)))
    elif latest is None and data.replaces_id is not None:
        errors.append(ValidationFailed("replaces_id", "choice", str(data.replaces_id)))
    if latest is not None and not data.reason.strip():
        errors.append(ValidationFailed("reason", "required"))
    if errors:
        raise errors[0] if len(errors) == 1 else ValidationErrors(errors)
    version = (latest.version if latest else 0) + 1
    title = redaction.apply(ruling.title, masks)
    file_name = safe_name(redaction.apply(f"{case.case_number or ''}{ruling.title}（公开版第{version}版）", masks))
    text = redaction.apply(ruling.text, masks)
    row = PublishedRuling(case_id=case.id, document_id=ruling.id, version=version,
                          replaces_id=latest.id if latest else None, status=PublicationStatus.PENDING.value,
                          title=title, file_name=file_name, text=text,
                          masks=redaction.to_json(_masks(data.masks)), unredacted_confirmed=not masks,
                          place=data.place.strip(), reason=data.reason.strip(), requested_by=user.id,
                          requested_at=now, opinion="")
    s.add(row)
    s.flush()
    record(s, case, user, "publication_filed", now, version=version, masks=len(masks),
           unredacted=not masks, replaces=latest.version if latest else None)
    uow.commit()
    return PublicationRef(row.id, case.id, version, row.status)


def decide_publication(uow: UnitOfWork, *, actor_id: int, publication_id: int, approve: bool, opinion: str,
                       place: str = "", now: datetime) -> PublicationRef:
    """The 部门负责人 approves (the files are made and the version is published today, immutable from now on) or
    refuses with a reason."""
    s = uow.session
    user = actor(s, actor_id, "publication.approve", DECIDE)
    row = existing(s, PublishedRuling, "publication", publication_id)
    case = load_case(s, row.case_id)
    relock(s, row)
    if row.status != PublicationStatus.PENDING:
        raise ValidationFailed("publication", "not_pending", row.status)
    opinion = opinion.strip()
    row.decided_by, row.decided_at, row.opinion = user.id, now, opinion
    if not approve:
        if not opinion:
            raise ValidationFailed("opinion", "required")
        row.status = PublicationStatus.REFUSED.value
        record(s, case, user, "publication_refused", now, version=row.version, opinion=opinion)
        uow.commit()
        return PublicationRef(row.id, case.id, row.version, row.status)
    latest = _of_case(s, case.id, PublicationStatus.PUBLISHED)
    if (latest.id if latest else None) != row.replaces_id:
        raise ValidationFailed("publication", "superseded", str(latest.version if latest else ""))
    masks = redaction.from_json(row.masks)
    found = redaction.leaks([row.title, row.text, row.file_name], masks)
    if found:   # cannot happen through file_publication; a hand-made row must not get out
        raise ValidationFailed("masks", "leak", "、".join(found))
    replaced_on = latest.published_on.isoformat() if latest and latest.published_on else ""
    note = version_note(row.version, latest.version if latest else None, replaced_on)
    row.pdf, row.docx, row.html = render_published(row.title, row.text, note)
    row.status = PublicationStatus.PUBLISHED.value
    row.published_on = now.date()
    if place.strip():
        row.place = place.strip()
    record(s, case, user, "ruling_published", now, version=row.version, place=row.place,
           replaces=latest.version if latest else None)
    s.flush()
    recompute_deadlines(s, case, now.date())
    uow.commit()
    return PublicationRef(row.id, case.id, row.version, row.status)


def _masks(items: tuple[MaskItem, ...]) -> list[Mask]:
    out: list[Mask] = []
    for i, m in enumerate(items):
        try:
            kind = MaskKind(m.kind)
        except ValueError:
            raise ValidationFailed(f"masks[{i}].kind", "choice", m.kind) from None
        out.append(Mask(m.original, m.replacement, kind, m.accepted, m.source))
    return out


def _of_case(s: Session, case_id: int, status: PublicationStatus) -> PublishedRuling | None:
    """The case's version in `status` (the newest, for published ones)."""
    return s.scalar(select(PublishedRuling).where(PublishedRuling.case_id == case_id,
                                                  PublishedRuling.status == status.value)
                    .order_by(PublishedRuling.version.desc(), PublishedRuling.id.desc()).limit(1))


__all__ = ["DECIDE", "FILE", "decide_publication", "file_publication"]
