"""Everything the ruling template (resources/templates/ruling.txt) prints beyond the clerk's own text, and the
text the clerk starts from. Pure: a DocumentCase and the draft's fields in, strings and lists out."""
from __future__ import annotations

from collections.abc import Mapping

from ipcase.documents.ruling.orders import decided_defences, default_orders, defence_paragraphs, legal_basis
from ipcase.documents.ruling.parties import party_lines
from ipcase.documents.ruling.procedure import procedure_paragraph
from ipcase.documents.ruling.reasoning import (
    comparison_conclusion,
    comparison_rows,
    disputes_text,
    evidence_text,
    numbered,
)
from ipcase.documents.ruling.requests import (
    default_requests,
    rejection_reasoning,
    requests_text,
    split_requests,
)
from ipcase.documents.templates import without_label
from ipcase.domain.documents.sections import section_label
from ipcase.domain.enums import ClosingOutcome, PartyRole
from ipcase.dto.documents import DocumentCase

ROLE_ORDER = (PartyRole.REQUESTER, PartyRole.RESPONDENT, PartyRole.THIRD_PARTY)


def infringement_found(case: DocumentCase) -> bool:
    return case.proposed_outcome == ClosingOutcome.INFRINGEMENT or case.state == "closed_ruling_infringement"


def ruling_defaults(case: DocumentCase) -> dict[str, str]:
    """Pre-filled text of the ruling's fields (context.defaults adds them to every document's)."""
    requests = split_requests(case.request_summary)
    return {
        "requests": default_requests(case.request_summary),
        "ruling_evidence": evidence_text(case),
        "disputes": disputes_text(case),
        "orders": default_orders(case, requests, infringement_found(case)),
    }


def ruling_number(case: DocumentCase, issued_number: str | None) -> str:
    """The one number the ruling carries: its 案号, unless the office keeps a separate 文号 series."""
    if case.ruling_separate_number or not case.case_number:
        return issued_number or ""
    return case.case_number


def ruling_context(case: DocumentCase, fields: Mapping[str, str], suspension_grounds: Mapping[str, str],
                   issued_number: str | None) -> dict:
    infringement = infringement_found(case)
    requests = split_requests(fields.get("requests", ""))
    defences = decided_defences(dict(fields))
    reasoning = numbered(without_label(fields.get("reasoning", ""), section_label("ruling", "reasoning")),
                         chinese=False)
    extra = [*defence_paragraphs(case, dict(fields))]
    if infringement and (text := rejection_reasoning(requests)):
        extra.append(text)
    return {
        "number": ruling_number(case, issued_number),
        "separate_number": bool(case.ruling_separate_number and case.case_number),
        "parties": [party_lines(p, case.ruling_codes) for role in ROLE_ORDER
                    for p in case.parties if p.role == role],
        "procedure": procedure_paragraph(case, suspension_grounds),
        "requests": requests_text(requests),
        "comparison": comparison_rows(case),
        "comparison_conclusion": comparison_conclusion(case),
        "design": case.patent_type == "design",
        "reasoning": reasoning,
        "defences_and_requests": extra,
        "basis": legal_basis(case, infringement, defences),
        "orders": numbered(fields.get("orders", "")),
        "court": case.court.strip() or "人民法院",
        "attachments": numbered(fields.get("attachments", ""), chinese=False),
    }
