"""Mediation (调解): sessions, settlement talks, the agreement, its signatures and a party reneging.

API for both hosts (`MediationHost.case(id)` / `MediationHost.mediation_case(id)`, ipcase/dto/mediation.py);
every function takes a unit of work, keyword-only arguments, commits, and returns a frozen reference:

- `record_session(uow, actor_id=, host=, data=SessionInput(...), now=) -> int` — one mediation attempt.
- `start_talks(uow, actor_id=, case_id=, expected_version=, start_date=, note="", now=) -> CaseRef` and
  `end_talks(..., end_date=)` — settlement talks the parties asked for (case hosts only): a 和解 pause of the
  closing limit D12 (M25 art 37), through the case's own START_PAUSE/END_PAUSE in the same transaction.
- `save_agreement(uow, actor_id=, host=, data=AgreementInput(...), agreement_id=None, expected_version=None,
  now=) -> AgreementRef` — new draft or edit of an unsigned draft (structured terms, instalments, who signs).
- `sign_agreement(uow, actor_id=, agreement_id=, expected_version=, signatory_id=, signed_on=, now=)` — one
  party's signature. The last one makes the agreement effective (D21 starts); for a case it ends the talks
  and files the 调解结案 approval, whose decision closes the case as CLOSED_MEDIATED with the agreement's id
  in its closing detail. A mediation-case host closes its case in its own flow.
- `withdraw_agreement(uow, actor_id=, agreement_id=, expected_version=, withdrawn_by=, reason=,
  withdrawn_on=, now=)` — a party reneges before everyone signed: the draft is kept, marked withdrawn, the
  talks end, a case goes on in the state it was in.
- `file_closing(uow, actor_id=, agreement_id=, now=) -> CaseRef` — file the 调解结案 approval again after the
  部门负责人 refused it.
- After the agreement (ipcase/services/mediation/after.py): `record_confirmation(...)` (司法确认, D21) and
  `record_payment(...)` (an instalment paid).
Read side: ipcase/queries/mediation/agreements.py `host_mediation(uow, host, viewer_id=, today=) -> MediationView`,
`mediation_deadlines(...)` (D21 and instalments in "my deadlines"); figures in
ipcase/queries/statistics/mediation.py. UI: ui/mediation/host_tab.py `MediationPanel(ctx)` with
`set_host(host)`.
"""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ipcase.db.models.admin import User
from ipcase.db.models.cases import Approval
from ipcase.db.models.mediation import (
    MediationAgreement,
    MediationInstalment,
    MediationSession,
    MediationSignatory,
)
from ipcase.documents.mediation import history_text, terms_text
from ipcase.domain.cases import workflow
from ipcase.domain.cases.workflow import CaseAction
from ipcase.domain.enums import ApprovalStatus, PartyRole, PauseKind, Role
from ipcase.domain.mediation.agreements import (
    AgreementStatus,
    AgreementTerms,
    InstalmentTerm,
    SessionOutcome,
    Side,
    check_terms,
    effective_date,
    parse_yuan,
)
from ipcase.domain.mediation.signatories import (
    Choice,
    Signer,
    everyone_signs_himself,
    require_everyone,
    resolve,
)
from ipcase.dto.cases import CaseRef
from ipcase.dto.mediation import AgreementInput, AgreementRef, MediationHost, SessionInput
from ipcase.errors import TransitionRefused, ValidationErrors, ValidationFailed
from ipcase.loaders.cases import snapshot
from ipcase.loaders.mediation import on_host, signer_lines, signing_parties, terms_of
from ipcase.services.cases.actions import apply_action
from ipcase.services.common import load_case, ref
from ipcase.services.history import jsonable
from ipcase.services.mediation.host import (
    LoadedHost,
    host_actor,
    host_columns,
    host_of,
    load_agreement,
    load_host,
    note,
    require_open,
)
from ipcase.uow import UnitOfWork

ACTIVE = (AgreementStatus.DRAFT.value, AgreementStatus.SIGNED.value)


# ---- sessions ---------------------------------------------------------------------------------------

