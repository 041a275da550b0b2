"""Labels of stand-alone mediation cases (调解案件) and the mediator pool: kinds, states, actions, grounds, their
fields, time limits, gestures and timeline entries (their documents' titles are in ui/documents/labels.py)."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ipcase.domain.cases.workflow import CaseAction
from ui.common import texts
from ui.common.labels import COMMON, FieldScope, lookup
from ui.mediation import labels as mediation

MEDIATION_KIND = {
    "damages": QT_TRANSLATE_NOOP("labels", "侵权赔偿数额"),
    "ownership": QT_TRANSLATE_NOOP("labels", "专利申请权/专利权权属"),
    "inventor": QT_TRANSLATE_NOOP("labels", "发明人、设计人资格"),
    "employee_reward": QT_TRANSLATE_NOOP("labels", "职务发明奖励和报酬"),
    "provisional_fee": QT_TRANSLATE_NOOP("labels", "临时保护期使用费"),
    "other": QT_TRANSLATE_NOOP("labels", "其他专利纠纷"),
}

MEDIATION_STATE = {
    "received": QT_TRANSLATE_NOOP("labels", "调解请求已收到"),
    "awaiting_statement": QT_TRANSLATE_NOOP("labels", "等待意见陈述"),
    "registered": QT_TRANSLATE_NOOP("labels", "已立案调解中"),
    "not_registered": QT_TRANSLATE_NOOP("labels", "不予立案"),
    "closed_agreement": QT_TRANSLATE_NOOP("labels", "达成协议结案"),
    "closed_revoked": QT_TRANSLATE_NOOP("labels", "撤销案件"),
}

MEDIATION_ACTION = {
    "serve_notice": QT_TRANSLATE_NOOP("labels", "送达陈述意见通知书"),
    "receive_statement": QT_TRANSLATE_NOOP("labels", "收到意见陈述书"),
    "register": QT_TRANSLATE_NOOP("labels", "立案并通知调解"),
    "refuse": QT_TRANSLATE_NOOP("labels", "不予立案"),
    "reschedule": QT_TRANSLATE_NOOP("labels", "变更调解时间地点"),
    "requester_no_show": QT_TRANSLATE_NOOP("labels", "请求人未到场（视为撤回）"),
    "respondent_no_show": QT_TRANSLATE_NOOP("labels", "被请求人未到场（撤销案件）"),
    "close_agreement": QT_TRANSLATE_NOOP("labels", "达成协议结案"),
    "revoke": QT_TRANSLATE_NOOP("labels", "撤销案件"),
    "extend_limit": QT_TRANSLATE_NOOP("labels", "申请延长调解期限"),
    "record_cnipa_copy": QT_TRANSLATE_NOOP("labels", "登记抄送国家知识产权局"),
}

MEDIATION_GROUND = {
    "no_agreement": QT_TRANSLATE_NOOP("labels", "未能达成调解协议"),
    "withdrawal": QT_TRANSLATE_NOOP("labels", "请求人撤回调解请求"),
    "requester_no_show": QT_TRANSLATE_NOOP("labels", "请求人无正当理由不参加调解，视为撤回"),
    "respondent_no_show": QT_TRANSLATE_NOOP("labels", "被请求人无正当理由不参加调解"),
    "declined": QT_TRANSLATE_NOOP("labels", "被请求人不同意调解"),
    "silent": QT_TRANSLATE_NOOP("labels", "被请求人逾期未陈述意见"),
    "other": QT_TRANSLATE_NOOP("labels", "其他"),
}

EXTENSION_STATUS = {
    "none": QT_TRANSLATE_NOOP("labels", "未申请"),
    "pending": QT_TRANSLATE_NOOP("labels", "待部门负责人审批"),
    "approved": QT_TRANSLATE_NOOP("labels", "已批准延长1个月"),
    "rejected": QT_TRANSLATE_NOOP("labels", "未批准"),
}

FIELD = {
    "mediation_kind": QT_TRANSLATE_NOOP("labels", "调解事项类别"),
    "mediation_subject": QT_TRANSLATE_NOOP("labels", "请求调解的事项"),
    "mediation_ground": QT_TRANSLATE_NOOP("labels", "撤销理由"),
    "facts": QT_TRANSLATE_NOOP("labels", "事实和理由"),
    "amount_claimed": QT_TRANSLATE_NOOP("labels", "请求金额"),
    "served_date": QT_TRANSLATE_NOOP("labels", "被请求人收到日期"),
    "agrees": QT_TRANSLATE_NOOP("labels", "被请求人同意调解"),
    "session_at": QT_TRANSLATE_NOOP("labels", "调解时间"),
    "closed_date": QT_TRANSLATE_NOOP("labels", "结案日期"),
    "copied_date": QT_TRANSLATE_NOOP("labels", "抄送日期"),
    "ruling_case_id": QT_TRANSLATE_NOOP("labels", "认定侵权的裁决（本局）"),
    "ruling_reference": QT_TRANSLATE_NOOP("labels", "裁决书/判决书文号"),
    "ruling_copy": QT_TRANSLATE_NOOP("labels", "裁决书/判决书副本"),
    "mediation_case_number_pattern": QT_TRANSLATE_NOOP("labels", "调解案号格式"),
    "mediation_kind_label": QT_TRANSLATE_NOOP("labels", "调解事项类别"),
    "user_id": QT_TRANSLATE_NOOP("labels", "本局人员"),
    "expertise": QT_TRANSLATE_NOOP("labels", "专业领域"),
    "added": QT_TRANSLATE_NOOP("labels", "增加"),
    "removed": QT_TRANSLATE_NOOP("labels", "移除"),
    "addressee": QT_TRANSLATE_NOOP("labels", "受送达人"),
    "doc_type": QT_TRANSLATE_NOOP("labels", "文书"),
}
CHOICES = {"mediation_ground": MEDIATION_GROUND, "mediation_kind": MEDIATION_KIND}
# Mediation's field names, in a case and in a mediation case, looked up together.
SCOPE = FieldScope({**mediation.FIELD, **FIELD}, {**mediation.CHOICES, **CHOICES}).then(COMMON)

DEADLINE_CODE = {
    "D16": QT_TRANSLATE_NOOP("labels", "送达陈述意见通知书"),
    "D17": QT_TRANSLATE_NOOP("labels", "被请求人意见陈述期"),
    "D18": QT_TRANSLATE_NOOP("labels", "调解立案/不予立案通知"),
    "D19": QT_TRANSLATE_NOOP("labels", "权属纠纷调解结案期限"),
    "D20": QT_TRANSLATE_NOOP("labels", "抄送国家知识产权局"),
}

# The gestures, prefixed as the services name them in refusals and permission errors.
ACTION = {
    **{f"mediation.{k}": v for k, v in MEDIATION_ACTION.items()},
    "mediation.register_request": QT_TRANSLATE_NOOP("labels", "登记调解请求"),
    "mediation.update_request": QT_TRANSLATE_NOOP("labels", "修改调解请求"),
    "mediation.decide_extension": QT_TRANSLATE_NOOP("labels", "审批延长调解期限"),
    "mediation.assign": QT_TRANSLATE_NOOP("labels", "指定调解员"),
    "mediation.pool": QT_TRANSLATE_NOOP("labels", "维护调解员库"),
    "mediation.pattern": QT_TRANSLATE_NOOP("labels", "修改调解案号格式"),
    # a row of the 工作台 approval queue (queries.approvals.MEDIATION_EXTENSION)
    "mediation_extend_limit": QT_TRANSLATE_NOOP("labels", "调解案件延长办理期限（权属纠纷，1个月）"),
}

# A mediation case's timeline entries; its actions that share a name with a case-register action ('register',
# 'refuse', 'revoke' …) are named by mediation_event only, so the case timeline keeps the register's names.
TIMELINE_KIND = {
    "extension_requested": QT_TRANSLATE_NOOP("labels", "申请延长调解期限"),
    "extension_decided": QT_TRANSLATE_NOOP("labels", "审批延长调解期限"),
    "mediators": QT_TRANSLATE_NOOP("labels", "指定调解员"),
    **{k: v for k, v in MEDIATION_ACTION.items() if k not in set(CaseAction)},
}


def field(name: str) -> str:
    return SCOPE.field(name)


def mediation_kind(value) -> str:
    return lookup(MEDIATION_KIND, value)


def mediation_state(value) -> str:
    return lookup(MEDIATION_STATE, value)


def mediation_action(value) -> str:
    return lookup(MEDIATION_ACTION, value)


def mediation_ground(value) -> str:
    return lookup(MEDIATION_GROUND, value)


def extension_status(value) -> str:
    return lookup(EXTENSION_STATUS, value)


def mediation_event(value) -> str:
    """A timeline entry of a mediation case (its own actions first: 'register' is not the case register's)."""
    if value in MEDIATION_ACTION:
        return mediation_action(value)
    known = texts.current()
    return lookup(known.timeline_kinds, value) if value in known.timeline_kinds else known.action(value)
