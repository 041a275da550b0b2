"""Labels of recusal (回避) and the oral-hearing record (口头审理笔录); it also adds their fields and timeline
entries to the core tables so that error messages and the timeline name them."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ui.common.labels_core import _CHOICE_TABLES, ACTION, FIELD, TIMELINE_KIND, _lookup
from ui.documents.labels import DOC_FIELD

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

RECORD_STEP = {
    "opening": QT_TRANSLATE_NOOP("labels", "开庭、核对身份"),
    "rights": QT_TRANSLATE_NOOP("labels", "告知权利义务"),
    "recusal": QT_TRANSLATE_NOOP("labels", "宣布合议组、询问回避"),
    "requester_statement": QT_TRANSLATE_NOOP("labels", "请求人陈述"),
    "respondent_answer": QT_TRANSLATE_NOOP("labels", "被请求人答辩"),
    "cross_examination": QT_TRANSLATE_NOOP("labels", "质证"),
    "comparison": QT_TRANSLATE_NOOP("labels", "技术特征比对"),
    "disputes": QT_TRANSLATE_NOOP("labels", "争议焦点"),
    "debate": QT_TRANSLATE_NOOP("labels", "辩论"),
    "final_statements": QT_TRANSLATE_NOOP("labels", "最后陈述"),
    "mediation": QT_TRANSLATE_NOOP("labels", "调解意愿"),
}

RECORD_SIDE = {
    "panel": QT_TRANSLATE_NOOP("labels", "合议组"),
    "requester": QT_TRANSLATE_NOOP("labels", "请求人方"),
    "respondent": QT_TRANSLATE_NOOP("labels", "被请求人方"),
    "third_party": QT_TRANSLATE_NOOP("labels", "第三人方"),
    "other": QT_TRANSLATE_NOOP("labels", "其他参加人"),
}

RECORD_CAPACITY = {
    "leader": QT_TRANSLATE_NOOP("labels", "合议组长"),
    "member": QT_TRANSLATE_NOOP("labels", "审理员"),
    "clerk": QT_TRANSLATE_NOOP("labels", "书记员"),
    "tech_investigator": QT_TRANSLATE_NOOP("labels", "技术调查官"),
    "party": QT_TRANSLATE_NOOP("labels", "当事人本人"),
    "representative": QT_TRANSLATE_NOOP("labels", "法定代表人/负责人"),
    "agent": QT_TRANSLATE_NOOP("labels", "委托代理人"),
    "witness": QT_TRANSLATE_NOOP("labels", "证人"),
    "interpreter": QT_TRANSLATE_NOOP("labels", "翻译人员"),
    "appraiser": QT_TRANSLATE_NOOP("labels", "鉴定人"),
}

OPINION = {
    "": QT_TRANSLATE_NOOP("labels", "—"),
    "admitted": QT_TRANSLATE_NOOP("labels", "认可"),
    "disputed": QT_TRANSLATE_NOOP("labels", "不认可"),
    "reserved": QT_TRANSLATE_NOOP("labels", "不发表意见"),
}

COMPARISON = {
    "": QT_TRANSLATE_NOOP("labels", "—"),
    "same": QT_TRANSLATE_NOOP("labels", "相同"),
    "equivalent": QT_TRANSLATE_NOOP("labels", "等同"),
    "different": QT_TRANSLATE_NOOP("labels", "不同"),
}

RECORD_STATUS = {
    "open": QT_TRANSLATE_NOOP("labels", "记录中"),
    "held": QT_TRANSLATE_NOOP("labels", "口审完毕"),
    "adjourned": QT_TRANSLATE_NOOP("labels", "休庭"),
    "requester_absent": QT_TRANSLATE_NOOP("labels", "请求人未到庭，按撤回处理（待审批）"),
}

# Gestures named in refusals and permission messages (they are not workflow actions).
ACTION.update({
    "apply_recusal": QT_TRANSLATE_NOOP("labels", "登记回避申请"),
    "decide_recusal": QT_TRANSLATE_NOOP("labels", "决定回避申请"),
    "open_hearing_record": QT_TRANSLATE_NOOP("labels", "制作口审笔录"),
    "save_hearing_record": QT_TRANSLATE_NOOP("labels", "保存口审笔录"),
    "close_hearing_record": QT_TRANSLATE_NOOP("labels", "结束口审笔录"),
})

TIMELINE_KIND.update({
    "recusal_applied": QT_TRANSLATE_NOOP("labels", "回避申请"),
    "recusal_decided": QT_TRANSLATE_NOOP("labels", "回避决定"),
    "hearing_record_opened": QT_TRANSLATE_NOOP("labels", "开始口审笔录"),
})

FIELD.update({
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
    "session_no": QT_TRANSLATE_NOOP("labels", "口审次数"),
    "sections": QT_TRANSLATE_NOOP("labels", "笔录内容"),
    "attendees": QT_TRANSLATE_NOOP("labels", "到庭人员"),
    "cross_exams": QT_TRANSLATE_NOOP("labels", "质证"),
    "features": QT_TRANSLATE_NOOP("labels", "技术特征比对"),
    "comparison": QT_TRANSLATE_NOOP("labels", "比对结论"),
})

DOC_FIELD.update({
    "examination": QT_TRANSLATE_NOOP("labels", "审查意见"),
})

_CHOICE_TABLES.update({"grounds": RECUSAL_GROUND, "challenged_role": CHALLENGED_ROLE, "timeliness": TIMELINESS})


def recusal_ground(value) -> str:
    return _lookup(RECUSAL_GROUND, value)


def challenged_role(value) -> str:
    return _lookup(CHALLENGED_ROLE, value)


def recusal_status(value) -> str:
    return _lookup(RECUSAL_STATUS, value)


def timeliness(value) -> str:
    return _lookup(TIMELINESS, value)


def at_hearing(value) -> str:
    return _lookup(AT_HEARING, value)


def record_step(value) -> str:
    return _lookup(RECORD_STEP, value)


def record_side(value) -> str:
    return _lookup(RECORD_SIDE, value)


def record_capacity(value) -> str:
    return _lookup(RECORD_CAPACITY, value)


def opinion(value) -> str:
    return _lookup(OPINION, value)


def comparison(value) -> str:
    return _lookup(COMPARISON, value)


def record_status(value) -> str:
    return _lookup(RECORD_STATUS, value)
