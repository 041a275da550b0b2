"""The ruling's orders and legal basis, chosen by the case (专利法 arts 11, 64, 65, 67, 75, 77; M25 arts 31–32).

- Orders as offices phrase them: "责令被请求人某某立即停止制造、销售侵犯……专利权的产品的行为", the acts lawful
  for the patent's type (a design is not infringed by 使用); 销毁 of stock and of the moulds and special
  equipment only where the requester asked for it; the e-commerce and trade-fair measures when the case has them;
  requests outside the office's power rejected (requests.py).
- Legal basis: art 11 第一款 (inventions, utility models) or 第二款 (designs), art 64 第一款 or 第二款 likewise,
  art 65, M25 arts 31 (and 32 with measures); a decided defence adds its article (67 现有技术/设计, 75 第（二）项
  先用权, 77 合法来源).
"""
from __future__ import annotations

from enum import StrEnum

from ipcase.documents.citations import cite
from ipcase.documents.ruling.requests import Kind, Request, rejection_order
from ipcase.domain import terms
from ipcase.domain.cases.patent_type_rules import lawful_acts
from ipcase.domain.enums import InfringingAct, PartyRole, PatentType
from ipcase.dto.documents import DocumentCase


class Defence(StrEnum):
    """A defence the panel decided; the ruling's field of the same name holds its finding."""
    PRIOR_ART = "defence_prior_art"        # 现有技术 / 现有设计抗辩, 专利法 art 67
    PRIOR_USE = "defence_prior_use"        # 先用权抗辩, 专利法 art 75(2)
    LEGAL_SOURCE = "defence_legal_source"  # 合法来源抗辩, 专利法 art 77


DEFENCE_ARTICLE = {Defence.PRIOR_ART: "PL67", Defence.PRIOR_USE: "PL75_2", Defence.LEGAL_SOURCE: "PL77"}
# The rule the article states, as the reasoning recalls it before the panel's finding.
DEFENCE_RULE = {
    Defence.PRIOR_ART: "在专利侵权纠纷中，被控侵权人有证据证明其实施的{what}属于{prior}的，不构成侵犯专利权",
    Defence.PRIOR_USE: "在专利申请日前已经制造相同产品、使用相同方法或者已经作好制造、使用的必要准备，"
                       "并且仅在原有范围内继续制造、使用的，不视为侵犯专利权",
    Defence.LEGAL_SOURCE: "为生产经营目的使用、许诺销售或者销售不知道是未经专利权人许可而制造并售出的专利侵权产品，"
                          "能证明该产品合法来源的，不承担赔偿责任",
}
DEFENCE_NAME = {Defence.PRIOR_ART: "{prior}抗辩", Defence.PRIOR_USE: "先用权抗辩", Defence.LEGAL_SOURCE: "合法来源抗辩"}


def is_design(case: DocumentCase) -> bool:
    return case.patent_type == PatentType.DESIGN


def _words(case: DocumentCase) -> dict[str, str]:
    design = is_design(case)
    return {"what": "设计" if design else "技术", "prior": "现有设计" if design else "现有技术"}


def decided_defences(fields: dict) -> list[Defence]:
    return [d for d in Defence if str(fields.get(d.value) or "").strip()]


def defence_paragraphs(case: DocumentCase, fields: dict) -> list[str]:
    """关于被请求人提出的现有设计抗辩。根据《…》第六十七条的规定，…。{the panel's finding}"""
    words = _words(case)
    out = []
    for d in decided_defences(fields):
        finding = str(fields[d.value]).strip()
        out.append(f"关于被请求人提出的{DEFENCE_NAME[d].format(**words)}。根据{cite(DEFENCE_ARTICLE[d])}的规定，"
                   f"{DEFENCE_RULE[d].format(**words)}。{finding}")
    return out


def basis_keys(case: DocumentCase, infringement: bool, defences: list[Defence]) -> tuple[str, ...]:
    design = is_design(case)
    keys = ["PL11_2" if design else "PL11_1", "PL64_2" if design else "PL64_1", "PL65"]
    keys += [DEFENCE_ARTICLE[d] for d in (Defence.PRIOR_ART, Defence.PRIOR_USE, Defence.LEGAL_SOURCE)
             if d in defences]   # in the statute's order: 67, 75, 77
    keys.append("M25_31")
    if infringement:
        keys.append("M25_32")
    return tuple(keys)


def legal_basis(case: DocumentCase, infringement: bool, defences: list[Defence]) -> str:
    return cite(*basis_keys(case, infringement, defences))


def _acts(case: DocumentCase) -> str:
    acts = lawful_acts(case.patent_type, case.acts) or (InfringingAct.MAKE, InfringingAct.SELL)
    return "、".join(terms.INFRINGING_ACT.get(a, a) for a in acts)


def default_orders(case: DocumentCase, requests: list[Request], infringement: bool) -> str:
    """The numbered orders for the clerk to check (一、二、… as offices number them)."""
    if not infringement:
        return "驳回请求人的全部请求。"
    respondents = [p.name for p in case.parties if p.role == PartyRole.RESPONDENT]
    kind = terms.PATENT_TYPE.get(case.patent_type, "")
    product = case.accused_product or "产品"
    asked = {r.kind for r in requests}
    lines = [f"责令被请求人{'、'.join(respondents)}立即停止{_acts(case)}侵犯{case.patent_number}号{kind}专利权的"
             f"{product}的行为"]
    # Destruction is ordered where asked; without the numbered requests, as the measures of M25 art 32 suggest.
    destroy = Kind.DESTROY in asked or not requests
    if destroy and InfringingAct.MAKE in case.acts:
        lines.append("责令被请求人销毁专门用于制造侵权产品的模具、专用设备，不得再将其用于制造侵权产品")
    if destroy:
        lines.append(f"责令被请求人销毁库存的侵权{product}，不得再将其投放市场")
    if case.flag_ecommerce:
        lines.append("责令被请求人在电子商务平台删除、屏蔽或者断开侵权产品链接")
    if case.flag_trade_fair:
        lines.append("责令被请求人从展会上撤出侵权展品，销毁介绍侵权展品的宣传材料，更换介绍侵权项目的展板")
    last = rejection_order(requests, infringement)
    if last:
        lines.append(last.rstrip("。"))
    return "\n".join(f"{i}、{text}。" for i, text in enumerate(lines, 1))
