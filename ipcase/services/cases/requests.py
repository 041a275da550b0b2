"""Validating a request for adjudication (请求书) and writing it onto a case. Every wrong field is reported
at once, under a stable key the form maps to its widget (e.g. `respondents[1].credit_code`)."""
from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ipcase.db.models.cases import Agent, Case, Party, Patent
from ipcase.domain.cases.patent_type_rules import unlawful_acts
from ipcase.domain.enums import InfringingAct, PartyKind, PartyRole, PatentType
from ipcase.domain.identifiers import normalize_name, parse_patent_number
from ipcase.domain.parties import check_parties
from ipcase.domain.patent_dates import check_patent_dates
from ipcase.dto.cases import PartyInput, RequestInput
from ipcase.errors import ValidationErrors, ValidationFailed
from ipcase.services.common import check_assignee


def validate_request(session: Session, data: RequestInput, today: date) -> dict:
    """Return the cleaned values (canonical patent number, checked codes); raise ValidationErrors."""
    errors: list[ValidationFailed] = []
    clean: dict = {}
    if data.received_date is None:
        errors.append(ValidationFailed("received_date", "required"))
    elif data.received_date > today:
        errors.append(ValidationFailed("received_date", "future", data.received_date.isoformat()))

    pn = None
    if not (data.patent.number or "").strip():
        errors.append(ValidationFailed("patent.number", "required"))
    else:
        try:
            pn = parse_patent_number(data.patent.number, current_year=today.year)
        except ValidationFailed as e:
            errors.append(ValidationFailed("patent.number", e.reason, e.detail, value=data.patent.number))
    if pn is not None:
        clean["patent_number"] = str(pn)
        clean["patent_type"] = data.patent.patent_type or pn.patent_type
        if data.patent.patent_type and PatentType(data.patent.patent_type) != pn.patent_type:
            errors.append(ValidationFailed("patent.patent_type", "type_mismatch", pn.patent_type.value))
    if not data.patent.title.strip():
        errors.append(ValidationFailed("patent.title", "required"))
    if not data.patent.patentee.strip():
        errors.append(ValidationFailed("patent.patentee", "required"))
    received = data.received_date if data.received_date and data.received_date <= today else None
    errors += check_patent_dates(filing=data.patent.filing_date, grant=data.patent.grant_date, received=received,
                                 today=today, number_year=pn.filing_year if pn and not pn.is_pct else None, prefix="patent.")

    clean["parties"] = check_parties((("requesters", data.requesters), ("respondents", data.respondents)), errors)
    bad_acts = [a for a in data.acts if a not in InfringingAct.__members__.values()]
    if bad_acts:
        errors.append(ValidationFailed("acts", "choice", ",".join(bad_acts)))
    elif unlawful_acts(clean.get("patent_type"), data.acts):   # 专利法 art 11: no 使用 of a design
        errors.append(ValidationFailed("acts", "act_not_for_patent_type",
                                       ",".join(unlawful_acts(clean.get("patent_type"), data.acts))))
    check_assignee(session, data.officer_id, "case.handle", "officer_id", errors)
    if errors:
        raise ValidationErrors(errors)
    return clean


def upsert_patent(session: Session, data: RequestInput, clean: dict) -> Patent:
    patent = session.scalar(select(Patent).where(Patent.number == clean["patent_number"]))
    if patent is None:
        patent = Patent(number=clean["patent_number"])
        session.add(patent)
    patent.patent_type = PatentType(clean["patent_type"]).value
    patent.title = data.patent.title.strip()
    patent.patentee = data.patent.patentee.strip()
    patent.filing_date = data.patent.filing_date
    patent.grant_date = data.patent.grant_date
    return patent


def write_request(case: Case, data: RequestInput, clean: dict, patent: Patent) -> None:
    case.patent = patent
    case.received_date = data.received_date
    case.claims_asserted = data.claims_asserted.strip()
    case.accused_product = data.accused_product.strip()
    case.acts = list(dict.fromkeys(data.acts))
    case.request_summary = data.request_summary.strip()
    case.flag_foreign = data.flag_foreign
    case.flag_ecommerce = data.flag_ecommerce
    case.flag_trade_fair = data.flag_trade_fair
    # Lists show ID numbers masked, so an edit form cannot send them back: an empty ID number for a party
    # that is still there (same role, same name) keeps the one on record.
    known = {(p.role, p.name_normalized): p.id_number for p in case.parties if p.id_number}
    parties = [
        _party(p, role, i, clean["parties"], group)
        for group, role, parties in (("requesters", PartyRole.REQUESTER, data.requesters),
                                     ("respondents", PartyRole.RESPONDENT, data.respondents))
        for i, p in enumerate(parties)
    ]
    for party in parties:
        party.id_number = party.id_number or known.get((party.role, party.name_normalized), "")
    case.parties = parties


def _party(p: PartyInput, role: PartyRole, i: int, codes: dict, group: str) -> Party:
    return Party(
        role=role.value, kind=PartyKind(p.kind).value, position=i if role == PartyRole.REQUESTER else 100 + i,
        name=p.name.strip(), name_normalized=normalize_name(p.name),
        credit_code=codes.get((group, i, "credit_code")) or "",
        id_number=codes.get((group, i, "id_number")) or "",
        legal_rep=p.legal_rep.strip(), legal_rep_title=p.legal_rep_title.strip(),
        address=p.address.strip(), phone=p.phone.strip(), no_domicile_in_prc=p.no_domicile_in_prc,
        agents=[Agent(name=a.name.strip(), organization=a.organization.strip(), phone=a.phone.strip(),
                      address=a.address.strip()) for a in p.agents],
    )
