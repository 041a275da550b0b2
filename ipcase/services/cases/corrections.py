"""The 更正 of a party's data after 立案 (issue 12): before 立案 the request itself is edited
(`update_request`); after it, the party that documents name is part of the record, so a wrong name, address or
code is corrected only by an approval — the officer files it with a reason, the 部门负责人 decides — and the
timeline keeps what it read before and after. Documents issued afterwards read the corrected party."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ipcase.db.models.cases import Case, Party
from ipcase.db.models.corrections import PartyCorrection
from ipcase.domain.enums import PRE_REGISTRATION_STATES, ApprovalStatus, CaseState
from ipcase.domain.identifiers import mask_id_number, normalize_name
from ipcase.domain.parties import check_party
from ipcase.dto.cases import CaseRef
from ipcase.dto.corrections import CORRECTABLE, PartyCorrectionInput
from ipcase.errors import ConcurrentModification, TransitionRefused, ValidationErrors, ValidationFailed
from ipcase.loaders.rows import existing
from ipcase.services.common import actor, load_case, record, ref, search_text
from ipcase.uow import UnitOfWork

ACTION = "correct_party"  # the gesture's name in errors and on the timeline


def file_party_correction(uow: UnitOfWork, *, actor_id: int, case_id: int, expected_version: int,
                          data: PartyCorrectionInput, now: datetime) -> CaseRef:
    """File a correction of one party for the 部门负责人's decision; nothing changes on the party yet."""
    s = uow.session
    user = actor(s, actor_id, "approval.file", ACTION)
    case = load_case(s, case_id, expected_version)
    if CaseState(case.state) in PRE_REGISTRATION_STATES or case.case_number is None:
        raise TransitionRefused(ACTION, case.state, "before_registration")
    party = _party_of(s, case, data.party_id)
    before, after = _changes(party, data)
    if _pending_for(s, party.id) is not None:
        raise ValidationFailed("party_id", "correction_pending")
    s.add(PartyCorrection(case_id=case.id, party_id=party.id, status=ApprovalStatus.PENDING.value,
                          before=before, after=after, reason=data.reason.strip(), requested_by=user.id,
                          requested_at=now, opinion=""))
    record(s, case, user, "party_correction_filed", now, party=party.name, reason=data.reason.strip(),
           before=_shown(before), after=_shown(after))
    uow.commit()
    return ref(case)


def decide_party_correction(uow: UnitOfWork, *, actor_id: int, correction_id: int, approve: bool, opinion: str,
                            now: datetime) -> CaseRef:
    """The 部门负责人 approves (the party reads the corrected data from now on) or refuses (with a reason)."""
    s = uow.session
    user = actor(s, actor_id, "approval.decide", ACTION)
    # Locked, so two heads deciding at once cannot both apply it (PostgreSQL; SQLite writes one at a time).
    correction = existing(s, PartyCorrection, "correction", correction_id, with_for_update=True)
    if correction.status != ApprovalStatus.PENDING:
        raise ValidationFailed("correction", "not_pending", correction.status)
    case = load_case(s, correction.case_id)
    party = _party_of(s, case, correction.party_id)
    opinion = opinion.strip()
    correction.decided_by, correction.decided_at, correction.opinion = user.id, now, opinion
    if not approve:
        if not opinion:
            raise ValidationFailed("opinion", "required")
        correction.status = ApprovalStatus.REJECTED.value
        record(s, case, user, "party_correction_refused", now, party=party.name, opinion=opinion)
        uow.commit()
        return ref(case)
    changed_since = {k for k, v in correction.before.items() if getattr(party, k) != v}
    if changed_since:
        # The party was changed after the correction was filed: applying it would undo that change unseen.
        raise ConcurrentModification("party", party.id, 0, 0, tuple(sorted(changed_since)))
    for field, value in correction.after.items():
        setattr(party, field, value)
    if "name" in correction.after:
        party.name_normalized = normalize_name(party.name)
    case.search_text = search_text(case)
    correction.status = ApprovalStatus.APPROVED.value
    record(s, case, user, "party_corrected", now, party=party.name, opinion=opinion,
           before=_shown(correction.before), after=_shown(correction.after))
    uow.commit()
    return ref(case)


def _party_of(s: Session, case: Case, party_id: int) -> Party:
    party = s.get(Party, party_id)
    if party is None or party.case_id != case.id:
        raise ValidationFailed("party_id", "choice", str(party_id))
    return party


def _changes(party: Party, data: PartyCorrectionInput) -> tuple[dict, dict]:
    """The fields that change, before and after; every wrong field of the form at once."""
    errors: list[ValidationFailed] = []
    codes = check_party("", errors, name=data.name, credit_code=data.credit_code, id_number=data.id_number)
    if not data.reason.strip():
        errors.append(ValidationFailed("reason", "required"))
    new = {f: (codes.get(f) if f in codes else getattr(data, f).strip()) for f in CORRECTABLE}
    if not new["id_number"]:
        new["id_number"] = party.id_number   # masked in the form: empty keeps it
    before = {f: getattr(party, f) for f in CORRECTABLE if getattr(party, f) != new[f]}
    after = {f: new[f] for f in before}
    if not errors and not after:
        errors.append(ValidationFailed("name", "unchanged"))
    if errors:
        raise ValidationErrors(errors)
    return before, after


def _pending_for(s: Session, party_id: int) -> PartyCorrection | None:
    return s.scalar(select(PartyCorrection).where(PartyCorrection.party_id == party_id,
                                                  PartyCorrection.status == ApprovalStatus.PENDING.value))


def _shown(values: dict) -> dict:
    """What the timeline may show: an ID number only masked."""
    return {k: mask_id_number(v) if k == "id_number" else v for k, v in values.items()}


__all__ = ["ACTION", "decide_party_correction", "file_party_correction"]
