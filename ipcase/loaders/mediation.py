"""Mediation as the domain rules see it, for the mediation services and queries alike: a stand-alone mediation
case's facts, snapshot and 案号 pattern, the terms of an agreement, which host a row belongs to, and the
mediation request an intake item already holds."""
from __future__ import annotations

from datetime import date

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from ipcase.db.models.intake import IntakeItem
from ipcase.db.models.mediation import MediationAgreement, MediationCase, MediationDeadlineRow
from ipcase.domain.cases.workflow import BY_ACTION, CaseAction
from ipcase.domain.mediation.agreements import AgreementTerms, HostKind, InstalmentTerm
from ipcase.domain.mediation.cases import ExtensionStatus, MediationKind, MediationSnapshot, MediationState
from ipcase.domain.mediation.deadlines import MediationDeadlineCode, MediationFacts
from ipcase.domain.mediation.signatories import HostParty, missing_parties
from ipcase.domain.numbering import DEFAULT_MEDIATION_PATTERN
from ipcase.dto.cases import PartyInput
from ipcase.dto.mediation import MediationHost, MediationRequestInput
from ipcase.loaders.intake import received_date
from ipcase.loaders.settings import stored_value

PATTERN_KEY = "mediation.case_number_pattern"
_AGREEMENT_SIGNED = "signed"   # domain.mediation.AgreementStatus.SIGNED
# Mediation inside a case may go on while a mediated closing is possible (DOMAIN §3 "any open").
MEDIATION_STATES = BY_ACTION[CaseAction.CLOSE_BY_MEDIATION].sources


# ---- the host of a mediation and its agreements --------------------------------------------------

def on_host(model, host: MediationHost) -> ColumnElement[bool]:
    column = model.case_id if host.kind == HostKind.CASE else model.mediation_case_id
    return column == host.id


def terms_of(a: MediationAgreement) -> AgreementTerms:
    return AgreementTerms(
        stop_acts=tuple(a.stop_acts or ()), stop_from=a.stop_from, destroy_withdraw=a.destroy_withdraw,
        damages_fen=a.damages_fen, instalments=tuple(InstalmentTerm(i.due_date, i.amount_fen) for i in a.instalments),
        costs=a.costs, confidential=a.confidential, other_terms=a.other_terms)


def signing_parties(host_row) -> tuple[HostParty, ...]:
    """The requesters and respondents of a host row (a Case or a MediationCase), each with the agents who may sign
    for it: a case's agent rows by id, a mediation party's agents (kept in its JSON) by position 1, 2."""
    out = []
    for p in host_row.parties:
        if p.role not in _SIGNING_ROLES:
            continue
        if isinstance(host_row, MediationCase):
            agents = tuple((n, a.get("name", "")) for n, a in enumerate(p.agents or (), 1) if a.get("name"))
        else:
            agents = tuple((a.id, a.name) for a in p.agents)
        out.append(HostParty(p.id, p.role, p.name, agents))
    return tuple(out)


_SIGNING_ROLES = ("requester", "respondent")   # PartyRole values; Side uses the same words


def signer_lines(agreement: MediationAgreement | None) -> list[dict]:
    """The signature lines of a 调解协议书 as recorded: every signatory, who signs for it, and when it signed —
    the documents print these, so what they show as signed is what the register holds."""
    if agreement is None or agreement.status == "withdrawn":   # AgreementStatus.WITHDRAWN
        return []
    return [{"side": x.side, "name": x.name, "agent": x.agent_name,
             "signed_on": x.signed_on.isoformat() if x.signed_on else None} for x in agreement.signatories]


def agreement_missing(s: Session, case_id: int) -> str:
    """Names of the parties of a mediation case that its latest signed agreement does not cover ("" when all are)."""
    agreement = s.scalar(select(MediationAgreement).where(
        MediationAgreement.mediation_case_id == case_id, MediationAgreement.status == _AGREEMENT_SIGNED)
        .order_by(MediationAgreement.id.desc()).limit(1))
    case = s.get(MediationCase, case_id)
    if agreement is None or case is None:
        return ""
    return "、".join(missing_parties(signing_parties(case), (x.mediation_party_id for x in agreement.signatories)))


# ---- a stand-alone mediation case ---------------------------------------------------------------

def facts(case: MediationCase) -> MediationFacts:
    return MediationFacts(
        kind=MediationKind(case.kind), state=MediationState(case.state), received_date=case.received_date,
        notice_served=case.notice_served, statement_received=case.statement_received,
        decided_date=case.decided_date, registered_date=case.registered_date,
        extension=ExtensionStatus(case.extension_status), closed_date=case.closed_date,
        cnipa_copied=case.cnipa_copied)


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
        agreement_signed=agreement_signed(s, case.id), agreement_missing=agreement_missing(s, case.id),
        extension=ExtensionStatus(case.extension_status),
        closed_date=case.closed_date, cnipa_copied=case.cnipa_copied)


def case_number_pattern(s: Session, office_id: int) -> str:
    return stored_value(s, office_id, PATTERN_KEY, DEFAULT_MEDIATION_PATTERN)


# ---- from the intake register (issue 4) ---------------------------------------------------------

def request_from_item(item: IntakeItem, subject: str = "") -> MediationRequestInput:
    """The item's submitter as requester, its targets as respondents, its patent, product and description, so
    nothing is typed twice. The kind is the officer's choice in the form (a plain item says nothing about it)."""
    numbers = [p.number for p in item.patents]
    requester = PartyInput(name=item.submitter_name, kind=item.submitter_kind, credit_code=item.submitter_credit_code,
                           address=item.submitter_address, phone=item.submitter_phone)
    product = f"涉及产品：{item.product}。" if item.product else ""
    return MediationRequestInput(
        kind=MediationKind.OTHER, received_date=received_date(item),
        requesters=(requester,) if item.submitter_name and not item.anonymous else (),
        respondents=tuple(PartyInput(name=t.name, kind=t.kind, credit_code=t.credit_code, address=t.address)
                          for t in item.targets),
        subject=subject.strip() or item.description, facts=(product + item.description).strip(),
        patent_number=numbers[0] if numbers else "", patent_title=item.patent_title, patentee=item.patentee,
        officer_id=item.handler_id)


def mediation_case_of(s: Session, item_id: int) -> tuple[int, str | None] | None:
    """(id, 案号) of the mediation case an item became, if any."""
    row = s.execute(select(MediationCase.id, MediationCase.case_number)
                    .where(MediationCase.intake_item_id == item_id)).first()
    return (row[0], row[1]) if row else None
