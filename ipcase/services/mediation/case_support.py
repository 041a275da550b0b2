"""What the mediation-case services and queries share: loading a case under optimistic locking, its timeline,
its facts for the domain rules, its stored time limits, validating and writing a request, the 案号 pattern."""
from __future__ import annotations

import json
from datetime import date, datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from ipcase.db.models.admin import Setting, User
from ipcase.db.models.cases import Case
from ipcase.db.models.mediation import (
    MediationAgreement,
    MediationCase,
    MediationDeadlineRow,
    MediationEvent,
    MediationParty,
)
from ipcase.domain.calendar import OfficialCalendar
from ipcase.domain.enums import CaseState, PartyKind, PartyRole
from ipcase.domain.identifiers import check_credit_code, check_id_number, normalize_name, parse_patent_number
from ipcase.domain.mediation.cases import (
    CLOSED_STATES,
    OPEN_STATES,
    OWNERSHIP_KINDS,
    ExtensionStatus,
    MediationKind,
    MediationSnapshot,
    MediationState,
)
from ipcase.domain.mediation.deadlines import MediationDeadlineCode, MediationFacts, mediation_deadlines
from ipcase.domain.numbering import validate_pattern
from ipcase.dto.mediation import MediationCaseRef, MediationRequestInput
from ipcase.errors import ConcurrentModification, NotFound, ValidationErrors, ValidationFailed
from ipcase.services.common import _jsonable, load_calendar

PATTERN_KEY = "mediation.case_number_pattern"
DEFAULT_PATTERN = "{机关简称}知调字〔{YYYY}〕{n}号"   # [U] no national pattern, like the adjudication 案号
MAX_AGENTS = 2
MAX_COPY_BYTES = 20 * 1024 * 1024
_AGREEMENT_SIGNED = "signed"   # domain.mediation.AgreementStatus.SIGNED


def ref(case: MediationCase) -> MediationCaseRef:
    return MediationCaseRef(case.id, case.version, case.case_number)


def load(s: Session, case_id: int, expected_version: int | None = None) -> MediationCase:
    case = s.get(MediationCase, case_id, with_for_update=s.bind.dialect.name != "sqlite")
    if case is None:
        raise NotFound("mediation_case", case_id)
    if expected_version is not None and case.version != expected_version:
        names = dict(s.execute(select(User.id, User.full_name)).all())
        changes = s.scalars(select(MediationEvent).where(MediationEvent.mediation_case_id == case_id,
                                                         MediationEvent.version > expected_version)
                            .order_by(MediationEvent.id)).all()
        raise ConcurrentModification("mediation_case", case_id, expected_version, case.version,
                                     tuple(f"{e.at:%Y-%m-%d %H:%M} {names.get(e.actor_id, '')} {e.kind}"
                                           for e in changes))
    return case


def record(s: Session, case: MediationCase, user: User | None, kind: str, now: datetime, *,
           from_state: str | None = None, to_state: str | None = None, **detail) -> None:
    """Timeline entry + version bump (once per gesture), then the stored time limits are recomputed."""
    case.updated_at = now
    case.version = case.version + 1
    s.flush()
    s.add(MediationEvent(mediation_case_id=case.id, at=now, actor_id=user.id if user else None, kind=kind,
                         from_state=from_state, to_state=to_state, detail=_jsonable(detail), version=case.version))
    recompute(s, case, load_calendar(s))


# ---- facts, snapshot, time limits ---------------------------------------------------------------

def facts(case: MediationCase) -> MediationFacts:
    return MediationFacts(
        kind=MediationKind(case.kind), state=MediationState(case.state), received_date=case.received_date,
        notice_served=case.notice_served, statement_received=case.statement_received,
        decided_date=case.decided_date, registered_date=case.registered_date,
        extension=ExtensionStatus(case.extension_status), closed_date=case.closed_date,
        cnipa_copied=case.cnipa_copied)


def recompute(s: Session, case: MediationCase, cal: OfficialCalendar) -> None:
    s.execute(delete(MediationDeadlineRow).where(MediationDeadlineRow.mediation_case_id == case.id))
    s.add_all(MediationDeadlineRow(mediation_case_id=case.id, code=d.code.value, start_date=d.start, due_date=d.due,
                                   provisional=d.provisional, basis=d.basis, status=d.status.value,
                                   met_date=d.met_date, hide_after_due=d.hide_after_due)
              for d in mediation_deadlines(facts(case), cal))


def agreement_signed(s: Session, case_id: int) -> date | None:
    """The day the latest agreement signed by every party took effect (the mediation feature's record)."""
    return s.scalar(select(func.max(MediationAgreement.effective_date)).where(
        MediationAgreement.mediation_case_id == case_id, MediationAgreement.status == _AGREEMENT_SIGNED))


