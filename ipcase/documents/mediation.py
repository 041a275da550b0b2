"""Template context of a stand-alone mediation case's document, built from the case (MediationDocCase) and
what the clerk wrote. Pure: no database, no clock. Same conventions as context.py (`doc`, `office`, `f`, the
party dicts of the shared `_parties.txt` block)."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from ipcase.documents.context import DRAFT_NUMBER, check_fields, party_context
from ipcase.documents.signature_lines import signature_lines
from ipcase.documents.templates import cn_date
from ipcase.domain import terms
from ipcase.domain.documents.types import Addressee, DocType
from ipcase.domain.enums import PartyRole
from ipcase.domain.mediation.agreements import AgreementTerms, yuan
from ipcase.domain.mediation.case_documents import KIND_TEXT, REFUSE_TEXT, REVOKE_TEXT
from ipcase.dto.documents import DocumentDraft
from ipcase.dto.mediation import MediationDocCase
from ipcase.errors import ValidationFailed

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
    parties = [party_context(p) for p in case.parties]
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
        "signers": signature_lines(case.signers, parties),
        "third_parties": [],
        "requester_names": "、".join(p["name"] for p in requesters),
        "respondent_names": "、".join(p["name"] for p in respondents),
        "mediators": "、".join(case.mediators),
        "addressee": addressee,
        "f": fields,
        "corrects": None,
        "doc": {"title": dt.title, "number": number or DRAFT_NUMBER, "date": issue_date, "draft": number is None},
    }



CONFIDENTIAL = "双方当事人对本协议内容负有保密义务，未经对方书面同意不得向第三方披露，法律另有规定的除外"


def money(fen: int) -> str:
    """人民币 amounts as documents write them: no decimals when whole yuan."""
    value = yuan(fen) or Decimal(0)
    text = f"{value:,.0f}" if value == value.to_integral_value() else f"{value:,.2f}"
    return f"人民币{text}元"


def _sentence(text: str) -> str:
    text = text.strip().rstrip("。；;.")
    return f"{text}。" if text else ""


def terms_lines(t: AgreementTerms, *, requesters: str, respondents: str, product: str = "") -> list[str]:
    """One line per term, in the order the agreement numbers them."""
    payer = f"被请求人{respondents}" if respondents else "被请求人"
    payee = f"请求人{requesters}" if requesters else "请求人"
    lines: list[str] = []
    if t.stop_acts:
        acts = "、".join(terms.INFRINGING_ACT.get(a, a) for a in t.stop_acts)
        since = f"自{cn_date(t.stop_from)}起" if t.stop_from else "自本协议生效之日起"
        lines.append(f"{payer}{since}停止{acts}{product or '涉案侵权产品'}的行为")
    if t.destroy_withdraw.strip():
        lines.append(t.destroy_withdraw)
    if t.damages_fen:
        pay = f"{payer}向{payee}支付赔偿金{money(t.damages_fen)}"
        if len(t.instalments) > 1:
            parts = "；".join(f"第{i}期于{cn_date(x.due_date)}前支付{money(x.amount_fen)}"
                             for i, x in enumerate(t.instalments, 1))
            pay += f"，分{len(t.instalments)}期支付：{parts}"
        elif t.instalments:
            pay += f"，于{cn_date(t.instalments[0].due_date)}前一次付清"
        lines.append(pay)
    if t.costs.strip():
        lines.append(t.costs)
    if t.confidential:
        lines.append(CONFIDENTIAL)
    lines += [x for x in t.other_terms.splitlines() if x.strip()]
    return [_sentence(x) for x in lines if _sentence(x)]


def terms_text(t: AgreementTerms, **names) -> str:
    """Numbered here, so even a single term reads "1. …" (the template numbers only several unnumbered lines)."""
    return "\n".join(f"{i}. {line}" for i, line in enumerate(terms_lines(t, **names), 1))


def history_text(registered: date | None, session_days: Sequence[date]) -> str:
    """The history sentence: 立案, then the sessions the office presided over."""
    head = f"本局于{cn_date(registered)}立案受理后，" if registered else ""
    if session_days:
        days = "、".join(cn_date(d) for d in sorted(set(session_days)))
        return f"{head}于{days}主持调解，双方当事人在自愿、合法的基础上达成如下协议："
    return f"{head}在本局主持下，双方当事人在自愿、合法的基础上达成如下协议："
