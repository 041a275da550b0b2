"""The oral hearing's running order and the record's vocabulary (DOMAIN §8, after G19).

Opening (discipline, the case, identities, rights and duties, the panel and clerk, the recusal question), then
the investigation (the requester's statement, the respondent's answer, cross-examination of the evidence —
requester's, respondent's, then what the office collected — and the claim-by-claim comparison), the points in
dispute, the debate, final statements and the question of mediation. Absences (M25 art 26): a requester absent
without a proper reason is treated as withdrawing; an absent respondent is heard in absence.
"""
from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from ipcase.domain.enums import PartyRole


class Step(StrEnum):
    OPENING = "opening"                        # 开庭：纪律、案由、核对身份
    RIGHTS = "rights"                          # 告知权利义务
    RECUSAL = "recusal"                        # 宣布合议组成员、书记员，询问是否申请回避
    REQUESTER_STATEMENT = "requester_statement"  # 请求人陈述
    RESPONDENT_ANSWER = "respondent_answer"    # 被请求人答辩
    CROSS_EXAMINATION = "cross_examination"    # 质证
    COMPARISON = "comparison"                  # 技术特征比对
    DISPUTES = "disputes"                      # 归纳争议焦点
    DEBATE = "debate"                          # 辩论
    FINAL_STATEMENTS = "final_statements"      # 最后陈述
    MEDIATION = "mediation"                    # 询问调解意愿


RUNNING_ORDER: tuple[Step, ...] = tuple(Step)


class Side(StrEnum):
    PANEL = "panel"
    REQUESTER = PartyRole.REQUESTER.value
    RESPONDENT = PartyRole.RESPONDENT.value
    THIRD_PARTY = PartyRole.THIRD_PARTY.value
    OTHER = "other"            # witnesses, interpreters, appraisers


class Capacity(StrEnum):
    LEADER = "leader"
    MEMBER = "member"
    CLERK = "clerk"
    TECH_INVESTIGATOR = "tech_investigator"
    PARTY = "party"                # a natural person in person
    REPRESENTATIVE = "representative"  # 法定代表人/负责人 of a legal person
    AGENT = "agent"                # 委托代理人
    WITNESS = "witness"
    INTERPRETER = "interpreter"
    APPRAISER = "appraiser"


class Opinion(StrEnum):
    """The other side's position on one of the three qualities of an evidence item."""
    ADMITTED = "admitted"      # 认可
    DISPUTED = "disputed"      # 不认可
    RESERVED = "reserved"      # 不发表意见 / 待核实


class Comparison(StrEnum):
    SAME = "same"              # 相同
    EQUIVALENT = "equivalent"  # 等同
    DIFFERENT = "different"    # 不同


class RecordStatus(StrEnum):
    OPEN = "open"                            # being written
    HELD = "held"                            # closed: the hearing was held (HOLD_HEARING)
    ADJOURNED = "adjourned"                  # closed: 休庭, a later session continues
    REQUESTER_ABSENT = "requester_absent"    # closed: treated as withdrawal, filed for approval


class CloseOutcome(StrEnum):
    HELD = "held"
    ADJOURNED = "adjourned"
    REQUESTER_NO_SHOW = "requester_no_show"


def side_present(attendees: Iterable, side: Side) -> bool:
    """Anyone of that side (the party, its representative or an agent) was ticked present."""
    return any(a.side == side and a.present for a in attendees)


def absences(attendees: Iterable) -> tuple[bool, bool]:
    """(requester absent, respondent absent): nobody of the side is present. A side with nobody expected
    (no such party) is not absent."""
    attendees = list(attendees)
    out = []
    for side in (Side.REQUESTER, Side.RESPONDENT):
        expected = any(a.side == side for a in attendees)
        out.append(expected and not side_present(attendees, side))
    return out[0], out[1]


def signers(attendees: Iterable) -> list:
    """Who signs the record: everyone present, panel first (the table order)."""
    return [a for a in attendees if a.present]