def snapshot(s: Session, case: MediationCase, today: date) -> MediationSnapshot:
    statement_due = s.scalar(select(MediationDeadlineRow.due_date).where(
        MediationDeadlineRow.mediation_case_id == case.id,
        MediationDeadlineRow.code == MediationDeadlineCode.D17.value))
    return MediationSnapshot(
        state=MediationState(case.state), kind=MediationKind(case.kind), today=today,
        received_date=case.received_date, statement_received=case.statement_received,
        respondent_agrees=case.respondent_agrees, statement_due=statement_due,
        registered_date=case.registered_date,
        ruling_on_record=bool(case.ruling_case_id or (case.ruling_reference and case.ruling_copy_name)),
        granted_before_request=bool(case.grant_date and case.grant_date <= case.received_date),
        agreement_signed=agreement_signed(s, case.id), extension=ExtensionStatus(case.extension_status),
        closed_date=case.closed_date, cnipa_copied=case.cnipa_copied)


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
    clean: dict = {"codes": {}}
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
    for group, parties in (("requesters", data.requesters), ("respondents", data.respondents)):
        if not parties:
            errors.append(ValidationFailed(group, "required"))
        for i, p in enumerate(parties):
            key = f"{group}[{i}]"
            if not p.name.strip():
                errors.append(ValidationFailed(f"{key}.name", "required"))
            for name, fn, value in (("credit_code", check_credit_code, p.credit_code),
                                    ("id_number", check_id_number, p.id_number)):
                if value.strip():
                    try:
                        clean["codes"][(group, i, name)] = fn(value)
                    except ValidationFailed as e:
                        errors.append(ValidationFailed(f"{key}.{name}", e.reason, e.detail, value=value))
            if len(p.agents) > MAX_AGENTS:
                errors.append(ValidationFailed(f"{key}.agents", "too_many", str(MAX_AGENTS)))
            for j, a in enumerate(p.agents):
                if not a.name.strip():
                    errors.append(ValidationFailed(f"{key}.agents[{j}].name", "required"))
    if data.kind == MediationKind.DAMAGES:
        # M25 art 64: damages are mediated only after a ruling (or judgment) found the infringement.
        if data.ruling_case_id is not None:
            if not _ruling_ok(s, data.ruling_case_id):
                errors.append(ValidationFailed("ruling_case_id", "mediation_not_infringement_ruling"))
        elif not data.ruling_reference.strip():
            errors.append(ValidationFailed("ruling_reference", "mediation_ruling_required"))
        elif not data.ruling_copy_name.strip():
            errors.append(ValidationFailed("ruling_copy", "mediation_copy_required"))
    if data.ruling_copy is not None and len(data.ruling_copy) > MAX_COPY_BYTES:
        errors.append(ValidationFailed("ruling_copy", "too_large", f"{MAX_COPY_BYTES // 1_000_000} MB"))
    if data.kind == MediationKind.PROVISIONAL_FEE:
        # 实施细则 art 102: the fee for using an invention between publication and grant, only after grant.
        if data.grant_date is None:
            errors.append(ValidationFailed("grant_date", "required"))
        elif data.received_date and data.grant_date > data.received_date:
            errors.append(ValidationFailed("grant_date", "mediation_after_request", data.received_date.isoformat()))
    if data.officer_id is not None:
        officer = s.get(User, data.officer_id)
        if officer is None or not officer.active or officer.role == "admin":
            errors.append(ValidationFailed("officer_id", "choice"))
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
        case.ruling_copy_name, case.ruling_copy = data.ruling_copy_name.strip(), data.ruling_copy
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
                agents=[{"name": a.name.strip(), "organization": a.organization.strip(), "phone": a.phone.strip()}
                        for a in p.agents if a.name.strip()])
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

def case_number_pattern(s: Session) -> str:
    row = s.get(Setting, PATTERN_KEY)
    return json.loads(row.value) if row else DEFAULT_PATTERN


def store_pattern(s: Session, pattern: str) -> str:
    pattern = validate_pattern(pattern, "mediation_case_number_pattern")
    row = s.get(Setting, PATTERN_KEY) or Setting(key=PATTERN_KEY)
    row.value = json.dumps(pattern, ensure_ascii=False)
    s.add(row)
    return pattern


def recompute_live(s: Session, cal: OfficialCalendar) -> None:
    """After a holiday year or a settings change: every case whose time limits may still run (open ones, and
    closed ownership cases still waiting for the copy to CNIPA)."""
    waiting_copy = (MediationCase.state.in_([x.value for x in CLOSED_STATES])
                    & MediationCase.kind.in_([k.value for k in OWNERSHIP_KINDS]) & MediationCase.cnipa_copied.is_(None))
    for case in s.scalars(select(MediationCase).where(
            MediationCase.state.in_([x.value for x in OPEN_STATES]) | waiting_copy)):
        recompute(s, case, cal)
