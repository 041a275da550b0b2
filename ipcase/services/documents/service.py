"""送达: service records of issued documents, consents to electronic service, deemed service by notice.

When the receipt of a document that starts a party's periods is recorded (受理通知书 → requester,
答辩通知书 → respondent, 裁决书 → every party), the same workflow action as the case's own button is taken
(services.cases.apply_action), so the state machine and the deadlines stay in one place. A 公告送达 is deemed
served after the configured period (default 30 days, DOMAIN §6.6 [U]); until that day its periods wait.
"""
from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import select

from ipcase.db.models.admin import User
from ipcase.db.models.cases import Case, Party
from ipcase.db.models.documents import IssuedDocument, ServiceConsent, ServiceRecord
from ipcase.domain.documents.types import BY_KEY, STARTS_COLUMN, STARTS_ROLE, Addressee, service_refusal
from ipcase.domain.enums import PartyRole, ServiceMethod
from ipcase.domain.filenames import safe_name
from ipcase.dto.documents import ServiceInput, ServiceRecordInfo
from ipcase.errors import TransitionRefused, ValidationErrors, ValidationFailed
from ipcase.loaders.rows import existing
from ipcase.queries.documents.register import public_notice_days, service_infos
from ipcase.services.cases.actions import apply_action
from ipcase.services.common import actor, load_case, record
from ipcase.services.documents.issue import MAX_ATTACHMENT, writable_case
from ipcase.services.documents.served_steps import record_served_step
from ipcase.uow import UnitOfWork


def _check(data: ServiceInput, doc: IssuedDocument, party: Party | None, has_consent: bool,
           today: date) -> list[ValidationFailed]:
    errors = []
    try:
        method = ServiceMethod(data.method)
    except ValueError:
        return [ValidationFailed("method", "choice", value=data.method)]
    dt = BY_KEY[doc.doc_type]
    code = service_refusal(dt, method, has_consent=has_consent)
    if code:
        errors.append(ValidationFailed("method", code))
    if dt.addressee in (Addressee.REQUESTER, Addressee.RESPONDENT, Addressee.PARTY) and data.party_id != doc.party_id:
        errors.append(ValidationFailed("party_id", "choice", value=data.party_id))
    if dt.addressee == Addressee.PARTIES and party is None:
        errors.append(ValidationFailed("party_id", "required"))
    if dt.addressee == Addressee.EXTERNAL and not (data.addressee.strip() or doc.addressee):
        errors.append(ValidationFailed("addressee", "required"))
    for name in ("sent_date", "received_date"):
        day = getattr(data, name)
        if day is not None and day > today:
            errors.append(ValidationFailed(name, "future", day.isoformat()))
        if day is not None and day < doc.issued_on:
            errors.append(ValidationFailed(name, "before_issued", doc.issued_on.isoformat()))
    if data.sent_date and data.received_date and data.received_date < data.sent_date:
        errors.append(ValidationFailed("received_date", "before_start", data.sent_date.isoformat()))
    if method == ServiceMethod.PUBLIC_NOTICE:
        if data.sent_date is None:
            errors.append(ValidationFailed("sent_date", "required"))
    elif data.received_date is None and method != ServiceMethod.POST:
        errors.append(ValidationFailed("received_date", "required"))
    if method == ServiceMethod.POST and data.sent_date is None:
        errors.append(ValidationFailed("sent_date", "required"))
    if method == ServiceMethod.LEFT and not data.refusal_note.strip():
        errors.append(ValidationFailed("refusal_note", "required"))
    if len(data.proof_data) > MAX_ATTACHMENT:
        errors.append(ValidationFailed("proof", "too_long"))
    return errors


def _start_periods(s, case: Case, user: User, doc: IssuedDocument, party: Party | None, served: date,
                   method: str, now: datetime) -> bool:
    """Record the party's receipt through the workflow action it drives, or the step its service is (a credit
    listing's 告知书, a 催告书: served_steps.py); False if it drives none."""
    action = BY_KEY[doc.doc_type].starts
    if action is None or party is None:
        return record_served_step(s, case, user, doc, party, served, now)
    role = STARTS_ROLE.get(action)
    if (role is not None and party.role != role) or party.role == PartyRole.THIRD_PARTY:
        return False
    if getattr(party, STARTS_COLUMN[action]) is not None:
        return True     # already served (a second service of the same notice changes nothing)
    apply_action(s, case, user, action.value, {"served": {party.id: served}, "method": method}, now)
    return True


