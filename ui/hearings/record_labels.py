"""Labels of the oral-hearing record (口头审理笔录): its steps, sides, capacities, opinions and states (its field names
are in ui/hearings/labels.py)."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ui.common.labels import lookup

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

def record_step(value) -> str:
    return lookup(RECORD_STEP, value)


def record_side(value) -> str:
    return lookup(RECORD_SIDE, value)


def record_capacity(value) -> str:
    return lookup(RECORD_CAPACITY, value)


def opinion(value) -> str:
    return lookup(OPINION, value)


def comparison(value) -> str:
    return lookup(COMPARISON, value)


def record_status(value) -> str:
    return lookup(RECORD_STATUS, value)
