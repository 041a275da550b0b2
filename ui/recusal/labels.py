"""Labels of recusal (回避): grounds, challenged roles, states, timeliness, its fields, gestures and timeline entries."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ui.common.labels import COMMON, FieldScope, lookup

RECUSAL_GROUND = {
    "party_or_relative": QT_TRANSLATE_NOOP("labels", "是涉案当事人或者当事人、代理人的近亲属"),
    "interest_in_patent": QT_TRANSLATE_NOOP("labels", "与涉案专利申请或者专利权有利害关系"),
    "agent_or_examiner": QT_TRANSLATE_NOOP("labels", "是涉案专利的专利代理师或者审查员"),
    "other_interest": QT_TRANSLATE_NOOP("labels", "与案件有其他利害关系，可能影响公正处理"),
    "gifts_or_meetings": QT_TRANSLATE_NOOP("labels", "接受请客送礼或者违反规定会见当事人、代理人"),
}

CHALLENGED_ROLE = {
    "leader": QT_TRANSLATE_NOOP("labels", "合议组长"),
    "member": QT_TRANSLATE_NOOP("labels", "审理员"),
    "clerk": QT_TRANSLATE_NOOP("labels", "书记员"),
    "tech_investigator": QT_TRANSLATE_NOOP("labels", "技术调查官"),
    "appraiser": QT_TRANSLATE_NOOP("labels", "鉴定人"),
    "interpreter": QT_TRANSLATE_NOOP("labels", "翻译人员"),
}

RECUSAL_STATUS = {
    "pending": QT_TRANSLATE_NOOP("labels", "待决定（被申请人暂停参与本案）"),
    "granted": QT_TRANSLATE_NOOP("labels", "决定回避"),
    "rejected": QT_TRANSLATE_NOOP("labels", "驳回申请"),
}

TIMELINESS = {
    "window": QT_TRANSLATE_NOOP("labels", "在知道名单之日起的期限内"),
    "before_hearing": QT_TRANSLATE_NOOP("labels", "在口头审理开始时以前"),
    "late_ground": QT_TRANSLATE_NOOP("labels", "口审开始后知道的事由，口审终结前提出"),
}

AT_HEARING = {
    "outside": QT_TRANSLATE_NOOP("labels", "非口审现场（书面或到局提出）"),
    "opening": QT_TRANSLATE_NOOP("labels", "口审开始时（询问是否申请回避时）"),
    "later": QT_TRANSLATE_NOOP("labels", "口审进行中（事由在口审开始后知道）"),
}

# Gestures named in refusals and permission messages (they are not workflow actions).
ACTION = {
    "apply_recusal": QT_TRANSLATE_NOOP("labels", "登记回避申请"),
    "decide_recusal": QT_TRANSLATE_NOOP("labels", "决定回避申请"),
}

TIMELINE_KIND = {
    "recusal_applied": QT_TRANSLATE_NOOP("labels", "回避申请"),
    "recusal_decided": QT_TRANSLATE_NOOP("labels", "回避决定"),
}

FIELD = {
    "applicant": QT_TRANSLATE_NOOP("labels", "申请人"),
    "applicant_party_id": QT_TRANSLATE_NOOP("labels", "申请人"),
    "challenged": QT_TRANSLATE_NOOP("labels", "被申请回避人员"),
    "challenged_user_id": QT_TRANSLATE_NOOP("labels", "被申请回避人员"),
    "challenged_name": QT_TRANSLATE_NOOP("labels", "被申请回避人员姓名"),
    "challenged_role": QT_TRANSLATE_NOOP("labels", "身份"),
    "grounds": QT_TRANSLATE_NOOP("labels", "回避事由"),
    "learned_date": QT_TRANSLATE_NOOP("labels", "知道名单日期"),
    "hearing_id": QT_TRANSLATE_NOOP("labels", "口审"),
    "at_hearing": QT_TRANSLATE_NOOP("labels", "提出场合"),
    "timeliness": QT_TRANSLATE_NOOP("labels", "提出时间"),
    "oral": QT_TRANSLATE_NOOP("labels", "口头提出"),
    "granted": QT_TRANSLATE_NOOP("labels", "决定回避"),
    "decision_reason": QT_TRANSLATE_NOOP("labels", "决定理由"),
    "replacement": QT_TRANSLATE_NOOP("labels", "更换为"),
    "replacement_user_id": QT_TRANSLATE_NOOP("labels", "更换人员"),
    "replacement_name": QT_TRANSLATE_NOOP("labels", "更换人员"),
    "recusal": QT_TRANSLATE_NOOP("labels", "回避申请"),
}

CHOICES = {"grounds": RECUSAL_GROUND, "challenged_role": CHALLENGED_ROLE, "timeliness": TIMELINESS}
SCOPE = FieldScope(FIELD, CHOICES).then(COMMON)


def recusal_ground(value) -> str:
    return lookup(RECUSAL_GROUND, value)


def challenged_role(value) -> str:
    return lookup(CHALLENGED_ROLE, value)


def recusal_status(value) -> str:
    return lookup(RECUSAL_STATUS, value)


def timeliness(value) -> str:
    return lookup(TIMELINESS, value)


def at_hearing(value) -> str:
    return lookup(AT_HEARING, value)