def record_session(uow: UnitOfWork, *, actor_id: int, host: MediationHost, data: SessionInput,
                   now: datetime) -> int:
    s = uow.session
    loaded = load_host(s, host)
    user = host_actor(s, actor_id, loaded, "mediation.record", "record_session")
    require_open(loaded, "record_session")
    errors = []
    if data.held_on is None:
        errors.append(ValidationFailed("held_on", "required"))
    elif data.held_on > now.date():
        errors.append(ValidationFailed("held_on", "future", data.held_on.isoformat()))
    if data.outcome not in tuple(SessionOutcome):
        errors.append(ValidationFailed("outcome", "required" if not data.outcome else "choice", value=data.outcome))
    mediators = _mediators(s, data, loaded.office_id, errors)
    if errors:
        raise ValidationErrors(errors)
    row = MediationSession(
        **host_columns(host), held_on=data.held_on, place=data.place.strip(), mediators=mediators,
        attendees=data.attendees.strip(), requester_proposal=data.requester_proposal.strip(),
        respondent_proposal=data.respondent_proposal.strip(), outcome=data.outcome, note=data.note.strip(),
        recorded_by=user.id, recorded_at=now)
    s.add(row)
    s.flush()
    note(s, loaded, user, "mediation_session", now, held_on=data.held_on, session_outcome=data.outcome,
         mediators=[m["name"] for m in mediators])
    uow.commit()
    return row.id


def _mediators(s: Session, data: SessionInput, office_id: int, errors: list) -> list[dict]:
    out = []
    for m in data.mediators:
        if m.user_id is not None:
            u = s.get(User, m.user_id)
            if u is None or u.office_id != office_id or not u.active:
                errors.append(ValidationFailed("mediators", "choice", value=m.user_id))
                continue
            out.append({"user_id": u.id, "name": u.full_name})
        elif m.name.strip():
            out.append({"user_id": None, "name": m.name.strip()})
    if not out:
        errors.append(ValidationFailed("mediators", "required"))
    return out


# ---- settlement talks (a case's 和解 pause) ------------------------------------------------------------

def start_talks(uow: UnitOfWork, *, actor_id: int, case_id: int, expected_version: int, start_date: date,
                note: str = "", now: datetime) -> CaseRef:
    return _talks(uow, actor_id, case_id, expected_version, CaseAction.START_PAUSE,
                  {"pause_kind": PauseKind.SETTLEMENT.value, "start_date": start_date, "note": note}, now)


def end_talks(uow: UnitOfWork, *, actor_id: int, case_id: int, expected_version: int, end_date: date,
              now: datetime) -> CaseRef:
    return _talks(uow, actor_id, case_id, expected_version, CaseAction.END_PAUSE,
                  {"pause_kind": PauseKind.SETTLEMENT.value, "end_date": end_date}, now)


def _talks(uow: UnitOfWork, actor_id: int, case_id: int, expected_version: int, action: CaseAction,
           payload: dict, now: datetime) -> CaseRef:
    s = uow.session
    loaded = load_host(s, MediationHost.case(case_id))
    load_case(s, case_id, expected_version)
    user = host_actor(s, actor_id, loaded, "mediation.mediate", action.value)
    apply_action(s, loaded.case, user, action.value, payload, now)
    uow.commit()
    return ref(loaded.case)


def _end_open_talks(s: Session, loaded: LoadedHost, user: User, day: date, now: datetime) -> None:
    case = loaded.case
    if case is not None and any(p.kind == PauseKind.SETTLEMENT and p.end_date is None for p in case.pauses):
        apply_action(s, case, user, CaseAction.END_PAUSE.value,
                     {"pause_kind": PauseKind.SETTLEMENT.value, "end_date": day}, now)


# ---- the agreement -------------------------------------------------------------------------------------

def save_agreement(uow: UnitOfWork, *, actor_id: int, host: MediationHost, data: AgreementInput,
                   agreement_id: int | None = None, expected_version: int | None = None,
                   now: datetime) -> AgreementRef:
    s = uow.session
    loaded = load_host(s, host)
    user = host_actor(s, actor_id, loaded, "mediation.mediate", "save_agreement")
    require_open(loaded, "save_agreement")
    if agreement_id is None:
        active = s.scalar(select(MediationAgreement.id).where(on_host(MediationAgreement, host),
                                                              MediationAgreement.status.in_(ACTIVE)).limit(1))
        if active is not None:
            raise TransitionRefused("save_agreement", loaded.state, "agreement_exists")
        agreement = MediationAgreement(**host_columns(host), version=0, status=AgreementStatus.DRAFT.value,
                                       created_by=user.id, created_at=now, updated_at=now)
        s.add(agreement)
    else:
        agreement = load_agreement(s, agreement_id, expected_version)
        if host_of(agreement) != host:
            raise ValidationFailed("agreement", "choice", value=agreement_id)
        _require_unsigned(agreement, "save_agreement")
    terms, signatories = _clean(s, loaded, data, now.date())
    agreement.stop_acts, agreement.stop_from = list(terms.stop_acts), terms.stop_from
    agreement.destroy_withdraw, agreement.damages_fen = data.destroy_withdraw.strip(), terms.damages_fen
    agreement.costs, agreement.confidential = data.costs.strip(), terms.confidential
    agreement.other_terms = data.other_terms.strip()
    agreement.instalments = [MediationInstalment(seq=i, due_date=x.due_date, amount_fen=x.amount_fen)
                             for i, x in enumerate(terms.instalments, 1)]
    in_case = loaded.case is not None
    agreement.signatories = [MediationSignatory(
        side=x.side, name=x.name, party_id=x.party_id if in_case else None,
        mediation_party_id=None if in_case else x.party_id, agent_id=x.agent if in_case else None,
        agent_name=x.agent_name) for x in signatories]
    _touch(agreement, now)
    s.flush()
    _note_agreement(s, loaded, user, agreement, "saved", now)
    uow.commit()
    return AgreementRef(agreement.id, agreement.version, host)


