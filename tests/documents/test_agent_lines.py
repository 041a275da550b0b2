"""How the documents name an agent (issue 20): a lawyer or patent attorney with the firm and his profession, a
citizen agent with his address — in the ruling's party blocks and in the notices' party block (_party.txt)."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from samples import draft_for, full_case

from ipcase.documents.engine import content_of
from ipcase.documents.ruling.parties import agent_line, party_lines
from ipcase.dto.documents import DocAgent, DocParty

CITIZEN = DocAgent("李四", address="宁波市海曙区中山西路1号")
EMPLOYEE = DocAgent("王五", "宁波华辰科技有限公司", address="宁波市鄞州区天童南路2号")
LAWYER = DocAgent("陈某", "浙江知恒律师事务所", "13800000000", address="ignored")
ATTORNEY = DocAgent("周某", "宁波甬知专利代理事务所（普通合伙）")


def test_agent_lines():
    assert agent_line(LAWYER) == "委托代理人：陈某，浙江知恒律师事务所律师"
    assert agent_line(ATTORNEY) == "委托代理人：周某，宁波甬知专利代理事务所（普通合伙）专利代理师"
    assert agent_line(CITIZEN) == "委托代理人：李四，住宁波市海曙区中山西路1号"
    assert agent_line(EMPLOYEE) == "委托代理人：王五，宁波华辰科技有限公司，住宁波市鄞州区天童南路2号"
    assert agent_line(DocAgent("赵六")) == "委托代理人：赵六"           # an agent entered before addresses were kept


def test_the_rulings_party_block_ends_with_its_agents():
    p = DocParty(1, "requester", "legal", "宁波华辰科技有限公司", "", "", "王大明", "执行董事", "宁波市高新区聚贤路1号",
                 agents=(LAWYER, CITIZEN))
    assert party_lines(p) == ["请求人：宁波华辰科技有限公司", "住所：宁波市高新区聚贤路1号", "法定代表人：王大明，执行董事",
                              "委托代理人：陈某，浙江知恒律师事务所律师", "委托代理人：李四，住宁波市海曙区中山西路1号"]


def test_a_notices_party_block_names_the_agents_the_same_way():
    case = full_case()
    requester = replace(case.parties[0], agents=(LAWYER, CITIZEN))
    case = replace(case, parties=(requester, *case.parties[1:]))
    text = content_of(case, draft_for("mediation_agreement", case), number="某市知裁字〔2026〕7号",
                      issue_date=date(2026, 6, 1)).plain_text()
    assert "委托代理人：陈某，浙江知恒律师事务所律师。" in text
    assert "委托代理人：李四，住宁波市海曙区中山西路1号。" in text
