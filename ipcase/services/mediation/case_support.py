"""What the mediation-case services share: loading a case under optimistic locking with its timeline entry,
its stored time limits, validating and writing a request, storing the 案号 pattern. What the queries read too
(facts, snapshot, the pattern) lives in `ipcase.loaders.mediation`."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ipcase.db.models.admin import User
from ipcase.db.models.cases import Case
from ipcase.db.models.mediation import MediationCase, MediationDeadlineRow, MediationEvent, MediationParty
from ipcase.domain.calendar import OfficialCalendar
from ipcase.domain.enums import CaseState, PartyKind, PartyRole
from ipcase.domain.filenames import safe_name
from ipcase.domain.identifiers import normalize_name, parse_patent_number
from ipcase.domain.mediation.cases import CNIPA_COPY_STATES, OPEN_STATES, OWNERSHIP_KINDS, MediationKind
from ipcase.domain.mediation.deadlines import mediation_deadlines
from ipcase.domain.numbering import validate_pattern
from ipcase.domain.parties import check_parties
from ipcase.domain.patent_dates import PATENT_LAW_START
from ipcase.dto.mediation import MediationCaseRef, MediationRequestInput
from ipcase.errors import ValidationErrors, ValidationFailed
from ipcase.loaders.mediation import PATTERN_KEY, facts
from ipcase.loaders.settings import load_calendar, store_value
from ipcase.services.common import check_assignee, oversize
from ipcase.services.history import Timeline, append_entry, load_versioned

MEDIATION_TIMELINE = Timeline("mediation_case", MediationCase, MediationEvent, "mediation_case_id")
MAX_COPY_BYTES = 20 * 1024 * 1024


def ref(case: MediationCase) -> MediationCaseRef:
    return MediationCaseRef(case.id, case.version, case.case_number)


def load(s: Session, case_id: int, expected_version: int | None = None) -> MediationCase:
    return load_versioned(s, MEDIATION_TIMELINE, case_id, expected_version)


def record(s: Session, case: MediationCase, user: User | None, kind: str, now: datetime, *,
           from_state: str | None = None, to_state: str | None = None, **detail) -> None:
    """Timeline entry + version bump (once per gesture), then the stored time limits are recomputed."""
    append_entry(s, MEDIATION_TIMELINE, case, user, kind, now, from_state=from_state, to_state=to_state, **detail)
    recompute(s, case, load_calendar(s))


# ---- time limits ----------------------------------------------------------------------------------

def recompute(s: Session, case: MediationCase, cal: OfficialCalendar) -> None:
    s.execute(delete(MediationDeadlineRow).where(MediationDeadlineRow.mediation_case_id == case.id))
    s.add_all(MediationDeadlineRow(mediation_case_id=case.id, code=d.code.value, start_date=d.start, due_date=d.due,
                                   provisional=d.provisional, basis=d.basis, status=d.status.value,
                                   met_date=d.met_date, hide_after_due=d.hide_after_due)
              for d in mediation_deadlines(facts(case), cal))


# ---- the request ---------------------------------------------------------------------------------

def _ruling_ok(s: Session, case_id: int) -> bool:
    """A ruling of this register that found infringement (archived ones too)."""
    case = s.get(Case, case_id)
    if case is None:
        return False
    return case.state == CaseState.CLOSED_RULING_INFRINGEMENT or (
        case.state == CaseState.ARCHIVED and (case.closing_detail or {}).get("outcome") == "infringement")


def validate_request(s: Session, data: MediationRequestInput, today: date) -> dict:
    """Every wrong field at once, under the keys the form maps to its widgets; returns cleaned values."""
    errors: list[ValidationFailed] = []
    clean: dict = {}
    if data.kind not in MediationKind.__members__.values():
        errors.append(ValidationFailed("mediation_kind", "choice", str(data.kind)))
    if data.received_date is None:
        errors.append(ValidationFailed("received_date", "required"))
    elif data.received_date > today:
        errors.append(ValidationFailed("received_date", "future", data.received_date.isoformat()))
    if not data.subject.strip():
        errors.append(ValidationFailed("mediation_subject", "required"))
    clean["patent_number"] = ""
    if data.patent_number.strip():
        try:
            clean["patent_number"] = str(parse_patent_number(data.patent_number, current_year=today.year))
        except ValidationFailed as e:
            errors.append(ValidationFailed("patent_number", e.reason, e.detail, value=data.patent_number))
    clean["codes"] = check_parties((("requesters", data.requesters), ("respondents", data.respondents)), errors)
    if data.kind == MediationKind.DAMAGES:
        # M25 art 64: damages are mediated only after a ruling (or judgment) found the infringement.
        if data.ruling_case_id is not None:
            if not _ruling_ok(s, data.ruling_case_id):
                errors.append(ValidationFailed("ruling_case_id", "mediation_not_infringement_ruling"))
        elif not data.ruling_reference.strip():
            errors.append(ValidationFailed("ruling_reference", "mediation_ruling_required"))
        elif not data.ruling_copy_name.strip():
            errors.append(ValidationFailed("ruling_copy", "mediation_copy_required"))
    if too_large := oversize("ruling_copy", data.ruling_copy, MAX_COPY_BYTES):
        errors.append(too_large)
    if data.kind == MediationKind.PROVISIONAL_FEE:
        # 实施细则 art 102: the fee for using an invention between publication and grant, only after grant.
        if data.grant_date is None:
            errors.append(ValidationFailed("grant_date", "required"))
        elif data.received_date and data.grant_date > data.received_date:
            errors.append(ValidationFailed("grant_date", "mediation_after_request", data.received_date.isoformat()))
        elif data.grant_date < PATENT_LAW_START:
            errors.append(ValidationFailed("grant_date", "before_patent_law", PATENT_LAW_START.isoformat()))
    check_assignee(s, data.officer_id, "case.handle", "officer_id", errors)
    if errors:
        raise ValidationErrors(errors)
    return clean


def write_request(case: MediationCase, data: MediationRequestInput, clean: dict) -> None:
    case.kind = MediationKind(data.kind).value
    case.received_date = data.received_date
    case.subject, case.facts = data.subject.strip(), data.facts.strip()
    case.amount_claimed = data.amount_claimed.strip()
    case.patent_number = clean["patent_number"]
    case.patent_title, case.patentee = data.patent_title.strip(), data.patentee.strip()
    case.grant_date = data.grant_date
    damages = data.kind == MediationKind.DAMAGES
    case.ruling_case_id = data.ruling_case_id if damages else None
    case.ruling_reference = data.ruling_reference.strip() if damages and data.ruling_case_id is None else ""
    if data.ruling_copy is not None:
        case.ruling_copy_name, case.ruling_copy = safe_name(data.ruling_copy_name), data.ruling_copy
    elif not case.ruling_reference:
        case.ruling_copy_name, case.ruling_copy = "", None
    known = {(p.role, p.name_normalized): p.id_number for p in case.parties if p.id_number}
    parties = []
    for group, role, items in (("requesters", PartyRole.REQUESTER, data.requesters),
                               ("respondents", PartyRole.RESPONDENT, data.respondents)):
        for i, p in enumerate(items):
            codes = clean["codes"]
            party = MediationParty(
                role=role.value, kind=PartyKind(p.kind).value, position=i + (100 if role == PartyRole.RESPONDENT else 0),
                name=p.name.strip(), name_normalized=normalize_name(p.name),
                credit_code=codes.get((group, i, "credit_code")) or "",
                id_number=codes.get((group, i, "id_number")) or "",
                legal_rep=p.legal_rep.strip(), legal_rep_title=p.legal_rep_title.strip(), address=p.address.strip(),
                phone=p.phone.strip(),
                agents=[{"name": a.name.strip(), "organization": a.organization.strip(), "phone": a.phone.strip(),
                         "address": a.address.strip()} for a in p.agents if a.name.strip()])
            # The form shows ID numbers masked: an empty one for the same person keeps what is on record.
            party.id_number = party.id_number or known.get((party.role, party.name_normalized), "")
            parties.append(party)
    case.parties = parties


def search_text(case: MediationCase) -> str:
    bits = [case.case_number or "", case.patent_number, case.patent_number.removeprefix("ZL"), case.subject[:100]]
    for p in case.parties:
        bits += [p.name, p.name_normalized, p.credit_code]
    return " | ".join(b for b in bits if b)


# ---- the 案号 pattern ----------------------------------------------------------------------------

def store_pattern(s: Session, office_id: int, pattern: str) -> str:
    pattern = validate_pattern(pattern, "mediation_case_number_pattern")
    store_value(s, office_id, PATTERN_KEY, pattern)
    return pattern


def recompute_live(s: Session, cal: OfficialCalendar, *, office_id: int | None = None) -> None:
    """After a holiday year or a settings change: every case (of `office_id`, else of every office) whose time
    limits may still run (open ones, and concluded ownership agreements still waiting for the copy to CNIPA)."""
    waiting_copy = (MediationCase.state.in_([x.value for x in CNIPA_COPY_STATES])
                    & MediationCase.kind.in_([k.value for k in OWNERSHIP_KINDS]) & MediationCase.cnipa_copied.is_(None))
    q = select(MediationCase).where(MediationCase.state.in_([x.value for x in OPEN_STATES]) | waiting_copy)
    if office_id is not None:
        q = q.where(MediationCase.office_id == office_id)
    for case in s.scalars(q):
        recompute(s, case, cal)