def _clean(s: Session, loaded: LoadedHost, data: AgreementInput, today: date
           ) -> tuple[AgreementTerms, tuple[Signer, ...]]:
    errors: list[ValidationFailed] = []
    damages = 0
    try:
        damages = parse_yuan("damages", data.damages, required=False) or 0
    except ValidationFailed as e:
        errors.append(e)
    instalments = []
    for n, x in enumerate(data.instalments, 1):
        try:
            if x.due_date is None:
                raise ValidationFailed(f"instalments.{n}.due_date", "required")
            instalments.append(InstalmentTerm(x.due_date, parse_yuan(f"instalments.{n}.amount", x.amount)))
        except ValidationFailed as e:
            errors.append(e)
    terms = AgreementTerms(tuple(data.stop_acts), data.stop_from, data.destroy_withdraw, damages,
                           tuple(sorted(instalments, key=lambda i: i.due_date)), data.costs, data.confidential,
                           data.other_terms)
    parties = signing_parties(_host_row(loaded))
    chosen = tuple(Choice(x.party_id, x.agent, x.name) for x in data.signatories) or everyone_signs_himself(parties)
    signatories: tuple[Signer, ...] = ()
    if {p.side for p in parties} != set(Side):
        errors.append(ValidationFailed("signatories", "both_sides"))
    else:
        try:
            signatories = resolve(parties, chosen)
        except ValidationErrors as e:
            errors += e.errors
    if not errors:
        try:
            check_terms(terms, today=today)
        except ValidationErrors as e:
            errors += e.errors
    if errors:
        raise ValidationErrors(errors)
    return terms, signatories


def _host_row(loaded: LoadedHost):
    return loaded.case if loaded.case is not None else loaded.mediation_case


def _require_everyone(loaded: LoadedHost, agreement: MediationAgreement) -> None:
    """M25 art 35: no signature completes, and no closing rests on, an agreement that leaves a party of the host
    unsigned (a party joined after the draft, or free names recorded before the rule)."""
    in_case = loaded.case is not None
    require_everyone(signing_parties(_host_row(loaded)),
                     (x.party_id if in_case else x.mediation_party_id for x in agreement.signatories))


def _require_unsigned(agreement: MediationAgreement, action: str) -> None:
    if agreement.status != AgreementStatus.DRAFT:
        raise TransitionRefused(action, agreement.status, f"agreement_{agreement.status}")
    if action == "save_agreement" and any(x.signed_on for x in agreement.signatories):
        raise TransitionRefused(action, agreement.status, "agreement_partly_signed")


def _touch(agreement: MediationAgreement, now: datetime) -> None:
    agreement.version += 1
    agreement.updated_at = now


def _texts(s: Session, loaded: LoadedHost, agreement: MediationAgreement) -> tuple[str, str]:
    """The numbered terms and the history sentence as the 调解协议书 prints them (case hosts)."""
    case = loaded.case
    if case is None or agreement.status == AgreementStatus.WITHDRAWN:
        return "", ""
    names = {role: "、".join(p.name for p in case.parties if p.role == role)
             for role in (PartyRole.REQUESTER, PartyRole.RESPONDENT)}
    text = terms_text(terms_of(agreement), requesters=names[PartyRole.REQUESTER],
                      respondents=names[PartyRole.RESPONDENT], product=case.accused_product)
    days = s.scalars(select(MediationSession.held_on).where(MediationSession.case_id == case.id)).all()
    return text, history_text(case.registered_date, days)


def _note_agreement(s: Session, loaded: LoadedHost, user: User, agreement: MediationAgreement, event: str,
                    now: datetime, **detail) -> None:
    """The agreement's timeline entry. Its `terms` and `history` are what the 调解协议书 starts from (the
    documents read the latest entry of each kind); a withdrawn agreement leaves them empty."""
    text, history = _texts(s, loaded, agreement)
    note(s, loaded, user, "mediation_agreement", now, agreement_event=event, agreement_id=agreement.id,
         terms=text, history=history, signers=signer_lines(agreement), **detail)


