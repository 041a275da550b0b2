"""The ruling's party blocks, one element per line as published rulings print them:

    请求人：宁波华辰科技有限公司
    住所：宁波市高新区聚贤路1号
    法定代表人：王大明，执行董事
    委托代理人：陈某，浙江知恒律师事务所律师

A natural person has 住址, an 非法人组织 its 负责人, a 个体工商户 its 经营者 and 经营场所. The 统一社会信用代码 and
身份证号 are printed only when the office asks for them (published rulings print neither). An agent from a law
firm is 律师, from a patent agency 专利代理师; a citizen agent is named with the organisation recorded, if any, and
his address.
"""
from __future__ import annotations

from ipcase.domain import terms
from ipcase.domain.enums import PartyKind, PartyRole
from ipcase.domain.parties import agent_profession
from ipcase.dto.documents import DocAgent, DocParty

ROLE = {PartyRole.REQUESTER: "请求人", PartyRole.RESPONDENT: "被请求人", PartyRole.THIRD_PARTY: "第三人"}


def agent_description(a: DocAgent) -> str:
    """The agent as documents name him after "委托代理人：": a lawyer or patent attorney with the firm and his
    profession ("陈某，浙江知恒律师事务所律师"), a citizen agent with the organisation recorded, if any, and his
    address ("李某，住宁波市海曙区中山西路1号"). Which he is: `domain.parties.agent_profession`."""
    org, address = a.organization.strip(), a.address.strip()
    profession = agent_profession(org)
    if profession:
        return f"{a.name}，{org}" + ("" if org.endswith(profession) else profession)
    return a.name + (f"，{org}" if org else "") + (f"，住{address}" if address else "")


def agent_line(a: DocAgent) -> str:
    return f"委托代理人：{agent_description(a)}"


def party_lines(p: DocParty, codes: bool = False) -> list[str]:
    role = ROLE.get(p.role, "")
    business = p.kind == PartyKind.INDIVIDUAL_BUSINESS
    if p.kind == PartyKind.NATURAL:
        lines = [f"{role}：{p.name}"]
        if codes and p.id_number:
            lines.append(f"居民身份证号码：{p.id_number}")
        if p.address:
            lines.append(f"住址：{p.address}")
    else:
        lines = [f"{role}：{p.name}" + ("（个体工商户）" if business else "")]
        if codes and p.credit_code:
            lines.append(f"统一社会信用代码：{p.credit_code}")
        if p.address:
            lines.append(f"{terms.ADDRESS.get(p.kind, '住所')}：{p.address}")
        if p.legal_rep:
            label = terms.REPRESENTATIVE.get(p.kind, "法定代表人")
            title = p.legal_rep_title.strip()
            lines.append(f"{label}：{p.legal_rep}" + (f"，{title}" if title and title != label else ""))
    return lines + [agent_line(a) for a in p.agents]
