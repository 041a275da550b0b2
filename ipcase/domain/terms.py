"""The core's Chinese terms: the words the documents and the reports print for the kernel's values.

Documents and reports are legal and statistical texts in Chinese whatever the interface language, so they take
their words from here, not from the UI's translatable labels. Where the UI shows the same thing it uses the same
words (tests/ui/common/test_core_terms.py holds the two together); where a document or report uses the formal name of
a category (the national statistics table's 结案方式, a case-file cover's 结案方式) the keys still agree."""
from __future__ import annotations

from ipcase.domain.enums import CaseState, InfringingAct, PartyKind, PatentType
from ipcase.domain.statistics.counting import ClosingMethod

PATENT_TYPE = {PatentType.INVENTION: "发明", PatentType.UTILITY_MODEL: "实用新型", PatentType.DESIGN: "外观设计"}

INFRINGING_ACT = {InfringingAct.MAKE: "制造", InfringingAct.USE: "使用", InfringingAct.OFFER: "许诺销售",
                  InfringingAct.SELL: "销售", InfringingAct.IMPORT: "进口"}

PARTY_KIND = {PartyKind.NATURAL: "自然人", PartyKind.LEGAL: "法人", PartyKind.UNINCORPORATED: "非法人组织",
              PartyKind.INDIVIDUAL_BUSINESS: "个体工商户"}

# Who speaks for a party that is not a natural person (its legal_rep column), and what its address is called
# (the address column): a 个体工商户 has an 经营者 and an 经营场所, a company its 法定代表人 and 住所.
REPRESENTATIVE = {PartyKind.LEGAL: "法定代表人", PartyKind.UNINCORPORATED: "负责人",
                  PartyKind.INDIVIDUAL_BUSINESS: "经营者"}
ADDRESS = {PartyKind.NATURAL: "住址", PartyKind.LEGAL: "住所", PartyKind.UNINCORPORATED: "住所",
           PartyKind.INDIVIDUAL_BUSINESS: "经营场所"}

# 结案方式 as the national statistics table names them (the dashboard's labels are shorter).
CLOSING_METHOD = {
    ClosingMethod.RULING_INFRINGEMENT: "行政裁决（侵权成立）",
    ClosingMethod.RULING_REJECTED: "行政裁决（驳回请求）",
    ClosingMethod.MEDIATED: "调解结案",
    ClosingMethod.WITHDRAWN: "撤回",
    ClosingMethod.REVOKED: "撤销（其他事由）",
    ClosingMethod.TRANSFERRED: "移送",
    ClosingMethod.NOT_ACCEPTED: "不予受理",
}

# 结案方式 on a case file's cover, by the state the case ended in.
CASE_CLOSING = {
    CaseState.CLOSED_RULING_INFRINGEMENT: "行政裁决（侵权成立）",
    CaseState.CLOSED_RULING_REJECTED: "行政裁决（驳回请求）",
    CaseState.CLOSED_MEDIATED: "调解结案",
    CaseState.CLOSED_REVOKED: "撤销案件",
    CaseState.NOT_ACCEPTED: "不予受理",
    CaseState.ARCHIVED: "已归档",
}
