"""Labels of the case register (行政裁决案件): the workflow's gestures and timeline entries, its time limits, and
the names of the fields of workflow actions, the request form, the panel and approvals."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ipcase.domain.cases.workflow import CaseAction
from ipcase.domain.enums import DeadlineCode
from ui.common.labels import (
    CLOSING_OUTCOME,
    COMMON,
    PAUSE_KIND,
    REFUSAL_REASON,
    REVOKE_REASON,
    SUSPENSION_GROUND,
    FieldScope,
    lookup,
)

DEADLINE_CODE = {
    DeadlineCode.D1: QT_TRANSLATE_NOOP("labels", "立案审查期限"),
    DeadlineCode.D2: QT_TRANSLATE_NOOP("labels", "送达请求书副本"),
    DeadlineCode.D3: QT_TRANSLATE_NOOP("labels", "答辩期"),
    DeadlineCode.D4: QT_TRANSLATE_NOOP("labels", "转送答辩书"),
    DeadlineCode.D6: QT_TRANSLATE_NOOP("labels", "回避申请期限"),
    DeadlineCode.D10: QT_TRANSLATE_NOOP("labels", "举证期限"),
    DeadlineCode.D12: QT_TRANSLATE_NOOP("labels", "结案期限"),
    DeadlineCode.D13: QT_TRANSLATE_NOOP("labels", "裁决公开期限"),
    DeadlineCode.D14: QT_TRANSLATE_NOOP("labels", "起诉期限"),
    DeadlineCode.CORRECTION: QT_TRANSLATE_NOOP("labels", "补正期限"),
}

# Button / menu text of each workflow action.
ACTION = {
    CaseAction.REQUEST_CORRECTION: QT_TRANSLATE_NOOP("labels", "补正通知"),
    CaseAction.CORRECTION_RECEIVED: QT_TRANSLATE_NOOP("labels", "收到补正材料"),
    CaseAction.EXTEND_DECISION: QT_TRANSLATE_NOOP("labels", "延长立案审查期限"),
    CaseAction.REGISTER: QT_TRANSLATE_NOOP("labels", "立案"),
    CaseAction.REFUSE: QT_TRANSLATE_NOOP("labels", "不予受理"),
    CaseAction.SERVE_REGISTRATION_NOTICE: QT_TRANSLATE_NOOP("labels", "送达受理通知书"),
    CaseAction.SERVE_COPY: QT_TRANSLATE_NOOP("labels", "送达请求书副本"),
    CaseAction.RECEIVE_ANSWER: QT_TRANSLATE_NOOP("labels", "收到答辩书"),
    CaseAction.ANSWER_PERIOD_OVER: QT_TRANSLATE_NOOP("labels", "答辩期满"),
    CaseAction.FORWARD_ANSWER: QT_TRANSLATE_NOOP("labels", "转送答辩书"),
    CaseAction.SCHEDULE_HEARING: QT_TRANSLATE_NOOP("labels", "安排口头审理"),
    CaseAction.RESCHEDULE_HEARING: QT_TRANSLATE_NOOP("labels", "变更口审时间"),
    CaseAction.HOLD_HEARING: QT_TRANSLATE_NOOP("labels", "口头审理完毕"),
    CaseAction.REQUESTER_NO_SHOW: QT_TRANSLATE_NOOP("labels", "请求人拒不到庭"),
    CaseAction.WRITTEN_REVIEW: QT_TRANSLATE_NOOP("labels", "书面审理"),
    CaseAction.DELIBERATE: QT_TRANSLATE_NOOP("labels", "进入合议"),
    CaseAction.SUBMIT_CLOSING: QT_TRANSLATE_NOOP("labels", "提交结案审批"),
    CaseAction.CLOSE_BY_RULING: QT_TRANSLATE_NOOP("labels", "裁决结案"),
    CaseAction.RETURN_TO_DELIBERATION: QT_TRANSLATE_NOOP("labels", "退回合议"),
    CaseAction.CLOSE_BY_MEDIATION: QT_TRANSLATE_NOOP("labels", "调解结案"),
    CaseAction.REVOKE: QT_TRANSLATE_NOOP("labels", "撤销案件"),
    CaseAction.SUSPEND: QT_TRANSLATE_NOOP("labels", "中止处理"),
    CaseAction.REFUSE_SUSPENSION: QT_TRANSLATE_NOOP("labels", "不予中止"),
    CaseAction.RESUME: QT_TRANSLATE_NOOP("labels", "恢复处理"),
    CaseAction.START_PAUSE: QT_TRANSLATE_NOOP("labels", "开始不计入期间"),
    CaseAction.END_PAUSE: QT_TRANSLATE_NOOP("labels", "结束不计入期间"),
    CaseAction.EXTEND_CLOSING: QT_TRANSLATE_NOOP("labels", "延长结案期限"),
    CaseAction.RECORD_RULING_SERVICE: QT_TRANSLATE_NOOP("labels", "送达裁决书"),
    CaseAction.ARCHIVE: QT_TRANSLATE_NOOP("labels", "归档"),
}

# Timeline entries that are not workflow actions.
TIMELINE_KIND = {
    "created": QT_TRANSLATE_NOOP("labels", "登记请求书"),
    "edited": QT_TRANSLATE_NOOP("labels", "修改请求信息"),
    "panel": QT_TRANSLATE_NOOP("labels", "组成合议组"),
    "approval_requested": QT_TRANSLATE_NOOP("labels", "提交审批"),
    "approval_reviewed": QT_TRANSLATE_NOOP("labels", "审核意见"),
    "approval_decided": QT_TRANSLATE_NOOP("labels", "审批决定"),
    "deadlines_recomputed": QT_TRANSLATE_NOOP("labels", "期限重新计算"),
    "attachment_added": QT_TRANSLATE_NOOP("labels", "添加附件"),
    "case_file_bound": QT_TRANSLATE_NOOP("labels", "装订案卷"),
    "party_correction_filed": QT_TRANSLATE_NOOP("labels", "报请更正当事人信息"),
    "party_corrected": QT_TRANSLATE_NOOP("labels", "更正当事人信息"),
    "party_correction_refused": QT_TRANSLATE_NOOP("labels", "当事人信息更正未获批准"),
}

# Names of the fields of workflow actions, of the request form, the panel and approvals; also used to name the
# field in an error message.
FIELD = {
    "defects": QT_TRANSLATE_NOOP("labels", "需补正事项"),
    "correction_due": QT_TRANSLATE_NOOP("labels", "补正期限"),
    "summary": QT_TRANSLATE_NOOP("labels", "案情简介"),
    "refusal_reasons": QT_TRANSLATE_NOOP("labels", "不予受理理由"),
    "served": QT_TRANSLATE_NOOP("labels", "送达日期"),
    "forwarded_date": QT_TRANSLATE_NOOP("labels", "转送日期"),
    "hearing_at": QT_TRANSLATE_NOOP("labels", "口审时间"),
    "room": QT_TRANSLATE_NOOP("labels", "口审地点"),
    "held_date": QT_TRANSLATE_NOOP("labels", "口审日期"),
    "respondent_absent": QT_TRANSLATE_NOOP("labels", "被请求人缺席"),
    "reply_given": QT_TRANSLATE_NOOP("labels", "已告知被请求人事实、理由和证据并给予陈述期间"),
    "outcome": QT_TRANSLATE_NOOP("labels", "合议结论"),
    "majority_opinion": QT_TRANSLATE_NOOP("labels", "多数意见"),
    "dissent": QT_TRANSLATE_NOOP("labels", "不同意见"),
    "ruling_date": QT_TRANSLATE_NOOP("labels", "裁决日期"),
    "agreement_date": QT_TRANSLATE_NOOP("labels", "调解协议签署日期"),
    "agreement_id": QT_TRANSLATE_NOOP("labels", "协议编号"),
    "terms": QT_TRANSLATE_NOOP("labels", "调解协议内容"),
    "revoke_reason": QT_TRANSLATE_NOOP("labels", "撤销理由"),
    "transfer_to": QT_TRANSLATE_NOOP("labels", "移送机关"),
    "ground": QT_TRANSLATE_NOOP("labels", "中止事由"),
    "start_date": QT_TRANSLATE_NOOP("labels", "开始日期"),
    "resume_date": QT_TRANSLATE_NOOP("labels", "恢复日期"),
    "pause_kind": QT_TRANSLATE_NOOP("labels", "期间类型"),
    "end_date": QT_TRANSLATE_NOOP("labels", "结束日期"),
    "length": QT_TRANSLATE_NOOP("labels", "延长期限"),
    "unit": QT_TRANSLATE_NOOP("labels", "单位"),
    "higher_office_ref": QT_TRANSLATE_NOOP("labels", "上级部门批准文号"),
    "claims_asserted": QT_TRANSLATE_NOOP("labels", "请求保护的权利要求"),
    "accused_product": QT_TRANSLATE_NOOP("labels", "被控侵权产品"),
    "acts": QT_TRANSLATE_NOOP("labels", "侵权行为"),
    "request_summary": QT_TRANSLATE_NOOP("labels", "请求事项"),
    "officer_id": QT_TRANSLATE_NOOP("labels", "承办人"),
    "panel": QT_TRANSLATE_NOOP("labels", "合议组"),
    "leader_id": QT_TRANSLATE_NOOP("labels", "合议组长"),
    "member_ids": QT_TRANSLATE_NOOP("labels", "审理员"),
    "clerk_id": QT_TRANSLATE_NOOP("labels", "书记员"),
    "tech_investigator_id": QT_TRANSLATE_NOOP("labels", "技术调查官"),
    "opinion": QT_TRANSLATE_NOOP("labels", "意见"),
    "approval": QT_TRANSLATE_NOOP("labels", "审批事项"),
    "approved": QT_TRANSLATE_NOOP("labels", "是否批准"),
    "action": QT_TRANSLATE_NOOP("labels", "事项"),
    "payload": QT_TRANSLATE_NOOP("labels", "内容"),
    "problems": QT_TRANSLATE_NOOP("labels", "问题"),
    "level": QT_TRANSLATE_NOOP("labels", "延长次数"),
    "leader": QT_TRANSLATE_NOOP("labels", "合议组长"),
    "member": QT_TRANSLATE_NOOP("labels", "审理员"),
    "clerk": QT_TRANSLATE_NOOP("labels", "书记员"),
    "tech_investigator": QT_TRANSLATE_NOOP("labels", "技术调查官"),
    "before": QT_TRANSLATE_NOOP("labels", "更正前"),
    "after": QT_TRANSLATE_NOOP("labels", "更正后"),
    "correction": QT_TRANSLATE_NOOP("labels", "更正事项"),
}

# Values of CHOICE/MULTICHOICE workflow fields, by the field's name.
CHOICES = {
    "refusal_reasons": REFUSAL_REASON,
    "outcome": CLOSING_OUTCOME,
    "revoke_reason": REVOKE_REASON,
    "ground": SUSPENSION_GROUND,
    "pause_kind": PAUSE_KIND,
}

SCOPE = FieldScope(FIELD, CHOICES).then(COMMON)


def action(value) -> str:
    return lookup(ACTION, value)


def deadline_code(value) -> str:
    return lookup(DEADLINE_CODE, value)


def field(name: str) -> str:
    return SCOPE.field(name)


def choice(field_name: str, value) -> str:
    return SCOPE.choice(field_name, value)