def record_service(uow: UnitOfWork, *, actor_id: int, data: ServiceInput, now: datetime) -> ServiceRecordInfo:
    s = uow.session
    user = actor(s, actor_id, "documents.issue", "record_service")
    doc = existing(s, IssuedDocument, "document", data.document_id)
    # a credit-list document is served long after the file was archived (DocType.by_step)
    case = load_case(s, doc.case_id) if BY_KEY[doc.doc_type].by_step else writable_case(s, doc.case_id)
    party = s.get(Party, data.party_id) if data.party_id is not None else None
    if party is not None and party.case_id != doc.case_id:
        raise ValidationFailed("party_id", "choice", value=data.party_id)
    consent = s.get(ServiceConsent, party.id) if party is not None else None
    errors = _check(data, doc, party, consent is not None, now.date())
    if errors:
        raise ValidationErrors(errors)
    method = ServiceMethod(data.method)
    deemed = data.sent_date + timedelta(days=public_notice_days(s, case.office_id)) if method == ServiceMethod.PUBLIC_NOTICE else None
    row = ServiceRecord(document_id=doc.id, party_id=party.id if party else None,
                        addressee=party.name if party else (data.addressee.strip() or doc.addressee),
                        method=method.value, sent_date=data.sent_date, received_date=data.received_date,
                        deemed_date=deemed, tracking_no=data.tracking_no.strip(),
                        refusal_note=data.refusal_note.strip(), note=data.note.strip(),
                        proof_name=safe_name(data.proof_name) if data.proof_data else "", proof=data.proof_data or None,
                        recorded_by=user.id, recorded_at=now)
    s.add(row)
    s.flush()
    served_on = data.received_date or (deemed if deemed and deemed <= now.date() else None)
    if served_on is not None:
        row.applied = _start_periods(s, case, user, doc, party, served_on, method.value, now)
    record(s, case, user, "document_served", now, document=doc.title, number=doc.number, party=row.addressee,
           method=method.value, served=served_on, deemed=deemed)
    uow.commit()
    return service_infos(s, ServiceRecord.id == row.id)[0]


def attach_proof(uow: UnitOfWork, *, actor_id: int, service_id: int, name: str, data: bytes) -> None:
    """The signed 送达回证 came back: keep its scan with the service record."""
    s = uow.session
    actor(s, actor_id, "documents.issue", "attach_proof")
    row = existing(s, ServiceRecord, "service_record", service_id)
    if not data or len(data) > MAX_ATTACHMENT:
        raise ValidationFailed("proof", "too_long" if data else "required")
    row.proof_name, row.proof = safe_name(name), data
    uow.commit()


def record_receipt(uow: UnitOfWork, *, actor_id: int, service_id: int, received_date: date,
                   tracking_no: str = "", now: datetime) -> None:
    """A mailed document's receipt date arrived (postal tracking or the returned 回证)."""
    s = uow.session
    user = actor(s, actor_id, "documents.issue", "record_receipt")
    row = existing(s, ServiceRecord, "service_record", service_id)
    if row.received_date is not None:
        raise ValidationFailed("received_date", "already_served")
    if received_date > now.date():
        raise ValidationFailed("received_date", "future", received_date.isoformat())
    if row.sent_date and received_date < row.sent_date:
        raise ValidationFailed("received_date", "before_start", row.sent_date.isoformat())
    doc = s.get(IssuedDocument, row.document_id)
    case = load_case(s, doc.case_id)
    row.received_date = received_date
    row.tracking_no = tracking_no.strip() or row.tracking_no
    party = s.get(Party, row.party_id) if row.party_id else None
    row.applied = _start_periods(s, case, user, doc, party, received_date, row.method, now)
    record(s, case, user, "document_served", now, document=doc.title, number=doc.number, party=row.addressee,
           method=row.method, served=received_date)
    uow.commit()


def apply_deemed_services(uow: UnitOfWork, *, now: datetime) -> int:
    """公告送达 whose deemed day has come: start the periods they drive (run at start-up and on refresh).
    Recorded as the system (no actor) — the clerk's act was recording the publication."""
    s = uow.session
    rows = s.scalars(select(ServiceRecord).where(ServiceRecord.deemed_date.is_not(None),
                                                 ServiceRecord.deemed_date <= now.date(),
                                                 ServiceRecord.applied.is_(False),
                                                 ServiceRecord.received_date.is_(None))).all()
    done = 0
    for row in rows:
        doc = s.get(IssuedDocument, row.document_id)
        recorder = s.get(User, row.recorded_by)
        party = s.get(Party, row.party_id) if row.party_id else None
        case = load_case(s, doc.case_id)
        try:
            row.applied = _start_periods(s, case, recorder, doc, party, row.deemed_date, row.method, now)
        except (TransitionRefused, ValidationErrors, ValidationFailed):
            row.applied = True   # the case moved on (e.g. withdrawn): nothing left to start
        done += 1
    uow.commit()
    return done


def set_consent(uow: UnitOfWork, *, actor_id: int, party_id: int, consented_on: date, address: str,
                now: datetime) -> None:
    """Record a party's written consent to electronic service (M25 art 10), or withdraw it (empty address)."""
    s = uow.session
    user = actor(s, actor_id, "documents.issue", "set_consent")
    party = existing(s, Party, "party", party_id)
    case = load_case(s, party.case_id)
    current = s.get(ServiceConsent, party_id)
    if not address.strip():
        if current is not None:
            s.delete(current)
        record(s, case, user, "consent_withdrawn", now, party=party.name)
        uow.commit()
        return
    if consented_on > now.date():
        raise ValidationFailed("consented_on", "future", consented_on.isoformat())
    row = current or ServiceConsent(party_id=party_id)
    row.consented_on, row.address, row.recorded_by = consented_on, address.strip(), user.id
    s.add(row)
    record(s, case, user, "consent_recorded", now, party=party.name, address=address.strip())
    uow.commit()

