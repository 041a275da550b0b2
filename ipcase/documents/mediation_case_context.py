"""Template context of a stand-alone mediation case's document, built from the case (MediationDocCase) and
what the clerk wrote. Pure: no database, no clock. Same conventions as context.py (`doc`, `office`, `f`, the
party dicts of the shared `_parties.txt` block)."""
from __future__ import annotations

from datetime import date

from ipcase.documents.context import DRAFT_NUMBER, _party, check_fields
from ipcase.documents_dto import DocumentDraft
from ipcase.domain.document_types import Addressee, DocType
from ipcase.domain.enums import PartyRole
from ipcase.domain.mediation_case_documents import KIND_TEXT, REFUSE_TEXT, REVOKE_TEXT
from ipcase.errors import ValidationFailed
from ipcase.mediation_case_dto import MediationDocCase

STATEMENT_DAYS = 15   # M25 art 65 (D17)


def defaults(case: MediationDocCase) -> dict[str, str]:
    """Pre-filled text for the TextField sources of the mediation documents."""
    cd = case.closing_detail or {}
    extra = cd.get("reason_text") or ""
    return {
        "statement_days": str(STATEMENT_DAYS),
        "mediation_refusal_text": (REFUSE_TEXT.get(cd.get("ground"), "") + extra).strip(),
        "mediation_revoke_text": (REVOKE_TEXT.get(cd.get("ground"), "") + extra).strip(),
        "bring": "身份证明、授权委托书原件及与调解事项有关的证据材料",
        "mediation_case_history": case.history,
        "mediation_case_terms": case.agreement_terms,
    }


def build_mediation_context(case: MediationDocCase, dt: DocType, draft: DocumentDraft, *, number: str | None,
                            issue_date: date) -> dict:
    fields = check_fields(dt, draft)
    parties = [_party(p) for p in case.parties]
    addressee = next((p for p in parties if p["id"] == draft.party_id), None)
    if dt.addressee in (Addressee.REQUESTER, Addressee.RESPONDENT) and (addressee is None
                                                                        or addressee["role"] != dt.addressee):
        raise ValidationFailed("party_id", "choice", value=draft.party_id)
    requesters = [p for p in parties if p["role"] == PartyRole.REQUESTER]
    respondents = [p for p in parties if p["role"] == PartyRole.RESPONDENT]
    return {
        "office": case.office,
        "case": case,
        "case_number": case.case_number or "（立案后编号）",
        "kind": KIND_TEXT.get(case.kind, case.kind),
        "requesters": requesters,
        "respondents": respondents,
        "third_parties": [],
        "requester_names": "、".join(p["name"] for p in requesters),
        "respondent_names": "、".join(p["name"] for p in respondents),
        "mediators": "、".join(case.mediators),
        "addressee": addressee,
        "f": fields,
        "corrects": None,
        "doc": {"title": dt.title, "number": number or DRAFT_NUMBER, "date": issue_date, "draft": number is None},
    }
