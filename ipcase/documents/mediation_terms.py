"""The 调解协议书's words for the structured terms of an agreement (numbered by the template, one term a
line) and its history sentence. Pure: the service stores the text with the agreement's timeline entry, and
the document's `terms`/`history` fields start from it."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from ipcase.documents.templates import cn_date
from ipcase.domain.enums import InfringingAct
from ipcase.domain.mediation import AgreementTerms, yuan

ACTS = {InfringingAct.MAKE: "制造", InfringingAct.USE: "使用", InfringingAct.OFFER: "许诺销售",
        InfringingAct.SELL: "销售", InfringingAct.IMPORT: "进口"}
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
        acts = "、".join(ACTS.get(a, a) for a in t.stop_acts)
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