def sign_agreement(uow: UnitOfWork, *, actor_id: int, agreement_id: int, expected_version: int,
                   signatory_id: int, signed_on: date, now: datetime) -> AgreementRef:
    s = uow.session
    agreement = load_agreement(s, agreement_id, expected_version)
    loaded = load_host(s, host_of(agreement))
    user = host_actor(s, actor_id, loaded, "mediation.mediate", "sign_agreement")
    _require_unsigned(agreement, "sign_agreement")
    _require_everyone(loaded, agreement)
    signatory = next((x for x in agreement.signatories if x.id == signatory_id), None)
    if signatory is None:
        raise ValidationFailed("signatory", "choice", value=signatory_id)
    if signatory.signed_on is not None:
        raise ValidationFailed("signatory", "already_signed", signatory.signed_on.isoformat())
    if signed_on > now.date():
        raise ValidationFailed("signed_on", "future", signed_on.isoformat())
    if signed_on < agreement.created_at.date():
        raise ValidationFailed("signed_on", "before_agreement", agreement.created_at.date().isoformat())
    signatory.signed_on = signed_on
    effective = effective_date(x.signed_on for x in agreement.signatories)
    if effective is not None:
        agreement.status, agreement.effective_date = AgreementStatus.SIGNED.value, effective
    _touch(agreement, now)
    s.flush()
    _note_agreement(s, loaded, user, agreement, "signed", now, party=signatory.name, signed_on=signed_on)
    if effective is not None and loaded.case is not None:
        _end_open_talks(s, loaded, user, effective, now)
        _file_closing(s, loaded, user, agreement, now)
    uow.commit()
    return AgreementRef(agreement.id, agreement.version, host_of(agreement))


def _file_closing(s: Session, loaded: LoadedHost, user: User, agreement: MediationAgreement, now: datetime) -> None:
    """The 调解结案 proposal, filed like any approval the case's `act` files (the office's seal on the
    agreement follows the 部门负责人's approval, M25 art 35)."""
    case = loaded.case
    payload = {"agreement_date": agreement.effective_date, "agreement_id": agreement.id,
               "terms": _texts(s, loaded, agreement)[0]}
    t, clean = workflow.check(CaseAction.CLOSE_BY_MEDIATION, snapshot(s, case, now.date()), payload,
                              Role(user.role))
    s.add(Approval(case_id=case.id, action=t.action.value, payload=jsonable(clean),
                   status=ApprovalStatus.PENDING.value, requested_by=user.id, requested_at=now))
    note(s, loaded, user, "approval_requested", now, action=t.action.value, payload=clean)


def file_closing(uow: UnitOfWork, *, actor_id: int, agreement_id: int, now: datetime) -> CaseRef:
    s = uow.session
    agreement = load_agreement(s, agreement_id)
    loaded = load_host(s, host_of(agreement))
    if loaded.case is None:
        raise TransitionRefused("file_closing", loaded.state, "not_a_case")
    user = host_actor(s, actor_id, loaded, "mediation.mediate", "file_closing")
    if agreement.status != AgreementStatus.SIGNED:
        raise TransitionRefused("file_closing", agreement.status, "agreement_not_signed")
    _require_everyone(loaded, agreement)
    _file_closing(s, loaded, user, agreement, now)
    uow.commit()
    return ref(loaded.case)


def withdraw_agreement(uow: UnitOfWork, *, actor_id: int, agreement_id: int, expected_version: int,
                       withdrawn_by: str, reason: str, withdrawn_on: date, now: datetime) -> AgreementRef:
    s = uow.session
    agreement = load_agreement(s, agreement_id, expected_version)
    loaded = load_host(s, host_of(agreement))
    user = host_actor(s, actor_id, loaded, "mediation.mediate", "withdraw_agreement")
    _require_unsigned(agreement, "withdraw_agreement")
    errors = []
    if not withdrawn_by.strip():
        errors.append(ValidationFailed("withdrawn_by", "required"))
    if not reason.strip():
        errors.append(ValidationFailed("withdrawn_reason", "required"))
    if withdrawn_on > now.date():
        errors.append(ValidationFailed("withdrawn_on", "future", withdrawn_on.isoformat()))
    if errors:
        raise ValidationErrors(errors)
    agreement.status = AgreementStatus.WITHDRAWN.value
    agreement.withdrawn_on, agreement.withdrawn_by = withdrawn_on, withdrawn_by.strip()
    agreement.withdrawn_reason = reason.strip()
    _touch(agreement, now)
    s.flush()
    _note_agreement(s, loaded, user, agreement, "withdrawn", now, party=withdrawn_by.strip(), reason=reason.strip())
    _end_open_talks(s, loaded, user, withdrawn_on, now)
    uow.commit()
    return AgreementRef(agreement.id, agreement.version, host_of(agreement))

