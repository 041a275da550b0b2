"""After an agreement took effect, for both hosts: judicial confirmation (司法确认, D21) and the performance
of the payment schedule (an instalment paid). See ipcase/services/mediation/agreements.py for the whole API."""
from __future__ import annotations

from datetime import date, datetime

from ipcase.db.models.mediation import MediationInstalment
from ipcase.domain.mediation.agreements import (
    AgreementStatus,
    ConfirmationOutcome,
    confirmation_due,
    parse_yuan,
)
from ipcase.dto.mediation import AgreementRef, ConfirmationInput
from ipcase.errors import TransitionRefused, ValidationErrors, ValidationFailed
from ipcase.loaders.rows import existing
from ipcase.loaders.settings import load_calendar
from ipcase.services.mediation.host import host_actor, host_of, load_agreement, load_host, note
from ipcase.uow import UnitOfWork


def record_confirmation(uow: UnitOfWork, *, actor_id: int, agreement_id: int, expected_version: int,
                        data: ConfirmationInput, now: datetime) -> AgreementRef:
    """The joint application to the court (court, date) and, later, the court's decision. An application
    after the 30-day window is refused: the court would not accept it (CPL art 205)."""
    s = uow.session
    agreement = load_agreement(s, agreement_id, expected_version)
    loaded = load_host(s, host_of(agreement))
    user = host_actor(s, actor_id, loaded, "mediation.record", "record_confirmation")
    if agreement.status != AgreementStatus.SIGNED:
        raise TransitionRefused("record_confirmation", agreement.status, "agreement_not_signed")
    today, errors = now.date(), []
    if not data.court.strip():
        errors.append(ValidationFailed("confirmation_court", "required"))
    if data.applied_on is None:
        errors.append(ValidationFailed("confirmation_applied_on", "required"))
    else:
        due = confirmation_due(agreement.effective_date, load_calendar(s))
        if data.applied_on > today:
            errors.append(ValidationFailed("confirmation_applied_on", "future", data.applied_on.isoformat()))
        elif data.applied_on < agreement.effective_date:
            errors.append(ValidationFailed("confirmation_applied_on", "before_effective",
                                           agreement.effective_date.isoformat()))
        elif data.applied_on > due.date:
            errors.append(ValidationFailed("confirmation_applied_on", "after_window", due.date.isoformat()))
    outcome = data.outcome or ConfirmationOutcome.PENDING.value
    if outcome not in tuple(ConfirmationOutcome):
        errors.append(ValidationFailed("confirmation_outcome", "choice", value=outcome))
    decided = data.decided_on if outcome != ConfirmationOutcome.PENDING else None
    if outcome != ConfirmationOutcome.PENDING and decided is None:
        errors.append(ValidationFailed("confirmation_decided_on", "required"))
    elif decided is not None and decided > today:
        errors.append(ValidationFailed("confirmation_decided_on", "future", decided.isoformat()))
    elif decided is not None and data.applied_on is not None and decided < data.applied_on:
        errors.append(ValidationFailed("confirmation_decided_on", "before_applied", data.applied_on.isoformat()))
    if errors:
        raise ValidationErrors(errors)
    agreement.confirmation_court, agreement.confirmation_applied_on = data.court.strip(), data.applied_on
    agreement.confirmation_outcome, agreement.confirmation_decided_on = outcome, decided
    agreement.confirmation_note = data.note.strip()
    agreement.version += 1
    agreement.updated_at = now
    s.flush()
    note(s, loaded, user, "mediation_confirmation", now, agreement_id=agreement.id, court=agreement.confirmation_court,
         applied_on=data.applied_on, confirmation_outcome=outcome, decided_on=decided)
    uow.commit()
    return AgreementRef(agreement.id, agreement.version, host_of(agreement))


def record_payment(uow: UnitOfWork, *, actor_id: int, instalment_id: int, paid_on: date | None,
                   amount: object, note_text: str = "", now: datetime) -> AgreementRef:
    """What was paid on one instalment and when; `paid_on` None (and no amount) takes a wrong entry back."""
    s = uow.session
    instalment = existing(s, MediationInstalment, "mediation_instalment", instalment_id)
    agreement = load_agreement(s, instalment.agreement_id)
    loaded = load_host(s, host_of(agreement))
    user = host_actor(s, actor_id, loaded, "mediation.record", "record_payment")
    if agreement.status != AgreementStatus.SIGNED:
        raise TransitionRefused("record_payment", agreement.status, "agreement_not_signed")
    errors, paid = [], None
    if paid_on is not None:
        try:
            paid = parse_yuan("paid_amount", amount)
        except ValidationFailed as e:
            errors.append(e)
        if paid_on > now.date():
            errors.append(ValidationFailed("paid_on", "future", paid_on.isoformat()))
        elif paid_on < agreement.effective_date:
            errors.append(ValidationFailed("paid_on", "before_effective", agreement.effective_date.isoformat()))
        if paid == 0:
            errors.append(ValidationFailed("paid_amount", "amount", value=amount))
    if errors:
        raise ValidationErrors(errors)
    instalment.paid_on, instalment.paid_fen, instalment.note = paid_on, paid, note_text.strip()
    agreement.version += 1
    agreement.updated_at = now
    s.flush()
    note(s, loaded, user, "mediation_payment", now, agreement_id=agreement.id, seq=instalment.seq,
         paid_on=paid_on, paid_amount=str(amount) if paid_on else None)
    uow.commit()
    return AgreementRef(agreement.id, agreement.version, host_of(agreement))
