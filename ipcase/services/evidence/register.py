"""Write side of the evidence register (证据): register and correct items, attach files with their SHA-256,
verify the stored files, and record the panel's admission decision. One function per gesture."""
from __future__ import annotations

import hashlib
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, undefer

from ipcase.db.models.admin import User
from ipcase.db.models.cases import Case, Party
from ipcase.db.models.evidence import EvidenceFile, EvidenceItem
from ipcase.domain.enums import OPEN_STATES, REGISTERED_OPEN_STATES, CaseState
from ipcase.domain.filenames import safe_name
from ipcase.dto.evidence import EvidenceInput, FileUpload, VerifyResult
from ipcase.errors import (
    TransitionRefused,
    ValidationErrors,
    ValidationFailed,
)
from ipcase.services.common import actor, load_case, record
from ipcase.services.history import load_row
from ipcase.uow import UnitOfWork

MAX_FILE = 50 * 1024 * 1024


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def open_case(s: Session, case_id: int, action: str, states=REGISTERED_OPEN_STATES) -> Case:
    """The case, locked for this transaction, in a state where investigation may happen."""
    case = load_case(s, case_id)
    if CaseState(case.state) not in states:
        raise TransitionRefused(action, case.state, "wrong_state")
    return case


def _check(s: Session, case: Case, data: EvidenceInput, today) -> None:
    errors = []
    if not data.name.strip():
        errors.append(ValidationFailed("name", "required"))
    if data.by_office == (data.party_id is not None):
        errors.append(ValidationFailed("party_id", "required" if not data.by_office else "choice"))
    elif data.party_id is not None:
        party = s.get(Party, data.party_id)
        if party is None or party.case_id != case.id:
            errors.append(ValidationFailed("party_id", "choice", value=data.party_id))
    if data.received_on > today:
        errors.append(ValidationFailed("received_on", "future", data.received_on.isoformat()))
    if not isinstance(data.pages, int) or not 0 <= data.pages <= 100000:
        errors.append(ValidationFailed("pages", "range", value=data.pages))
    if errors:
        raise ValidationErrors(errors)


def file_rows(user: User, uploads: tuple[FileUpload, ...], now: datetime) -> list[EvidenceFile]:
    errors = []
    for i, f in enumerate(uploads):
        if not f.data:
            errors.append(ValidationFailed(f"files[{i}]", "required", f.name))
        elif len(f.data) > MAX_FILE:
            errors.append(ValidationFailed(f"files[{i}]", "too_large", "50 MB"))
    if errors:
        raise ValidationErrors(errors)
    return [EvidenceFile(name=safe_name(f.name), size=len(f.data), sha256=sha256(f.data), content=f.data, added_at=now,
                         added_by=user.id) for f in uploads]


def add_evidence(uow: UnitOfWork, *, actor_id: int, case_id: int, data: EvidenceInput,
                 files: tuple[FileUpload, ...] = (), now: datetime) -> int:
    """Register an item (evidence also arrives with the request, before 立案); returns its id. The case row
    is locked first, so two desks registering at once get consecutive 序号 without a gap."""
    s = uow.session
    user = actor(s, actor_id, "case.service", "add_evidence")
    case = open_case(s, case_id, "add_evidence", OPEN_STATES)
    _check(s, case, data, now.date())
    seq = (s.scalar(select(func.max(EvidenceItem.seq)).where(EvidenceItem.case_id == case.id)) or 0) + 1
    item = EvidenceItem(case_id=case.id, seq=seq, created_by=user.id, created_at=now,
                        files=file_rows(user, files, now), **_columns(data))
    s.add(item)
    s.flush()
    record(s, case, user, "evidence_added", now, seq=seq, name=item.name, files=len(files))
    uow.commit()
    return item.id


def _columns(data: EvidenceInput) -> dict:
    return dict(name=data.name.strip(), party_id=None if data.by_office else data.party_id,
                by_office=data.by_office, received_on=data.received_on, purpose=data.purpose.strip(),
                pages=data.pages, original=data.original, note=data.note.strip())


def _item(s: Session, item_id: int, expected_version: int | None = None) -> EvidenceItem:
    return load_row(s, EvidenceItem, "evidence", item_id, expected_version)


def update_evidence(uow: UnitOfWork, *, actor_id: int, item_id: int, expected_version: int,
                    data: EvidenceInput, files: tuple[FileUpload, ...] = (), now: datetime) -> int:
    """Correct an item's particulars and add files; the 序号 never changes."""
    s = uow.session
    user = actor(s, actor_id, "case.service", "update_evidence")
    item = _item(s, item_id, expected_version)
    case = open_case(s, item.case_id, "update_evidence", OPEN_STATES)
    _check(s, case, data, now.date())
    for key, value in _columns(data).items():
        setattr(item, key, value)
    item.files.extend(file_rows(user, files, now))
    s.flush()
    record(s, case, user, "evidence_edited", now, seq=item.seq, name=item.name, files=len(files))
    uow.commit()
    return item.id


def verify_files(uow: UnitOfWork, *, actor_id: int, case_id: int, now: datetime) -> VerifyResult:
    """Recompute the SHA-256 of every stored evidence file of the case and compare it with the one taken
    when the file was added; each file keeps the result, and a change goes on the case timeline."""
    s = uow.session
    user = actor(s, actor_id, "case.service", "verify_evidence")
    case = load_case(s, case_id)
    rows = s.execute(select(EvidenceFile, EvidenceItem.seq).join(EvidenceItem, EvidenceItem.id == EvidenceFile.item_id)
                     .where(EvidenceItem.case_id == case_id).options(undefer(EvidenceFile.content))
                     .order_by(EvidenceItem.seq, EvidenceFile.id)).all()
    changed = []
    for f, seq in rows:
        f.intact = sha256(f.content or b"") == f.sha256
        f.verified_at = now
        if not f.intact:
            changed.append(f"{seq}. {f.name}")
    record(s, case, user, "evidence_verified", now, checked=len(rows), changed=changed)
    uow.commit()
    return VerifyResult(len(rows), tuple(changed))


def decide_admission(uow: UnitOfWork, *, actor_id: int, item_id: int, expected_version: int,
                     admitted: bool, reason: str, now: datetime) -> int:
    """The panel's decision to admit (采信) an item or not, with its reason (required when not admitted)."""
    s = uow.session
    user = actor(s, actor_id, "case.procedure", "decide_admission")
    item = _item(s, item_id, expected_version)
    case = open_case(s, item.case_id, "decide_admission")
    if not admitted and not reason.strip():
        raise ValidationFailed("admission_reason", "required")
    item.admitted, item.admission_reason, item.admission_on = admitted, reason.strip(), now.date()
    s.flush()
    record(s, case, user, "evidence_admission", now, seq=item.seq, name=item.name, admitted=admitted,
           reason=reason.strip())
    uow.commit()
    return item.id
